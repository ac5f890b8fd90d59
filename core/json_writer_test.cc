#include "core/json_writer.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/document_json.h"

namespace relief {

TEST_CASE("json writer: escaping, numbers, nesting, pretty and compact") {
  std::string compact;
  JsonWriter w(&compact);
  w.BeginObject();
  w.Key("s").String(std::string("a\"b\\c\n\x01\té😀", 14));
  w.Key("n").BeginArray().Int(-3).Double(400).Double(0.125).Double(1.2).Double(1e300).Null().Bool(false).EndArray();
  w.Key("empty").BeginObject().EndObject();
  w.Key("raw").Raw("{\"x\":1}");
  w.EndObject();
  CHECK(compact ==
        "{\"s\":\"a\\\"b\\\\c\\n\\u0001\\té😀\",\"n\":[-3,400,0.125,1.2,1e+300,null,false],"
        "\"empty\":{},\"raw\":{\"x\":1}}");
  const auto parsed = nlohmann::json::parse(compact);
  CHECK(parsed["n"][3].get<double>() == 1.2);
  std::string pretty;
  JsonWriter p(&pretty, 2);
  p.BeginObject().Key("a").BeginArray().Int(1).EndArray().EndObject();
  CHECK(pretty == "{\n  \"a\": [\n    1\n  ]\n}");
}

TEST_CASE("json writer: NaN and infinity become null") {
  std::string out;
  JsonWriter w(&out);
  w.BeginArray().Double(0.0 / 0.0).Double(1.0 / 0.0).EndArray();
  CHECK(out == "[null,null]");
}

TEST_CASE("document json: id first for JSONL, then SPEC keys in order") {
  Document d;
  d.lang = "fr";
  Mention m;
  m.start = 0;
  m.end = 3;
  m.text = "400";
  m.category = Category::kFigure;
  m.subtype = "number";
  FigureValue figure;
  figure.value = 400.0;
  figure.approximate = true;
  figure.counted = "djihadistes";
  m.figure = figure;
  d.mentions.push_back(m);
  CHECK(DocumentToJson(d, -1, "\"a1\"") ==
        "{\"id\":\"a1\",\"schema\":\"relief/1\",\"lang\":\"fr\",\"reference_date\":null,"
        "\"mentions\":[{\"start\":0,\"end\":3,\"text\":\"400\",\"category\":\"figure\","
        "\"subtype\":\"number\",\"value\":400,\"approximate\":true,\"counted\":\"djihadistes\"}],"
        "\"entities\":[]}");
}

}  // namespace relief
