// A mention covering whole tokens: every recognizer reports its spans in
// tokens, and SPEC wants UTF-16 offsets and the exact text between them.
#ifndef RELIEF_CORE_MENTION_SPAN_H_
#define RELIEF_CORE_MENTION_SPAN_H_

#include <cstddef>

#include "core/document.h"
#include "core/text/tokenizer.h"

namespace relief {

// The mention of tokens [first, end) (end > first), of `category`.
inline Mention MentionOfTokens(const TokenizedText& text, size_t first,
                               size_t end, Category category) {
  Mention m;
  m.start = text.text.utf16_offsets[text.tokens[first].begin];
  m.end = text.text.utf16_offsets[text.tokens[end - 1].end];
  m.text = text.Utf8(first, end);
  m.category = category;
  return m;
}

}  // namespace relief

#endif  // RELIEF_CORE_MENTION_SPAN_H_
