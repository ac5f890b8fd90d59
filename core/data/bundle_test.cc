#include "core/data/bundle.h"

#include <doctest/doctest.h>

namespace relief {

namespace {
const uint8_t* Bytes(const std::string& s) {
  return reinterpret_cast<const uint8_t*>(s.data());
}
}  // namespace

TEST_CASE("bundle: sections round-trip, aligned to 16 bytes") {
  const std::string bytes = WriteBundle({{"icu", "ICUDATA"}, {"model.fr", "abc"}});
  auto bundle = Bundle::Parse(Bytes(bytes), bytes.size());
  REQUIRE(bundle.ok());
  const BundleSection* icu = bundle->Find("icu");
  REQUIRE(icu != nullptr);
  CHECK(std::string(reinterpret_cast<const char*>(icu->data), icu->size) == "ICUDATA");
  CHECK((icu->data - Bytes(bytes)) % 16 == 0);
  CHECK(bundle->Find("model.fr")->size == 3);
  CHECK(bundle->Find("missing") == nullptr);
}

TEST_CASE("bundle: bad magic, wrong version and truncation are data errors") {
  const std::string good = WriteBundle({{"icu", std::string(100, 'x')}});
  CHECK(Bundle::Parse(Bytes(std::string("nonsense bytes!!")), 16).status().code() ==
        StatusCode::kDataError);
  std::string version = good;
  version[8] = 9;
  CHECK(Bundle::Parse(Bytes(version), version.size()).status().message().find("version") !=
        std::string::npos);
  CHECK_FALSE(Bundle::Parse(Bytes(good), good.size() - 1).ok());
  CHECK_FALSE(Bundle::Parse(nullptr, 0).ok());
}

}  // namespace relief
