#include "core/tagger/features.h"

#include <string_view>
#include <unordered_map>

#include "core/text/chars.h"

namespace relief {

namespace {

using A = TokenAttribute;

constexpr uint32_t kFnvOffset = 2166136261u;
constexpr uint32_t kFnvPrime = 16777619u;

uint32_t HashBytes(uint32_t h, const void* data, size_t size) {
  const auto* p = static_cast<const unsigned char*>(data);
  for (size_t i = 0; i < size; ++i) h = (h ^ p[i]) * kFnvPrime;
  return h;
}

uint32_t HashString(std::string_view s, uint32_t seed) {
  return HashBytes(kFnvOffset ^ seed, s.data(), s.size());
}

// Mixes two 32-bit values (a finalizer in the style of MurmurHash3).
uint32_t Mix(uint32_t h, uint32_t v) {
  h ^= v + 0x9e3779b9u + (h << 6) + (h >> 2);
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  return h;
}

// Hash of the marker standing for positions before / after the sentence.
constexpr uint32_t kBeforeSentence = 0x5bd1e995u;
constexpr uint32_t kAfterSentence = 0x1b873593u;

// A UTF-8 string of the first / last n code points of a UTF-8 key.
std::string_view Utf8Prefix(std::string_view s, size_t n) {
  size_t i = 0;
  while (i < s.size() && n > 0) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    --n;
  }
  return s.substr(0, i);
}

std::string_view Utf8Suffix(std::string_view s, size_t n) {
  size_t i = s.size();
  while (i > 0 && n > 0) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    --n;
  }
  return s.substr(i);
}

}  // namespace

// The templates: word identity around the token, its spelling (shape,
// affixes), capitalisation in context and word-list membership, plus a few
// conjunctions that tell "Etat islamique" from "l'Etat" at a sentence start.
const FeatureTemplate kFeatureTemplates[] = {
    {"bias", 0, A::kNone, 0, A::kNone},
    {"w0.key", 0, A::kKey, 0, A::kNone},
    {"w0.form", 0, A::kForm, 0, A::kNone},
    {"w-1.key", -1, A::kKey, 0, A::kNone},
    {"w+1.key", 1, A::kKey, 0, A::kNone},
    {"w-2.key", -2, A::kKey, 0, A::kNone},
    {"w+2.key", 2, A::kKey, 0, A::kNone},
    {"w0.shape", 0, A::kShape, 0, A::kNone},
    {"w-1.shape", -1, A::kShape, 0, A::kNone},
    {"w+1.shape", 1, A::kShape, 0, A::kNone},
    {"w0.prefix3", 0, A::kPrefix3, 0, A::kNone},
    {"w0.suffix2", 0, A::kSuffix2, 0, A::kNone},
    {"w0.suffix3", 0, A::kSuffix3, 0, A::kNone},
    {"w0.suffix4", 0, A::kSuffix4, 0, A::kNone},
    {"w0.flags", 0, A::kFlags, 0, A::kNone},
    {"w-1.flags", -1, A::kFlags, 0, A::kNone},
    {"w+1.flags", 1, A::kFlags, 0, A::kNone},
    {"w0.lexicon", 0, A::kLexicon, 0, A::kNone},
    {"w-1.lexicon", -1, A::kLexicon, 0, A::kNone},
    {"w+1.lexicon", 1, A::kLexicon, 0, A::kNone},
    {"w0.lexicon|w0.flags", 0, A::kLexicon, 0, A::kFlags},
    {"w-1.key|w0.key", -1, A::kKey, 0, A::kKey},
    {"w0.key|w+1.key", 0, A::kKey, 1, A::kKey},
    {"w-1.key|w0.shape", -1, A::kKey, 0, A::kShape},
    {"w0.shape|w+1.key", 0, A::kShape, 1, A::kKey},
    {"w-1.shape|w0.shape", -1, A::kShape, 0, A::kShape},
    {"w0.shape|w+1.shape", 0, A::kShape, 1, A::kShape},
    {"w0.key|w0.flags", 0, A::kKey, 0, A::kFlags},
    {"w0.document|w0.flags", 0, A::kDocument, 0, A::kFlags},
    {"w-1.document", -1, A::kDocument, 0, A::kNone},
    {"w+1.document", 1, A::kDocument, 0, A::kNone},
    {"w-1.form", -1, A::kForm, 0, A::kNone},
    {"w+1.form", 1, A::kForm, 0, A::kNone},
    {"w-2.key|w-1.key", -2, A::kKey, -1, A::kKey},
    {"w-1.key|w+1.key", -1, A::kKey, 1, A::kKey},
    {"w-1.suffix3", -1, A::kSuffix3, 0, A::kNone},
    {"w+1.suffix3", 1, A::kSuffix3, 0, A::kNone},
};
const size_t kFeatureTemplateCount =
    sizeof(kFeatureTemplates) / sizeof(kFeatureTemplates[0]);

uint32_t FeatureSetId() {
  uint32_t h = kFnvOffset;
  for (const FeatureTemplate& t : kFeatureTemplates) {
    h = HashString(t.name, h);
    const int8_t parts[4] = {t.offset_a, static_cast<int8_t>(t.a), t.offset_b,
                             static_cast<int8_t>(t.b)};
    h = HashBytes(h, parts, sizeof(parts));
  }
  return h;
}

std::string WordShape(std::u32string_view word) {
  std::string shape;
  char last = 0;
  for (char32_t c : word) {
    char s;
    if (IsUpper(c)) {
      s = 'X';
    } else if (IsLetter(c)) {
      s = 'x';
    } else if (IsAsciiDigit(c)) {
      s = 'd';
    } else if (IsApostrophe(c)) {
      s = '\'';
    } else if (IsHyphen(c)) {
      s = '-';
    } else if (c < 0x80) {
      s = static_cast<char>(c);
    } else {
      s = '*';
    }
    if (s != last) shape += s;
    last = s;
  }
  return shape;
}

TaggerInput PrepareTaggerInput(const TokenizedText& text,
                               const std::vector<uint8_t>& lexicon) {
  TaggerInput input;
  input.sentences = SplitSentences(text);
  const size_t n = text.tokens.size();
  input.tokens.resize(n);

  // Line facts: a headline has no final punctuation; some are in capitals.
  std::vector<uint8_t> line_flags(n, 0);
  for (size_t first = 0; first < n;) {
    size_t end = first + 1;
    while (end < n && !text.tokens[end].newline_before) ++end;
    const std::u32string_view last = text.chars(end - 1);
    const bool final_punct = last.size() == 1 &&
                             (last[0] == '.' || last[0] == '!' ||
                              last[0] == '?' || last[0] == ':' ||
                              last[0] == ';' || last[0] == ',' ||
                              last[0] == 0x2026);
    size_t letters = 0, upper = 0;
    for (size_t t = first; t < end; ++t) {
      for (char32_t c : text.chars(t)) {
        if (IsLetter(c)) {
          ++letters;
          upper += IsUpper(c);
        }
      }
    }
    uint8_t flags = 0;
    if (!final_punct) flags |= kTitleLine;
    if (letters >= 4 && upper * 10 >= letters * 9) flags |= kAllCapsLine;
    for (size_t t = first; t < end; ++t) line_flags[t] = flags;
    first = end;
  }
  std::vector<uint8_t> starts(n, 0);
  for (const Sentence& s : input.sentences) {
    // The first word, past opening quotes and dashes.
    for (size_t t = s.first_token; t < s.end_token; ++t) {
      if (text.tokens[t].kind == TokenKind::kWord ||
          text.tokens[t].kind == TokenKind::kNumber) {
        starts[t] = 1;
        break;
      }
    }
  }

  // How each word is written across the document.
  std::unordered_map<std::string_view, uint8_t> written;
  for (size_t i = 0; i < n; ++i) {
    const std::u32string_view chars = text.chars(i);
    if (text.tokens[i].kind != TokenKind::kWord || chars.empty()) continue;
    uint8_t& w = written[text.keys[i]];
    if (IsLower(chars[0])) {
      w |= kLowerCaseElsewhere;
    } else if (IsUpper(chars[0]) && !starts[i] && !(line_flags[i] & kTitleLine)) {
      w |= kCapitalizedMidSentence;
    }
  }

  std::string utf8;
  for (size_t i = 0; i < n; ++i) {
    const Token& token = text.tokens[i];
    const std::u32string_view chars = text.chars(i);
    const std::string& key = text.keys[i];
    utf8.clear();
    for (char32_t c : chars) AppendUtf8(c, &utf8);

    uint8_t flags = line_flags[i];
    size_t letters = 0, upper = 0;
    for (char32_t c : chars) {
      if (IsLetter(c)) {
        ++letters;
        upper += IsUpper(c);
      }
      if (IsAsciiDigit(c)) flags |= kHasDigit;
    }
    if (!chars.empty() && IsUpper(chars[0])) flags |= kCapitalized;
    if (letters >= 2 && upper == letters) flags |= kAllCaps;
    if (starts[i]) flags |= kSentenceStart;
    if (token.elided) flags |= kElided;
    const uint8_t lex = i < lexicon.size() ? lexicon[i] : 0;

    uint32_t* h = input.tokens[i].hash;
    h[static_cast<int>(A::kNone)] = 0;
    h[static_cast<int>(A::kKey)] = HashString(key, 1);
    h[static_cast<int>(A::kForm)] = HashString(utf8, 2);
    h[static_cast<int>(A::kShape)] = HashString(WordShape(chars), 3);
    h[static_cast<int>(A::kPrefix3)] = HashString(Utf8Prefix(key, 3), 4);
    h[static_cast<int>(A::kSuffix2)] = HashString(Utf8Suffix(key, 2), 5);
    h[static_cast<int>(A::kSuffix3)] = HashString(Utf8Suffix(key, 3), 6);
    h[static_cast<int>(A::kSuffix4)] = HashString(Utf8Suffix(key, 4), 7);
    h[static_cast<int>(A::kFlags)] = Mix(8, flags);
    h[static_cast<int>(A::kLexicon)] = Mix(9, lex);
    auto w = written.find(key);
    h[static_cast<int>(A::kDocument)] =
        Mix(10, w == written.end() ? 0xFF : w->second);
  }
  return input;
}

void ComputeFeatures(const TaggerInput& input, const Sentence& sentence,
                     size_t i, std::vector<uint32_t>* out) {
  auto read = [&](int offset, TokenAttribute attribute) -> uint32_t {
    if (attribute == A::kNone) return 0;
    const long j = static_cast<long>(i) + offset;
    if (j < static_cast<long>(sentence.first_token)) return kBeforeSentence;
    if (j >= static_cast<long>(sentence.end_token)) return kAfterSentence;
    return input.tokens[j].hash[static_cast<int>(attribute)];
  };
  for (size_t t = 0; t < kFeatureTemplateCount; ++t) {
    const FeatureTemplate& f = kFeatureTemplates[t];
    uint32_t h = Mix(static_cast<uint32_t>(t) * 0x2545F491u + 1,
                     read(f.offset_a, f.a));
    if (f.b != A::kNone) h = Mix(h, read(f.offset_b, f.b));
    out->push_back(h);
  }
}

}  // namespace relief
