#include "core/annotator.h"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <set>

#include <nlohmann/json.hpp>

#include "core/document_json.h"
#include "core/text/utf8.h"

namespace relief {

namespace {

const Annotator& TheAnnotator() {
  static std::unique_ptr<Annotator> annotator = [] {
    auto a = Annotator::Create();
    REQUIRE(a.ok());
    return std::move(*a);
  }();
  return *annotator;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in, path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// The UTF-16 substring [start, end) of a UTF-8 text, back in UTF-8.
std::string Utf16Slice(const std::string& utf8, uint32_t start, uint32_t end) {
  const DecodedText t = DecodeUtf8(utf8);
  std::u32string out;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t.utf16_offsets[i] >= start && t.utf16_offsets[i] < end) out += t.chars[i];
  }
  return ToUtf8(out);
}

}  // namespace

TEST_CASE("annotator: options are checked") {
  AnnotateOptions bad_lang;
  bad_lang.lang = "de";
  auto r1 = TheAnnotator().Annotate("texte", bad_lang);
  CHECK(r1.status().code() == StatusCode::kInvalidArgument);
  CHECK(r1.status().message().find("de") != std::string::npos);
  AnnotateOptions bad_date;
  bad_date.reference_date = "2016-02-30";
  CHECK_FALSE(TheAnnotator().Annotate("texte", bad_date).ok());
  bad_date.reference_date = "27/03/2016";
  CHECK_FALSE(TheAnnotator().Annotate("texte", bad_date).ok());
}

TEST_CASE("annotator: empty text gives an empty result") {
  auto r = TheAnnotator().Annotate("", AnnotateOptions());
  REQUIRE(r.ok());
  CHECK(r->mentions.empty());
  CHECK(r->lang == "fr");
}

TEST_CASE("annotator: too large input is refused with a clear error") {
  const std::string huge(kMaxInputBytes + 1, 'a');
  auto r = TheAnnotator().Annotate(huge, AnnotateOptions());
  CHECK(r.status().code() == StatusCode::kInvalidArgument);
  CHECK(r.status().message().find("too large") != std::string::npos);
}

TEST_CASE("annotator: JSON follows SPEC, offsets are UTF-16 and text matches") {
  const std::string text = "😀 Le 7 mars 2016, puis en mai 2015 🎉 et janvier 2015.";
  AnnotateOptions options;
  options.reference_date = "2016-03-27";
  auto r = TheAnnotator().Annotate(text, options);
  REQUIRE(r.ok());
  const nlohmann::json j = nlohmann::json::parse(DocumentToJson(*r));
  CHECK(j["schema"] == "relief/1");
  CHECK(j["lang"] == "fr");
  CHECK(j["reference_date"] == "2016-03-27");
  REQUIRE(j["mentions"].is_array());
  CHECK(j["entities"].is_array());
  REQUIRE(j["mentions"].size() == 3);
  const std::set<std::string> categories = {"place", "actor", "date", "figure"};
  uint32_t previous_end = 0;
  for (const auto& m : j["mentions"]) {
    const uint32_t start = m["start"], end = m["end"];
    CHECK(start >= previous_end);  // sorted, never overlapping
    CHECK(end > start);
    previous_end = end;
    CHECK(m["text"] == Utf16Slice(text, start, end));
    CHECK(categories.count(m["category"].get<std::string>()) == 1);
  }
  CHECK(j["mentions"][0]["start"] == 3);  // after the emoji's two units
  CHECK(j["mentions"][0]["text"] == "Le 7 mars 2016");
  CHECK(j["mentions"][0]["value"] == "2016-03-07");
  CHECK(j["mentions"][0]["grain"] == "day");
  CHECK(j["mentions"][1]["value"] == "2015-05");
  CHECK(j["mentions"][2]["start"] == 42);  // second emoji counted twice too
}

TEST_CASE("annotator: no reference date gives null and X parts") {
  auto r = TheAnnotator().Annotate("le 7 mars", AnnotateOptions());
  REQUIRE(r.ok());
  const auto j = ToJson(*r);
  CHECK(j["reference_date"].is_null());
  CHECK(j["mentions"][0]["value"] == "XXXX-03-07");
}

TEST_CASE("annotator: the seed article's absolute and day dates") {
  const std::string text = ReadFile(RELIEF_SHARED_DIR "/seed/palmyre.fr.txt");
  AnnotateOptions options;
  options.reference_date = "2016-03-27";
  auto r = TheAnnotator().Annotate(text, options);
  REQUIRE(r.ok());
  CHECK(r->lang == "fr");
  std::map<std::string, std::string> found;
  for (const Mention& m : r->mentions) {
    if (m.category == Category::kDate) found[m.text] = m.date->value;
  }
  CHECK(found["janvier 2015"] == "2015-01");
  CHECK(found["mai 2015"] == "2015-05");
  CHECK(found["2013"] == "2013");
  CHECK(found["le 7 mars"] == "2016-03-07");
}

}  // namespace relief
