// Every hostile input family, at sizes up to a few megabytes, must give a
// valid result (CheckDocument) or a clear error — never a crash. Timing is
// measured by bench/hostile.mjs, not here.
#include <doctest/doctest.h>

#include "core/annotator.h"
#include "core/document_check.h"
#include "core/document_json.h"
#include "tests/hostile_inputs.h"
#include "tests/test_annotator.h"

namespace relief {

namespace {
const Annotator& TheAnnotator() { return FullTestAnnotator(); }
}  // namespace

TEST_CASE("hostile inputs: every family and size gives a valid result") {
  for (const HostileFamily& family : HostileFamilies()) {
    for (size_t size : {size_t(0), size_t(1), size_t(17), size_t(10000), size_t(2000000)}) {
      const std::string input = family.make(size);
      for (const char* lang : {"auto", "fr", "en"}) {
        AnnotateOptions options;
        options.lang = lang;
        options.reference_date = "2016-03-27";
        auto document = TheAnnotator().Annotate(input, options);
        INFO(std::string(family.name), " size ", size, " lang ", std::string(lang));
        REQUIRE(document.ok());
        const Status valid = CheckDocument(*document, input);
        CHECK_MESSAGE(valid.ok(), valid.message());
        CHECK_FALSE(DocumentToJson(*document).empty());
      }
    }
  }
}

TEST_CASE("hostile inputs: 100,000 repetitions of \"le 7 mars 2016\"") {
  const std::string input = Repeat("le 7 mars 2016 ", 100000 * 15);
  AnnotateOptions options;
  options.reference_date = "2016-03-27";
  auto document = TheAnnotator().Annotate(input, options);
  REQUIRE(document.ok());
  CHECK(document->mentions.size() == 100000);
  CHECK(CheckDocument(*document, input).ok());
}

TEST_CASE("hostile inputs: a 10 MB article") {
  const std::string input = HostileFamilies()[0].make(10u << 20);
  auto document = TheAnnotator().Annotate(input, AnnotateOptions());
  REQUIRE(document.ok());
  CHECK(document->mentions.size() > 10000);
  CHECK(CheckDocument(*document, input).ok());
}

TEST_CASE("hostile inputs: above the maximum size, a clear error") {
  const std::string input(kMaxInputBytes + 1, 'a');
  auto document = TheAnnotator().Annotate(input, AnnotateOptions());
  REQUIRE_FALSE(document.ok());
  CHECK(document.status().message() ==
        "text too large: 33554433 bytes, the maximum is 33554432");
}

}  // namespace relief
