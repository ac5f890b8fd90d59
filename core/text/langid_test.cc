#include "core/text/langid.h"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

namespace relief {

TEST_CASE("langid: a French and an English paragraph") {
  CHECK(IdentifyLanguage(Tokenize(
                             "Le régime affirme avoir repris la totalité de "
                             "Palmyre des mains de Daech."))
            .lang == "fr");
  CHECK(IdentifyLanguage(Tokenize("The regime says it has retaken the whole of "
                                  "Palmyra from the Islamic State."))
            .lang == "en");
}

TEST_CASE("langid: short texts and titles") {
  CHECK(IdentifyLanguage(Tokenize("Syrie : la reprise de Palmyre")).lang == "fr");
  CHECK(IdentifyLanguage(Tokenize("Syria: the fall of Palmyra")).lang == "en");
}

TEST_CASE("langid: no cue defaults to French with zero confidence") {
  const LanguageGuess g = IdentifyLanguage(Tokenize("Palmyre 2016"));
  CHECK(g.lang == "fr");
  CHECK(g.confidence == 0.0);
}

TEST_CASE("langid: the seed article is French") {
  std::ifstream in(RELIEF_SHARED_DIR "/seed/palmyre.fr.txt", std::ios::binary);
  REQUIRE(in);
  const std::string text(std::istreambuf_iterator<char>(in), {});
  const LanguageGuess g = IdentifyLanguage(Tokenize(text));
  CHECK(g.lang == "fr");
  CHECK(g.confidence > 0.9);
}

}  // namespace relief
