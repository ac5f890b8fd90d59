// Hostile inputs shared by the hostile-input tests and benchmarks: each
// family is built at any size, deterministically.
#ifndef RELIEF_TESTS_HOSTILE_INPUTS_H_
#define RELIEF_TESTS_HOSTILE_INPUTS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace relief {

struct HostileFamily {
  const char* name;
  std::string (*make)(size_t bytes);
};

inline std::string Repeat(const std::string& unit, size_t bytes) {
  std::string out;
  out.reserve(bytes + unit.size());
  while (out.size() < bytes) out += unit;
  return out;
}

inline const std::vector<HostileFamily>& HostileFamilies() {
  static const std::vector<HostileFamily> kFamilies = {
      {"news prose", [](size_t n) {
         return Repeat("Le 7 mars 2016, le régime de Damas a annoncé avoir repris "
                       "Palmyre ; 400 djihadistes ont été tués, selon l'OSDH. ", n);
       }},
      {"digits only", [](size_t n) { return std::string(n, '7'); }},
      {"no space", [](size_t n) { return Repeat("abcdéfghij", n); }},
      {"le 7 mars 2016 repeated", [](size_t n) { return Repeat("le 7 mars 2016 ", n); }},
      {"nested brackets and quotes", [](size_t n) {
         return Repeat("([{«\"'", n / 2) + Repeat("'\"»}])", n / 2);
       }},
      {"binary junk", [](size_t n) {
         std::string s(n, '\0');
         uint32_t x = 2463534242u;  // xorshift: the same junk every run
         for (char& c : s) {
           x ^= x << 13; x ^= x >> 17; x ^= x << 5;
           c = static_cast<char>(x);
         }
         return s;
       }},
      {"NUL bytes and controls", [](size_t n) {
         return Repeat(std::string("mai\0 2015\x01\x02\r\n", 14), n);
       }},
      {"invalid UTF-8 between words", [](size_t n) {
         return Repeat("janvier\xC3 2015 \xED\xA0\x80 \xFF\xFE le 7 mars ", n);
       }},
      {"emoji and astral", [](size_t n) { return Repeat("😀 le 7 mars 2016 𝔘 ", n); }},
      {"number-like separators", [](size_t n) { return Repeat("1 234 567,89.1.2.3,4 ", n); }},
  };
  return kFamilies;
}

}  // namespace relief

#endif  // RELIEF_TESTS_HOSTILE_INPUTS_H_
