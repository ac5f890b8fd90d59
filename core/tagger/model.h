// The name tagger's model: one binary file, read in place from memory (the
// wasm gets it as a section of the data bundle, core/data/bundle.h).
//
// Layout (little-endian):
//   0   char[8]  magic "RLFTAGR\0"
//   8   u32      format version (kModelVersion)
//   12  u32      feature set id (FeatureSetId() of the trainer)
//   16  u32      label count L
//   20  u32      bucket bits B: features hash into 2^B buckets
//   24  f32      weight scale: a weight is int8 × scale
//   28  u32      labels offset     (L names, each NUL-terminated)
//   32  u32      transitions offset ((L + 1) × L f32; row L = sentence start)
//   36  u32      weights offset    (2^B × L int8, bucket-major)
//   40  u32      file size
// Weights are hashed (no feature strings are stored) and quantized to int8:
// the size is fixed by B and L, and gzip squeezes the zeros of pruned
// weights.
#ifndef RELIEF_CORE_TAGGER_MODEL_H_
#define RELIEF_CORE_TAGGER_MODEL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"

namespace relief {

inline constexpr char kModelMagic[8] = {'R', 'L', 'F', 'T', 'A', 'G', 'R', 0};
inline constexpr uint32_t kModelVersion = 1;

// The values a model file carries, owned (for writing) or parsed.
struct TaggerModel {
  std::vector<std::string> labels;  // "O", "B-PER", "I-PER", …
  uint32_t bucket_bits = 0;
  float weight_scale = 1;
  std::vector<float> transitions;  // (L + 1) × L
  std::vector<int8_t> weights;     // 2^bucket_bits × L

  size_t label_count() const { return labels.size(); }
  uint32_t bucket_mask() const { return (1u << bucket_bits) - 1; }
};

// Serializes a model (the trainer's output).
std::string WriteModel(const TaggerModel& model);

// Parses model bytes; fails on a wrong magic, version, feature set or size.
Expected<TaggerModel> ReadModel(const uint8_t* data, size_t size);

}  // namespace relief

#endif  // RELIEF_CORE_TAGGER_MODEL_H_
