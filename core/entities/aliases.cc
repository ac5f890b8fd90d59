// Well-known entities with several unrelated names, which neither repeats
// nor acronym definitions can group. Written by the Relief developers;
// names are folded (core/text/fold.h), one group a line.
#include <string_view>

#include "core/entities/entities.h"

namespace relief {

namespace {

constexpr std::string_view kAliasGroups[][8] = {
    {"daech", "daesh", "etat islamique", "ei", "isis", "isil",
     "islamic state", "organisation etat islamique"},
    {"onu", "nations unies", "organisation des nations unies", "united nations",
     "un"},
    {"otan", "nato", "organisation du traite de l'atlantique nord"},
    {"ue", "union europeenne", "european union", "eu"},
    {"etats-unis", "etats unis", "usa", "united states", "us", "amerique"},
    {"royaume-uni", "grande-bretagne", "united kingdom", "uk", "britain",
     "great britain"},
    {"russie", "federation de russie", "russia", "russian federation"},
    {"hezbollah", "hizbollah", "hizbullah"},
    {"al-qaida", "al-qaeda", "al qaida", "al qaeda"},
    {"unesco", "organisation des nations unies pour l'education"},
};

}  // namespace

int AliasGroup(std::string_view folded_name) {
  int group = 0;
  for (const auto& names : kAliasGroups) {
    ++group;
    for (std::string_view name : names) {
      if (!name.empty() && name == folded_name) return group;
    }
  }
  return 0;
}

}  // namespace relief
