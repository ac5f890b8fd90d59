// The invariants every result must satisfy, whatever the input: checked by
// the fuzzer and the hostile-input tests (and usable by embedders' tests).
#ifndef RELIEF_CORE_DOCUMENT_CHECK_H_
#define RELIEF_CORE_DOCUMENT_CHECK_H_

#include <string_view>

#include "core/document.h"
#include "core/status.h"

namespace relief {

// Mentions sorted by start, never overlapping, inside the text, each `text`
// equal to the input between its UTF-16 offsets (ill-formed UTF-8 read as
// U+FFFD), categories and entity indices valid, entity mention lists
// pointing back at mentions of the same category.
Status CheckDocument(const Document& document, std::string_view utf8_input);

}  // namespace relief

#endif  // RELIEF_CORE_DOCUMENT_CHECK_H_
