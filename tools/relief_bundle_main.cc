// relief-bundle: packs data files into one Relief data bundle.
//   relief-bundle OUT NAME=FILE [NAME=FILE ...]
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "core/data/bundle.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: relief-bundle OUT NAME=FILE [NAME=FILE ...]\n";
    return 2;
  }
  std::vector<std::pair<std::string, std::string>> sections;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    const size_t eq = arg.find('=');
    if (eq == std::string::npos || eq == 0 || eq > 16) {
      std::cerr << "relief-bundle: expected NAME=FILE (name ≤ 16 bytes): "
                << arg << "\n";
      return 2;
    }
    std::ifstream in(arg.substr(eq + 1), std::ios::binary);
    if (!in) {
      std::cerr << "relief-bundle: cannot read " << arg.substr(eq + 1) << "\n";
      return 1;
    }
    sections.emplace_back(arg.substr(0, eq),
                          std::string(std::istreambuf_iterator<char>(in), {}));
  }
  std::ofstream out(argv[1], std::ios::binary);
  out << relief::WriteBundle(sections);
  if (!out) {
    std::cerr << "relief-bundle: cannot write " << argv[1] << "\n";
    return 1;
  }
  return 0;
}
