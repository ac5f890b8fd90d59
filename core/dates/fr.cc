// French date rules: the words of French temporal expressions. Month and
// weekday names ("janvier", "févr.", "dimanche") come from ICU's CLDR data
// for "fr"; add here only words CLDR does not list. Words are FoldKeys
// (see date_language.h). The corpus is tests/corpus/dates/fr.tsv.
#include "core/dates/date_language.h"

namespace relief {

namespace {

DateLanguage MakeFrench() {
  using U = TimeUnit;
  DateLanguage l;
  l.lang = "fr";
  l.icu_locale = "fr";
  l.month_before_day = false;
  l.names_needing_capital = {};  // "Mars" the planet: see month_introducers

  // Abbreviations CLDR lacks ("fév", "déc" without their dot), and the
  // English-style ones French texts borrow ("1er Jan", "28-Nov").
  l.extra_month_abbreviations = {{"fev", 2}, {"dec", 12}, {"jan", 1},
                                 {"jun", 6}, {"jul", 7}, {"aou", 8},
                                 {"sep", 9}};
  l.articles = {"le"};
  l.day_suffixes = {"er", "re", "e"};
  l.first_day_words = {"premier"};
  l.year_introducers = {
      "en", "depuis", "des", "de", "d'", "jusqu'en", "avant", "apres", "vers",
      "annee", "l'an", "an", "fin", "debut", "mi", "printemps", "ete",
      "automne", "hiver", "entre", "et", "pour", "dans", "a", "au", "saison",
      "edition", "exercice", "millesime", "cuvee"};
  // "la saison 2016 permet", "l'exercice 2015 a" (a season, a fiscal year)
  l.strong_year_introducers = {"en", "annee", "an", "saison", "edition", "exercice",
                               "millesime", "cuvee"};
  // "av. J.-C." is tokens "av . j . - c .". "AC"/"AEC" (avant
  // Christ, avant l'ère commune) are acronyms: see EraYearAt.
  l.era_before_christ = {
      "av . j . - c .", "av . j . - c", "av j . - c .", "av . j-c",
      "av . jc", "av jc", "avant j . - c .", "avant j . - c", "avant j-c",
      "avant jc", "avant jesus-christ",
      "av . jesus-christ", "avant notre ere", "avant l' ere commune",
      "ac", "aec", "av . n . e ."};
  l.era_after_christ = {
      "apr . j . - c .", "apr . j . - c", "apr j . - c .", "ap . j . - c .",
      "ap . j . - c", "apres j . - c .", "apr . j-c", "apr . jc", "ap . jc",
      "apres jc", "apres jesus-christ",
      "apr . jesus-christ", "de notre ere", "de l' ere commune",
      "p . chr . n .", "p . chr . n"};
  l.year_blockers = {
      "page", "p", "n", "no", "numero", "article", "art", "alinea", "tel",
      "code", "loi", "vol", "tome", "chapitre", "ligne", "route", "rn", "rd",
      "km", "kilometre", "salle", "chambre", "bureau", "lot", "ref",
      "version"};
  // Decimals take a comma ("3,5"): "2015.3" is March 2015.
  l.comma_decimals = true;
  // Not "et", "a", "de": "1/2 et 3/4", "passer de 1/3 à 1/2"; nor "du",
  // "au": "du 1er au 15 mars" is a range of days, not the 1st alone.
  l.numeric_date_introducers = {"le", "depuis", "avant", "apres",
                                "jusqu'au", "sur", "chaque"};
  l.words_after_year = {
      "et", "a", "au", "aux", "ou", "puis", "mais", "selon", "dans", "par",
      "pour", "avec", "sans", "sur", "sous", "contre", "quand", "lorsque",
      "alors", "apres", "avant", "depuis", "jusqu'a", "le", "la", "les",
      "l'", "un", "une", "il", "elle", "ils", "elles", "on", "qui", "que",
      "qu'", "dont", "ce", "cette", "ces", "son", "sa", "ses", "leur",
      "leurs", "en", "de", "des", "du", "d'", "pendant", "lors", "ne",
      "n'", "se", "s'", "deja", "encore", "aussi", "meme", "entre", "vers",
      "avait", "a-t-il", "est", "etait", "sera", "fut", "ont", "sont", "ni"};
  l.month_introducers = {"en", "de", "d'", "depuis", "des", "fin", "debut",
                         "mi", "courant", "jusqu'en", "avant", "apres",
                         "ce", "cette", "mois", "au", "a", "pour", "vers",
                         "dans"};
  l.capitalized_month_alone = true;
  l.months_never_alone = {"mars"};
  l.edge_prefixes = {"mi"};
  l.edge_words = {"debut", "fin", "milieu", "mi"};
  l.edge_links = {"de", "d'", "du", "des"};

  l.decade_words = {"annees"};
  l.decade_number_words = {
      {"vingt", 1920}, {"trente", 1930}, {"quarante", 1940},
      {"cinquante", 1950}, {"soixante", 1960}, {"soixante-dix", 1970},
      {"quatre-vingt", 1980}, {"quatre-vingts", 1980},
      {"quatre-vingt-dix", 1990}, {"deux mille", 2000}};
  l.decade_articles = {"les"};
  l.century_words = {"siecle"};
  l.ordinal_suffixes = {"e", "eme", "er"};
  l.seasons = {{"printemps", "SP"}, {"ete", "SU"}, {"automne", "FA"},
               {"hiver", "WI"}};

  l.year_parts = {{"trimestre", "Q"}, {"semestre", "H"}};
  l.ordinal_words = {{"premier", 1}, {"deuxieme", 2}, {"second", 2},
                     {"seconde", 2}, {"troisieme", 3}, {"quatrieme", 4}};

  // Days are those of France ("fête des mères": the last Sunday of May,
  // a week later on Pentecost; "fête du travail": 1 May).
  l.holidays = {
      {"noel", FixedHoliday(12, 25)}, {"jour de noel", FixedHoliday(12, 25)},
      {"veille de noel", FixedHoliday(12, 24)},
      {"reveillon de noel", FixedHoliday(12, 24)},
      {"nouvel an", FixedHoliday(1, 1)}, {"jour de l' an", FixedHoliday(1, 1)},
      {"reveillon du nouvel an", FixedHoliday(12, 31)},
      {"reveillon de nouvel an", FixedHoliday(12, 31)},
      {"saint-sylvestre", FixedHoliday(12, 31)},
      {"epiphanie", FixedHoliday(1, 6)}, {"chandeleur", FixedHoliday(2, 2)},
      {"saint-valentin", FixedHoliday(2, 14)},
      {"fete du travail", FixedHoliday(5, 1)},
      {"fete de la musique", FixedHoliday(6, 21)},
      {"assomption", FixedHoliday(8, 15)}, {"halloween", FixedHoliday(10, 31)},
      {"toussaint", FixedHoliday(11, 1)},
      {"paques", EasterHoliday(0)}, {"lundi de paques", EasterHoliday(1)},
      {"vendredi saint", EasterHoliday(-2)}, {"mardi gras", EasterHoliday(-47)},
      {"pentecote", EasterHoliday(49)}, {"lundi de pentecote", EasterHoliday(50)},
      {"fete des meres", NthWeekdayHoliday(5, 6, -1, 49)},
      {"fete des peres", NthWeekdayHoliday(6, 6, 3)},
      {"thanksgiving", NthWeekdayHoliday(11, 3, 4)},
      {"thanks giving", NthWeekdayHoliday(11, 3, 4)},  // as spelt in French texts
      {"action de grace", NthWeekdayHoliday(11, 3, 4)},
      {"action de graces", NthWeekdayHoliday(11, 3, 4)}};
  l.holiday_blockers = {"ile", "iles", "pere", "rue", "place", "avenue",
                        "boulevard", "quai", "pont", "lycee", "college",
                        "ecole", "eglise"};

  l.relative_days = {{"avant-hier", -2}, {"avant hier", -2}, {"hier", -1},
                     {"aujourd'hui", 0}, {"apres demain", 2},
                     {"demain", 1}, {"apres-demain", 2}};
  // Not "le lendemain", "la veille": in news they count from the day of
  // the story told, which is seldom the article's.
  // No "maintenant": in news it is mostly a discourse adverb ("il faut
  // maintenant agir").
  l.now_words = {};
  l.this_words = {"ce", "cet", "cette"};
  l.last_words = {"dernier", "derniere", "derniers", "dernieres", "passe",
                  "passee", "passes", "passees", "precedent", "precedente",
                  "precedents", "precedentes"};
  l.next_words = {"prochain", "prochaine", "prochains", "prochaines",
                  "suivant", "suivante", "suivants", "suivantes"};
  l.period_articles = {"la", "le", "l'", "les"};
  l.weekend_words = {"week-end", "weekend", "week-ends"};
  l.past_offset_before = {"il y a", "il ya", "voila", "y a"};
  l.past_offset_after = {"plus tot"};
  l.future_offset_before = {"dans", "d'ici"};
  l.future_offset_after = {"plus tard"};
  // "dans les 48 heures", "sous huit jours": from the reference to then.
  l.within_words = {"dans les", "sous"};
  // "le reste de la semaine": from the reference to the period's end.
  l.rest_words = {"reste de", "reste du", "le reste de", "le reste du"};
  // "la fin de la journée", "fin de demain": the day's last minute.
  l.day_end_words = {"fin", "la fin"};
  l.day_end_idiom_after_introducer = false;

  // "est": "il est 20 heures"; "à partir de 20 heures", "aux alentours de
  // 23 heures" (the phrase stays out of the span, as "à")
  l.time_introducers = {"a", "vers", "des", "avant", "apres", "jusqu'a",
                        "est", "a partir de", "aux alentours de", "autour de",
                        "aux environs de"};
  l.hour_words = {"h", "heure", "heures", "hr", "hrs"};
  l.am_words = {"du matin", "am", "a.m.", "a . m .", "a . m"};
  l.pm_words = {"du soir", "de l' apres-midi", "de l' apres midi", "pm",
                "p.m.", "p m", "p . m .", "p . m"};
  // Glued to a clock time, English style: "5:16p", "11h30a".
  l.glued_am_words = {"a"};
  l.glued_pm_words = {"p"};
  l.oclock_words = {"pile"};
  l.time_zone_words = {"utc", "gmt", "heure locale", "heures locales",
                       "locale", "locales", "heure francaise",
                       "heure de paris", "heure de france"};
  l.spoken_clock_alone = true;
  // "jusqu'à minuit" said in the afternoon: the coming one.
  l.day_end_named_hours = {"minuit"};
  // "en milieu de journée": midday, as "midi".
  l.named_hours = {{"midi", 12}, {"minuit", 0}, {"milieu de journee", 12},
                   {"milieu de la journee", 12}, {"milieu du jour", 12},
                   {"milieu de jour", 12}};
  l.minute_fractions = {{"et demie", 30}, {"et quart", 15},
                        {"et trois quarts", 45}, {"moins le quart", -15},
                        {"moins quart", -15}};
  l.minute_links = {"et"};
  l.minus_words = {"moins"};
  l.parts_of_day = {{"matin", "MO"}, {"matinee", "MO"},
                    {"apres-midi", "AF"}, {"apres midi", "AF"},
                    {"aprem", "AF"}, {"soir", "EV"}, {"soiree", "EV"},
                    {"nuit", "NI"}};
  l.tonight_words = {};
  // "en soirée", "hier en fin de matinée"
  l.day_part_introducers = {"dans", "en"};
  l.weak_day_part_introducers = {"en"};
  l.day_part_articles = {"le", "la", "l'"};
  l.day_part_edges = {"tot", "tard", "debut", "fin", "milieu"};

  l.number_words = {
      {"un", 1}, {"une", 1}, {"deux", 2}, {"trois", 3}, {"quatre", 4},
      {"cinq", 5}, {"six", 6}, {"sept", 7}, {"huit", 8}, {"neuf", 9},
      {"dix", 10}, {"onze", 11}, {"douze", 12}, {"treize", 13},
      {"quatorze", 14}, {"quinze", 15}, {"seize", 16}, {"dix-sept", 17},
      {"dix-huit", 18}, {"dix-neuf", 19}, {"vingt", 20},
      {"trente", 30}, {"quarante", 40}, {"cinquante", 50}, {"soixante", 60},
      {"soixante-dix", 70}, {"quatre-vingt", 80}, {"quatre-vingts", 80},
      {"quatre-vingt-dix", 90}, {"cent", 100}, {"cents", 100}};
  // "deux mille seize", "mille neuf cent soixante-douze"
  l.thousand_words = {"mille"};
  l.unit_words = {
      // Not "seconde" ("une seconde fois") nor "sec" ("un temps sec").
      {"secondes", U::kSecond},
      {"minute", U::kMinute}, {"minutes", U::kMinute}, {"min", U::kMinute},
      {"mins", U::kMinute},
      {"heure", U::kHour}, {"heures", U::kHour}, {"h", U::kHour},
      {"hr", U::kHour}, {"hrs", U::kHour},
      {"jour", U::kDay}, {"jours", U::kDay}, {"journee", U::kDay},
      {"journees", U::kDay}, {"semaine", U::kWeek}, {"semaines", U::kWeek},
      {"mois", U::kMonth}, {"an", U::kYear}, {"ans", U::kYear},
      {"annee", U::kYear}, {"annees", U::kYear}, {"decennie", U::kDecade},
      {"decennies", U::kDecade}};
  l.units_after_digits = {{"seconde", U::kSecond}, {"sec", U::kSecond}};
  l.duration_introducers = {"pendant", "durant", "depuis", "en", "pour",
                            "sur", "duree de"};
  l.approximators = {"environ", "a peu pres", "pres de", "presque"};
  l.vague_amounts = {{"quelques", 3}, {"quelque", 3}, {"plusieurs", 3}};
  l.half_words = {"demi", "demie"};
  // "vingt-et-un", "vingt et un jours" (the "et" before "un").
  l.number_links = {"et"};
  l.duration_links = {"et"};
  l.whole_period_words = {"toute", "tout"};

  l.open_range_connectors = {"au", "jusqu'au", "jusqu'a", "jusqu' a",
                             "jusqu' au", "jusqu'en", "jusqu' en"};
  l.time_range_connectors = {"a"};
  l.list_links = {"et", "ou"};
  l.range_words = {{"du", "au"}, {"de", "a"}, {"de", "au"}, {"entre", "et"},
                   {"des", "a"}, {"depuis", "jusqu'a"}, {"du", "jusqu'au"},
                   {"de", "jusqu'en"}, {"depuis", "jusqu'en"}};

  l.set_words = {"chaque", "tous les", "toutes les"};
  l.plural_set_articles = {"les"};
  return l;
}

}  // namespace

const DateLanguage& FrenchDateLanguage() {
  static const DateLanguage kFrench = MakeFrench();
  return kFrench;
}

}  // namespace relief
