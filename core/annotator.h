// The public C++ entry point: one Annotator, created once, annotates any
// number of articles. Every front door (CLI, wasm, tests) goes through it.
#ifndef RELIEF_CORE_ANNOTATOR_H_
#define RELIEF_CORE_ANNOTATOR_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/status.h"

namespace relief {

// Inputs above this are refused with a clear error rather than processed
// slowly: 32 MiB is three times the largest article a newsroom tool sends.
inline constexpr size_t kMaxInputBytes = 32u << 20;

struct AnnotateOptions {
  std::string lang = "auto";   // "fr", "en" or "auto"
  // "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM" when the publication time is known
  // (then "il y a 15 minutes" is a time); empty for none.
  std::string reference_date;
  // Relative ordinals ("the last", "l'avant-dernier", "next") as figures,
  // with relative_to and offset instead of a value. Off by default: in news
  // they are mostly adjectives ("the next president"), not figures.
  bool relative_ordinals = false;
};

class Bundle;

class Annotator {
 public:
  // Loads the language resources (ICU month names…). Fails with a
  // DataError when ICU data is missing. With the data bundle, places and
  // actors are recognized too (core/names/, core/entities/); what they
  // need is copied, so the bundle's bytes may go once this returns.
  // Without it, only the rules run (dates).
  static Expected<std::unique_ptr<Annotator>> Create(
      const Bundle* data = nullptr);
  ~Annotator();

  Expected<Document> Annotate(std::string_view utf8,
                              const AnnotateOptions& options) const;

  // The size check Annotate starts with, for callers that can refuse a
  // text before copying it (the wasm boundary).
  static Status CheckInputSize(size_t bytes);

  // Languages with rules, for option checking and the UI.
  static const std::vector<std::string>& SupportedLanguages();

 private:
  struct Impl;
  explicit Annotator(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace relief

#endif  // RELIEF_CORE_ANNOTATOR_H_
