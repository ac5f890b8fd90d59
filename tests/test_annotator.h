// The annotator with the data bundle tools/build.sh makes (RELIEF_DATA_FILE,
// set by CMake), for tests and the fuzzer that must cover the whole
// pipeline, places and actors included. Aborts with a message when the
// bundle is missing: a test without it would test less than it says.
#ifndef RELIEF_TESTS_TEST_ANNOTATOR_H_
#define RELIEF_TESTS_TEST_ANNOTATOR_H_

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include "core/annotator.h"
#include "core/data/bundle.h"

namespace relief {

inline const Annotator& FullTestAnnotator() {
  static const std::string bytes = [] {
    std::ifstream in(RELIEF_DATA_FILE, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "missing %s: run tools/build.sh\n", RELIEF_DATA_FILE);
      std::abort();
    }
    return std::string(std::istreambuf_iterator<char>(in), {});
  }();
  static const std::unique_ptr<Annotator> annotator = [] {
    auto bundle = Bundle::Parse(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    auto created = bundle.ok() ? Annotator::Create(&*bundle)
                               : Expected<std::unique_ptr<Annotator>>(bundle.status());
    if (!created.ok()) {
      std::fprintf(stderr, "%s\n", created.status().message().c_str());
      std::abort();
    }
    return std::move(*created);
  }();
  return *annotator;
}

}  // namespace relief

#endif  // RELIEF_TESTS_TEST_ANNOTATOR_H_
