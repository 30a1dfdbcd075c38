// A format string checked at compile time against the argument types, like std::format's
// basic_format_string: `{}` and `{Size}` placeholders, `{{` and `}}` for braces, specs after ':'. Every mistake is
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
void dynamic_width_or_precision_must_be_an_integer();
} // namespace error

namespace detail {

using SpecCheck = void (*)(StringView);

// Walks a format string: literal text goes to `text`, each placeholder to `field(index, spec, nested)`, where
// `nested` holds the argument numbers of the `{}` / `{Size}` fields inside the spec (dynamic width and precision,
// in the order they appear; -1 if absent). Shared by the compile-time check and the run-time formatter so that
// they cannot disagree. Returns false on a malformed string (only reachable at run time for strings that were
// never checked).
template <class Text, class Field> constexpr bool walk_format(StringView f, Text text, Field field) {
  const char *p = f.begin(), *end = f.end();
  int next_auto = 0;
  bool manual = false;
  // An argument number at q ("12") or, if there is none, the next automatic one.
  auto take_index = [&](const char *&q, int &index) {
    if (q != end && *q >= '0' && *q <= '9') {
      if (next_auto > 0) return error::cannot_mix_automatic_and_manual_argument_numbering(), false;
      manual = true;
      index = 0;
      while (q != end && *q >= '0' && *q <= '9') {
        index = index * 10 + (*q++ - '0');
        if (index > 1000) return error::argument_index_out_of_range(), false;
      }
    } else {
      if (manual) return error::cannot_mix_automatic_and_manual_argument_numbering(), false;
      index = next_auto++;
    }
    return true;
  };
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
    if (!take_index(q, index)) return false;
    const char *spec = q;
    int nested[2] = {-1, -1};
    int nested_count = 0;
    if (q != end && *q == ':') {
      spec = ++q;
      while (q != end && *q != '}') {
        if (*q++ != '{') continue;
        if (nested_count == 2) return error::unmatched_open_brace_in_format_string(), false;
        if (!take_index(q, nested[nested_count++])) return false;
        if (q == end || *q != '}') return error::unmatched_open_brace_in_format_string(), false;
        ++q;
      }
    }
    if (q == end || *q != '}') return error::unmatched_open_brace_in_format_string(), false;
    if (!field(index, StringView(spec, static_cast<size_t>(q - spec)), nested)) return false;
    p = q + 1;
  }
  return true;
}

template <class... Args> consteval void check_format(StringView f) {
  constexpr int count = sizeof...(Args);
  SpecCheck checks[count + 1] = {&check_spec<remove_cvref_t<Args>>..., nullptr};
  bool integer[count + 1] = {is_integer_arg<remove_cvref_t<Args>>()..., false};
  bool used[count + 1] = {};
  walk_format(
      f, [](const char *, size_t) {},
      [&](int index, StringView spec, const int *nested) {
        for (int i = 0; i < 2 && nested[i] >= 0; ++i) {
          if (nested[i] >= count) {
            error::more_placeholders_than_arguments();
            return false;
          }
          if (!integer[nested[i]]) error::dynamic_width_or_precision_must_be_an_integer();
          used[nested[i]] = true;
        }
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

template <class Type> struct type_identity {
  using type = Type;
};

} // namespace detail

template <class... Args> class FormatString {
public:
  template <size_t Size> consteval FormatString(const char (&s)[Size]) : text_(s, Size - 1) {
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
