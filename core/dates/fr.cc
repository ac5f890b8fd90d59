// French date rules. Month and weekday names ("janvier", "févr.", "dimanche")
// come from ICU's CLDR data for "fr"; add here only words CLDR does not list.
#include "core/dates/date_language.h"

namespace relief {

const DateLanguage& FrenchDateLanguage() {
  static const DateLanguage kFrench{
      /*lang=*/"fr",
      /*icu_locale=*/"fr",
      /*month_before_day=*/false,
      /*month_needs_capital=*/false,
      /*articles=*/{"le"},
      /*day_suffixes=*/{"er", "re"},
      /*year_introducers=*/
      {"en", "depuis", "des", "de", "d'", "jusqu'en", "avant", "apres",
       "vers", "annee", "l'an", "an", "fin", "debut", "mi", "printemps", "ete",
       "automne", "hiver", "entre", "et", "pour", "dans"},
      /*year_blockers=*/
      {"page", "p", "n", "no", "numero", "article", "art", "alinea", "tel",
       "code", "loi", "vol", "tome", "chapitre", "ligne", "route", "rn", "rd",
       "km", "kilometre", "salle", "chambre", "bureau", "lot", "ref"},
      /*words_after_year=*/
      {"et", "a", "au", "aux", "ou", "puis", "mais", "selon", "dans", "par",
       "pour", "avec", "sans", "sur", "sous", "contre", "quand", "lorsque",
       "alors", "apres", "avant", "depuis", "jusqu'a", "le", "la", "les",
       "l'", "un", "une", "il", "elle", "ils", "elles", "on", "qui", "que",
       "qu'", "dont", "ce", "cette", "ces", "son", "sa", "ses", "leur",
       "leurs", "en", "de", "des", "du", "d'", "pendant", "lors", "ne",
       "n'", "se", "s'", "deja", "encore", "aussi", "meme", "entre", "vers",
       "avait", "a-t-il", "est", "etait", "sera", "fut", "ont", "sont"}};
  return kFrench;
}

}  // namespace relief
