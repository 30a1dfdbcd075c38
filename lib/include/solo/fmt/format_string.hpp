// A format string checked at compile time against the argument types, like std::format's
// basic_format_string: `{}` and `{N}` placeholders, `{{` and `}}` for braces, specs after ':'. Every mistake is
// a compile error whose message names one of the functions below.
#pragma once

#include <solo/fmt/arg.hpp>

namespace solo::fmt {

// Not constexpr: reaching one during constant evaluation fails to compile, and the message names it. (They
// are defined, empty, in lib/fmt/errors.cpp only so that the shared walker links at run time.)
namespace error {
void unmatched_open_brace_in_format_string();
void unmatched_close_brace_in_format_string();
void more_placeholders_than_arguments();
void more_arguments_than_placeholders();
void argument_index_out_of_range();
void cannot_mix_automatic_and_manual_argument_numbering();
} // namespace error

namespace detail {

using SpecCheck = void (*)(StringView);

// Walks a format string: literal text goes to `text`, each placeholder to `field(index, spec)`. Shared by the
// compile-time check and the run-time formatter so that they cannot disagree. Returns false on a malformed
// string (only reachable at run time for strings that were never checked).
template <class Text, class Field> constexpr bool walk_format(StringView f, Text text, Field field) {
  const char *p = f.begin(), *end = f.end();
  int next_auto = 0;
  bool manual = false;
  while (p != end) {
    const char *q = p;
    while (q != end && *q != '{' && *q != '}') ++q;
    if (q != p) text(p, static_cast<size_t>(q - p));
    if (q == end) break;
    if (*q == '}') {
      if (q + 1 == end || q[1] != '}') return error::unmatched_close_brace_in_format_string(), false;
      text(q, 1);
      p = q + 2;
      continue;
    }
    ++q; // past '{'
    if (q != end && *q == '{') {
      text(q, 1);
      p = q + 1;
      continue;
    }
    int index;
    if (q != end && *q >= '0' && *q <= '9') {
      if (next_auto > 0) return error::cannot_mix_automatic_and_manual_argument_numbering(), false;
      manual = true;
      index = 0;
      while (q != end && *q >= '0' && *q <= '9') index = index * 10 + (*q++ - '0');
      if (index > 1000) return error::argument_index_out_of_range(), false;
    } else {
      if (manual) return error::cannot_mix_automatic_and_manual_argument_numbering(), false;
      index = next_auto++;
    }
    const char *spec = q;
    if (q != end && *q == ':') {
      spec = ++q;
      while (q != end && *q != '}' && *q != '{') ++q;
    }
    if (q == end || *q != '}') return error::unmatched_open_brace_in_format_string(), false;
    if (!field(index, StringView(spec, static_cast<size_t>(q - spec)))) return false;
    p = q + 1;
  }
  return true;
}

template <class... Args> consteval void check_format(StringView f) {
  constexpr int count = sizeof...(Args);
  SpecCheck checks[count + 1] = {&check_spec<remove_cvref_t<Args>>..., nullptr};
  bool used[count + 1] = {};
  walk_format(
      f, [](const char *, size_t) {},
      [&](int index, StringView spec) {
        if (index >= count) {
          error::more_placeholders_than_arguments();
          return false;
        }
        used[index] = true;
        checks[index](spec);
        return true;
      });
  for (int i = 0; i < count; ++i)
    if (!used[i]) error::more_arguments_than_placeholders();
}

template <class T> struct type_identity {
  using type = T;
};

} // namespace detail

template <class... Args> class FormatString {
public:
  template <size_t N> consteval FormatString(const char (&s)[N]) : text_(s, N - 1) {
    detail::check_format<Args...>(text_);
  }
  consteval FormatString(StringView s) : text_(s) { detail::check_format<Args...>(text_); }
  constexpr StringView text() const { return text_; }

private:
  StringView text_;
};

// The parameter type of print and friends: Args are deduced from the arguments, not from the string.
template <class... Args> using format_string = FormatString<typename detail::type_identity<Args>::type...>;

} // namespace solo::fmt
