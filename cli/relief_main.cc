// relief: the command line of SPEC.md.
//   relief annotate [--lang fr|en|auto] [--reference-date YYYY-MM-DD] [FILE|-]
//   relief annotate --jsonl < in.jsonl > out.jsonl
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <unistd.h>

#include "core/annotator.h"
#include "core/data/bundle.h"
#include "core/document_json.h"
#include "core/text/utf8.h"

namespace {

constexpr const char* kUsage =
    "usage: relief annotate [--lang fr|en|auto] "
    "[--reference-date YYYY-MM-DD[THH:MM]] "
    "[--relative-ordinals] [--compact] [--data FILE] [FILE|-]\n"
    "       relief annotate --jsonl [--lang ...] [--reference-date ...] "
    "< in.jsonl > out.jsonl\n"
    "The data bundle (models, gazetteer) is --data FILE, else $RELIEF_DATA, "
    "else relief.data next to the executable.\n";

struct Arguments {
  relief::AnnotateOptions options;
  bool jsonl = false;
  bool compact = false;
  std::string file = "-";
  std::string data;  // the data bundle; empty: $RELIEF_DATA or the default
};

int Fail(const std::string& message) {
  std::cerr << "relief: " << message << "\n";
  return 2;
}

// Returns an empty string on success, else the error.
std::string ParseArguments(int argc, char** argv, Arguments* args) {
  if (argc < 2 || std::string(argv[1]) != "annotate") {
    return argc < 2 ? "missing command 'annotate'"
                    : "unknown command '" + std::string(argv[1]) + "'";
  }
  bool have_file = false;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= argc) return false;
      *out = argv[++i];
      return true;
    };
    if (arg == "--lang") {
      if (!value(&args->options.lang)) return "--lang needs a value";
    } else if (arg.rfind("--lang=", 0) == 0) {
      args->options.lang = arg.substr(7);
    } else if (arg == "--reference-date") {
      if (!value(&args->options.reference_date)) {
        return "--reference-date needs a value";
      }
    } else if (arg.rfind("--reference-date=", 0) == 0) {
      args->options.reference_date = arg.substr(17);
    } else if (arg == "--data") {
      if (!value(&args->data)) return "--data needs a value";
    } else if (arg.rfind("--data=", 0) == 0) {
      args->data = arg.substr(7);
    } else if (arg == "--jsonl") {
      args->jsonl = true;
    } else if (arg == "--compact") {
      args->compact = true;
    } else if (arg == "--relative-ordinals") {
      args->options.relative_ordinals = true;
    } else if (arg == "-" || arg.empty() || arg[0] != '-') {
      if (have_file) return "more than one input file";
      args->file = arg;
      have_file = true;
    } else {
      return "unknown option " + arg;
    }
  }
  if (args->jsonl && have_file && args->file != "-") {
    return "--jsonl reads standard input only";
  }
  return std::string();
}

bool ReadAll(const std::string& file, std::string* out) {
  if (file == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    *out = buffer.str();
    return !std::cin.bad();
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;  // whole-buffer copy: far faster than iterators
  buffer << in.rdbuf();
  *out = std::move(buffer).str();
  return !in.bad();
}

// Invalid UTF-8 is not an error: each ill-formed sequence is read as one
// U+FFFD (as browsers do), so offsets stay true; the user is told where.
void WarnAboutInvalidUtf8(const std::string& text, const std::string& where) {
  size_t first = 0;
  const size_t invalid = relief::CountInvalidUtf8(text, &first);
  if (invalid == 0) return;
  std::cerr << "relief: warning: " << where << ": " << invalid
            << " invalid UTF-8 sequence(s), the first at byte " << first
            << "; read as U+FFFD\n";
}

int AnnotateOne(const relief::Annotator& annotator, const Arguments& args) {
  std::string text;
  if (!ReadAll(args.file, &text)) {
    return Fail("cannot read " + (args.file == "-" ? "standard input"
                                                   : "'" + args.file + "'"));
  }
  WarnAboutInvalidUtf8(text, args.file == "-" ? "standard input" : args.file);
  relief::Expected<relief::Document> document =
      annotator.Annotate(text, args.options);
  if (!document.ok()) return Fail(document.status().message());
  std::cout << relief::DocumentToJson(*document, args.compact ? -1 : 2) << "\n";
  return 0;
}

// One output line per input line, in order, flushed as it goes; a line
// that cannot be annotated becomes {"id": ..., "error": ...}.
std::string AnnotateLine(const relief::Annotator& annotator,
                         const Arguments& args, const std::string& line,
                         size_t line_number) {
  using Json = nlohmann::ordered_json;
  auto error = [&](const Json& id, const std::string& message) {
    Json out;
    out["id"] = id;
    out["error"] = "line " + std::to_string(line_number) + ": " + message;
    return relief::ToJsonString(out);
  };
  const Json input = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (input.is_discarded()) return error(nullptr, "not valid JSON");
  if (!input.is_object()) return error(nullptr, "not a JSON object");
  const Json id = input.contains("id") ? input["id"] : Json(nullptr);
  if (!input.contains("text") || !input["text"].is_string()) {
    return error(id, "\"text\" must be a string");
  }
  relief::AnnotateOptions options = args.options;
  for (const char* key : {"lang", "reference_date"}) {
    if (!input.contains(key) || input[key].is_null()) continue;
    if (!input[key].is_string()) {
      return error(id, std::string("\"") + key + "\" must be a string");
    }
    (std::string(key) == "lang" ? options.lang : options.reference_date) =
        input[key].get<std::string>();
  }
  if (input.contains("relative_ordinals") &&
      !input["relative_ordinals"].is_null()) {
    if (!input["relative_ordinals"].is_boolean()) {
      return error(id, "\"relative_ordinals\" must be true or false");
    }
    options.relative_ordinals = input["relative_ordinals"].get<bool>();
  }
  relief::Expected<relief::Document> document =
      annotator.Annotate(input["text"].get_ref<const std::string&>(), options);
  if (!document.ok()) return error(id, document.status().message());
  return relief::DocumentToJson(*document, -1, relief::ToJsonString(id));
}

int AnnotateJsonl(const relief::Annotator& annotator, const Arguments& args) {
  std::string line;
  size_t line_number = 0;
  while (std::getline(std::cin, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::cout << AnnotateLine(annotator, args, line, line_number) << "\n"
              << std::flush;
  }
  return std::cin.bad() ? Fail("error reading standard input") : 0;
}

// Where the data bundle is: --data, $RELIEF_DATA, or relief.data beside
// the executable (where tools/build.sh puts it).
std::string DataPath(const Arguments& args, const char* argv0) {
  if (!args.data.empty()) return args.data;
  if (const char* env = std::getenv("RELIEF_DATA"); env && *env) return env;
  std::string exe(4096, '\0');
  const ssize_t n = readlink("/proc/self/exe", exe.data(), exe.size());
  exe = n > 0 ? exe.substr(0, n) : std::string(argv0);
  const size_t slash = exe.rfind('/');
  return (slash == std::string::npos ? std::string() : exe.substr(0, slash + 1)) +
         "relief.data";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 2 && (std::string(argv[1]) == "--help" ||
                    std::string(argv[1]) == "-h")) {
    std::cout << kUsage;
    return 0;
  }
  Arguments args;
  const std::string problem = ParseArguments(argc, argv, &args);
  if (!problem.empty()) {
    std::cerr << kUsage;
    return Fail(problem);
  }
  const std::string data_path = DataPath(args, argv[0]);
  std::string data;
  if (data_path == "-" || !ReadAll(data_path, &data)) {
    return Fail("cannot read the data bundle '" + data_path +
                "' (build it with tools/build.sh, or give --data FILE or "
                "RELIEF_DATA)");
  }
  auto bundle = relief::Bundle::Parse(
      reinterpret_cast<const uint8_t*>(data.data()), data.size());
  if (!bundle.ok()) return Fail(data_path + ": " + bundle.status().message());
  auto annotator = relief::Annotator::Create(&*bundle);
  if (!annotator.ok()) return Fail(annotator.status().message());
  // Check options once up front so a bad flag fails fast, not per line.
  auto check = (*annotator)->Annotate("", args.options);
  if (!check.ok()) return Fail(check.status().message());
  std::ios::sync_with_stdio(false);
  return args.jsonl ? AnnotateJsonl(**annotator, args)
                    : AnnotateOne(**annotator, args);
}
