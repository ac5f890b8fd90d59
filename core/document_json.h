// The one place where a Document becomes SPEC JSON (CLI, wasm and tests all
// go through it).
#ifndef RELIEF_CORE_DOCUMENT_JSON_H_
#define RELIEF_CORE_DOCUMENT_JSON_H_

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/document.h"

namespace relief {

// The document result as JSON text, keys in SPEC's order. indent < 0:
// one line; otherwise pretty-printed. id_json, when not empty, is a JSON
// value written first as "id" (the CLI's --jsonl lines).
std::string DocumentToJson(const Document& document, int indent = -1,
                           std::string_view id_json = {});

// The same as a JSON tree, for tests and tools that inspect it.
nlohmann::ordered_json ToJson(const Document& document);

// Small replies (errors, ids) built as trees; never throws (invalid UTF-8
// would be replaced by U+FFFD).
std::string ToJsonString(const nlohmann::ordered_json& json, int indent = -1);

}  // namespace relief

#endif  // RELIEF_CORE_DOCUMENT_JSON_H_
