// Reading the shared gold corpora (../shared/corpora/README.md: one JSON
// document a line, mentions with UTF-16 offsets) for training and
// evaluating the name tagger, and aligning their mentions to tokens.
#ifndef RELIEF_CORE_TAGGER_CORPUS_H_
#define RELIEF_CORE_TAGGER_CORPUS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"
#include "core/text/tokenizer.h"

namespace relief {

// A gold name: UTF-16 offsets and its tagger type (PER, ORG, LOC).
struct GoldName {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string type;
};

struct CorpusDocument {
  std::string id;
  std::string lang;
  std::string text;
  std::vector<GoldName> names;  // optional gold mentions left out
};

// Reads a gold JSONL file; place → LOC, actor/person → PER,
// actor/organization → ORG.
Expected<std::vector<CorpusDocument>> ReadCorpus(const std::string& path);

// BIO label indices into `labels` for every token: a token overlapping a
// gold name takes its type (B- on the first such token).
std::vector<uint16_t> AlignLabels(const TokenizedText& text,
                                  const std::vector<GoldName>& names,
                                  const std::vector<std::string>& labels);

}  // namespace relief

#endif  // RELIEF_CORE_TAGGER_CORPUS_H_
