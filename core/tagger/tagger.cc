#include "core/tagger/tagger.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace relief {

constexpr size_t kLabelCount = 7;  // NameLabels().size()

const std::vector<std::string>& NameLabels() {
  static const std::vector<std::string> kLabels = {
      "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"};
  return kLabels;
}

std::vector<uint8_t> AllowedTransitions(const std::vector<std::string>& labels) {
  const size_t L = labels.size();
  std::vector<uint8_t> allowed((L + 1) * L, 1);
  for (size_t to = 0; to < L; ++to) {
    if (labels[to].rfind("I-", 0) != 0) continue;
    const std::string type = labels[to].substr(2);
    allowed[L * L + to] = 0;  // never at a sentence start
    for (size_t from = 0; from < L; ++from) {
      const std::string& f = labels[from];
      allowed[from * L + to] = f.size() > 2 && f.substr(2) == type;
    }
  }
  return allowed;
}

void Viterbi(const float* emissions, size_t n, size_t L,
             const float* transitions, const std::vector<uint8_t>& allowed,
             std::vector<uint16_t>* best) {
  best->assign(n, 0);
  if (n == 0) return;
  constexpr float kNone = -std::numeric_limits<float>::infinity();
  std::vector<float> score(L), next(L);
  std::vector<uint16_t> back(n * L, 0);
  for (size_t y = 0; y < L; ++y) {
    score[y] = allowed[L * L + y] ? transitions[L * L + y] + emissions[y] : kNone;
  }
  for (size_t i = 1; i < n; ++i) {
    const float* e = emissions + i * L;
    for (size_t y = 0; y < L; ++y) {
      float top = kNone;
      uint16_t arg = 0;
      for (size_t p = 0; p < L; ++p) {
        if (!allowed[p * L + y]) continue;
        const float s = score[p] + transitions[p * L + y];
        if (s > top) {
          top = s;
          arg = static_cast<uint16_t>(p);
        }
      }
      next[y] = top + e[y];
      back[i * L + y] = arg;
    }
    std::swap(score, next);
  }
  uint16_t y = 0;
  for (size_t k = 1; k < L; ++k) {
    if (score[k] > score[y]) y = static_cast<uint16_t>(k);
  }
  for (size_t i = n; i-- > 0;) {
    (*best)[i] = y;
    y = back[i * L + y];
  }
}

void GreedyDecode(const float* emissions, size_t n, size_t L,
                  const float* transitions, const std::vector<uint8_t>& allowed,
                  std::vector<uint16_t>* best) {
  best->assign(n, 0);
  size_t from = L;
  for (size_t i = 0; i < n; ++i) {
    float top = -std::numeric_limits<float>::infinity();
    for (size_t y = 0; y < L; ++y) {
      if (!allowed[from * L + y]) continue;
      const float s = emissions[i * L + y] + transitions[from * L + y];
      if (s > top) {
        top = s;
        (*best)[i] = static_cast<uint16_t>(y);
      }
    }
    from = (*best)[i];
  }
}

std::vector<NameSpan> SpansFromLabels(const std::vector<uint16_t>& labels,
                                      const std::vector<std::string>& names) {
  std::vector<NameSpan> spans;
  for (size_t i = 0; i < labels.size(); ++i) {
    const std::string& label = names[labels[i]];
    if (label.size() < 3) continue;  // "O"
    const std::string type = label.substr(2);
    const bool continues = label[0] == 'I' && !spans.empty() &&
                           spans.back().end_token == i &&
                           spans.back().type == type;
    if (continues) {
      spans.back().end_token = i + 1;
    } else {
      spans.push_back(NameSpan{i, i + 1, type, 0});
    }
  }
  return spans;
}

Expected<Tagger> Tagger::Load(const uint8_t* data, size_t size) {
  Expected<TaggerModel> model = ReadModel(data, size);
  if (!model.ok()) return model.status();
  if (model->labels != NameLabels()) {
    return DataError("tagger model has unexpected labels");
  }
  return Tagger(std::move(*model));
}

Tagger::Tagger(TaggerModel model)
    : model_(std::move(model)), allowed_(AllowedTransitions(model_.labels)) {}

void Tagger::Label(const TaggerInput& input, std::vector<uint16_t>* labels,
                   std::vector<float>* margins, Decoder decoder) const {
  const size_t L = model_.label_count();
  const uint32_t mask = model_.bucket_mask();
  labels->assign(input.tokens.size(), 0);
  if (margins) margins->assign(input.tokens.size(), 0);
  if (L != kLabelCount) return;  // not NameLabels(): Load refuses such models
  std::vector<uint32_t> features;
  std::vector<float> emissions;
  std::vector<uint16_t> best;
  const size_t T = kFeatureTemplateCount;
  for (const Sentence& sentence : input.sentences) {
    const size_t n = sentence.end_token - sentence.first_token;
    emissions.resize(n * L);
    // All features of the sentence first, prefetching their weights: the
    // look-ups into the hashed table are the cost, and independent ones
    // overlap in memory.
    features.clear();
    for (size_t i = 0; i < n; ++i) {
      const size_t at = features.size();
      ComputeFeatures(input, sentence, sentence.first_token + i, &features);
      for (size_t k = at; k < features.size(); ++k) {
        features[k] = (features[k] & mask) * static_cast<uint32_t>(L);
#if defined(__GNUC__)
        __builtin_prefetch(&model_.weights[features[k]]);
#endif
      }
    }
    for (size_t i = 0; i < n; ++i) {
      // Registers, not memory, for the sums: the label count is fixed
      // (Load checks it), so the compiler unrolls and vectorizes.
      int32_t acc[kLabelCount] = {};
      for (size_t k = i * T; k < (i + 1) * T; ++k) {
        const int8_t* w = &model_.weights[features[k]];
        for (size_t y = 0; y < kLabelCount; ++y) acc[y] += w[y];
      }
      for (size_t y = 0; y < kLabelCount; ++y) {
        emissions[i * L + y] = acc[y] * model_.weight_scale;
      }
    }
    if (decoder == Decoder::kGreedy) {
      GreedyDecode(emissions.data(), n, L, model_.transitions.data(), allowed_, &best);
    } else {
      Viterbi(emissions.data(), n, L, model_.transitions.data(), allowed_, &best);
    }
    for (size_t i = 0; i < n; ++i) {
      (*labels)[sentence.first_token + i] = best[i];
      if (!margins) continue;
      // How far the chosen label is ahead of the runner-up at this token,
      // its neighbours' labels fixed (emission and both transitions).
      const float* trans = model_.transitions.data();
      auto local = [&](size_t y) {
        const size_t from = i == 0 ? L : best[i - 1];
        if (!allowed_[from * L + y]) return -std::numeric_limits<float>::infinity();
        float s = emissions[i * L + y] + trans[from * L + y];
        if (i + 1 < n) {
          if (!allowed_[y * L + best[i + 1]]) return -std::numeric_limits<float>::infinity();
          s += trans[y * L + best[i + 1]];
        }
        return s;
      };
      float other = -std::numeric_limits<float>::infinity();
      for (size_t y = 0; y < L; ++y) {
        if (y != best[i]) other = std::max(other, local(y));
      }
      (*margins)[sentence.first_token + i] = local(best[i]) - other;
    }
  }
}

// Margins are sums of perceptron weights, in no probability unit: this
// scale maps them to confidences that track precision on the dev splits
// (measured: see README, "Places and actors").
constexpr float kConfidenceTemperature = 12.0f;

std::vector<NameSpan> Tagger::Tag(const TaggerInput& input) const {
  std::vector<uint16_t> labels;
  std::vector<float> margins;
  Label(input, &labels, &margins);
  std::vector<NameSpan> spans = SpansFromLabels(labels, model_.labels);
  for (NameSpan& span : spans) {
    float low = std::numeric_limits<float>::infinity();
    for (size_t t = span.first_token; t < span.end_token; ++t) {
      low = std::min(low, margins[t]);
    }
    span.confidence = 1.0f / (1.0f + std::exp(-low / kConfidenceTemperature));
  }
  return spans;
}

}  // namespace relief
