#include "core/document_json.h"

#include <cmath>

namespace relief {

const char* CategoryName(Category category) {
  switch (category) {
    case Category::kPlace: return "place";
    case Category::kActor: return "actor";
    case Category::kDate: return "date";
    case Category::kFigure: return "figure";
  }
  return "place";
}

namespace {

using Json = nlohmann::ordered_json;

// 400 rather than 400.0: integral figures print as JSON integers.
Json Number(double v) {
  if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 9.0e15) {
    return Json(static_cast<int64_t>(v));
  }
  return Json(v);
}

Json MentionJson(const Mention& m) {
  Json j;
  j["start"] = m.start;
  j["end"] = m.end;
  j["text"] = m.text;
  j["category"] = CategoryName(m.category);
  if (!m.subtype.empty()) j["subtype"] = m.subtype;
  if (m.date) {
    if (m.date->value.empty()) {
      j["value"] = {{"start", m.date->range_start}, {"end", m.date->range_end}};
    } else {
      j["value"] = m.date->value;
    }
    if (!m.date->grain.empty()) j["grain"] = m.date->grain;
  }
  if (m.figure) {
    if (m.figure->value) j["value"] = Number(*m.figure->value);
    if (m.figure->value_max) j["value_max"] = Number(*m.figure->value_max);
    if (m.figure->approximate) j["approximate"] = true;
    if (!m.figure->unit.empty()) j["unit"] = m.figure->unit;
    if (!m.figure->counted.empty()) j["counted"] = m.figure->counted;
  }
  if (m.entity >= 0) j["entity"] = m.entity;
  if (m.confidence) j["confidence"] = *m.confidence;
  return j;
}

Json EntityJson(const Entity& e) {
  Json j;
  j["id"] = e.id;
  j["category"] = CategoryName(e.category);
  j["name"] = e.name;
  j["mentions"] = e.mentions;
  if (e.link) {
    Json link = Json::object();
    if (e.link->geonames) link["geonames"] = *e.link->geonames;
    if (!e.link->country.empty()) link["country"] = e.link->country;
    if (e.link->lat) link["lat"] = *e.link->lat;
    if (e.link->lon) link["lon"] = *e.link->lon;
    if (!e.link->wikidata.empty()) link["wikidata"] = e.link->wikidata;
    j["link"] = link;
  }
  return j;
}

}  // namespace

nlohmann::ordered_json ToJson(const Document& document) {
  Json j;
  j["schema"] = kSchema;
  j["lang"] = document.lang;
  j["reference_date"] = document.reference_date.empty()
                            ? Json(nullptr)
                            : Json(document.reference_date);
  Json mentions = Json::array();
  for (const Mention& m : document.mentions) mentions.push_back(MentionJson(m));
  j["mentions"] = std::move(mentions);
  Json entities = Json::array();
  for (const Entity& e : document.entities) entities.push_back(EntityJson(e));
  j["entities"] = std::move(entities);
  return j;
}

std::string ToJsonString(const nlohmann::ordered_json& json, int indent) {
  return json.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace relief
