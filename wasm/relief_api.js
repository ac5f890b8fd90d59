// Appended to the Emscripten glue (--post-js): the typed calls web/relief.js
// uses, so that no other JavaScript touches the heap. Strings go in as
// UTF-8 (TextEncoder turns a lone surrogate into U+FFFD, one UTF-16 unit for
// one, so offsets stay true to the caller's string); JSON text comes out.
var reliefEncoder = new TextEncoder();

function reliefCopyIn(bytes) {
  var ptr = _relief_alloc(bytes.length + 1);
  if (!ptr) throw new Error("out of memory copying " + bytes.length + " bytes");
  HEAPU8.set(bytes, ptr);
  HEAPU8[ptr + bytes.length] = 0;
  return ptr;
}

// data: Uint8Array of relief.data. Returns JSON text.
Module["reliefInit"] = function (data) {
  return UTF8ToString(_relief_init(reliefCopyIn(data), data.length));
};

// Returns JSON text: the document result or {"error": ...}.
Module["reliefAnnotate"] = function (text, optionsJson) {
  var textBytes = reliefEncoder.encode(text);
  var sizeCheck = UTF8ToString(_relief_check_size(textBytes.length));
  if (sizeCheck.indexOf('"error"') >= 0) return sizeCheck;
  var textPtr = reliefCopyIn(textBytes);
  var optionsPtr = 0;
  try {
    optionsPtr = reliefCopyIn(reliefEncoder.encode(optionsJson));
    var json = UTF8ToString(
        _relief_annotate(textPtr, textBytes.length, optionsPtr));
    _relief_release_result();
    return json;
  } finally {
    _relief_free(textPtr);
    if (optionsPtr) _relief_free(optionsPtr);
  }
};

// Bytes of wasm memory (it grows, never shrinks): for monitoring and tests.
Module["reliefMemoryBytes"] = function () {
  return HEAPU8.length;
};
