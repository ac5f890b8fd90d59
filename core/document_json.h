// The one place where a Document becomes SPEC JSON (CLI, wasm and tests all
// go through it).
#ifndef RELIEF_CORE_DOCUMENT_JSON_H_
#define RELIEF_CORE_DOCUMENT_JSON_H_

#include <string>

#include <nlohmann/json.hpp>

#include "core/document.h"

namespace relief {

// ordered_json keeps SPEC's key order, which makes output easy to read.
nlohmann::ordered_json ToJson(const Document& document);

// Compact one-line JSON; never throws (strings are valid UTF-8 by
// construction, and anything else would be replaced by U+FFFD).
std::string ToJsonString(const nlohmann::ordered_json& json, int indent = -1);

}  // namespace relief

#endif  // RELIEF_CORE_DOCUMENT_JSON_H_
