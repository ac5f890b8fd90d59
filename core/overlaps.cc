#include "core/overlaps.h"

#include <algorithm>
#include <iterator>
#include <map>

namespace relief {

void SortAndResolveOverlaps(std::vector<Mention>* mentions) {
  std::stable_sort(mentions->begin(), mentions->end(),
                   [](const Mention& a, const Mention& b) {
                     const uint32_t la = a.end - a.start, lb = b.end - b.start;
                     return la != lb ? la > lb : a.start < b.start;
                   });
  std::vector<Mention> kept;
  kept.reserve(mentions->size());
  std::map<uint32_t, uint32_t> taken;  // start → end of kept spans
  for (Mention& m : *mentions) {
    auto next = taken.lower_bound(m.start);
    if (next != taken.end() && next->first < m.end) continue;
    if (next != taken.begin() && std::prev(next)->second > m.start) continue;
    taken.emplace(m.start, m.end);
    kept.push_back(std::move(m));
  }
  std::sort(kept.begin(), kept.end(), [](const Mention& a, const Mention& b) {
    return a.start < b.start;
  });
  *mentions = std::move(kept);
}

}  // namespace relief
