// Errors as values: the core never throws across its API (and never across
// the wasm boundary). A Status carries a code and a one-line message;
// Expected<T> carries either a value or a failed Status.
#ifndef RELIEF_CORE_STATUS_H_
#define RELIEF_CORE_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace relief {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller's input or options are unusable
  kDataError,        // a data bundle or model is malformed
  kInternal,
};

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}
  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidArgument(std::string message) {
  return Status(StatusCode::kInvalidArgument, std::move(message));
}
inline Status DataError(std::string message) {
  return Status(StatusCode::kDataError, std::move(message));
}

template <typename T>
class Expected {
 public:
  Expected(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Expected(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.ok());
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace relief

#endif  // RELIEF_CORE_STATUS_H_
