#include "core/text/sentences.h"

#include <string>

#include "core/text/chars.h"

namespace relief {

namespace {

// Abbreviations after which a dot does not end a sentence (folded keys).
// French and English titles and common abbreviations of news prose.
bool IsAbbreviation(const std::string& key) {
  static const char* const kAbbreviations[] = {
      "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "mgr",
      "gal", "gen", "col", "cdt", "lt", "sgt", "mr", "mrs", "ms", "jr", "sr",
      "prof", "rev", "hon", "gov", "sen", "rep", "vs", "cf", "etc", "av",
      "bd", "no", "n", "p", "pp", "vol", "fig", "art", "al", "inc", "ltd",
      "co", "corp", "jan", "feb", "fev", "mar", "apr", "avr", "aug", "sept",
      "sep", "oct", "nov", "dec", "env", "approx", "min", "max", "tel"};
  for (const char* a : kAbbreviations) {
    if (key == a) return true;
  }
  return false;
}

bool IsSentenceFinal(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x203C;
}

bool IsClosing(char32_t c) {
  return c == '"' || c == 0x00BB || c == 0x201D || c == 0x2019 || c == ')' ||
         c == ']' || c == '\'';
}

bool StartsSentence(const TokenizedText& text, size_t i) {
  const char32_t c = text.text.chars[text.tokens[i].begin];
  return IsUpper(c) || IsAsciiDigit(c) || c == '"' || c == 0x00AB ||
         c == 0x201C || c == '(' || c == '-' || c == 0x2013 || c == 0x2014 ||
         !IsLetter(c);
}

}  // namespace

std::vector<Sentence> SplitSentences(const TokenizedText& text) {
  std::vector<Sentence> sentences;
  const size_t n = text.tokens.size();
  size_t start = 0;
  auto close = [&](size_t end) {
    while (end - start > kMaxSentenceTokens) {  // cut after a comma or the like if one is near
      size_t cut = start + kMaxSentenceTokens;
      for (size_t k = cut; k > start + kMaxSentenceTokens / 2; --k) {
        if (text.tokens[k - 1].kind == TokenKind::kPunct) {
          cut = k;
          break;
        }
      }
      sentences.push_back({start, cut});
      start = cut;
    }
    if (end > start) sentences.push_back({start, end});
    start = end;
  };
  for (size_t i = 0; i < n; ++i) {
    if (i > start && text.tokens[i].newline_before) close(i);
    const Token& t = text.tokens[i];
    if (t.kind != TokenKind::kPunct ||
        !IsSentenceFinal(text.text.chars[t.begin])) {
      continue;
    }
    size_t end = i + 1;
    while (end < n && text.tokens[end].glued &&
           text.tokens[end].kind == TokenKind::kPunct &&
           (IsClosing(text.text.chars[text.tokens[end].begin]) ||
            IsSentenceFinal(text.text.chars[text.tokens[end].begin]))) {
      ++end;
    }
    if (end >= n) break;
    if (text.tokens[end].glued || !StartsSentence(text, end)) continue;
    if (text.text.chars[t.begin] == '.' && i > start && t.glued) {
      const Token& prev = text.tokens[i - 1];
      const std::u32string_view word = text.chars(prev);
      const bool initial = word.size() == 1 && IsUpper(word[0]);
      if (prev.kind == TokenKind::kWord &&
          (initial || IsAbbreviation(text.keys[i - 1]))) {
        continue;
      }
    }
    i = end - 1;
    close(end);
  }
  close(n);
  return sentences;
}

}  // namespace relief
