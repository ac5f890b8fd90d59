// Places and actors: runs each language's name tagger (core/tagger/) over
// a tokenized text, with the gazetteer's word-list features, and turns its
// spans into SPEC mentions (place/country|region|city|place,
// actor/person|organization) with a confidence.
#ifndef RELIEF_CORE_NAMES_NAMES_H_
#define RELIEF_CORE_NAMES_NAMES_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/data/bundle.h"
#include "core/document.h"
#include "core/gazetteer/gazetteer.h"
#include "core/status.h"
#include "core/tagger/tagger.h"
#include "core/text/tokenizer.h"

namespace relief {

class NameRecognizer {
 public:
  // Reads the bundle's "gazetteer" section and one "model.<lang>" section
  // per language that has one.
  static Expected<std::unique_ptr<NameRecognizer>> Create(const Bundle& data);

  bool Supports(const std::string& lang) const { return taggers_.count(lang) > 0; }
  void Recognize(const TokenizedText& text, const std::string& lang,
                 std::vector<Mention>* mentions) const;

  const Gazetteer& gazetteer() const { return gazetteer_; }

 private:
  NameRecognizer(Gazetteer gazetteer, std::map<std::string, Tagger> taggers)
      : gazetteer_(std::move(gazetteer)), taggers_(std::move(taggers)) {}

  Gazetteer gazetteer_;
  std::map<std::string, Tagger> taggers_;
};

}  // namespace relief

#endif  // RELIEF_CORE_NAMES_NAMES_H_
