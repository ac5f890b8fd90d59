// relief-train: trains the name tagger of one language from the shared gold
// corpora and writes one model file; or measures tagging speed.
//
//   relief-train --out models/fr.model --train A.jsonl [--train B.jsonl ...]
//                [--hold-out REGEX] [--gazetteer FILE] [--epochs N]
//                [--bits B] [--seed S] [--prune Q] [--compare-decoders]
//   relief-train --bench MODEL [--gazetteer FILE] CORPUS.jsonl
//
// Documents whose id matches --hold-out are kept out of training and scored
// after every epoch (exact spans, per type). tools/train-models.sh holds the
// commands that make the shipped models.
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <regex>
#include <string>
#include <tuple>
#include <vector>

#include "core/gazetteer/gazetteer.h"
#include "core/tagger/corpus.h"
#include "core/tagger/features.h"
#include "core/tagger/model.h"
#include "core/tagger/tagger.h"
#include "core/tagger/trainer.h"
#include "core/text/tokenizer.h"

namespace relief {
namespace {

int Fail(const std::string& message) {
  std::cerr << "relief-train: " << message << "\n";
  return 2;
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), {});
  return true;
}

// A document ready for training or scoring.
struct Prepared {
  TaggerInput input;
  std::vector<uint16_t> gold;
};

Prepared Prepare(const CorpusDocument& doc, const Gazetteer* gazetteer) {
  const TokenizedText text = Tokenize(doc.text);
  const std::string& lang = doc.lang;
  Prepared p;
  p.input = PrepareTaggerInput(
      text, gazetteer ? gazetteer->LexiconFlags(text, lang) : std::vector<uint8_t>());
  p.gold = AlignLabels(text, doc.names, NameLabels());
  return p;
}

// Exact-span precision/recall/F1 per type and overall, as a log line.
std::string Score(const Tagger& tagger, const std::vector<Prepared>& dev,
                  Tagger::Decoder decoder = Tagger::Decoder::kViterbi) {
  std::map<std::string, std::array<size_t, 3>> counts;  // tp, fp, fn
  std::vector<uint16_t> labels;
  for (const Prepared& doc : dev) {
    tagger.Label(doc.input, &labels, nullptr, decoder);
    const auto guess = SpansFromLabels(labels, NameLabels());
    const auto gold = SpansFromLabels(doc.gold, NameLabels());
    std::map<std::tuple<size_t, size_t, std::string>, int> gold_set;
    for (const NameSpan& g : gold) gold_set[{g.first_token, g.end_token, g.type}] = 1;
    for (const NameSpan& s : guess) {
      auto it = gold_set.find({s.first_token, s.end_token, s.type});
      if (it != gold_set.end() && it->second) {
        ++counts[s.type][0];
        ++counts["all"][0];
        it->second = 0;
      } else {
        ++counts[s.type][1];
        ++counts["all"][1];
      }
    }
    for (const auto& [key, unmatched] : gold_set) {
      if (unmatched) {
        ++counts[std::get<2>(key)][2];
        ++counts["all"][2];
      }
    }
  }
  std::string out;
  for (const auto& [type, c] : counts) {
    const double p = c[0] + c[1] ? double(c[0]) / (c[0] + c[1]) : 0;
    const double r = c[0] + c[2] ? double(c[0]) / (c[0] + c[2]) : 0;
    char buffer[96];
    std::snprintf(buffer, sizeof(buffer), " %s P %.3f R %.3f F1 %.3f;",
                  type.c_str(), p, r, p + r ? 2 * p * r / (p + r) : 0);
    out += buffer;
  }
  return out;
}

int Bench(const std::string& model_path, const Gazetteer* gazetteer,
          const std::vector<CorpusDocument>& docs) {
  std::string bytes;
  if (!ReadFile(model_path, &bytes)) return Fail("cannot read " + model_path);
  auto tagger = Tagger::Load(reinterpret_cast<const uint8_t*>(bytes.data()),
                             bytes.size());
  if (!tagger.ok()) return Fail(tagger.status().message());
  std::vector<TokenizedText> texts;
  size_t tokens = 0;
  std::vector<std::string> langs;
  for (const CorpusDocument& doc : docs) {
    texts.push_back(Tokenize(doc.text));
    langs.push_back(doc.lang);
    tokens += texts.back().tokens.size();
  }
  // Time what the annotator does after tokenizing: word-list look-ups,
  // features and Viterbi, pass after pass for at least two seconds. The
  // fastest pass is reported too: the machine is shared, and other load
  // only ever slows a pass down.
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  size_t done = 0, names = 0;
  double seconds = 0, fastest = 1e9;
  while (seconds < 2) {
    const auto pass_start = Clock::now();
    for (size_t d = 0; d < texts.size(); ++d) {
      const TokenizedText& text = texts[d];
      const TaggerInput input = PrepareTaggerInput(
          text, gazetteer ? gazetteer->LexiconFlags(text, langs[d]) : std::vector<uint8_t>());
      names += tagger->Tag(input).size();
    }
    const auto now = Clock::now();
    fastest = std::min(fastest, std::chrono::duration<double>(now - pass_start).count());
    done += tokens;
    seconds = std::chrono::duration<double>(now - start).count();
  }
  std::printf("bench: %zu tokens a pass, %zu names; one thread: %.0f tokens/s "
              "on average over %.2f s, %.0f tokens/s in the fastest pass\n",
              tokens, names * tokens / done, done / seconds, seconds,
              tokens / fastest);
  return 0;
}

int Main(int argc, char** argv) {
  std::vector<std::string> train_paths;
  std::string out, hold_out, gazetteer_path, bench_model;
  std::vector<std::string> bench_paths;
  TrainerOptions options;
  bool compare_decoders = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) return std::string();
      return argv[++i];
    };
    if (arg == "--train") {
      train_paths.push_back(value());
    } else if (arg == "--out") {
      out = value();
    } else if (arg == "--hold-out") {
      hold_out = value();
    } else if (arg == "--gazetteer") {
      gazetteer_path = value();
    } else if (arg == "--epochs") {
      options.epochs = std::stoi(value());
    } else if (arg == "--bits") {
      options.bucket_bits = std::stoul(value());
    } else if (arg == "--seed") {
      options.seed = std::stoul(value());
    } else if (arg == "--prune") {
      options.prune_below = std::stoi(value());
    } else if (arg == "--compare-decoders") {
      compare_decoders = true;
    } else if (arg == "--bench") {
      bench_model = value();
    } else if (!arg.empty() && arg[0] != '-' && !bench_model.empty()) {
      bench_paths.push_back(arg);
    } else {
      return Fail("unknown argument " + arg + " (see the comment at the top of "
                  "tools/relief_train_main.cc)");
    }
  }
  std::string gazetteer_bytes;
  std::optional<Gazetteer> gazetteer;
  if (!gazetteer_path.empty()) {
    if (!ReadFile(gazetteer_path, &gazetteer_bytes)) {
      return Fail("cannot read " + gazetteer_path);
    }
    auto g = Gazetteer::Load(
        reinterpret_cast<const uint8_t*>(gazetteer_bytes.data()),
        gazetteer_bytes.size());
    if (!g.ok()) return Fail(g.status().message());
    gazetteer = std::move(*g);
  }
  const Gazetteer* lexicon = gazetteer ? &*gazetteer : nullptr;
  if (!bench_model.empty()) {
    std::vector<CorpusDocument> docs;
    for (const std::string& path : bench_paths) {
      auto corpus = ReadCorpus(path);
      if (!corpus.ok()) return Fail(corpus.status().message());
      docs.insert(docs.end(), corpus->begin(), corpus->end());
    }
    return Bench(bench_model, lexicon, docs);
  }
  if (train_paths.empty() || out.empty()) return Fail("need --train and --out");

  const std::regex held(hold_out.empty() ? "$^" : hold_out);
  std::vector<TrainingSentence> sentences;
  std::vector<Prepared> dev;
  size_t train_docs = 0, train_tokens = 0;
  for (const std::string& path : train_paths) {
    auto corpus = ReadCorpus(path);
    if (!corpus.ok()) return Fail(corpus.status().message());
    for (const CorpusDocument& doc : *corpus) {
      Prepared p = Prepare(doc, lexicon);
      if (!hold_out.empty() && std::regex_search(doc.id, held)) {
        dev.push_back(std::move(p));
        continue;
      }
      ++train_docs;
      for (const Sentence& s : p.input.sentences) {
        TrainingSentence t;
        for (size_t i = s.first_token; i < s.end_token; ++i) {
          ComputeFeatures(p.input, s, i, &t.features);
          t.gold.push_back(p.gold[i]);
        }
        train_tokens += t.gold.size();
        if (!t.gold.empty()) sentences.push_back(std::move(t));
      }
    }
  }
  std::cerr << "relief-train: " << train_docs << " training documents, "
            << sentences.size() << " sentences, " << train_tokens
            << " tokens; " << dev.size() << " held-out documents\n";
  const TaggerModel model = TrainTagger(
      sentences, NameLabels(), options, [&](int epoch, const TaggerModel& m) {
        std::cerr << "epoch " << epoch;
        if (!dev.empty()) std::cerr << " dev exact:" << Score(Tagger(m), dev);
        std::cerr << "\n";
      });
  if (compare_decoders && !dev.empty()) {
    // Trained with Viterbi either way; only the decoding differs.
    std::cerr << "decoder viterbi dev exact:" << Score(Tagger(model), dev) << "\n"
              << "decoder greedy  dev exact:"
              << Score(Tagger(model), dev, Tagger::Decoder::kGreedy) << "\n";
  }
  const std::string bytes = WriteModel(model);
  std::ofstream file(out, std::ios::binary);
  file << bytes;
  if (!file) return Fail("cannot write " + out);
  size_t nonzero = 0;
  for (int8_t w : model.weights) nonzero += w != 0;
  std::cerr << "relief-train: wrote " << out << ": " << bytes.size()
            << " bytes, " << nonzero << " non-zero weights\n";
  return 0;
}

}  // namespace
}  // namespace relief

int main(int argc, char** argv) { return relief::Main(argc, argv); }
