// relief-gazetteer: packs the TSV of tools/build-gazetteer.mjs (standard
// input) into the binary gazetteer (core/gazetteer/gazetteer.h).
//   node tools/build-gazetteer.mjs | relief-gazetteer OUT
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "core/gazetteer/gazetteer.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: node tools/build-gazetteer.mjs | relief-gazetteer OUT\n";
    return 2;
  }
  std::vector<relief::PlaceEntry> places;
  std::vector<relief::WordEntry> words;
  std::string line;
  size_t line_number = 0;
  while (std::getline(std::cin, line)) {
    ++line_number;
    std::vector<std::string> f;
    std::stringstream fields(line);
    for (std::string field; std::getline(fields, field, '\t');) f.push_back(field);
    if (f.size() == 8 && f[0] == "P") {
      relief::PlaceEntry e;
      e.name = f[1];
      e.place.geonames = std::stoul(f[2]);
      e.place.country[0] = f[3].size() == 2 ? f[3][0] : 0;
      e.place.country[1] = f[3].size() == 2 ? f[3][1] : 0;
      e.place.lat = std::stod(f[4]);
      e.place.lon = std::stod(f[5]);
      e.place.population = std::stoul(f[6]);
      e.place.kind = f[7] == "country"  ? relief::PlaceKind::kCountry
                     : f[7] == "region" ? relief::PlaceKind::kRegion
                                        : relief::PlaceKind::kCity;
      places.push_back(std::move(e));
    } else if (f.size() == 3 && f[0] == "W") {
      words.push_back({f[2], static_cast<uint8_t>(std::stoul(f[1]))});
    } else {
      std::cerr << "relief-gazetteer: line " << line_number << ": bad entry\n";
      return 1;
    }
  }
  std::ofstream out(argv[1], std::ios::binary);
  out << relief::WriteGazetteer(places, words);
  if (!out) {
    std::cerr << "relief-gazetteer: cannot write " << argv[1] << "\n";
    return 1;
  }
  std::cerr << "relief-gazetteer: " << places.size() << " place names, "
            << words.size() << " words\n";
  return 0;
}
