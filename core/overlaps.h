// SPEC: mentions are sorted by start and never overlap. Every step that
// adds mentions (recognizers, entity grouping) ends with this.
#ifndef RELIEF_CORE_OVERLAPS_H_
#define RELIEF_CORE_OVERLAPS_H_

#include <vector>

#include "core/document.h"

namespace relief {

// Where two spans collide the longer one wins, then the earlier one.
void SortAndResolveOverlaps(std::vector<Mention>* mentions);

}  // namespace relief

#endif  // RELIEF_CORE_OVERLAPS_H_
