#include "core/tagger/tagger.h"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <set>

#include "core/tagger/corpus.h"
#include "core/tagger/features.h"
#include "core/tagger/model.h"
#include "core/tagger/trainer.h"

namespace relief {

namespace {

std::string ReadModelFile(const std::string& lang) {
  const std::string path = std::string(RELIEF_SOURCE_DIR) + "/models/" + lang + ".model";
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in, path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::vector<NameSpan> TagWithoutLexicon(const Tagger& tagger, const std::string& text) {
  return tagger.Tag(PrepareTaggerInput(Tokenize(text), {}));
}

}  // namespace

TEST_CASE("word shapes collapse runs of one character class") {
  CHECK(WordShape(U"Palmyre") == "Xx");
  CHECK(WordShape(U"OSDH") == "X");
  CHECK(WordShape(U"al-Assad") == "x-Xx");
  CHECK(WordShape(U"2016") == "d");
}

TEST_CASE("features: one per template, the same for the same context") {
  const TokenizedText a = Tokenize("Le régime de Damas a annoncé.");
  const TokenizedText b = Tokenize("Un avion de Damas a annoncé.");
  const TaggerInput ia = PrepareTaggerInput(a, {}), ib = PrepareTaggerInput(b, {});
  REQUIRE(ia.sentences.size() == 1);
  std::vector<uint32_t> fa, fb;
  ComputeFeatures(ia, ia.sentences[0], 3, &fa);  // "Damas"
  ComputeFeatures(ib, ib.sentences[0], 3, &fb);
  CHECK(fa.size() == kFeatureTemplateCount);
  size_t same = 0;
  for (size_t t = 0; t < fa.size(); ++t) same += fa[t] == fb[t];
  // Only the templates reading two tokens to the left differ.
  size_t reading_two_left = 0;
  for (size_t t = 0; t < kFeatureTemplateCount; ++t) {
    const FeatureTemplate& f = kFeatureTemplates[t];
    reading_two_left += f.offset_a == -2 || (f.b != TokenAttribute::kNone && f.offset_b == -2);
  }
  CHECK(reading_two_left >= 1);
  CHECK(same == kFeatureTemplateCount - reading_two_left);
}

TEST_CASE("Viterbi never takes a BIO transition that is not allowed") {
  const auto& labels = NameLabels();
  const std::vector<uint8_t> allowed = AllowedTransitions(labels);
  const size_t L = labels.size();
  // Emissions favour O then I-PER: the best legal path is B-PER I-PER or O O.
  std::vector<float> emissions(2 * L, 0);
  emissions[0 * L + 0] = 5;  // O
  emissions[1 * L + 2] = 5;  // I-PER
  emissions[0 * L + 1] = 3;  // B-PER
  std::vector<float> transitions((L + 1) * L, 0);
  std::vector<uint16_t> best;
  Viterbi(emissions.data(), 2, L, transitions.data(), allowed, &best);
  CHECK(labels[best[0]] == "B-PER");
  CHECK(labels[best[1]] == "I-PER");
}

TEST_CASE("gold names align to BIO labels over tokens") {
  const TokenizedText text = Tokenize("Bachar al-Assad à Damas");
  const std::vector<GoldName> names = {{0, 15, "PER"}, {18, 23, "LOC"}};
  const auto labels = AlignLabels(text, names, NameLabels());
  REQUIRE(labels.size() == 4);
  CHECK(NameLabels()[labels[0]] == "B-PER");
  CHECK(NameLabels()[labels[1]] == "I-PER");
  CHECK(NameLabels()[labels[2]] == "O");
  CHECK(NameLabels()[labels[3]] == "B-LOC");
}

TEST_CASE("a model survives writing and reading, a corrupt one is refused") {
  TaggerModel model;
  model.labels = NameLabels();
  model.bucket_bits = 4;
  model.weight_scale = 0.5f;
  model.transitions.assign((model.label_count() + 1) * model.label_count(), 0.25f);
  model.weights.assign(model.label_count() << 4, 3);
  const std::string bytes = WriteModel(model);
  auto read = ReadModel(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  REQUIRE(read.ok());
  CHECK(read->labels == model.labels);
  CHECK(read->weight_scale == 0.5f);
  CHECK(read->weights == model.weights);
  CHECK(read->transitions == model.transitions);
  CHECK_FALSE(ReadModel(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size() - 1).ok());
  std::string bad = bytes;
  bad[0] = 'X';
  CHECK_FALSE(ReadModel(reinterpret_cast<const uint8_t*>(bad.data()), bad.size()).ok());
}

TEST_CASE("training learns a toy language and is deterministic") {
  // "Xx … à Yy": a capitalised word after "à" is a place.
  std::vector<TrainingSentence> sentences;
  for (const char* s : {"Il vit à Lyon .", "Elle va à Nantes .", "Paul va à Rennes .",
                        "Marie vit à Brest ."}) {
    const TokenizedText text = Tokenize(s);
    const TaggerInput input = PrepareTaggerInput(text, {});
    TrainingSentence t;
    for (size_t i = 0; i < text.tokens.size(); ++i) {
      ComputeFeatures(input, input.sentences[0], i, &t.features);
      t.gold.push_back(i == 3 ? 5 : 0);  // B-LOC
    }
    sentences.push_back(t);
  }
  TrainerOptions options;
  options.bucket_bits = 12;
  options.epochs = 5;
  const TaggerModel a = TrainTagger(sentences, NameLabels(), options, nullptr);
  const TaggerModel b = TrainTagger(sentences, NameLabels(), options, nullptr);
  CHECK(WriteModel(a) == WriteModel(b));
  const auto spans = TagWithoutLexicon(Tagger(a), "Jean vit à Quimper .");
  REQUIRE(spans.size() == 1);
  CHECK(spans[0].type == "LOC");
  CHECK(spans[0].first_token == 3);
}

TEST_CASE("the shipped models find persons, organisations and places") {
  for (const char* lang : {"fr", "en"}) {
    const std::string bytes = ReadModelFile(lang);
    auto tagger = Tagger::Load(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    REQUIRE_MESSAGE(tagger.ok(), tagger.status().message());
    const std::string text = std::string(lang) == "fr"
        ? "Le président Emmanuel Macron a reçu mardi à Paris le secrétaire général de l'ONU."
        : "President Barack Obama met the leaders of NATO in London on Tuesday.";
    const auto spans = TagWithoutLexicon(*tagger, text);
    std::set<std::string> types;
    for (const NameSpan& s : spans) types.insert(s.type);
    CHECK_MESSAGE(types.count("PER"), lang);
    CHECK_MESSAGE(types.count("LOC"), lang);
    CHECK_MESSAGE(types.count("ORG"), lang);
  }
}

}  // namespace relief
