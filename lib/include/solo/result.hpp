// solo::Result<Value>: a Value or an Errno, shaped like std::expected. Every fallible call in solo returns one.
#pragma once

#include <solo/detail/placement_new.hpp>
#include <solo/errno.hpp>
#include <solo/panic.hpp>
#include <solo/types.hpp>

namespace solo {

namespace detail {
// "solo: Result::value() on an error: ENOENT (No such file or directory) at FILE:LINE in FUNCTION", then
// SIGABRT (lib/panic/result_error.cpp). `file` null: the operators, which cannot know their caller.
[[noreturn, gnu::cold]] void result_has_error(Errno e, const char *file, unsigned line, const char *function) noexcept;
} // namespace detail

// value(), value_or() and the operators are the ways to the Value. value() on an error is a programming mistake:
// without exceptions the honest answer is to stop loudly, saying which error and where value() was called
// (its defaulted arguments take the caller's file, line and function). * and -> stop the same way.
template <class Value> class [[nodiscard]] Result {
public:
  Result(const Value &v) : ok_(true) { new (&value_) Value(v); }
  Result(Value &&v) : ok_(true) { new (&value_) Value(std::move(v)); }
  Result(Errno e) : ok_(false), error_(e) {}

  Result(const Result &o) : ok_(o.ok_) {
    if (ok_)
      new (&value_) Value(o.value_);
    else
      error_ = o.error_;
  }
  Result(Result &&o) : ok_(o.ok_) {
    if (ok_)
      new (&value_) Value(std::move(o.value_));
    else
      error_ = o.error_;
  }
  Result &operator=(const Result &o) {
    if (this != &o) {
      this->~Result();
      new (this) Result(o);
    }
    return *this;
  }
  Result &operator=(Result &&o) {
    if (this != &o) {
      this->~Result();
      new (this) Result(std::move(o));
    }
    return *this;
  }
  ~Result() {
    if (ok_) value_.~Value();
  }

  bool has_value() const noexcept { return ok_; }
  explicit operator bool() const noexcept { return ok_; }

  Value &value(const char *file = __builtin_FILE(), unsigned line = __builtin_LINE(),
               const char *function = __builtin_FUNCTION()) & {
    check(file, line, function);
    return value_;
  }
  const Value &value(const char *file = __builtin_FILE(), unsigned line = __builtin_LINE(),
                     const char *function = __builtin_FUNCTION()) const & {
    check(file, line, function);
    return value_;
  }
  Value &&value(const char *file = __builtin_FILE(), unsigned line = __builtin_LINE(),
                const char *function = __builtin_FUNCTION()) && {
    check(file, line, function);
    return std::move(value_);
  }
  Value &operator*() & {
    check(nullptr, 0, nullptr);
    return value_;
  }
  const Value &operator*() const & {
    check(nullptr, 0, nullptr);
    return value_;
  }
  Value *operator->() {
    check(nullptr, 0, nullptr);
    return &value_;
  }
  const Value *operator->() const {
    check(nullptr, 0, nullptr);
    return &value_;
  }

  Errno error() const noexcept { return ok_ ? Errno(0) : error_; }

  template <class Fallback> Value value_or(Fallback &&fallback) const & {
    return ok_ ? value_ : static_cast<Value>(std::forward<Fallback>(fallback));
  }
  template <class Fallback> Value value_or(Fallback &&fallback) && {
    return ok_ ? std::move(value_) : static_cast<Value>(std::forward<Fallback>(fallback));
  }

private:
  void check(const char *file, unsigned line, const char *function) const {
    if (!ok_) [[unlikely]]
      detail::result_has_error(error_, file, line, function);
  }

  bool ok_;
  union {
    Value value_;
    Errno error_;
  };
};

template <> class [[nodiscard]] Result<void> {
public:
  Result() : error_(Errno(0)) {}
  Result(Errno e) : error_(e) {}

  bool has_value() const noexcept { return error_ == Errno(0); }
  explicit operator bool() const noexcept { return has_value(); }
  void value(const char *file = __builtin_FILE(), unsigned line = __builtin_LINE(),
             const char *function = __builtin_FUNCTION()) const {
    if (!has_value()) [[unlikely]]
      detail::result_has_error(error_, file, line, function);
  }
  Errno error() const noexcept { return error_; }

private:
  Errno error_;
};

} // namespace solo
