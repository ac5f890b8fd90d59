#include "core/tagger/trainer.h"

#include <algorithm>
#include <cmath>
#include <random>

#include "core/tagger/features.h"
#include "core/tagger/tagger.h"

namespace relief {

namespace {

// Weights with lazy averaging: the average is w - u / c, where u sums each
// update times the step it happened at.
struct AveragedWeights {
  std::vector<float> w, u;
  explicit AveragedWeights(size_t n) : w(n, 0), u(n, 0) {}
  void Add(size_t i, float delta, double step) {
    w[i] += delta;
    u[i] += static_cast<float>(step * delta);
  }
  float Average(size_t i, double steps) const {
    return static_cast<float>(w[i] - u[i] / steps);
  }
};

TaggerModel Snapshot(const AveragedWeights& emission,
                     const AveragedWeights& transition, double steps,
                     const std::vector<std::string>& labels,
                     const TrainerOptions& options) {
  TaggerModel model;
  model.labels = labels;
  model.bucket_bits = options.bucket_bits;
  model.transitions.resize(transition.w.size());
  for (size_t i = 0; i < transition.w.size(); ++i) {
    model.transitions[i] = transition.Average(i, steps);
  }
  float top = 0;
  std::vector<float> average(emission.w.size());
  for (size_t i = 0; i < average.size(); ++i) {
    average[i] = emission.Average(i, steps);
    top = std::max(top, std::fabs(average[i]));
  }
  model.weight_scale = top > 0 ? top / 127 : 1;
  model.weights.resize(average.size());
  for (size_t i = 0; i < average.size(); ++i) {
    const long q = std::lround(average[i] / model.weight_scale);
    model.weights[i] =
        static_cast<int8_t>(std::labs(q) < options.prune_below ? 0 : q);
  }
  return model;
}

}  // namespace

TaggerModel TrainTagger(const std::vector<TrainingSentence>& sentences,
                        const std::vector<std::string>& labels,
                        const TrainerOptions& options,
                        const EpochCallback& on_epoch) {
  const size_t L = labels.size();
  const size_t T = kFeatureTemplateCount;
  const uint32_t mask = (1u << options.bucket_bits) - 1;
  AveragedWeights emission((size_t{mask} + 1) * L);
  AveragedWeights transition((L + 1) * L);
  const std::vector<uint8_t> allowed = AllowedTransitions(labels);

  std::vector<size_t> order(sentences.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 random(options.seed);
  double step = 1;
  std::vector<float> emissions;
  std::vector<uint16_t> predicted;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    // Fisher–Yates with mt19937's raw output: the same on every platform.
    for (size_t i = order.size(); i > 1; --i) {
      std::swap(order[i - 1], order[random() % i]);
    }
    for (size_t s : order) {
      const TrainingSentence& sentence = sentences[s];
      const size_t n = sentence.gold.size();
      emissions.assign(n * L, 0);
      for (size_t i = 0; i < n; ++i) {
        for (size_t t = 0; t < T; ++t) {
          const float* w = &emission.w[(sentence.features[i * T + t] & mask) * L];
          for (size_t y = 0; y < L; ++y) emissions[i * L + y] += w[y];
        }
      }
      Viterbi(emissions.data(), n, L, transition.w.data(), allowed, &predicted);
      for (size_t i = 0; i < n; ++i) {
        const uint16_t gold = sentence.gold[i], guess = predicted[i];
        const size_t gold_from = i == 0 ? L : sentence.gold[i - 1];
        const size_t guess_from = i == 0 ? L : predicted[i - 1];
        if (gold != guess) {
          for (size_t t = 0; t < T; ++t) {
            const size_t bucket = (sentence.features[i * T + t] & mask) * L;
            emission.Add(bucket + gold, 1, step);
            emission.Add(bucket + guess, -1, step);
          }
        }
        if (gold != guess || gold_from != guess_from) {
          transition.Add(gold_from * L + gold, 1, step);
          transition.Add(guess_from * L + guess, -1, step);
        }
      }
      ++step;
    }
    if (on_epoch) {
      on_epoch(epoch, Snapshot(emission, transition, step, labels, options));
    }
  }
  return Snapshot(emission, transition, step, labels, options);
}

}  // namespace relief
