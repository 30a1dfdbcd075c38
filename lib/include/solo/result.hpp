// solo::Result<T>: a T or an Errno, shaped like std::expected. Every fallible call in solo returns one.
#pragma once

#include <solo/detail/placement_new.hpp>
#include <solo/errno.hpp>
#include <solo/panic.hpp>
#include <solo/types.hpp>

namespace solo {

template <class T> class [[nodiscard]] Result {
public:
  Result(const T &v) : ok_(true) { new (&value_) T(v); }
  Result(T &&v) : ok_(true) { new (&value_) T(std::move(v)); }
  Result(Errno e) : ok_(false), error_(e) {}

  Result(const Result &o) : ok_(o.ok_) {
    if (ok_)
      new (&value_) T(o.value_);
    else
      error_ = o.error_;
  }
  Result(Result &&o) : ok_(o.ok_) {
    if (ok_)
      new (&value_) T(std::move(o.value_));
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
    if (ok_) value_.~T();
  }

  bool has_value() const noexcept { return ok_; }
  explicit operator bool() const noexcept { return ok_; }

  // value() on an error is a programming mistake: without exceptions the honest answer is to stop loudly.
  T &value() & {
    check();
    return value_;
  }
  const T &value() const & {
    check();
    return value_;
  }
  T &&value() && {
    check();
    return std::move(value_);
  }
  T &operator*() & { return value(); }
  const T &operator*() const & { return value(); }
  T *operator->() { return &value(); }
  const T *operator->() const { return &value(); }

  Errno error() const noexcept { return ok_ ? Errno(0) : error_; }

  template <class U> T value_or(U &&fallback) const & {
    return ok_ ? value_ : static_cast<T>(std::forward<U>(fallback));
  }
  template <class U> T value_or(U &&fallback) && {
    return ok_ ? std::move(value_) : static_cast<T>(std::forward<U>(fallback));
  }

private:
  void check() const {
    if (!ok_) panic("Result::value() called on an error");
  }

  bool ok_;
  union {
    T value_;
    Errno error_;
  };
};

template <> class [[nodiscard]] Result<void> {
public:
  Result() : error_(Errno(0)) {}
  Result(Errno e) : error_(e) {}

  bool has_value() const noexcept { return error_ == Errno(0); }
  explicit operator bool() const noexcept { return has_value(); }
  void value() const {
    if (!has_value()) panic("Result::value() called on an error");
  }
  Errno error() const noexcept { return error_; }

private:
  Errno error_;
};

} // namespace solo
