// solo::InlineString<Capacity>: text of at most N bytes in a fixed buffer inside the object (on the stack), always
// NUL-terminated, that never allocates. Appending past N fails with ENAMETOOLONG and leaves the text as it
// was, so it replaces the `char path[4096]` buffers of C: solo::PathBuffer is one for a path of PATH_MAX.
//
//   solo::PathBuffer path;
//   if (!path.try_append(dir) || !path.try_join(name)) return Errno::ENAMETOOLONG;
//   auto st = solo::sys::newfstatat(solo::sys::at_fdcwd, path, ...); // converts to CStr
//   size_t mark = path.size(); ... path.truncate(mark);             // back to the directory
#pragma once

#include <compare>
#include <solo/cstr.hpp>
#include <solo/hash.hpp>
#include <solo/panic.hpp>
#include <solo/result.hpp>
#include <solo/string_view.hpp>

namespace solo {

template <size_t Capacity> class InlineString {
public:
  using value_type = char;
  using iterator = char *;
  using const_iterator = const char *;

  InlineString() noexcept { text_[0] = '\0'; }
  // Copies move only the text, not the whole buffer.
  InlineString(const InlineString &o) noexcept : size_(o.size_) { __builtin_memcpy(text_, o.text_, size_ + 1); }
  InlineString &operator=(const InlineString &o) noexcept {
    if (this != &o) {
      size_ = o.size_;
      __builtin_memcpy(text_, o.text_, size_ + 1);
    }
    return *this;
  }
  // Text longer than N: ENAMETOOLONG.
  static Result<InlineString> try_from(StringView s) {
    InlineString out;
    if (auto r = out.try_append(s); !r) return r.error();
    return out;
  }

  char *data() noexcept { return text_; }
  const char *data() const noexcept { return text_; }
  const char *c_str() const noexcept { return text_; }
  CStr cstr() const noexcept { return CStr(text_); }
  size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  static constexpr size_t capacity() noexcept { return Capacity; }
  char &operator[](size_t i) noexcept { return text_[i]; }
  const char &operator[](size_t i) const noexcept { return text_[i]; }
  char *begin() noexcept { return text_; }
  char *end() noexcept { return text_ + size_; }
  const char *begin() const noexcept { return text_; }
  const char *end() const noexcept { return text_ + size_; }
  StringView view() const noexcept { return StringView(text_, size_); }
  operator StringView() const noexcept { return view(); }
  operator CStr() const noexcept { return cstr(); }

  Result<void> try_append(StringView s) noexcept {
    if (s.size() > Capacity - size_) return Errno::ENAMETOOLONG;
    // s may be part of this text, but then it ends where the copy starts: the two never overlap.
    if (!s.empty()) __builtin_memcpy(text_ + size_, s.data(), s.size());
    size_ += s.size();
    text_[size_] = '\0';
    return {};
  }
  Result<void> try_push(char c) noexcept { return try_append(StringView(&c, 1)); }
  // Appends "/name" as a path is joined: no slash when the text is empty or already ends with one.
  Result<void> try_join(StringView name) noexcept {
    bool slash = size_ > 0 && text_[size_ - 1] != '/';
    if (name.size() + slash > Capacity - size_) return Errno::ENAMETOOLONG;
    if (slash) text_[size_++] = '/';
    return try_append(name);
  }
  // Grows to n bytes without writing the new ones, for a caller that fills them next (readlinkat into
  // data()); ENAMETOOLONG past the capacity.
  Result<void> try_resize_for_overwrite(size_t n) noexcept {
    if (n > Capacity) return Errno::ENAMETOOLONG;
    size_ = n;
    text_[size_] = '\0';
    return {};
  }
  // The panicking forms: for text whose length the program has already bounded.
  InlineString &append(StringView s) noexcept {
    if (!try_append(s)) panic("solo::InlineString: text longer than its capacity");
    return *this;
  }
  InlineString &push(char c) noexcept { return append(StringView(&c, 1)); }

  void clear() noexcept { truncate(0); }
  // Back to the first n bytes (nothing when n >= size()).
  void truncate(size_t n) noexcept {
    if (n >= size_) return;
    size_ = n;
    text_[size_] = '\0';
  }

  friend bool operator==(const InlineString &a, const InlineString &b) noexcept { return a.view() == b.view(); }
  friend bool operator==(const InlineString &a, StringView b) noexcept { return a.view() == b; }
  friend std::strong_ordering operator<=>(const InlineString &a, const InlineString &b) noexcept {
    return a <=> b.view();
  }
  friend std::strong_ordering operator<=>(const InlineString &a, StringView b) noexcept {
    int c = a.view().compare(b);
    return c < 0 ? std::strong_ordering::less : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
  }

private:
  size_t size_ = 0;
  char text_[Capacity + 1]; // only [0, size_] is ever read
};

template <size_t Capacity> struct Hash<InlineString<Capacity>> : TextHash {};

// A path of up to PATH_MAX (4096) bytes with its NUL, the longest the kernel accepts.
using PathBuffer = InlineString<4095>;

} // namespace solo
