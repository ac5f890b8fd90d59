// The data bundle: one binary file carrying everything Relief loads at
// start-up in the browser (the trimmed ICU data today; models and
// gazetteers later), readable in place from memory.
//
// Layout (little-endian):
//   0   char[8]  magic "RLFDATA\0"
//   8   u32      format version (kBundleVersion)
//   12  u32      section count N
//   16  N × { char name[16] (NUL-padded), u32 offset, u32 size }
//   …   sections, each starting on a 16-byte boundary (ICU requires it)
#ifndef RELIEF_CORE_DATA_BUNDLE_H_
#define RELIEF_CORE_DATA_BUNDLE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace relief {

inline constexpr char kBundleMagic[8] = {'R', 'L', 'F', 'D', 'A', 'T', 'A', 0};
inline constexpr uint32_t kBundleVersion = 1;

struct BundleSection {
  std::string name;
  const uint8_t* data = nullptr;
  size_t size = 0;
};

// A parsed view: sections point into the caller's bytes, which must outlive
// it.
class Bundle {
 public:
  static Expected<Bundle> Parse(const uint8_t* data, size_t size);
  // nullptr when absent.
  const BundleSection* Find(std::string_view name) const;
  const std::vector<BundleSection>& sections() const { return sections_; }

 private:
  std::vector<BundleSection> sections_;
};

// Serializes named sections into bundle bytes.
std::string WriteBundle(
    const std::vector<std::pair<std::string, std::string>>& sections);

}  // namespace relief

#endif  // RELIEF_CORE_DATA_BUNDLE_H_
