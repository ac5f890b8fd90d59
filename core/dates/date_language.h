// What the date recognizer needs to know about one language. Each language
// has its own rules file, core/dates/<lang>.cc, and its own corpus,
// tests/corpus/dates/<lang>.tsv (see docs/adding-a-language.md). Month
// and weekday names come from ICU (CLDR) through icu_locale; the words here
// are those CLDR has no list of.
//
// Every word is written as its FoldKey (lower case, no accents, ’ → '):
// "apres-midi", "aujourd'hui". A phrase of several tokens separates them
// with one space, as the tokenizer splits them: "il y a", "de l' apres-midi".
#ifndef RELIEF_CORE_DATES_DATE_LANGUAGE_H_
#define RELIEF_CORE_DATES_DATE_LANGUAGE_H_

#include <string_view>
#include <utility>
#include <vector>

namespace relief {

// From the smallest: rules compare units by this order.
enum class TimeUnit { kSecond, kMinute, kHour, kDay, kWeek, kMonth, kYear, kDecade };

using Words = std::vector<std::string_view>;
template <typename T>
using WordTable = std::vector<std::pair<std::string_view, T>>;

// When a holiday falls in a given year: a fixed day ("noël": 25
// December), a day counted from Easter Sunday ("lundi de Pâques": +1), or
// the nth weekday of a month ("fête des pères": the third Sunday of June;
// nth -1 is the last).
struct HolidayRule {
  int month = 0, day = 0;
  bool from_easter = false;
  int easter_offset = 0;
  int weekday = -1;  // 0 = Monday … 6 = Sunday
  int nth = 0;
  // A week later when it falls on that day after Easter (France's fête
  // des mères yields to Pentecost, Easter + 49); 0 for none.
  int yields_to_easter_offset = 0;
  // Days after the day the rule gives: Black Friday is the day after
  // Thanksgiving.
  int days_after = 0;
};
inline HolidayRule FixedHoliday(int month, int day) {
  HolidayRule r;
  r.month = month;
  r.day = day;
  return r;
}
inline HolidayRule EasterHoliday(int offset) {
  HolidayRule r;
  r.from_easter = true;
  r.easter_offset = offset;
  return r;
}
inline HolidayRule DaysAfterHoliday(HolidayRule rule, int days) {
  rule.days_after = days;
  return rule;
}
inline HolidayRule NthWeekdayHoliday(int month, int weekday, int nth,
                                     int yields_to_easter_offset = 0) {
  HolidayRule r;
  r.month = month;
  r.weekday = weekday;
  r.nth = nth;
  r.yields_to_easter_offset = yields_to_easter_offset;
  return r;
}

struct DateLanguage {
  const char* lang;        // ISO 639-1, as in SPEC "lang"
  const char* icu_locale;  // whose CLDR month and weekday names to use
  // Day-of-month order: "7 mars" (false) or "March 7" (true). Both orders
  // are tried; this one is tried first. It also orders numeric dates
  // ("07/03/2016" is 7 March in French, July 3 in English).
  bool month_before_day;
  // Month and weekday names that are also common words are dates only
  // with a capital: English "May", "March", "Sun" ("they may 7 times").
  Words names_needing_capital;

  // --- Calendar dates ("le 7 mars 2016", "mars 2016", "en 2013")
  // Month spellings CLDR lacks ("Sept" in English; CLDR has "Sep").
  WordTable<int> extra_month_abbreviations;
  // Weekday spellings CLDR lacks, as clear as full names ("Tues",
  // "Thurs"; 0 = Monday).
  WordTable<int> extra_weekday_names;
  // Words that may open a date and belong to its span: "le 7 mars".
  Words articles;
  // Suffixes glued to a day number: "1er", "1st", "2nd".
  Words day_suffixes;
  // Words for the first day of a month: "le premier janvier".
  Words first_day_words;
  // Words after which a lone four-digit number is a year: "en 2013".
  Words year_introducers;
  // Those after which it is a year whatever follows: "l'année 2016 marque".
  Words strong_year_introducers;
  // Era markers after a year: "52 av. J.-C." (before Christ: TIMEX3
  // "BC0052"), "88 apr. J.-C." (after: the plain year). They make a year
  // of any number of up to four digits, alone or after a day and month.
  Words era_before_christ;
  Words era_after_christ;
  // Buddhist-era markers after a year: "2555 BE" is 2012 (543 years on).
  Words era_buddhist;
  // Words between a day and month and its year, besides edge_links ("of"):
  // "28 June in 2020".
  Words date_year_links;
  // Words after which a four-digit number is never a year: "page 2013".
  Words year_blockers;
  // Lower-case words that may follow a bare year ("2013, selon", "2013 et"):
  // any other lower-case word makes the number a count ("2000 soldats").
  Words words_after_year;
  // Whether decimals take a comma ("3,5"): a dotted "2015.3" is then a
  // year and month, not a number.
  bool comma_decimals = false;
  // Words after which two numbers with a slash are a month and a day
  // ("on 4/22", "by 22/04"): alone they are too often fractions or scores.
  Words numeric_date_introducers;
  // Words before an article and a bare day of month that ends the phrase:
  // "went back for the 27.", "on the second!" (the nearest such day).
  Words bare_day_introducers;
  // Words after which a month name alone is a month: "en mars", "in May"
  // ("Mars" alone is the planet).
  Words month_introducers;
  // Whether a capitalized month name is a month even alone ("the December
  // election"): English capitalizes months, French does not, so that a
  // capital mid-sentence marks the month ("Je pars Janvier"), save names
  // ("Avril Lavigne": a capitalized word after it).
  bool capitalized_month_alone = false;
  // Months that stay names even so: French "Mars" (the planet).
  Words months_never_alone;
  // Determiners before a year used as a modifier: "the 2009 book" (round
  // years stay counts: "the 2000 soldiers").
  Words year_determiners;
  // Prefixes glued by a hyphen to a month or year: "mi-mars", "mid-2015".
  Words edge_prefixes;
  // Words before a date or period that narrow it to its start, middle or
  // end ("début mars", "fin 2015", "en début de semaine"); the value stays
  // the period's (SPEC has no modifier). "de" and "of" after them belong
  // to the span.
  Words edge_words;
  Words edge_links;  // "de", "d'", "of"

  // --- Periods ("les années 1990", "le XIXe siècle", "printemps 2015")
  Words decade_words;   // "annees": "les années 1990", "années 90"
  // Decades in words after a decade word: "les années soixante-dix".
  WordTable<int> decade_number_words;
  Words decade_articles;  // "les", "the": part of a decade's span
  Words century_words;  // "siecle", "century"
  Words ordinal_suffixes;  // "e", "eme", "th": "XIXe", "19th"
  WordTable<const char*> seasons;  // "printemps" → "SP" (TIMEX3)
  // Parts of a year: "trimestre" → "Q", "semestre" → "H" ("au troisième
  // trimestre 2016" → 2016-Q3), with the ordinals that count them.
  WordTable<const char*> year_parts;
  WordTable<int> ordinal_words;  // "troisieme" → 3, "third" → 3
  // Letters of year parts written with their number: "Q3", "H2" (with a
  // year for halves: "H2" alone is hydrogen).
  WordTable<const char*> year_part_letters;

  // --- Holidays ("Noël", "Pâques 2016", "la Toussaint", "le jour de l'an")
  WordTable<HolidayRule> holidays;
  // Words before a holiday's name that make it another name: "l'île de
  // Pâques", "le Père Noël".
  Words holiday_blockers;
  // Whether a holiday alone needs its capital ("Christmas", not "a
  // christmas tree"), unless a year or a date introducer goes with it.
  bool holidays_capitalized = false;

  // --- Relative to the reference date
  WordTable<int> relative_days;  // "hier" → -1, "the day after tomorrow" → 2
  Words this_words;              // "ce", "cette", "this": "ce dimanche"
  Words last_words;              // "dernier", "last": "lundi dernier"
  Words next_words;              // "prochain", "next"
  // Those of last_words/next_words that, before a weekday, pick it in the
  // week before or after the reference's (Monday-first) week: "next
  // Friday" said on a Monday is the Friday of next week, not in four days
  // ("coming Friday" stays the first one after the reference).
  Words week_before_weekday_words;
  Words period_articles;         // "la", "le", "l'", "the": "la semaine prochaine"
  // Possessives that make a week the current one: "my week", "my
  // weekend", "the rest of my week" (not "my day": "my day job"; nor "my
  // year", a good one).
  Words current_possessives;
  // Phrases before a week, month or year that place a time in the current
  // one: "earlier in the week", "later in the year" (the period's value).
  Words current_period_phrases;
  // After a week, month or year, the current one so far: "year to date"
  // (the period's value).
  Words to_date_words;
  // Whether "the week" of a day starts on Sunday, as US English counts it
  // ("Sunday 3 weeks after January 15th" is the Sunday before that
  // Friday); ISO weeks (values "2016-W12") still start on Monday.
  bool week_starts_on_sunday = false;
  Words weekend_words;           // "week-end": "ce week-end" → 2016-W12-WE
  Words past_offset_before;      // "il y a" (trois jours)
  Words past_offset_after;       // (three days) "ago"
  Words future_offset_before;    // "dans" (trois jours), "in"
  Words future_offset_after;     // "later", "from now"
  // Words after an amount that make it a shift only when the clause ends
  // there: "15 minutes before." is earlier, "15 minutes before the vote"
  // is anchored on the vote.
  Words past_offset_at_clause_end;    // "before"
  // Ordinals and superlatives after which "in" and an amount look back
  // over that time instead of shifting the reference: "the first time in
  // 45 years", "the worst unrest in seven years" (a duration, P45Y).
  Words lookback_words;
  Words future_offset_at_clause_end;  // "after", "out"
  // "the end of the day", "end of tomorrow": the day's last minute.
  Words day_end_words;  // "end", "eod"
  // Whether "at the end of the day" after a time introducer is the idiom
  // ("ultimately"), as in English; French "à la fin de la journée" is the
  // day's end.
  bool day_end_idiom_after_introducer = true;
  // "the week after next": two periods on.
  Words after_next_words;
  // "the week starting February 4": the week holding that day.
  Words week_start_words;
  // "within 5 days": the range from the reference to that many units on.
  Words within_words;
  // Days Monday to Friday, after last_words/next_words: "the next business
  // day", "last weekday" (from a Friday or a weekend, "next" is Monday).
  Words business_day_words;

  // --- Times of day ("à 14 h 30", "8 heures du matin", "ce soir")
  Words time_introducers;  // "a", "vers", "at": part of the span
  Words hour_words;        // "h", "heure", "heures": "14 h 30", "8 heures"
  Words am_words;          // "du matin", "am", "a.m"
  Words pm_words;          // "du soir", "de l' apres-midi", "pm"
  // Those of pm_words after which an hour before 5 stays in the small
  // hours: "1 at night" is 1:00, "11 at night" 23:00, "12 at night" 0:00.
  Words night_pm_words;
  // Named hours that, alone, may end the reference day: "the deadline is
  // midnight", said in the afternoon, is the coming midnight (next day
  // 00:00); said in the morning, the one just past.
  Words day_end_named_hours;
  Words oclock_words;      // "o'clock"
  // Time zones after a time, part of its span (SPEC values are wall-clock
  // times): "12 h 26 UTC", "11 h (heure locale)", "UTC-5".
  Words time_zone_words;
  // Zone abbreviations, part of the span only after a time its clock or
  // meridiem already marks ("9 a.m. ET", "10:30 JST"; not "a 12 pt font",
  // "a 5 ct coin"); those of two letters in capitals only ("ET", not "et").
  Words zone_abbreviations;
  // Meridiem letters glued to an hour after a time introducer ("at 9a",
  // "at 9p") or to a clock with minutes ("5:16p", "5h16p"); alone they are
  // common words.
  Words glued_am_words;
  Words glued_pm_words;
  // Clock phrases "half past seven", "a quarter to five", "20 min past
  // eight": the fractions of an hour, and the words that put the minutes
  // after or before the hour. Empty in French ("sept heures et demie" is
  // read by the hour words).
  WordTable<int> hour_fractions;  // "half" → 30, "quarter" → 15
  Words past_hour_words;          // "past", "after"
  Words to_hour_words;            // "to", "before"
  // Whether an hour and minutes in words are a time without "à" ("sept
  // trente", "dix-neuf quarante"): French says them so, English "seven
  // thirty" is as often a count or a price.
  bool spoken_clock_alone = false;
  // Whether an hour and its minutes may be one hyphenated word
  // ("five-thirty"); French hyphenates numbers, not clocks ("quatre-vingt"
  // is 80, not 4:20).
  bool hyphenated_spoken_clock = false;
  WordTable<int> named_hours;  // "midi" → 12, "minuit" → 0
  // Suffixes glued to an hour, or hyphenated, that make it approximate:
  // "11ish", "11-ish", "noonish" (the value stays the hour: SPEC has no
  // modifier).
  Words approximate_hour_suffixes;
  // Minutes said as a fraction of the hour: "et demie" → 30, "et quart" →
  // 15, "moins le quart" → -15 ("huit heures et demie", "8 et quart").
  WordTable<int> minute_fractions;
  Words minute_links;  // "et": "sept heures et dix"
  Words minus_words;   // "moins": "huit heures moins dix" → 7:50
  WordTable<const char*> parts_of_day;  // "soir" → "EV" (TIMEX3)
  // A meridiem alone after a day, as its half: "Tuesday PM" → "AF".
  WordTable<const char*> meridiem_day_parts;
  WordTable<const char*> tonight_words;  // "tonight" → "EV"
  // Words that open a part of day and belong to its span: "dans la
  // soirée" (English says "in the evening" through am_words/pm_words).
  Words day_part_introducers;
  // Those of them that lead a part of day alone only with an edge word
  // ("en fin de matinée"), or after a day ("mardi en soirée"): "joué en
  // matinée" is a show.
  Words weak_day_part_introducers;
  // Articles before a part of day that make it one alone: "la nuit",
  // "l'après-midi" (English "the night" is mostly "on the night").
  Words day_part_articles;
  // Named spans of the day, as a range of hours on their day: meals and
  // working hours ("lunchtime" 11–13, "business hours" 8–18, the hours
  // Recognizers-Text gives them). Those of hour_spans_introduced are
  // common nouns and need an introducer ("at lunch", "after dinner", "in
  // the daytime"; "we had lunch" has no time), which joins the span.
  WordTable<std::pair<int, int>> hour_spans;
  WordTable<std::pair<int, int>> hour_spans_introduced;
  Words hour_span_introducers;
  // Words that narrow a part of day ("tôt le matin", "fin d'après-midi");
  // the value stays the part's, as for edge_words.
  Words day_part_edges;

  // --- Durations ("pendant trois jours", "les dernières 24 heures")
  WordTable<int> number_words;      // "trois" → 3, "a"/"an" → 1 in English
  WordTable<TimeUnit> unit_words;   // "jours" → day, "heures" → hour
  // Units worth several of another, after a count: "two quarters" → 6
  // months, "a fortnight" → 2 weeks (not before "of": "three quarters of
  // the vote").
  WordTable<std::pair<int, TimeUnit>> unit_multiples;
  // Units only after a number in digits, common words elsewhere: "3,5
  // seconde", "10 sec" (not "une seconde fois", "un temps sec").
  WordTable<TimeUnit> units_after_digits;
  // Units that count one without a number after last_words/next_words:
  // "the next hour", "the past hour" → PT1H (longer units are calendar
  // periods: "next week").
  Words lone_unit_words;
  Words duration_introducers;       // "pendant", "depuis", "for"
  // Whether a count of hours, minutes or seconds is a duration even
  // without an introducer ("book 2 hours next month", "a 15 minute call"):
  // English news says them so; French "8 heures" alone is as often a
  // time ("sept minutes de plus" stays out, as its corpus says).
  bool clock_unit_amounts_alone = false;
  // Words that make an amount approximate and stay in the span: "il y a
  // environ deux semaines" (the value is the amount's).
  Words approximators;
  // Words before an amount of time that make it a duration (or a shift,
  // with "ago") even without an introducer, in its span: "more than two
  // years", "nearly 3 hours", "about two years ago".
  Words duration_quantifiers;
  // Vague counts, with the number SPEC writes for them ("a few minutes"
  // → PT3M, "quelques jours" → P3D, as TIMEX3 tools do).
  WordTable<int> vague_amounts;     // "few", "several", "quelques"
  // Words for a whole period: "all day", "the whole week", "toute la
  // journée" → P1D, P1W (an article may follow them).
  Words whole_period_words;
  // "half", "demi": "half an hour", "two and a half hours", "une
  // demi-heure", "deux ans et demi".
  Words half_words;
  // A quarter after a duration link: "one and a quarter years" (P1.25Y).
  Words quarter_words;
  // Links inside a compound duration: "1 hour and 30 minutes", "deux
  // heures et demie".
  Words duration_links;
  // Years in words after a date: "two thousand and fifteen", "nineteen
  // seventy eight". The word for 1000 and the link before the rest.
  Words thousand_words;  // "thousand"
  Words number_links;    // "and"
  // Ordinal day numbers in words: "the ninth", "May twenty-fourth".
  WordTable<int> day_ordinal_words;

  // --- Shifts from a date ("two days after tomorrow", "3 weeks from
  // Friday"): the words between the amount and the anchor date.
  Words shift_after_words;   // "after", "from"
  Words shift_before_words;  // "before"
  // "the rest of the week": from the reference to the period's end.
  Words rest_words;  // "rest of", "remainder of"
  // The moment of speaking: "now" → the reference date.
  Words now_words;

  // --- Ranges ("du 7 au 9 mars", "entre 2013 et 2015")
  // Opener and connector pairs: {"du", "au"}, {"entre", "et"}.
  WordTable<std::string_view> range_words;
  // The moment of speaking as a side of a range ("between now and
  // November 15th", "from Jan 22 to now"): the reference day.
  Words range_now_words;
  // Links of a list of days before their month: "les 9 et 10 juin", "les
  // 8, 10 ou 12 mai" (each day its own date).
  Words list_links;
  // Connectors that make a range without an opener ("10 au 22 août",
  // "Aug 10 to Nov 12"); a hyphen or dash always does ("2013-2015").
  Words open_range_connectors;
  // Connectors that make a range of times only: "5 à 6 pm", "4:00 à 7
  // heures" ("10 à 15 personnes" is no range of dates).
  Words time_range_connectors;

  // Decades by name, after an article: "the seventies" → 1970.
  WordTable<int> decade_names;
  // Decades named only after their century ("the twenty-tens", "the
  // nineteen seventies" also take decade_names): "tens" → 10.
  WordTable<int> decades_of_century;

  // --- Sets ("chaque lundi", "tous les ans")
  Words set_words;  // "chaque", "tous les", "every"
  // After a set word, every second one: "every other day" (P2D); a
  // weekday keeps its set value ("every other Friday": XXXX-WXX-5, SPEC
  // has no frequency).
  Words alternate_words;
  // Articles before a plural weekday that make it recurring: "les
  // lundis" (every Monday).
  Words plural_set_articles;
};

const DateLanguage& FrenchDateLanguage();   // core/dates/fr.cc
const DateLanguage& EnglishDateLanguage();  // core/dates/en.cc

// nullptr for a language without date rules.
const DateLanguage* FindDateLanguage(std::string_view lang);

}  // namespace relief

#endif  // RELIEF_CORE_DATES_DATE_LANGUAGE_H_
