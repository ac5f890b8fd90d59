// Features of a token in context, for the name tagger. ONE function
// (ComputeFeatures) serves the trainer and the tagger, so what the model
// learnt is exactly what it sees at run time. Templates are data
// (kFeatureTemplates): to add one, add a row; the model file records a hash
// of the table and refuses to load against a different one.
#ifndef RELIEF_CORE_TAGGER_FEATURES_H_
#define RELIEF_CORE_TAGGER_FEATURES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/text/sentences.h"
#include "core/text/tokenizer.h"

namespace relief {

// What a template reads from a token.
enum class TokenAttribute : uint8_t {
  kNone,      // bias: no token
  kKey,       // folded form (FoldKey): "etat"
  kForm,      // as written: "Etat"
  kShape,     // character classes, runs collapsed: "Xx", "X", "d.d", "Xx-Xx"
  kPrefix3,   // first 3 code points of the key
  kSuffix2,   // last 2 / 3 / 4 code points of the key
  kSuffix3,
  kSuffix4,
  kFlags,     // TokenFlags bits
  kLexicon,   // LexiconFlags bits (gazetteer and word-list membership)
  kDocument,  // DocumentFlags bits: how the same word is written elsewhere
};

// The same word elsewhere in the document: a name keeps its capital in the
// middle of sentences, a common word at a sentence start does not.
enum DocumentFlags : uint8_t {
  kCapitalizedMidSentence = 1 << 0,
  kLowerCaseElsewhere = 1 << 1,
};

// Capitalisation in context.
enum TokenFlags : uint8_t {
  kCapitalized = 1 << 0,    // first letter upper case
  kAllCaps = 1 << 1,        // every letter upper case, 2 letters or more
  kSentenceStart = 1 << 2,  // first word of its sentence
  kTitleLine = 1 << 3,      // on a line without final punctuation (headline)
  kAllCapsLine = 1 << 4,    // on a line written in capitals
  kHasDigit = 1 << 5,
  kElided = 1 << 6,         // "l'", "d'"
};

// Membership in word lists (computed by core/gazetteer/).
enum LexiconFlags : uint8_t {
  kInPlaceName = 1 << 0,    // part of a known place name (GeoNames, countries)
  kStartsPlaceName = 1 << 1,
  kCountryName = 1 << 2,    // a country's name or its demonym
  kCommonWord = 1 << 3,     // a common lower-case word of the language
};

struct FeatureTemplate {
  const char* name;
  int8_t offset_a;  // token position relative to the current one
  TokenAttribute a;
  int8_t offset_b;  // a second attribute for conjunctions, kNone if none
  TokenAttribute b;
};

extern const FeatureTemplate kFeatureTemplates[];
extern const size_t kFeatureTemplateCount;

// A hash of the template table; a model trained with other templates is
// refused.
uint32_t FeatureSetId();

// Per-token attributes, computed once per document, hashed.
struct TokenAttributes {
  uint32_t hash[11];  // indexed by TokenAttribute
};

struct TaggerInput {
  std::vector<TokenAttributes> tokens;
  std::vector<Sentence> sentences;
};

// Computes token attributes for a whole document. `lexicon` holds one
// LexiconFlags byte per token (from the gazetteer), or is empty.
TaggerInput PrepareTaggerInput(const TokenizedText& text,
                               const std::vector<uint8_t>& lexicon);

// Appends the feature hashes of token `i` of `sentence` to `out` (one per
// template; tokens outside the sentence read as boundary markers).
void ComputeFeatures(const TaggerInput& input, const Sentence& sentence,
                     size_t i, std::vector<uint32_t>* out);

// The shape of a word: "Palmyre" → "Xx", "OSDH" → "X", "al-Assad" → "x-Xx".
std::string WordShape(std::u32string_view word);

}  // namespace relief

#endif  // RELIEF_CORE_TAGGER_FEATURES_H_
