// The date recognizer: finds temporal expressions in tokens and resolves
// them against the article's reference date into SPEC values.
#ifndef RELIEF_CORE_DATES_DATES_H_
#define RELIEF_CORE_DATES_DATES_H_

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/dates/calendar.h"
#include "core/dates/calendar_names.h"
#include "core/dates/date_language.h"
#include "core/document.h"
#include "core/status.h"
#include "core/text/tokenizer.h"

namespace relief {

class DateRecognizer {
 public:
  static Expected<DateRecognizer> Create(const DateLanguage& language);

  // Appends the dates of text to *mentions (in text order, not
  // overlapping each other). Without a reference date, parts the text
  // does not give stay X ("XXXX-03-07").
  void Recognize(const TokenizedText& text,
                 const std::optional<CivilDate>& reference,
                 std::vector<Mention>* mentions) const;

  const std::string& lang() const { return lang_; }

 private:
  struct Match;
  using WordSet = std::unordered_set<std::string>;

  DateRecognizer(const DateLanguage& language, CalendarNames names);
  bool MatchDayMonth(const TokenizedText& text, size_t i,
                     const std::optional<CivilDate>& reference,
                     Match* match) const;
  bool MatchMonthYear(const TokenizedText& text, size_t i, Match* match) const;
  bool MatchYear(const TokenizedText& text, size_t i, Match* match) const;
  // Day of month at token i ("7", "1er", "3rd"); sets *next past it.
  int DayAt(const TokenizedText& text, size_t i, size_t* next) const;
  int MonthAt(const TokenizedText& text, size_t i) const;

  std::string lang_;
  bool month_before_day_ = false;
  bool month_needs_capital_ = false;
  CalendarNames names_;
  WordSet articles_, day_suffixes_, year_introducers_, year_blockers_,
      words_after_year_;
};

}  // namespace relief

#endif  // RELIEF_CORE_DATES_DATES_H_
