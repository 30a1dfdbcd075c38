// solo::String: owned bytes with a NUL after them, whose allocation failure is a value. Like solo::Vector,
// every operation that may allocate has a fallible form (Result, ENOMEM, the string unchanged) and a panicking
// convenience form; copies are explicit (try_clone). Up to 15 bytes live inside the object itself.
//
//   solo::String path;
//   if (!path.try_append(dir) || !path.try_push('/') || !path.try_append(name)) return Errno::ENOMEM;
//   auto fd = solo::sys::openat(solo::sys::at_fdcwd, path, solo::sys::OpenFlags::ReadOnly); // a CStr
//   auto line = solo::format("{}: {} bytes", path, size);                               // Result<String>
//
// A String converts to std::string_view (solo::StringView) and to solo::CStr, and it is a range of chars.
// Its text is bytes: no encoding is assumed, comparisons are byte order (LC_ALL=C).
#pragma once

#include <compare>
#include <solo/cstr.hpp>
#include <solo/detail/out_of_memory.hpp>
#include <solo/fmt.hpp>
#include <solo/hash.hpp>
#include <solo/mem/heap.hpp>
#include <solo/result.hpp>
#include <solo/string_view.hpp>

namespace solo {

namespace detail {
template <class Memory> class StringSink;
}

// No pointer into itself (the local text is found through a null heap pointer), so a String may be moved by
// copying its bytes: a Vector of Strings grows with memcpy, and trivial_abi passes one in registers.
template <class Memory = mem::Heap> class [[clang::trivial_abi]] BasicString {
public:
  using value_type = char;
  using size_type = size_t;
  using difference_type = ptrdiff_t;
  using iterator = char *;
  using const_iterator = const char *;
  static constexpr size_t npos = static_cast<size_t>(-1);
  static constexpr size_t local_capacity = 15;

  BasicString() noexcept { local_[0] = '\0'; }
  BasicString(BasicString &&o) noexcept { take(o); }
  BasicString &operator=(BasicString &&o) noexcept {
    if (this != &o) {
      release();
      take(o);
    }
    return *this;
  }
  BasicString(const BasicString &) = delete; // copies are explicit: try_clone()
  BasicString &operator=(const BasicString &) = delete;
  ~BasicString() { release(); }

  static Result<BasicString> try_from(StringView s) {
    BasicString out;
    if (auto r = out.try_append(s); !r) return r.error();
    return out;
  }
  static BasicString from(StringView s) { return detail::must_value(try_from(s)); }
  Result<BasicString> try_clone() const { return try_from(view()); }
  BasicString clone() const { return from(view()); }

  // ---- access ----
  char *data() noexcept { return heap_ ? heap_ : local_; }
  const char *data() const noexcept { return heap_ ? heap_ : local_; }
  // Always NUL-terminated, also when empty.
  const char *c_str() const noexcept { return data(); }
  CStr cstr() const noexcept { return CStr(data()); }
  size_t size() const noexcept { return size_; }
  size_t length() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  size_t capacity() const noexcept { return is_local() ? local_capacity : capacity_; }
  static constexpr size_t max_size() noexcept { return static_cast<size_t>(PTRDIFF_MAX) - 1; }
  char &operator[](size_t i) noexcept { return data()[i]; }
  const char &operator[](size_t i) const noexcept { return data()[i]; }
  char &front() noexcept { return data()[0]; }
  char &back() noexcept { return data()[size_ - 1]; }
  const char &front() const noexcept { return data()[0]; }
  const char &back() const noexcept { return data()[size_ - 1]; }
  char *begin() noexcept { return data(); }
  char *end() noexcept { return data() + size_; }
  const char *begin() const noexcept { return data(); }
  const char *end() const noexcept { return data() + size_; }
  StringView view() const noexcept { return StringView(data(), size_); }
  operator StringView() const noexcept { return view(); }
  // The text as a path or exec argument (cut short at an embedded NUL, as the kernel reads it).
  operator CStr() const noexcept { return cstr(); }

  // ---- growing ----
  // Room for at least n bytes (plus the NUL) in all.
  Result<void> try_reserve(size_t n) {
    if (n <= capacity()) return {};
    return reallocate(n);
  }
  void reserve(size_t n) { detail::must(try_reserve(n)); }
  // Appends `s`, which may be part of this string.
  Result<void> try_append(StringView s) {
    if (s.size() > capacity() - size_) {
      if (s.size() > max_size() - size_) return Errno::ENOMEM;
      auto at = reinterpret_cast<uintptr_t>(s.data()), base = reinterpret_cast<uintptr_t>(data());
      bool inside = at >= base && at <= base + size_;
      if (auto r = reallocate(grown(size_ + s.size())); !r) return r;
      if (inside) s = StringView(data() + (at - base), s.size());
    }
    char *d = data();
    if (!s.empty()) __builtin_memcpy(d + size_, s.data(), s.size());
    size_ += s.size();
    d[size_] = '\0';
    return {};
  }
  // Appends `count` copies of c.
  Result<void> try_append(size_t count, char c) {
    if (count > capacity() - size_) {
      if (count > max_size() - size_) return Errno::ENOMEM;
      if (auto r = reallocate(grown(size_ + count)); !r) return r;
    }
    char *d = data();
    __builtin_memset(d + size_, c, count);
    size_ += count;
    d[size_] = '\0';
    return {};
  }
  Result<void> try_push(char c) {
    if (size_ == capacity())
      if (auto r = reallocate(grown(size_ + 1)); !r) return r;
    char *d = data();
    d[size_++] = c;
    d[size_] = '\0';
    return {};
  }
  BasicString &append(StringView s) {
    detail::must(try_append(s));
    return *this;
  }
  BasicString &append(size_t count, char c) {
    detail::must(try_append(count, c));
    return *this;
  }
  BasicString &push(char c) {
    detail::must(try_push(c));
    return *this;
  }
  BasicString &operator+=(StringView s) { return append(s); }
  BasicString &operator+=(char c) { return push(c); }
  // The name std::back_inserter looks for.
  void push_back(char c) { push(c); }
  // Inserts `s` (not part of this string) before byte `pos` (at most size()).
  Result<void> try_insert(size_t pos, StringView s) {
    if (pos > size_) panic("solo::String::insert past the end");
    size_t old = size_;
    if (auto r = try_append(s); !r) return r; // room, and the bytes at the end
    char *d = data();
    __builtin_memmove(d + pos + s.size(), d + pos, old - pos);
    __builtin_memcpy(d + pos, s.data(), s.size());
    return {};
  }
  BasicString &insert(size_t pos, StringView s) {
    detail::must(try_insert(pos, s));
    return *this;
  }
  // Grows to n bytes filled with `fill`, or shrinks to n.
  Result<void> try_resize(size_t n, char fill = '\0') {
    if (n <= size_) {
      truncate(n);
      return {};
    }
    return try_append(n - size_, fill);
  }
  void resize(size_t n, char fill = '\0') { detail::must(try_resize(n, fill)); }
  // Grows to n bytes without writing the new ones, for a caller that fills them next (a read into the spare
  // room); they hold whatever was there.
  Result<void> try_resize_for_overwrite(size_t n) {
    if (n > size_)
      if (auto r = try_reserve(n); !r) return r;
    size_ = n;
    data()[size_] = '\0';
    return {};
  }

  // ---- shrinking: never allocates, never fails ----
  void clear() noexcept { truncate(0); }
  void truncate(size_t n) noexcept {
    if (n >= size_) return;
    size_ = n;
    data()[size_] = '\0';
  }
  // Removes `count` bytes (at most to the end) from `pos` on.
  void erase(size_t pos, size_t count = npos) noexcept {
    if (pos > size_) panic("solo::String::erase past the end");
    if (count > size_ - pos) count = size_ - pos;
    char *d = data();
    __builtin_memmove(d + pos, d + pos + count, size_ - pos - count + 1);
    size_ -= count;
  }
  // Gives back unused capacity.
  Result<void> try_shrink_to_fit() {
    if (is_local() || size_ == capacity_) return {};
    if (size_ <= local_capacity) {
      char *old = heap_;
      size_t old_capacity = capacity_;
      __builtin_memcpy(local_, old, size_ + 1);
      heap_ = nullptr;
      Memory::release(old, old_capacity + 1);
      return {};
    }
    return reallocate(size_);
  }

  void swap(BasicString &o) noexcept {
    BasicString t(std::move(o));
    o = std::move(*this);
    *this = std::move(t);
  }
  friend void swap(BasicString &a, BasicString &b) noexcept { a.swap(b); }

  friend bool operator==(const BasicString &a, const BasicString &b) noexcept { return a.view() == b.view(); }
  friend bool operator==(const BasicString &a, StringView b) noexcept { return a.view() == b; }
  friend std::strong_ordering operator<=>(const BasicString &a, const BasicString &b) noexcept {
    return a <=> b.view();
  }
  friend std::strong_ordering operator<=>(const BasicString &a, StringView b) noexcept {
    int c = a.view().compare(b);
    return c < 0 ? std::strong_ordering::less : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
  }

private:
  friend class detail::StringSink<Memory>;

  bool is_local() const noexcept { return heap_ == nullptr; }

  size_t grown(size_t needed) const noexcept {
    size_t have = capacity();
    size_t doubled = have > max_size() / 2 ? max_size() : have * 2;
    return doubled > needed ? doubled : needed;
  }

  // Moves the bytes and their NUL into a block for `capacity` (>= size_) bytes plus the NUL.
  Result<void> reallocate(size_t capacity) {
    if (capacity > max_size()) return Errno::ENOMEM;
    char *fresh = static_cast<char *>(Memory::allocate(capacity + 1, 1));
    if (fresh == nullptr) return Errno::ENOMEM;
    __builtin_memcpy(fresh, data(), size_ + 1);
    release();
    heap_ = fresh;
    capacity_ = capacity;
    return {};
  }

  void take(BasicString &o) noexcept {
    size_ = o.size_;
    heap_ = o.heap_;
    __builtin_memcpy(local_, o.local_, sizeof local_); // the text, or the capacity
    o.heap_ = nullptr;
    o.size_ = 0;
    o.local_[0] = '\0';
  }
  void release() noexcept {
    if (heap_) Memory::release(heap_, capacity_ + 1);
    heap_ = nullptr;
  }

  char *heap_ = nullptr; // the text on the heap, or null while it is in local_
  size_t size_ = 0;
  union {
    size_t capacity_;                  // on the heap: the bytes there, not counting the NUL
    char local_[local_capacity + 1]{}; // up to 15 bytes and the NUL, kept in the object
  };
};

using String = BasicString<>;

template <class Memory> struct Hash<BasicString<Memory>> : TextHash {};

// ---- formatting into a String ----

namespace detail {

// A sink writing into a String's spare room and growing it when full. After a failed allocation it drops
// the rest and remembers, so the caller can put the string back as it was.
template <class Memory> class StringSink : public fmt::Sink {
public:
  explicit StringSink(BasicString<Memory> &s) noexcept
      : Sink(s.data() + s.size_, s.data() + s.capacity(), &overflow), s_(s), original_size_(s.size_) {}
  // Ends the formatting: the string's new size, or its old contents after ENOMEM.
  Result<void> finish() noexcept {
    if (failed_) {
      s_.size_ = original_size_;
      s_.data()[original_size_] = '\0'; // the text written before the failure overwrote it
      return Errno::ENOMEM;
    }
    s_.size_ = static_cast<size_t>(pos_ - s_.data());
    s_.data()[s_.size_] = '\0';
    return {};
  }

private:
  static void overflow(fmt::Sink &sink, const char *text, size_t n) {
    auto &self = static_cast<StringSink &>(sink);
    if (self.failed_) return;
    BasicString<Memory> &s = self.s_;
    s.size_ = static_cast<size_t>(self.pos_ - s.data()); // what is written so far, for the copy
    if (n > s.max_size() - s.size_ || !s.reallocate(s.grown(s.size_ + n))) {
      self.failed_ = true;
      self.pos_ = self.end_ = self.nowhere_; // every later write lands here again and is dropped
      return;
    }
    __builtin_memcpy(s.data() + s.size_, text, n);
    self.pos_ = s.data() + s.size_ + n;
    self.end_ = s.data() + s.capacity();
  }

  BasicString<Memory> &s_;
  size_t original_size_;
  bool failed_ = false;
  char nowhere_[1];
};

} // namespace detail

// Appends the formatted text to `out` (the syntax of <solo/fmt.hpp>). ENOMEM leaves `out` as it was.
template <class Memory, class... Args>
inline Result<void> format_to(BasicString<Memory> &out, fmt::format_string<Args...> f, const Args &...args) {
  detail::StringSink<Memory> sink(out);
  fmt::format_args(sink, f.text(), args...);
  return sink.finish();
}

// The formatted text as a new String.
template <class... Args> inline Result<String> format(fmt::format_string<Args...> f, const Args &...args) {
  String out;
  if (auto r = format_to(out, f, args...); !r) return r.error();
  return out;
}

} // namespace solo
