// Keys for lexicon look-ups: case- and accent-folded, so that "Kobané",
// "KOBANE" and "Kobane" meet, and "État" = "Etat" = "etat".
#ifndef RELIEF_CORE_TEXT_FOLD_H_
#define RELIEF_CORE_TEXT_FOLD_H_

#include <string>
#include <string_view>

namespace relief {

// NFD, minus nonspacing marks, Unicode case folding; typographic apostrophes
// and hyphens become ASCII ones and ligatures are spelled out (œ → oe).
// Returns UTF-8.
std::string FoldKey(std::u32string_view word);
std::string FoldKey(std::string_view utf8_word);

// Canonical composition (NFC), for names shown to users.
std::u32string ToNfc(std::u32string_view text);

}  // namespace relief

#endif  // RELIEF_CORE_TEXT_FOLD_H_
