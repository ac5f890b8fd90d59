// Training the name tagger: an averaged structured perceptron (Collins
// 2002) over hashed features, decoded with the tagger's own Viterbi, then
// quantized to int8. Deterministic: the sentence order of every epoch comes
// from a seeded mt19937 with our own shuffle.
#ifndef RELIEF_CORE_TAGGER_TRAINER_H_
#define RELIEF_CORE_TAGGER_TRAINER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/tagger/model.h"

namespace relief {

// One training sentence: its features (n × kFeatureTemplateCount hashes,
// token-major) and gold label indices.
struct TrainingSentence {
  std::vector<uint32_t> features;
  std::vector<uint16_t> gold;
};

struct TrainerOptions {
  int epochs = 8;
  uint32_t bucket_bits = 18;
  uint32_t seed = 1;
  // Quantized weights with |q| below this become 0 (gzip then squeezes them).
  int prune_below = 1;
};

// Called after each epoch with the averaged model, to report dev scores.
using EpochCallback = std::function<void(int epoch, const TaggerModel&)>;

TaggerModel TrainTagger(const std::vector<TrainingSentence>& sentences,
                        const std::vector<std::string>& labels,
                        const TrainerOptions& options,
                        const EpochCallback& on_epoch);

}  // namespace relief

#endif  // RELIEF_CORE_TAGGER_TRAINER_H_
