// Formatting with `{}` placeholders checked at compile time (std::format's syntax and rules, without the
// standard library): solo::format_to into a buffer or a sink here, solo::print / println to the streams in
// <solo/print.hpp>.
//
//   char buf[64];
//   auto r = solo::format_to(buf, "{:>8} {:#x} {:.3f} {}", "name", 255u, 2.0 / 3, true);
//   // r.text == "    name 0xff 0.667 true"
//
// Spec: [[fill]align][sign][#][0][width][.precision][type], align one of < ^ >, sign + - or space.
//   integers: b B c d o x X (# adds 0b 0B 0 0x 0X)     char: c, or an integer type   bool: s, or an integer type
//   strings: s (precision truncates)                    pointers: p (0x...)
//   floating point: none (shortest round trip, or %g-like with a precision) e Enum f F g G
// Width and precision may come from integer arguments: {:{}}, {:.{}f}, {0:{1}}. Widths count bytes.
// Arguments are numbered automatically ({}) or explicitly ({0}, {1}), not both.
#pragma once

#include <solo/errno.hpp>
#include <solo/fmt/arg.hpp>
#include <solo/fmt/format_string.hpp>
#include <solo/fmt/sink.hpp>
#include <solo/fmt/spec.hpp>

namespace solo {

namespace fmt {

// Formats `f` with `args` (count of them) into `out`. The string must already be valid for these arguments
// (FormatString makes sure of that).
void vformat(Sink &out, StringView f, const Arg *args, size_t count);

// The pieces vformat uses, for formatters of user types that want the standard behaviour.
void format_int(Sink &out, unsigned long long magnitude, bool negative, const Spec &spec);
void format_text(Sink &out, StringView s, const Spec &spec);
void format_float(Sink &out, double v, bool single, const Spec &spec);

template <class... Args> inline void format_args(Sink &out, StringView f, const Args &...args) {
  if constexpr (sizeof...(Args) == 0) {
    vformat(out, f, nullptr, 0);
  } else {
    const Arg list[] = {detail::make_arg(args)...};
    vformat(out, f, list, sizeof...(Args));
  }
}

} // namespace fmt

// What format_to into a fixed buffer produced: the text (truncated if the buffer was too small) and the size the
// whole text needed.
struct FormatResult {
  StringView text;
  size_t needed;
  bool truncated() const noexcept { return needed > text.size(); }
};

template <class... Args> inline void format_to(fmt::Sink &out, fmt::format_string<Args...> f, const Args &...args) {
  fmt::format_args(out, f.text(), args...);
}

template <class... Args>
inline FormatResult format_to(char *buf, size_t size, fmt::format_string<Args...> f, const Args &...args) {
  fmt::BufferSink sink(buf, size);
  fmt::format_args(sink, f.text(), args...);
  return {StringView(buf, sink.written()), sink.needed()};
}

template <size_t Size, class... Args>
inline FormatResult format_to(char (&buf)[Size], fmt::format_string<Args...> f, const Args &...args) {
  return format_to(buf, Size, f, args...);
}

// An Errno prints as its message, the way tools report errors: "No such file or directory".
template <> struct Formatter<Errno> : fmt::NoSpec {
  void format(Errno e, fmt::Sink &out) const {
    const char *m = message(e);
    out.write(m, c_string_length(m));
  }
};

} // namespace solo
