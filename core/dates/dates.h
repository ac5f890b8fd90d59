// The date recognizer: finds temporal expressions in tokens and resolves
// them against the article's reference date into SPEC values (TIMEX3
// style: "2016-03-27", "2016-W12", "2016-03-27T14:30", "PT24H", ranges).
//
// The engine (dates.cc) is language-neutral: a few rule families, each a
// short function over tokens, tried at every token, the longest match
// winning. A language is data: core/dates/<lang>.cc fills a DateLanguage
// (date_language.h) with its words; month and weekday names come from ICU
// (CLDR). Adding a date language: docs/adding-a-language.md.
#ifndef RELIEF_CORE_DATES_DATES_H_
#define RELIEF_CORE_DATES_DATES_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/dates/calendar.h"
#include "core/dates/calendar_names.h"
#include "core/dates/date_language.h"
#include "core/document.h"
#include "core/status.h"
#include "core/text/tokenizer.h"

namespace relief {

class DateRecognizer {
 public:
  static Expected<DateRecognizer> Create(const DateLanguage& language);

  // Appends the dates of text to *mentions (in text order, not
  // overlapping each other). Without a reference date, parts the text
  // does not give stay X ("XXXX-03-07"). reference_minute_of_day is the
  // reference's time of day (-1: unknown), which shifts in hours and
  // minutes ("il y a 15 minutes") need to give a time.
  void Recognize(const TokenizedText& text,
                 const std::optional<CivilDate>& reference,
                 std::vector<Mention>* mentions,
                 int reference_minute_of_day = -1) const;

  const std::string& lang() const;

  struct Grammar;  // the language's words, compiled for lookups (dates.cc)

 private:
  explicit DateRecognizer(std::shared_ptr<const Grammar> grammar);
  std::shared_ptr<const Grammar> grammar_;
};

}  // namespace relief

#endif  // RELIEF_CORE_DATES_DATES_H_
