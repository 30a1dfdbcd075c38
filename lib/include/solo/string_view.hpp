// A pointer and a length: what solo passes around instead of NUL-terminated strings where it can.
#pragma once

#include <solo/types.hpp>

namespace solo {

constexpr size_t c_string_length(const char *s) noexcept {
  size_t n = 0;
  while (s[n] != '\0') ++n;
  return n;
}

class StringView {
public:
  constexpr StringView() noexcept = default;
  constexpr StringView(const char *s) noexcept : data_(s), size_(s ? c_string_length(s) : 0) {}
  constexpr StringView(const char *s, size_t n) noexcept : data_(s), size_(n) {}

  constexpr const char *data() const noexcept { return data_; }
  constexpr size_t size() const noexcept { return size_; }
  constexpr bool empty() const noexcept { return size_ == 0; }
  constexpr char operator[](size_t i) const noexcept { return data_[i]; }
  constexpr const char *begin() const noexcept { return data_; }
  constexpr const char *end() const noexcept { return data_ + size_; }

  friend constexpr bool operator==(StringView a, StringView b) noexcept {
    if (a.size_ != b.size_) return false;
    for (size_t i = 0; i < a.size_; ++i)
      if (a.data_[i] != b.data_[i]) return false;
    return true;
  }

private:
  const char *data_ = "";
  size_t size_ = 0;
};

} // namespace solo
