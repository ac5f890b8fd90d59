// libFuzzer target on the core's entry point: any bytes, with options taken
// from the first byte, must give a result satisfying CheckDocument (or a
// clean error) and serialize to JSON. Built with clang by tools/test.sh
// (build/sanitize, with AddressSanitizer and UBSan).
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <memory>
#include <string_view>

#include "core/annotator.h"
#include "core/document_check.h"
#include <nlohmann/json.hpp>

#include "core/document_json.h"
#include "tests/test_annotator.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // The whole pipeline: dates, figures, and the tagger with its data.
  static const relief::Annotator* annotator = &relief::FullTestAnnotator();
  relief::AnnotateOptions options;
  if (size > 0) {
    static const char* const kLangs[] = {"auto", "fr", "en"};
    options.lang = kLangs[data[0] % 3];
    if (data[0] & 4) options.reference_date = "2016-03-27";
    ++data;
    --size;
  }
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto document = annotator->Annotate(text, options);
  if (!document.ok()) return 0;
  const relief::Status valid = relief::CheckDocument(*document, text);
  if (!valid.ok()) {
    std::fprintf(stderr, "invariant broken: %s\n", valid.message().c_str());
    std::abort();
  }
  // The JSON must parse back (escaping, numbers).
  const std::string json = relief::DocumentToJson(*document);
  if (nlohmann::json::parse(json, nullptr, false).is_discarded()) std::abort();
  return 0;
}
