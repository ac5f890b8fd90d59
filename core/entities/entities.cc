#include "core/entities/entities.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <utility>
#include <vector>

#include "core/mention_span.h"
#include "core/overlaps.h"
#include "core/text/chars.h"
#include "core/text/fold.h"

namespace relief {

namespace {

bool IsNamed(const Mention& m) {
  return m.category == Category::kPlace || m.category == Category::kActor;
}

// Token range [first, end) of a mention, from its UTF-16 offsets.
std::pair<size_t, size_t> TokenRange(const TokenizedText& text, const Mention& m) {
  const auto& u16 = text.text.utf16_offsets;
  auto begins = [&](const Token& t, uint32_t offset) { return u16[t.begin] < offset; };
  const size_t first =
      std::lower_bound(text.tokens.begin(), text.tokens.end(), m.start, begins) -
      text.tokens.begin();
  const size_t end =
      std::lower_bound(text.tokens.begin(), text.tokens.end(), m.end, begins) -
      text.tokens.begin();
  return {first, end};
}

std::string Key(const TokenizedText& text, size_t first, size_t end) {
  std::string key;
  for (size_t t = first; t < end; ++t) {
    if (t > first) key += ' ';
    key += text.keys[t];
  }
  return key;
}

// Union–find over mention indices.
struct Groups {
  std::vector<size_t> parent;
  explicit Groups(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  size_t Find(size_t i) {  // iterative: a long article must not deepen the stack
    size_t root = i;
    while (parent[root] != root) root = parent[root];
    while (parent[i] != root) i = std::exchange(parent[i], root);
    return root;
  }
  void Join(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

// "OSDH" abbreviates "Observatoire syrien des droits de l'Homme": its
// letters are initials of the name's words, in order, starting with the
// first word.
bool Abbreviates(std::u32string_view acronym, const TokenizedText& text,
                 size_t first, size_t end) {
  if (acronym.size() < 2 || acronym.size() > 8) return false;
  for (char32_t c : acronym) {
    if (!IsUpper(c)) return false;
  }
  const std::string letters = FoldKey(acronym);
  size_t next = 0;
  for (size_t t = first; t < end && next < letters.size(); ++t) {
    const std::string& key = text.keys[t];
    if (!key.empty() && key[0] == letters[next]) {
      ++next;
    } else if (t == first) {
      return false;
    }
  }
  return next == letters.size();
}

}  // namespace

namespace {

// Adds a mention wherever the exact tokens of an already named multi-letter
// name recur uncovered ("l'OSDH" when "OSDH" was tagged once), with the
// category and subtype of its first mention.
void AddMissedRepeats(const TokenizedText& text, Document* document) {
  std::map<std::string, const Mention*> names;  // key → first mention
  size_t longest = 0;
  for (const Mention& m : document->mentions) {
    if (!IsNamed(m)) continue;
    const auto [first, end] = TokenRange(text, m);
    if (end <= first || m.end - m.start < 2) continue;
    names.emplace(Key(text, first, end), &m);
    longest = std::max(longest, end - first);
  }
  if (names.empty()) return;
  std::vector<bool> covered(text.tokens.size(), false);
  for (const Mention& m : document->mentions) {
    const auto [first, end] = TokenRange(text, m);
    for (size_t t = first; t < end; ++t) covered[t] = true;
  }
  std::vector<Mention> added;
  const auto& u16 = text.text.utf16_offsets;
  for (size_t i = 0; i < text.tokens.size(); ++i) {
    const std::u32string_view chars = text.chars(i);
    if (covered[i] || chars.empty() || !IsUpper(chars[0])) continue;
    // The longest known name starting here, all of it uncovered and
    // written with the same capitals.
    for (size_t end = std::min(text.tokens.size(), i + longest); end > i; --end) {
      auto it = names.find(Key(text, i, end));
      if (it == names.end()) continue;
      bool free = true;
      for (size_t t = i; t < end; ++t) free = free && !covered[t];
      const std::string utf8 = text.Utf8(i, end);
      if (!free || utf8 != it->second->text) continue;
      Mention m = *it->second;
      m.start = u16[text.tokens[i].begin];
      m.end = u16[text.tokens[end - 1].end];
      m.text = utf8;
      for (size_t t = i; t < end; ++t) covered[t] = true;
      added.push_back(std::move(m));
      i = end - 1;
      break;
    }
  }
  if (added.empty()) return;
  for (Mention& m : added) document->mentions.push_back(std::move(m));
  std::stable_sort(document->mentions.begin(), document->mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.start < b.start; });
}

// "Organisation mondiale de la santé (OMS)": an acronym in parentheses
// right after words whose initials it spells names an organisation, even
// where the tagger saw neither.
void AddDefinedAcronyms(const TokenizedText& text, Document* document) {
  // Which mention covers each token (-1: none).
  std::vector<int> owner(text.tokens.size(), -1);
  std::vector<std::pair<size_t, size_t>> ranges;
  for (size_t i = 0; i < document->mentions.size(); ++i) {
    ranges.push_back(TokenRange(text, document->mentions[i]));
    for (size_t t = ranges[i].first; t < ranges[i].second; ++t) owner[t] = static_cast<int>(i);
  }
  auto mention = [&](size_t first, size_t end) {
    Mention m = MentionOfTokens(text, first, end, Category::kActor);
    m.subtype = "organization";
    m.confidence = 0.5;
    return m;
  };
  std::vector<Mention> added;
  std::set<int> replaced;  // mentions a longer defined name takes over
  for (size_t a = 2; a + 1 < text.tokens.size(); ++a) {
    if (text.chars(a - 1) != U"(" || text.chars(a + 1) != U")") continue;
    const size_t paren = a - 1;
    // The longest name ending before "(" (at most 10 words) that starts
    // with a capital and whose initials the acronym spells. It may swallow
    // place/actor mentions lying wholly inside it (the tagger's
    // "Observatoire" of "Observatoire syrien des droits de l'Homme"), not
    // cut through any other.
    for (size_t first = paren >= 10 ? paren - 10 : 0; first < paren; ++first) {
      const std::u32string_view head = text.chars(first);
      if (head.empty() || !IsUpper(head[0]) ||
          !Abbreviates(text.chars(a), text, first, paren)) {
        continue;
      }
      bool fits = true;
      std::set<int> inside;
      for (size_t t = first; t < paren && fits; ++t) {
        if (owner[t] < 0) continue;
        const Mention& m = document->mentions[owner[t]];
        fits = IsNamed(m) && ranges[owner[t]].first >= first &&
               ranges[owner[t]].second <= paren;
        inside.insert(owner[t]);
      }
      if (!fits) continue;
      if (inside.size() == 1 && ranges[*inside.begin()].first == first &&
          ranges[*inside.begin()].second == paren) {
        break;  // the tagger has the whole name already
      }
      replaced.insert(inside.begin(), inside.end());
      added.push_back(mention(first, paren));
      if (owner[a] < 0) added.push_back(mention(a, a + 1));
      break;
    }
  }
  if (added.empty()) return;
  std::vector<Mention> kept;
  for (size_t i = 0; i < document->mentions.size(); ++i) {
    if (!replaced.count(static_cast<int>(i))) kept.push_back(std::move(document->mentions[i]));
  }
  for (Mention& m : added) kept.push_back(std::move(m));
  std::stable_sort(kept.begin(), kept.end(),
                   [](const Mention& a, const Mention& b) { return a.start < b.start; });
  document->mentions = std::move(kept);
}

// The last word of a person's name, without an Arabic article: "al-Assad"
// → "assad".
std::string Surname(const std::string& key) {
  const size_t space = key.rfind(' ');
  std::string last = space == std::string::npos ? key : key.substr(space + 1);
  for (const char* article : {"al-", "el-", "ad-", "as-", "ar-"}) {
    if (last.rfind(article, 0) == 0 && last.size() > 3) return last.substr(3);
  }
  return last;
}

// The sense of a place name the article most likely means: a country
// first, then one in a country the article names, then the most populous.
const Place* ChoosePlace(const std::vector<const Place*>& candidates,
                         const std::set<std::string>& countries) {
  const Place* best = nullptr;
  double best_score = 0;
  for (const Place* p : candidates) {
    double score = std::log10(1.0 + p->population);
    if (countries.count(p->country)) score += 10;
    if (p->kind == PlaceKind::kCountry) score += 20;
    if (best == nullptr || score > best_score) {
      best = p;
      best_score = score;
    }
  }
  return best;
}

EntityLink LinkTo(const Place& place) {
  EntityLink link;
  link.country = place.country;
  if (place.geonames != 0) {  // countries and regions come without
    link.geonames = place.geonames;
    link.lat = place.lat;
    link.lon = place.lon;
  }
  return link;
}

const char* KindName(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::kCountry: return "country";
    case PlaceKind::kRegion: return "region";
    case PlaceKind::kCity: return "city";
  }
  return "place";
}

}  // namespace

void BuildEntities(const TokenizedText& text, const Gazetteer& gazetteer,
                   Document* document) {
  AddDefinedAcronyms(text, document);
  AddMissedRepeats(text, document);
  // What those added may collide with what was there (a defined name
  // swallowing part of a mention): keep SPEC's no-overlap rule.
  SortAndResolveOverlaps(&document->mentions);
  std::vector<Mention>& mentions = document->mentions;
  std::vector<size_t> named;  // indices of place/actor mentions
  std::vector<std::string> keys;
  std::vector<std::pair<size_t, size_t>> ranges;
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (!IsNamed(mentions[i])) continue;
    named.push_back(i);
    ranges.push_back(TokenRange(text, mentions[i]));
    keys.push_back(Key(text, ranges.back().first, ranges.back().second));
  }
  const size_t n = named.size();
  std::vector<size_t> position(mentions.size(), 0);  // mention → index in named
  for (size_t a = 0; a < n; ++a) position[named[a]] = a;
  Groups all_groups(n);
  // One entity holds mentions of one category (SPEC): "US" the country and
  // "US" read as an actor are two things, whatever alias links them.
  struct SameCategoryGroups {
    Groups& groups;
    const std::vector<Mention>& mentions;
    const std::vector<size_t>& named;
    void Join(size_t a, size_t b) {
      if (mentions[named[a]].category == mentions[named[b]].category) groups.Join(a, b);
    }
    size_t Find(size_t a) { return groups.Find(a); }
  } groups{all_groups, mentions, named};
  std::map<std::string, size_t> first_by_key, first_by_alias;
  for (size_t a = 0; a < n; ++a) {
    const Mention& m = mentions[named[a]];
    const std::string tag = std::string(CategoryName(m.category)) + ":";
    auto [it, fresh] = first_by_key.emplace(tag + keys[a], a);
    if (!fresh) groups.Join(it->second, a);
    if (const int alias = AliasGroup(keys[a])) {
      auto [at, new_alias] = first_by_alias.emplace(std::to_string(alias), a);
      if (!new_alias) groups.Join(at->second, a);
    }
  }
  // Acronyms: NAME ( ACRONYM ).
  for (size_t b = 1; b < n; ++b) {
    const auto [first, end] = ranges[b];
    const size_t a = b - 1;
    const auto [a_first, a_end] = ranges[a];
    if (end == first + 1 && first >= 1 && a_end + 1 == first &&
        text.chars(first - 1) == U"(" &&
        Abbreviates(text.chars(first), text, a_first, a_end)) {
      groups.Join(a, b);
    }
  }
  // Surnames: a one-word person joins the first person named in full with
  // that last word (a map, not a scan: articles can be long).
  std::map<std::string, size_t> full_name_by_surname;
  for (size_t c = 0; c < n; ++c) {
    const Mention& full = mentions[named[c]];
    if (full.subtype == "person" && ranges[c].second - ranges[c].first >= 2) {
      full_name_by_surname.emplace(Surname(keys[c]), c);
    }
  }
  for (size_t b = 0; b < n; ++b) {
    const Mention& m = mentions[named[b]];
    if (m.category != Category::kActor || m.subtype != "person" ||
        ranges[b].second != ranges[b].first + 1) {
      continue;
    }
    auto full = full_name_by_surname.find(Surname(keys[b]));
    if (full != full_name_by_surname.end()) groups.Join(full->second, b);
  }

  // Entities in order of first mention; the name is the longest mention.
  std::map<size_t, int> entity_of_root;
  for (size_t a = 0; a < n; ++a) {
    const size_t root = groups.Find(a);
    auto [it, fresh] = entity_of_root.emplace(root, static_cast<int>(document->entities.size()));
    if (fresh) {
      Entity e;
      e.id = it->second;
      e.category = mentions[named[a]].category;
      document->entities.push_back(e);
    }
    Entity& e = document->entities[it->second];
    Mention& m = mentions[named[a]];
    m.entity = e.id;
    e.mentions.push_back(static_cast<int>(named[a]));
    if (m.text.size() > e.name.size()) e.name = m.text;
  }

  // Countries the article names, then the place links.
  std::set<std::string> countries;
  for (size_t a = 0; a < n; ++a) {
    if (mentions[named[a]].category != Category::kPlace) continue;
    for (const Place* p : gazetteer.Find(keys[a])) {
      if (p->kind == PlaceKind::kCountry) countries.insert(p->country);
    }
  }
  for (Entity& e : document->entities) {
    if (e.category != Category::kPlace) continue;
    std::vector<const Place*> candidates;
    for (int index : e.mentions) {
      for (const Place* p : gazetteer.Find(keys[position[index]])) candidates.push_back(p);
    }
    if (candidates.empty()) continue;
    const Place* chosen = ChoosePlace(candidates, countries);
    e.link = LinkTo(*chosen);
    // Every mention takes the kind of the chosen sense.
    for (int index : e.mentions) mentions[index].subtype = KindName(chosen->kind);
  }
}

}  // namespace relief
