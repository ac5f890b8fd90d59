// The WebAssembly boundary: a handful of C functions, JSON text across.
// Nothing throws here (the wasm build has no exceptions); every failure
// comes back as {"error": "..."}, which web/relief.js turns into an Error.
#include <emscripten/emscripten.h>
#include <unicode/udata.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "core/annotator.h"
#include "core/data/bundle.h"
#include "core/document_json.h"

namespace {

using Json = nlohmann::ordered_json;

struct State {
  uint8_t* bundle_bytes = nullptr;  // owned; ICU reads its data from here
  std::unique_ptr<relief::Annotator> annotator;
  std::string result;  // last returned JSON, alive until the next call
};

State& GetState() {
  static State* state = new State();  // never destroyed: no exit-time work
  return *state;
}

const char* Reply(const Json& json) {
  GetState().result = relief::ToJsonString(json);
  return GetState().result.c_str();
}

const char* ReplyError(const std::string& message) {
  Json error;
  error["error"] = message;
  return Reply(error);
}

}  // namespace

extern "C" {

// Memory for inputs, 16-byte aligned as ICU wants its data.
EMSCRIPTEN_KEEPALIVE void* relief_alloc(uint32_t size) {
  return std::aligned_alloc(16, (size + 15) / 16 * 16 + 16);
}

EMSCRIPTEN_KEEPALIVE void relief_free(void* p) { std::free(p); }

// Takes ownership of the data bundle at `bytes` (from relief_alloc) and
// builds the annotator. Returns {"ok": true} or {"error": ...}.
EMSCRIPTEN_KEEPALIVE const char* relief_init(uint8_t* bytes, uint32_t size) {
  State& state = GetState();
  if (state.annotator) {
    std::free(bytes);
    return ReplyError("already initialized");
  }
  auto bundle = relief::Bundle::Parse(bytes, size);
  if (!bundle.ok()) {
    std::free(bytes);
    return ReplyError(bundle.status().message());
  }
  const relief::BundleSection* icu = bundle->Find("icu");
  if (icu == nullptr) {
    std::free(bytes);
    return ReplyError("data bundle has no ICU data");
  }
  UErrorCode status = U_ZERO_ERROR;
  udata_setCommonData(icu->data, &status);
  if (U_FAILURE(status)) {
    std::free(bytes);
    return ReplyError(std::string("ICU rejected its data: ") +
                      u_errorName(status));
  }
  state.bundle_bytes = bytes;
  auto annotator = relief::Annotator::Create(&*bundle);
  if (!annotator.ok()) return ReplyError(annotator.status().message());
  state.annotator = std::move(*annotator);
  Json ok;
  ok["ok"] = true;
  return Reply(ok);
}

// Annotates `size` bytes of UTF-8 at `text` with options given as JSON
// ({"lang": "fr", "reference_date": "2016-03-27", "relative_ordinals":
// false}). Returns the SPEC
// document result, or {"error": ...}.
EMSCRIPTEN_KEEPALIVE const char* relief_annotate(const char* text,
                                                 uint32_t size,
                                                 const char* options_json) {
  State& state = GetState();
  if (!state.annotator) return ReplyError("annotator not initialized");
  const Json options = Json::parse(options_json, nullptr, false);
  if (options.is_discarded() || !options.is_object()) {
    return ReplyError("options must be a JSON object");
  }
  relief::AnnotateOptions parsed;
  if (options.contains("lang") && options["lang"].is_string()) {
    parsed.lang = options["lang"].get<std::string>();
  }
  if (options.contains("reference_date") &&
      options["reference_date"].is_string()) {
    parsed.reference_date = options["reference_date"].get<std::string>();
  }
  if (options.contains("relative_ordinals") &&
      options["relative_ordinals"].is_boolean()) {
    parsed.relative_ordinals = options["relative_ordinals"].get<bool>();
  }
  auto document = state.annotator->Annotate(std::string_view(text, size), parsed);
  if (!document.ok()) return ReplyError(document.status().message());
  GetState().result = relief::DocumentToJson(*document);
  return GetState().result.c_str();
}

// {"ok": true}, or the error annotate would give for a text of `size`
// bytes: lets JavaScript refuse a huge text before copying it in.
EMSCRIPTEN_KEEPALIVE const char* relief_check_size(uint32_t size) {
  const relief::Status status = relief::Annotator::CheckInputSize(size);
  if (!status.ok()) return ReplyError(status.message());
  Json ok;
  ok["ok"] = true;
  return Reply(ok);
}

// Frees the last result's memory; the annotator stays usable.
EMSCRIPTEN_KEEPALIVE void relief_release_result() {
  std::string().swap(GetState().result);
}

}  // extern "C"
