#include "core/data/bundle.h"

#include <cstring>

namespace relief {

namespace {

constexpr size_t kHeaderSize = 16;
constexpr size_t kNameSize = 16;
constexpr size_t kEntrySize = kNameSize + 8;
constexpr size_t kAlignment = 16;

uint32_t ReadU32(const uint8_t* p) {
  return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 |
         uint32_t(p[3]) << 24;
}

void WriteU32(uint32_t v, std::string* out) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>(v >> (8 * i)));
}

}  // namespace

Expected<Bundle> Bundle::Parse(const uint8_t* data, size_t size) {
  if (data == nullptr || size < kHeaderSize ||
      std::memcmp(data, kBundleMagic, sizeof kBundleMagic) != 0) {
    return DataError("not a Relief data bundle (bad magic)");
  }
  const uint32_t version = ReadU32(data + 8);
  if (version != kBundleVersion) {
    return DataError("data bundle version " + std::to_string(version) +
                     ", this build reads version " +
                     std::to_string(kBundleVersion));
  }
  const uint32_t count = ReadU32(data + 12);
  if (count > (size - kHeaderSize) / kEntrySize) {
    return DataError("data bundle truncated (section table)");
  }
  Bundle bundle;
  for (uint32_t i = 0; i < count; ++i) {
    const uint8_t* entry = data + kHeaderSize + i * kEntrySize;
    const char* name = reinterpret_cast<const char*>(entry);
    BundleSection section;
    section.name.assign(name, strnlen(name, kNameSize));
    const uint32_t offset = ReadU32(entry + kNameSize);
    section.size = ReadU32(entry + kNameSize + 4);
    if (offset > size || section.size > size - offset) {
      return DataError("data bundle truncated (section " + section.name + ")");
    }
    section.data = data + offset;
    bundle.sections_.push_back(std::move(section));
  }
  return bundle;
}

const BundleSection* Bundle::Find(std::string_view name) const {
  for (const BundleSection& s : sections_) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

std::string WriteBundle(
    const std::vector<std::pair<std::string, std::string>>& sections) {
  std::string out(kBundleMagic, sizeof kBundleMagic);
  WriteU32(kBundleVersion, &out);
  WriteU32(static_cast<uint32_t>(sections.size()), &out);
  size_t offset = kHeaderSize + sections.size() * kEntrySize;
  std::vector<size_t> offsets;
  for (const auto& [name, bytes] : sections) {
    offset = (offset + kAlignment - 1) / kAlignment * kAlignment;
    offsets.push_back(offset);
    std::string padded_name = name.substr(0, kNameSize);
    padded_name.resize(kNameSize, '\0');
    out += padded_name;
    WriteU32(static_cast<uint32_t>(offset), &out);
    WriteU32(static_cast<uint32_t>(bytes.size()), &out);
    offset += bytes.size();
  }
  for (size_t i = 0; i < sections.size(); ++i) {
    out.resize(offsets[i], '\0');
    out += sections[i].second;
  }
  return out;
}

}  // namespace relief
