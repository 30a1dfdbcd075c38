// One C printf conversion (%-08.3f, %#x, %5s ...) as seq -f and printf read and print them: the flags,
// width and precision are parsed here and the padding is applied here, so the text is exactly C's; the
// digits of floating-point numbers come from solo's formatter (e f g a, correctly rounded).
#pragma once

#include <solo/fmt.hpp>

namespace tool {

struct Conversion {
  bool left = false, plus = false, space = false, alternate = false, zero = false;
  int width = 0;
  int precision = -1; // -1: none
  char type = 0;
};

// The flags "-+ #0'" (the thousands flag ' prints nothing in the C locale), then width and precision as
// digits, from `p` on; `p` is left at the conversion letter (or the length modifier). Widths past what
// any output can use are clamped.
inline void parse_conversion_flags(const char *&p, const char *end, Conversion &c) {
  for (; p != end; ++p) {
    if (*p == '-')
      c.left = true;
    else if (*p == '+')
      c.plus = true;
    else if (*p == ' ')
      c.space = true;
    else if (*p == '#')
      c.alternate = true;
    else if (*p == '0')
      c.zero = true;
    else if (*p != '\'')
      break;
  }
  auto number = [&](int &out) {
    long v = 0;
    while (p != end && *p >= '0' && *p <= '9') {
      v = v * 10 + (*p++ - '0');
      if (v > (1 << 24)) v = 1 << 24;
    }
    out = static_cast<int>(v);
  };
  number(c.width);
  if (p != end && *p == '.') {
    ++p;
    number(c.precision);
  }
}

// `body` (digits, with `sign` and `prefix` such as "0x" before them) laid out in the conversion's width:
// left-justified, zero-filled between prefix and digits (`zero_ok`: not for inf and nan), or right-justified.
inline void pad(solo::fmt::Sink &out, const Conversion &c, solo::StringView sign, solo::StringView prefix,
                solo::StringView body, bool zero_ok) {
  size_t length = sign.size() + prefix.size() + body.size();
  size_t fill = c.width > 0 && static_cast<size_t>(c.width) > length ? static_cast<size_t>(c.width) - length : 0;
  if (!c.left && !(c.zero && zero_ok)) out.fill(' ', fill);
  out.write(sign.data(), sign.size());
  out.write(prefix.data(), prefix.size());
  if (!c.left && c.zero && zero_ok) out.fill('0', fill);
  out.write(body.data(), body.size());
  if (c.left) out.fill(' ', fill);
}

// A double by %e %E %f %F %g %G %a %A.
inline void put_float(solo::fmt::Sink &out, double v, const Conversion &c) {
  bool negative = __builtin_signbit(v);
  double magnitude = negative ? -v : v;
  bool finite = __builtin_isfinite(v);
  char lower = static_cast<char>(c.type | 0x20);
  solo::fmt::Spec spec;
  spec.alternate = c.alternate;
  spec.precision = c.precision < 0 && lower != 'a' ? 6 : c.precision;
  spec.type = c.type == 'F' ? 'f' : c.type;
  if (!finite) spec = solo::fmt::Spec{}, spec.type = c.type;
  // %.Nf of the largest double is 309 digits and N more: precisions are held to what the buffer takes.
  static char buf[1 << 13];
  if (spec.precision > 4096) spec.precision = 4096;
  solo::fmt::BufferSink text(buf, sizeof buf);
  solo::fmt::format_float(text, magnitude, false, spec);
  solo::StringView body(buf, text.written());
  if (!finite && c.type >= 'A' && c.type <= 'Z') {
    for (size_t i = 0; i < body.size(); ++i) buf[i] = static_cast<char>(buf[i] & ~0x20);
  }
  solo::StringView sign = negative ? "-" : c.plus ? "+" : c.space ? " " : "";
  solo::StringView prefix = finite && lower == 'a' ? (c.type == 'A' ? "0X" : "0x") : "";
  pad(out, c, sign, prefix, body, finite);
}

} // namespace tool
