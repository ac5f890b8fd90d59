#include "core/annotator.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <utility>

#include "core/data/bundle.h"
#include "core/dates/dates.h"
#include "core/entities/entities.h"
#include "core/figures/figures.h"
#include "core/names/names.h"
#include "core/overlaps.h"
#include "core/text/langid.h"
#include "core/text/tokenizer.h"

namespace relief {

struct Annotator::Impl {
  std::vector<DateRecognizer> dates;  // one per supported language
  std::vector<FigureRecognizer> figures;
  std::unique_ptr<NameRecognizer> names;  // places and actors, with data

  const DateRecognizer* Dates(const std::string& lang) const {
    for (const DateRecognizer& d : dates) {
      if (d.lang() == lang) return &d;
    }
    return nullptr;
  }
  const FigureRecognizer* Figures(const std::string& lang) const {
    for (const FigureRecognizer& f : figures) {
      if (f.lang() == lang) return &f;
    }
    return nullptr;
  }
};

const std::vector<std::string>& Annotator::SupportedLanguages() {
  static const std::vector<std::string> kLanguages = {"fr", "en"};
  return kLanguages;
}

Annotator::Annotator(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Annotator::~Annotator() = default;

Expected<std::unique_ptr<Annotator>> Annotator::Create(const Bundle* data) {
  auto impl = std::make_unique<Impl>();
  if (data != nullptr) {
    Expected<std::unique_ptr<NameRecognizer>> names = NameRecognizer::Create(*data);
    if (!names.ok()) return names.status();
    impl->names = std::move(*names);
  }
  for (const std::string& lang : SupportedLanguages()) {
    const DateLanguage* language = FindDateLanguage(lang);
    if (language == nullptr) continue;
    Expected<DateRecognizer> dates = DateRecognizer::Create(*language);
    if (!dates.ok()) return dates.status();
    impl->dates.push_back(std::move(*dates));
  }
  for (const std::string& lang : SupportedLanguages()) {
    const FigureLanguage* language = FindFigureLanguage(lang);
    if (language == nullptr) continue;
    Expected<FigureRecognizer> figures = FigureRecognizer::Create(*language);
    if (!figures.ok()) return figures.status();
    impl->figures.push_back(std::move(*figures));
  }
  return std::unique_ptr<Annotator>(new Annotator(std::move(impl)));
}

Status Annotator::CheckInputSize(size_t bytes) {
  if (bytes <= kMaxInputBytes) return Status::Ok();
  return InvalidArgument("text too large: " + std::to_string(bytes) +
                         " bytes, the maximum is " +
                         std::to_string(kMaxInputBytes));
}

Expected<Document> Annotator::Annotate(std::string_view utf8,
                                       const AnnotateOptions& options) const {
  if (Status size = CheckInputSize(utf8.size()); !size.ok()) return size;
  const auto& languages = SupportedLanguages();
  if (options.lang != "auto" &&
      std::find(languages.begin(), languages.end(), options.lang) ==
          languages.end()) {
    return InvalidArgument("unsupported lang \"" + options.lang +
                           "\": use fr, en or auto");
  }
  std::optional<CivilDate> reference;
  int reference_minute = -1;
  if (!options.reference_date.empty()) {
    const std::optional<ReferenceInstant> parsed =
        ParseReference(options.reference_date);
    if (!parsed) {
      return InvalidArgument("reference_date \"" + options.reference_date +
                             "\" is not a calendar date YYYY-MM-DD or "
                             "YYYY-MM-DDTHH:MM");
    }
    reference = parsed->date;
    reference_minute = parsed->minute_of_day;
  }

  const TokenizedText text = Tokenize(utf8);
  Document document;
  document.lang =
      options.lang == "auto" ? IdentifyLanguage(text).lang : options.lang;
  document.reference_date = options.reference_date;

  if (const DateRecognizer* dates = impl_->Dates(document.lang)) {
    dates->Recognize(text, reference, &document.mentions, reference_minute);
  }
  // After the dates: figures skip the numbers dates use ("le 7 mars").
  if (const FigureRecognizer* figures = impl_->Figures(document.lang)) {
    figures->Recognize(text, &document.mentions, options.relative_ordinals);
  }
  if (impl_->names) {
    impl_->names->Recognize(text, document.lang, &document.mentions);
  }
  SortAndResolveOverlaps(&document.mentions);
  if (impl_->names) BuildEntities(text, impl_->names->gazetteer(), &document);
  return document;
}

}  // namespace relief
