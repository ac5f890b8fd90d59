#include "core/tagger/model.h"

#include <cstring>

#include "core/tagger/features.h"

namespace relief {

namespace {

constexpr size_t kHeaderSize = 44;

void PutU32(std::string* out, size_t at, uint32_t v) {
  for (int i = 0; i < 4; ++i) (*out)[at + i] = static_cast<char>(v >> (8 * i));
}

uint32_t GetU32(const uint8_t* p) {
  return uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16 |
         uint32_t{p[3]} << 24;
}

uint32_t FloatBits(float f) {
  uint32_t u;
  std::memcpy(&u, &f, 4);
  return u;
}

float BitsFloat(uint32_t u) {
  float f;
  std::memcpy(&f, &u, 4);
  return f;
}

}  // namespace

std::string WriteModel(const TaggerModel& model) {
  const size_t L = model.label_count();
  std::string out(kHeaderSize, '\0');
  std::memcpy(out.data(), kModelMagic, 8);
  PutU32(&out, 8, kModelVersion);
  PutU32(&out, 12, FeatureSetId());
  PutU32(&out, 16, static_cast<uint32_t>(L));
  PutU32(&out, 20, model.bucket_bits);
  PutU32(&out, 24, FloatBits(model.weight_scale));
  PutU32(&out, 28, static_cast<uint32_t>(out.size()));
  for (const std::string& label : model.labels) {
    out += label;
    out += '\0';
  }
  while (out.size() % 4) out += '\0';
  PutU32(&out, 32, static_cast<uint32_t>(out.size()));
  for (float t : model.transitions) {
    std::string bytes(4, '\0');
    PutU32(&bytes, 0, FloatBits(t));
    out += bytes;
  }
  PutU32(&out, 36, static_cast<uint32_t>(out.size()));
  out.append(reinterpret_cast<const char*>(model.weights.data()),
             model.weights.size());
  PutU32(&out, 40, static_cast<uint32_t>(out.size()));
  return out;
}

Expected<TaggerModel> ReadModel(const uint8_t* data, size_t size) {
  if (size < kHeaderSize || std::memcmp(data, kModelMagic, 8) != 0) {
    return DataError("not a Relief tagger model (bad magic)");
  }
  if (GetU32(data + 8) != kModelVersion) {
    return DataError("tagger model version " + std::to_string(GetU32(data + 8)) +
                     ", this build reads " + std::to_string(kModelVersion));
  }
  if (GetU32(data + 12) != FeatureSetId()) {
    return DataError(
        "tagger model was trained with other feature templates; retrain it");
  }
  TaggerModel model;
  const uint32_t L = GetU32(data + 16);
  model.bucket_bits = GetU32(data + 20);
  model.weight_scale = BitsFloat(GetU32(data + 24));
  const uint32_t labels_at = GetU32(data + 28);
  const uint32_t transitions_at = GetU32(data + 32);
  const uint32_t weights_at = GetU32(data + 36);
  const uint32_t file_size = GetU32(data + 40);
  if (L == 0 || L > 64 || model.bucket_bits > 26 || file_size != size ||
      labels_at > transitions_at || transitions_at > weights_at ||
      transitions_at + (L + 1) * L * 4 > weights_at ||
      weights_at + (size_t{L} << model.bucket_bits) != size) {
    return DataError("tagger model is truncated or inconsistent");
  }
  const char* p = reinterpret_cast<const char*>(data) + labels_at;
  const char* labels_end = reinterpret_cast<const char*>(data) + transitions_at;
  while (model.labels.size() < L) {
    const char* nul = static_cast<const char*>(std::memchr(p, 0, labels_end - p));
    if (nul == nullptr) return DataError("tagger model labels are malformed");
    model.labels.emplace_back(p, nul);
    p = nul + 1;
  }
  model.transitions.resize((L + 1) * L);
  for (size_t i = 0; i < model.transitions.size(); ++i) {
    model.transitions[i] = BitsFloat(GetU32(data + transitions_at + 4 * i));
  }
  model.weights.assign(reinterpret_cast<const int8_t*>(data + weights_at),
                       reinterpret_cast<const int8_t*>(data + size));
  return model;
}

}  // namespace relief
