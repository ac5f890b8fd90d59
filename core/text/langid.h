// Language identification for --lang auto: counts the function words of
// each supported language (the most frequent words of any text in it) and
// a few spelling cues. Whole articles are decided by hundreds of cues; a
// paragraph by a handful, which is enough for French versus English.
#ifndef RELIEF_CORE_TEXT_LANGID_H_
#define RELIEF_CORE_TEXT_LANGID_H_

#include <string>

#include "core/text/tokenizer.h"

namespace relief {

struct LanguageGuess {
  std::string lang;      // "fr" or "en"
  double confidence = 0;  // share of cues pointing to lang, in [0, 1]
};

// Defaults to French, Relief's first language, when no cue is found.
LanguageGuess IdentifyLanguage(const TokenizedText& text);

}  // namespace relief

#endif  // RELIEF_CORE_TEXT_LANGID_H_
