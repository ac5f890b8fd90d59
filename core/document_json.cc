#include "core/document_json.h"

#include "core/json_writer.h"

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

void WriteMention(const Mention& m, JsonWriter* w) {
  w->BeginObject();
  w->Key("start").Int(m.start);
  w->Key("end").Int(m.end);
  w->Key("text").String(m.text);
  w->Key("category").String(CategoryName(m.category));
  if (!m.subtype.empty()) w->Key("subtype").String(m.subtype);
  if (m.date) {
    w->Key("value");
    if (m.date->value.empty()) {
      w->BeginObject();
      w->Key("start").String(m.date->range_start);
      w->Key("end").String(m.date->range_end);
      w->EndObject();
    } else {
      w->String(m.date->value);
    }
    if (!m.date->grain.empty()) w->Key("grain").String(m.date->grain);
  }
  if (m.figure) {
    if (m.figure->value) w->Key("value").Double(*m.figure->value);
    if (m.figure->value_max) w->Key("value_max").Double(*m.figure->value_max);
    if (m.figure->approximate) w->Key("approximate").Bool(true);
    if (!m.figure->unit.empty()) w->Key("unit").String(m.figure->unit);
    if (!m.figure->counted.empty()) w->Key("counted").String(m.figure->counted);
    if (!m.figure->relative_to.empty()) {
      w->Key("relative_to").String(m.figure->relative_to);
      w->Key("offset").Int(m.figure->offset);
    }
  }
  if (m.entity >= 0) w->Key("entity").Int(m.entity);
  if (m.confidence) w->Key("confidence").Double(*m.confidence);
  w->EndObject();
}

void WriteEntity(const Entity& e, JsonWriter* w) {
  w->BeginObject();
  w->Key("id").Int(e.id);
  w->Key("category").String(CategoryName(e.category));
  w->Key("name").String(e.name);
  w->Key("mentions").BeginArray();
  for (int index : e.mentions) w->Int(index);
  w->EndArray();
  if (e.link) {
    w->Key("link").BeginObject();
    if (e.link->geonames) w->Key("geonames").Int(*e.link->geonames);
    if (!e.link->country.empty()) w->Key("country").String(e.link->country);
    if (e.link->lat) w->Key("lat").Double(*e.link->lat);
    if (e.link->lon) w->Key("lon").Double(*e.link->lon);
    if (!e.link->wikidata.empty()) w->Key("wikidata").String(e.link->wikidata);
    w->EndObject();
  }
  w->EndObject();
}

}  // namespace

std::string DocumentToJson(const Document& document, int indent,
                           std::string_view id_json) {
  std::string out;
  out.reserve(128 + document.mentions.size() * 128);
  JsonWriter w(&out, indent);
  w.BeginObject();
  if (!id_json.empty()) w.Key("id").Raw(id_json);
  w.Key("schema").String(kSchema);
  w.Key("lang").String(document.lang);
  w.Key("reference_date");
  if (document.reference_date.empty()) {
    w.Null();
  } else {
    w.String(document.reference_date);
  }
  w.Key("mentions").BeginArray();
  for (const Mention& m : document.mentions) WriteMention(m, &w);
  w.EndArray();
  w.Key("entities").BeginArray();
  for (const Entity& e : document.entities) WriteEntity(e, &w);
  w.EndArray();
  w.EndObject();
  return out;
}

nlohmann::ordered_json ToJson(const Document& document) {
  return nlohmann::ordered_json::parse(DocumentToJson(document), nullptr,
                                       /*allow_exceptions=*/false);
}

std::string ToJsonString(const nlohmann::ordered_json& json, int indent) {
  return json.dump(indent, ' ', false,
                   nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace relief
