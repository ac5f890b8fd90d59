#include "core/text/fold.h"

#include <doctest/doctest.h>

namespace relief {

TEST_CASE("fold: case and accents meet") {
  CHECK(FoldKey(std::string_view("Kobané")) == "kobane");
  CHECK(FoldKey(std::string_view("KOBANE")) == "kobane");
  CHECK(FoldKey(std::string_view("État")) == "etat");
  CHECK(FoldKey(std::string_view("Etat")) == "etat");
  CHECK(FoldKey(std::string_view("Œuvre")) == "oeuvre");
  CHECK(FoldKey(std::string_view("Straße")) == "strasse");
}

TEST_CASE("fold: decomposed input folds like composed input") {
  CHECK(FoldKey(std::string_view("Kobane\xCC\x81")) == "kobane");  // e + U+0301
}

TEST_CASE("fold: typographic apostrophes and hyphens become ASCII") {
  CHECK(FoldKey(std::string_view("l’Homme")) == "l'homme");
  CHECK(FoldKey(std::string_view("Deir‑Ezzor")) == "deir-ezzor");
}

TEST_CASE("fold: NFC composes") {
  CHECK(ToNfc(U"Kobane\u0301") == U"Kobané");
}

}  // namespace relief
