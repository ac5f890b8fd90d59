#include "core/text/langid.h"

#include <algorithm>
#include <string_view>

namespace relief {

namespace {

// Function words, folded. A word both languages use ("a", "on", "est"
// in names...) is left out so that it counts for neither.
struct LanguageCues {
  const char* lang;
  std::initializer_list<std::string_view> words;
};

const LanguageCues kCues[] = {
    {"fr",
     {"le", "la", "les", "des", "du", "et", "est", "une", "un", "que", "qui",
      "dans", "pour", "pas", "sur", "au", "aux", "avec", "ce", "cette", "il",
      "elle", "ils", "sont", "ont", "par", "plus", "mais", "ou", "son", "sa",
      "ses", "leur", "leurs", "selon", "depuis", "apres", "avait", "etait",
      "ete", "nous", "vous", "ne", "se", "l'", "d'", "qu'", "n'", "s'", "c'",
      "j'", "m'", "entre", "contre", "sous", "aussi", "tres", "deux", "ans"}},
    {"en",
     {"the", "of", "and", "to", "is", "that", "for", "it", "with", "was",
      "are", "by", "this", "be", "at", "from", "have", "has", "had", "were",
      "which", "their", "they", "he", "she", "his", "her", "not", "but",
      "will", "would", "said", "been", "after", "who", "its", "an", "or",
      "into", "than", "about", "over", "also", "two", "years", "we", "you",
      "in", "all", "more", "other", "first", "there", "what", "when", "our"}},
};

// Beyond this many tokens the answer no longer changes: keep auto O(1).
constexpr size_t kMaxTokensLooked = 5000;

}  // namespace

LanguageGuess IdentifyLanguage(const TokenizedText& text) {
  size_t counts[std::size(kCues)] = {};
  const size_t n = std::min(text.tokens.size(), kMaxTokensLooked);
  for (size_t i = 0; i < n; ++i) {
    if (text.tokens[i].kind != TokenKind::kWord) continue;
    const std::string& key = text.keys[i];
    for (size_t l = 0; l < std::size(kCues); ++l) {
      for (std::string_view w : kCues[l].words) {
        if (key == w) {
          ++counts[l];
          break;
        }
      }
    }
  }
  size_t best = 0, total = 0;
  for (size_t l = 0; l < std::size(kCues); ++l) {
    total += counts[l];
    if (counts[l] > counts[best]) best = l;
  }
  LanguageGuess guess;
  guess.lang = kCues[best].lang;
  guess.confidence = total == 0 ? 0.0 : double(counts[best]) / double(total);
  return guess;
}

}  // namespace relief
