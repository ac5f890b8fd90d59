// The name tagger: a linear-chain model over BIO labels (O, B-PER, I-PER,
// B-ORG, I-ORG, B-LOC, I-LOC) trained as an averaged structured perceptron
// (core/tagger/trainer.h), decoded with Viterbi under BIO constraints (an
// I-X only after B-X or I-X). Scores are sums of hashed int8 weights of the
// features of core/tagger/features.h plus label-transition weights.
#ifndef RELIEF_CORE_TAGGER_TAGGER_H_
#define RELIEF_CORE_TAGGER_TAGGER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"
#include "core/tagger/features.h"
#include "core/tagger/model.h"

namespace relief {

// The labels every model uses, in this order.
const std::vector<std::string>& NameLabels();

// A name found by the tagger: tokens [first_token, end_token).
struct NameSpan {
  size_t first_token = 0;
  size_t end_token = 0;
  std::string type;  // "PER", "ORG" or "LOC"
  float confidence = 0;
};

// allowed[from * L + to]; row L is the sentence start.
std::vector<uint8_t> AllowedTransitions(const std::vector<std::string>& labels);

// Best label sequence for n tokens given emission scores (n × L) and
// transitions ((L + 1) × L); disallowed transitions are never taken.
void Viterbi(const float* emissions, size_t n, size_t L,
             const float* transitions, const std::vector<uint8_t>& allowed,
             std::vector<uint16_t>* best);

// The left-to-right alternative to Viterbi, for comparison (relief-train
// --compare-decoders): each token takes its best allowed label given the
// previous one.
void GreedyDecode(const float* emissions, size_t n, size_t L,
                  const float* transitions, const std::vector<uint8_t>& allowed,
                  std::vector<uint16_t>* best);

// Spans of B-X I-X… runs (a stray I-X opens a span too).
std::vector<NameSpan> SpansFromLabels(const std::vector<uint16_t>& labels,
                                      const std::vector<std::string>& names);

class Tagger {
 public:
  static Expected<Tagger> Load(const uint8_t* data, size_t size);
  explicit Tagger(TaggerModel model);

  // One label (index into model().labels) per token of the input.
  enum class Decoder { kViterbi, kGreedy };
  void Label(const TaggerInput& input, std::vector<uint16_t>* labels,
             std::vector<float>* margins = nullptr,
             Decoder decoder = Decoder::kViterbi) const;
  // The names of a document.
  std::vector<NameSpan> Tag(const TaggerInput& input) const;

  const TaggerModel& model() const { return model_; }

 private:
  TaggerModel model_;
  std::vector<uint8_t> allowed_;
};

}  // namespace relief

#endif  // RELIEF_CORE_TAGGER_TAGGER_H_
