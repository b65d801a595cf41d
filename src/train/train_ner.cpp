// train_ner: trains the named-entity tagger (core/ner_model.h) on CoNLL-2003 and writes assets/models/ner.bin.
// In: a training file (IOB1 `token POS chunk NER`), optionally a dev file to report on, the lexicon folder.
// Out: the quantised model; per-epoch token accuracy and exact-span F1 on dev, printed to stderr.
// Sentences are re-tokenised with the core's own tokenizer so training sees the features analysis will see.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/ner_model.h"
#include "core/text.h"
#include "platform/files.h"

using namespace newslens::core;

namespace {

struct ConllSentence {
  std::string text;
  std::vector<NerToken> tokens;
  std::vector<NerTag> gold;
  bool headline = false;
};

NerTag tag_of(const std::string& label, bool begin) {
  const std::string type = label.size() > 2 ? label.substr(2) : "";
  int base = type == "PER" ? kTagBPer : type == "ORG" ? kTagBOrg : type == "LOC" ? kTagBLoc : type == "MISC" ? kTagBMisc : 0;
  if (!base) return kTagO;
  return static_cast<NerTag>(begin ? base : base + 1);
}

// Reads IOB1 sentences, converting to BIO over the core's tokens.
std::vector<ConllSentence> read_conll(const std::string& path, const NerGazetteer& gazetteer) {
  std::ifstream in(path);
  std::vector<ConllSentence> out;
  std::vector<std::pair<std::string, std::string>> words;
  auto flush = [&] {
    if (words.empty()) return;
    ConllSentence s;
    std::vector<std::pair<Span, NerTag>> spans;  // each CoNLL token's span and BIO tag
    std::string prev_label = "O";
    for (const auto& [w, label] : words) {
      if (!s.text.empty()) s.text += ' ';
      const auto start = static_cast<std::uint32_t>(s.text.size());
      s.text += w;
      const bool begin = label != "O" && (label[0] == 'B' || prev_label.size() < 2 || prev_label.substr(2) != label.substr(2));
      spans.push_back({{start, static_cast<std::uint32_t>(s.text.size())}, tag_of(label, begin)});
      prev_label = label;
    }
    std::vector<Token> toks;
    tokenize(s.text, {0, static_cast<std::uint32_t>(s.text.size())}, toks);
    std::size_t k = 0;
    for (const Token& t : toks) {
      while (k < spans.size() && spans[k].first.end <= t.start) ++k;
      NerTag tag = k < spans.size() ? spans[k].second : kTagO;
      if (k < spans.size() && t.start > spans[k].first.start && tag != kTagO && (tag % 2 == 1))
        tag = static_cast<NerTag>(tag + 1);  // a CoNLL token split in two: the second piece continues it
      s.tokens.push_back(make_ner_token(s.text, t));
      s.gold.push_back(tag);
    }
    if (!s.tokens.empty()) s.tokens[0].flags |= kSentenceStart;
    gazetteer.mark(s.text, s.tokens);
    s.headline = ner_headline(s.text, s.tokens);
    out.push_back(std::move(s));
    words.clear();
  };
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) { flush(); continue; }
    std::istringstream ls(line);
    std::string w, pos, chunk, ner;
    ls >> w >> pos >> chunk >> ner;
    if (w == "-DOCSTART-") { flush(); continue; }
    words.push_back({w, ner});
  }
  flush();
  return out;
}

struct Trainer {
  std::vector<float> w, total;
  std::vector<std::uint32_t> stamp;
  std::uint32_t now = 0;
  Trainer() : w(std::size_t{kNerTagCount} << kNerRowBits), total(w.size()), stamp(w.size()) {}

  void update(std::size_t i, float delta) {
    total[i] += static_cast<float>(now - stamp[i]) * w[i];
    stamp[i] = now;
    w[i] += delta;
  }
  NerTag predict(const std::uint32_t* rows, int n, NerTag prev, const std::vector<float>& weights) const {
    float score[kNerTagCount] = {};
    for (int f = 0; f < n; ++f)
      for (int t = 0; t < kNerTagCount; ++t) score[t] += weights[std::size_t{rows[f]} * kNerTagCount + t];
    NerTag best = kTagO;
    for (int t = 1; t < kNerTagCount; ++t)
      if (score[t] > score[best] && ner_tag_allowed(prev, static_cast<NerTag>(t))) best = static_cast<NerTag>(t);
    return best;
  }
  void train(const ConllSentence& s) {
    std::uint32_t rows[kNerMaxFeatures];
    NerTag prev = kTagO, prev2 = kTagO;
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      ++now;
      NerTag guess = kTagO;
      if (ner_needs_model(s.tokens, i, prev)) {
        const int n = ner_feature_rows(s.tokens, i, prev, prev2, s.headline, rows);
        guess = predict(rows, n, prev, w);
        if (guess != s.gold[i]) {
          for (int f = 0; f < n; ++f) {
            update(std::size_t{rows[f]} * kNerTagCount + s.gold[i], 1);
            update(std::size_t{rows[f]} * kNerTagCount + guess, -1);
          }
        }
      }
      prev2 = prev;
      prev = guess;
    }
  }
  std::vector<float> averaged() const {
    std::vector<float> avg(w.size());
    for (std::size_t i = 0; i < w.size(); ++i)
      avg[i] = (total[i] + static_cast<float>(now - stamp[i]) * w[i]) / static_cast<float>(std::max(now, 1u));
    return avg;
  }
};

struct Spans { std::vector<std::tuple<std::size_t, std::size_t, int>> list; };
Spans spans_of(const std::vector<NerTag>& tags) {
  Spans out;
  for (std::size_t i = 0; i < tags.size();) {
    if (tags[i] == kTagO) { ++i; continue; }
    const int type = (tags[i] - 1) / 2;
    std::size_t j = i + 1;
    while (j < tags.size() && tags[j] == static_cast<NerTag>(type * 2 + 2)) ++j;
    out.list.push_back({i, j, type});
    i = j;
  }
  return out;
}

void report(const std::vector<ConllSentence>& dev, const NerModel& model, int epoch) {
  std::size_t tp = 0, np = 0, ng = 0, correct = 0, count = 0;
  std::vector<NerTag> tags;
  for (const ConllSentence& s : dev) {
    model.tag(s.tokens, s.headline, tags);
    for (std::size_t i = 0; i < tags.size(); ++i) correct += tags[i] == s.gold[i], ++count;
    Spans p = spans_of(tags), g = spans_of(s.gold);
    np += p.list.size();
    ng += g.list.size();
    for (const auto& x : p.list) tp += std::find(g.list.begin(), g.list.end(), x) != g.list.end();
  }
  const double prec = np ? double(tp) / np : 0, rec = ng ? double(tp) / ng : 0;
  std::fprintf(stderr, "epoch %d: dev token acc %.4f  span P %.4f R %.4f F1 %.4f (all 4 types, quantised)\n", epoch,
               double(correct) / std::max<std::size_t>(count, 1), prec, rec, prec + rec ? 2 * prec * rec / (prec + rec) : 0);
}

}  // namespace

int main(int argc, char** argv) {
  std::string train_path, dev_path, out_path = "assets/models/ner.bin", lex_dir = "assets/lexicons";
  int epochs = 6;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--dev" && i + 1 < argc) dev_path = argv[++i];
    else if (a == "-o" && i + 1 < argc) out_path = argv[++i];
    else if (a == "--lexicons" && i + 1 < argc) lex_dir = argv[++i];
    else if (a == "--epochs" && i + 1 < argc) epochs = std::stoi(argv[++i]);
    else train_path = a;
  }
  if (train_path.empty()) {
    std::fprintf(stderr, "usage: train_ner TRAIN [--dev DEV] [-o OUT] [--lexicons DIR] [--epochs N]\n");
    return 2;
  }
  const Lexicons lexicons = newslens::platform::load_lexicon_dir(lex_dir);
  const NerGazetteer gazetteer(lexicons);
  std::vector<ConllSentence> train = read_conll(train_path, gazetteer);
  const std::vector<ConllSentence> dev = dev_path.empty() ? std::vector<ConllSentence>{} : read_conll(dev_path, gazetteer);
  std::fprintf(stderr, "train: %zu sentences, dev: %zu\n", train.size(), dev.size());
  if (train.empty()) return 1;
  Trainer trainer;
  std::mt19937 rng(7);
  std::string bytes;
  for (int e = 1; e <= epochs; ++e) {
    std::shuffle(train.begin(), train.end(), rng);
    for (const ConllSentence& s : train) trainer.train(s);
    bytes = encode_ner_model(trainer.averaged());
    if (!dev.empty()) {
      NerModel model;
      model.load(bytes);
      report(dev, model, e);
    }
  }
  std::ofstream(out_path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  std::fprintf(stderr, "wrote %s (%zu bytes)\n", out_path.c_str(), bytes.size());
  return 0;
}
