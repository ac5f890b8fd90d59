// Sentence boundaries over tokens. News text has title lines without final
// punctuation, so a line break always ends a sentence; otherwise . ! ? …
// end one when the next token starts like a sentence, unless the dot
// belongs to an abbreviation ("M.", "Dr.", "J.-C.") or an initial ("G. Bush").
#ifndef RELIEF_CORE_TEXT_SENTENCES_H_
#define RELIEF_CORE_TEXT_SENTENCES_H_

#include <cstddef>
#include <vector>

#include "core/text/tokenizer.h"

namespace relief {

struct Sentence {
  size_t first_token = 0;
  size_t end_token = 0;  // exclusive
};

// No sentence is longer than this many tokens: a longer run (a table, a
// list without punctuation, hostile input) is cut into pieces, so work and
// memory per sentence (the tagger's Viterbi lattice) stay bounded.
inline constexpr size_t kMaxSentenceTokens = 256;

std::vector<Sentence> SplitSentences(const TokenizedText& text);

}  // namespace relief

#endif  // RELIEF_CORE_TEXT_SENTENCES_H_
