#include "core/tagger/corpus.h"

#include <algorithm>
#include <fstream>

#include <nlohmann/json.hpp>

namespace relief {

Expected<std::vector<CorpusDocument>> ReadCorpus(const std::string& path) {
  std::ifstream in(path);
  if (!in) return InvalidArgument("cannot read " + path);
  std::vector<CorpusDocument> documents;
  std::string line;
  size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty()) continue;
    const nlohmann::json json = nlohmann::json::parse(line, nullptr, false);
    if (json.is_discarded() || !json.is_object() || !json.contains("text")) {
      return DataError(path + ":" + std::to_string(line_number) +
                       ": not a gold document");
    }
    CorpusDocument doc;
    doc.id = json.value("id", "");
    doc.lang = json.value("lang", "");
    doc.text = json["text"].get<std::string>();
    for (const auto& m : json.value("mentions", nlohmann::json::array())) {
      if (m.value("optional", false)) continue;
      const std::string category = m.value("category", "");
      const std::string subtype = m.value("subtype", "");
      std::string type;
      if (category == "place") {
        type = "LOC";
      } else if (category == "actor") {
        type = subtype == "person" ? "PER" : "ORG";
      } else {
        continue;
      }
      doc.names.push_back(GoldName{m.value("start", 0u), m.value("end", 0u), type});
    }
    documents.push_back(std::move(doc));
  }
  return documents;
}

std::vector<uint16_t> AlignLabels(const TokenizedText& text,
                                  const std::vector<GoldName>& names,
                                  const std::vector<std::string>& labels) {
  auto index = [&](const std::string& label) {
    return static_cast<uint16_t>(
        std::find(labels.begin(), labels.end(), label) - labels.begin());
  };
  std::vector<uint16_t> out(text.tokens.size(), index("O"));
  const std::vector<uint32_t>& u16 = text.text.utf16_offsets;
  size_t t = 0;
  for (const GoldName& name : names) {
    while (t < text.tokens.size() && u16[text.tokens[t].end] <= name.start) ++t;
    bool first = true;
    for (size_t k = t; k < text.tokens.size() &&
                       u16[text.tokens[k].begin] < name.end;
         ++k) {
      out[k] = index((first ? "B-" : "I-") + name.type);
      first = false;
    }
  }
  return out;
}

}  // namespace relief
