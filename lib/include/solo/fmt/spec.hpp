// The replacement-field spec, `{:[[fill]align][sign][#][0][width][.precision][type]}`, parsed the same way at
// compile time (to reject bad format strings) and at run time (to format).
#pragma once

#include <solo/string_view.hpp>

namespace solo::fmt {

struct Spec {
  char fill = ' ';
  char align = 0; // '<', '>', '^', or 0 for the type's default (numbers right, text left)
  char sign = 0;  // '+', ' ', or 0 (which is '-': only negatives get a sign)
  bool alternate = false;
  bool zero = false;
  int width = 0;
  int precision = -1;       // -1: none given
  char type = 0;            // 0: the type's default presentation
  short width_arg = -1;     // `{}` / `{N}` for the width: the argument that gives it (resolved by vformat)
  short precision_arg = -1; // the same for the precision
};

// Which family of presentation an argument type allows.
enum class Kind : unsigned char { Int, Char, Bool, String, Float, Pointer };

inline constexpr int max_spec_number = 1 << 20;

namespace detail {
constexpr bool is_align(char c) { return c == '<' || c == '>' || c == '^'; }
constexpr bool parse_number(const char *&p, const char *end, int &out) {
  if (p == end || *p < '0' || *p > '9') return false;
  int v = 0;
  while (p != end && *p >= '0' && *p <= '9') {
    v = v * 10 + (*p++ - '0');
    if (v > max_spec_number) return false;
  }
  out = v;
  return true;
}
// Skips a nested `{}` or `{N}` at p.
constexpr bool skip_nested(const char *&p, const char *end) {
  ++p;
  while (p != end && *p >= '0' && *p <= '9') ++p;
  if (p == end || *p != '}') return false;
  ++p;
  return true;
}
constexpr bool one_of(char c, const char *set) {
  for (; *set; ++set)
    if (*set == c) return true;
  return false;
}
} // namespace detail

// Parses `text` (what lies between ':' and '}'); false if it is not a well-formed spec. `nested` gives the
// argument numbers of `{}` fields for the width and precision in order (format_string.hpp's walker finds them);
// without it they are accepted with a placeholder number, which is enough to check a spec.
constexpr bool parse_spec(StringView text, Spec &spec, const int *nested = nullptr) {
  const char *p = text.begin(), *end = text.end();
  int nested_count = 0;
  if (end - p >= 2 && detail::is_align(p[1])) {
    if (*p == '{' || *p == '}') return false;
    spec.fill = p[0];
    spec.align = p[1];
    p += 2;
  } else if (p != end && detail::is_align(*p)) {
    spec.align = *p++;
  }
  if (p != end && (*p == '+' || *p == '-' || *p == ' ')) {
    spec.sign = *p == '-' ? 0 : *p;
    ++p;
  }
  if (p != end && *p == '#') {
    spec.alternate = true;
    ++p;
  }
  if (p != end && *p == '0') {
    spec.zero = true;
    ++p;
  }
  if (p != end && *p == '{') {
    if (!detail::skip_nested(p, end)) return false;
    spec.width_arg = static_cast<short>(nested_count < 2 && nested ? nested[nested_count] : 0);
    ++nested_count;
  } else if (p != end && *p >= '1' && *p <= '9' && !detail::parse_number(p, end, spec.width)) {
    return false;
  }
  if (p != end && *p == '.') {
    ++p;
    if (p != end && *p == '{') {
      if (!detail::skip_nested(p, end)) return false;
      spec.precision_arg = static_cast<short>(nested_count < 2 && nested ? nested[nested_count] : 0);
      spec.precision = 0; // a precision is present; its value comes from the argument
    } else if (!detail::parse_number(p, end, spec.precision)) {
      return false;
    }
  }
  if (p != end) spec.type = *p++;
  return p == end;
}

// Whether a parsed spec makes sense for an argument of kind `k` (std::format's rules).
constexpr bool spec_allowed(Kind k, const Spec &s) {
  bool numeric_flags = s.sign != 0 || s.alternate || s.zero;
  switch (k) {
  case Kind::Int:
    if (s.precision >= 0) return false;
    if (s.type == 'c') return !numeric_flags;
    return s.type == 0 || detail::one_of(s.type, "bBdoxX");
  case Kind::Char:
  case Kind::Bool:
    if (s.precision >= 0) return false;
    if (s.type == 0 || s.type == (k == Kind::Char ? 'c' : 's')) return !numeric_flags;
    return detail::one_of(s.type, "bBdoxX");
  case Kind::String:
    return !numeric_flags && (s.type == 0 || s.type == 's');
  case Kind::Float:
    return s.type == 0 || detail::one_of(s.type, "eEfFgG");
  case Kind::Pointer:
    return !numeric_flags && s.precision < 0 && (s.type == 0 || s.type == 'p');
  }
  return false;
}

} // namespace solo::fmt
