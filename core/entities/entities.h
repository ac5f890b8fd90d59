// Entities (SPEC "entities"): groups the place and actor mentions of one
// thing and links places to GeoNames.
//   - repeats: the same folded name, same category;
//   - acronyms defined in the text: "Etat islamique (EI)";
//   - surnames: "Assad" after "Bachar al-Assad" (persons);
//   - well-known aliases (aliases.cc): Daech / Etat islamique / EI / ISIS…;
//   - names already grouped are looked for again where the tagger missed
//     them ("l'OSDH" after "Observatoire … (OSDH)").
// A place entity is linked to the gazetteer sense with the best score:
// population, and a strong bonus for the countries the article names
// (Palmyre → Tadmur, Syria, not Palmyra, Australia).
#ifndef RELIEF_CORE_ENTITIES_ENTITIES_H_
#define RELIEF_CORE_ENTITIES_ENTITIES_H_

#include <string>
#include <string_view>

#include "core/document.h"
#include "core/gazetteer/gazetteer.h"
#include "core/text/tokenizer.h"

namespace relief {

// Adds missed repeats of named mentions, then fills document->entities and
// each place/actor mention's `entity`. Mentions stay sorted, never
// overlapping.
void BuildEntities(const TokenizedText& text, const Gazetteer& gazetteer,
                   Document* document);

// The alias group of a folded name ("daech" and "etat islamique" share
// one), or 0 when it has none.
int AliasGroup(std::string_view folded_name);

}  // namespace relief

#endif  // RELIEF_CORE_ENTITIES_ENTITIES_H_
