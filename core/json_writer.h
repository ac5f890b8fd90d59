// A small streaming JSON writer: results are written straight to a string,
// without building a JSON tree (a 10 MB article has hundreds of thousands
// of mentions; a tree would cost several times the text in memory).
#ifndef RELIEF_CORE_JSON_WRITER_H_
#define RELIEF_CORE_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace relief {

class JsonWriter {
 public:
  // indent < 0: compact, one line; otherwise pretty, that many spaces.
  explicit JsonWriter(std::string* out, int indent = -1)
      : out_(out), indent_(indent) {}

  JsonWriter& BeginObject() { return Open('{'); }
  JsonWriter& EndObject() { return Close('}'); }
  JsonWriter& BeginArray() { return Open('['); }
  JsonWriter& EndArray() { return Close(']'); }
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);  // value must be valid UTF-8
  JsonWriter& Int(int64_t value);
  JsonWriter& Double(double value);  // shortest form that reads back equal
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  JsonWriter& Raw(std::string_view json);  // an already serialized value

 private:
  JsonWriter& Open(char bracket);
  JsonWriter& Close(char bracket);
  void BeforeValue();
  void NewLine();

  std::string* out_;
  int indent_;
  std::vector<bool> has_items_;  // per open container
  bool after_key_ = false;
};

}  // namespace relief

#endif  // RELIEF_CORE_JSON_WRITER_H_
