// Splitting the lines of the corpus files (tests/corpus/*/*.tsv).
#ifndef RELIEF_TESTS_TSV_H_
#define RELIEF_TESTS_TSV_H_

#include <sstream>
#include <string>
#include <vector>

namespace relief {

inline std::vector<std::string> Split(const std::string& line, char sep) {
  std::vector<std::string> parts;
  std::stringstream in(line);
  std::string part;
  while (std::getline(in, part, sep)) parts.push_back(part);
  return parts;
}

}  // namespace relief

#endif  // RELIEF_TESTS_TSV_H_
