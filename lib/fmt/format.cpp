// The run-time half of formatting: walks the (already checked) format string and formats each argument.
#include <solo/fmt.hpp>

namespace solo::fmt {

namespace {

constexpr char decimal_pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                 "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                 "8081828384858687888990919293949596979899";

constexpr unsigned long long powers_of_ten[20] = {1ULL,
                                                  10ULL,
                                                  100ULL,
                                                  1000ULL,
                                                  10000ULL,
                                                  100000ULL,
                                                  1000000ULL,
                                                  10000000ULL,
                                                  100000000ULL,
                                                  1000000000ULL,
                                                  10000000000ULL,
                                                  100000000000ULL,
                                                  1000000000000ULL,
                                                  10000000000000ULL,
                                                  100000000000000ULL,
                                                  1000000000000000ULL,
                                                  10000000000000000ULL,
                                                  100000000000000000ULL,
                                                  1000000000000000000ULL,
                                                  10000000000000000000ULL};

// The number of decimal digits of v (1 for 0). log10(2) is 1233 / 4096 to the precision needed here: the
// estimate from the bit length is the digit count or one more, and one compare with a power of ten decides.
// (v | 1 has the digit count of v, 0 included: powers of ten are even, apart from 1.)
unsigned decimal_length(unsigned long long v) {
  v |= 1;
  unsigned t = ((64 - static_cast<unsigned>(__builtin_clzll(v))) * 1233) >> 12;
  return t + (v >= powers_of_ten[t]);
}

void put_pair(char *p, unsigned d) { __builtin_memcpy(p, &decimal_pairs[d * 2], 2); }

// Exactly 8 digits of r < 10^8, leading zeros included: two halves below 10^4, two pairs each, all in 32-bit
// arithmetic and independent of one another (the divisions by constants are multiplications).
void put_eight(char *p, uint32_t r) {
  uint32_t high = r / 10000, low = r % 10000;
  put_pair(p, high / 100);
  put_pair(p + 2, high % 100);
  put_pair(p + 4, low / 100);
  put_pair(p + 6, low % 100);
}

// Writes the decimal digits of v backwards from end. Eight digits at a time come off with one 64-bit
// division each (at most two: 2^64 has 20 digits); the rest goes by pairs in 32 bits.
void write_decimal(char *end, unsigned long long v) {
  while (v >= 100000000) {
    unsigned long long q = v / 100000000;
    end -= 8;
    put_eight(end, static_cast<uint32_t>(v - q * 100000000));
    v = q;
  }
  auto u = static_cast<uint32_t>(v);
  while (u >= 100) {
    end -= 2;
    put_pair(end, u % 100);
    u /= 100;
  }
  if (u >= 10)
    put_pair(end - 2, u);
  else
    end[-1] = static_cast<char>('0' + u);
}

// Fill around a body of `size` bytes as the spec's width and alignment ask.
struct Padding {
  size_t left, right;
};
Padding padding(const Spec &spec, size_t size, char default_align) {
  size_t width = static_cast<size_t>(spec.width);
  if (size >= width) return {0, 0};
  size_t pad = width - size;
  char align = spec.align ? spec.align : default_align;
  size_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
  return {left, pad - left};
}

void format_char(Sink &out, char c, const Spec &spec) {
  Padding p = padding(spec, 1, '<');
  out.fill(spec.fill, p.left);
  out.put(c);
  out.fill(spec.fill, p.right);
}

void format_pointer(Sink &out, const void *ptr, const Spec &spec) {
  Spec s = spec;
  s.type = 'x';
  s.alternate = true;
  format_int(out, reinterpret_cast<uintptr_t>(ptr), false, s);
}

// The value of a dynamic width or precision argument, kept within what a literal one may be.
int dynamic_value(const Arg *args, size_t count, int index) {
  if (index < 0 || static_cast<size_t>(index) >= count) return 0;
  const Arg &a = args[index];
  long long v =
      a.type == ArgType::Int ? a.i
      : a.type == ArgType::UInt
          ? (a.u > static_cast<unsigned long long>(max_spec_number) ? max_spec_number : static_cast<long long>(a.u))
          : 0;
  return v < 0 ? 0 : v > max_spec_number ? max_spec_number : static_cast<int>(v);
}

void format_arg(Sink &out, const Arg &a, StringView spec_text, const int *nested, const Arg *args, size_t count) {
  if (a.type == ArgType::Custom) {
    a.custom.format(a.custom.object, spec_text, out);
    return;
  }
  Spec spec;
  if (!spec_text.empty()) (void)parse_spec(spec_text, spec, nested);
  if (spec.width_arg >= 0) spec.width = dynamic_value(args, count, spec.width_arg);
  if (spec.precision_arg >= 0) spec.precision = dynamic_value(args, count, spec.precision_arg);
  switch (a.type) {
  case ArgType::Int:
    format_int(out, a.i < 0 ? 0ULL - static_cast<unsigned long long>(a.i) : static_cast<unsigned long long>(a.i),
               a.i < 0, spec);
    break;
  case ArgType::UInt:
    format_int(out, a.u, false, spec);
    break;
  case ArgType::Char:
    if (spec.type == 0 || spec.type == 'c')
      format_char(out, a.c, spec);
    else
      format_int(out, static_cast<unsigned char>(a.c), false, spec);
    break;
  case ArgType::Bool:
    if (spec.type == 0 || spec.type == 's')
      format_text(out, a.b ? "true" : "false", spec);
    else
      format_int(out, a.b, false, spec);
    break;
  case ArgType::String:
    format_text(out, StringView(a.str.data, a.str.size), spec);
    break;
  case ArgType::Double:
  case ArgType::Float:
    a.flt.format(out, a.flt.value, a.type == ArgType::Float, spec);
    break;
  case ArgType::Pointer:
    format_pointer(out, a.ptr, spec);
    break;
  case ArgType::Custom:
    break;
  }
}

} // namespace

void format_text(Sink &out, StringView s, const Spec &spec) {
  size_t size = s.size();
  if (spec.precision >= 0 && static_cast<size_t>(spec.precision) < size) size = static_cast<size_t>(spec.precision);
  Padding p = padding(spec, size, '<');
  out.fill(spec.fill, p.left);
  out.write(s.data(), size);
  out.fill(spec.fill, p.right);
}

namespace {
// Everything but the plain decimal that fits: its own function, so that the common case pays for none of its
// stack frame (nor its stack protector).
[[gnu::noinline]] void format_int_general(Sink &out, unsigned long long v, bool negative, const Spec &spec) {
  if (spec.type == 'c') {
    format_char(out, static_cast<char>(v), spec);
    return;
  }
  char prefix[4];
  size_t plen = 0;
  if (negative)
    prefix[plen++] = '-';
  else if (spec.sign)
    prefix[plen++] = spec.sign;

  char buf[64];
  char *end = buf + sizeof buf, *p = end;
  const char *digits = spec.type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  switch (spec.type) {
  case 'x':
  case 'X':
    do *--p = digits[v & 15];
    while ((v >>= 4) != 0);
    break;
  case 'o':
    do *--p = static_cast<char>('0' + (v & 7));
    while ((v >>= 3) != 0);
    break;
  case 'b':
  case 'B':
    do *--p = static_cast<char>('0' + (v & 1));
    while ((v >>= 1) != 0);
    break;
  default:
    p = end - decimal_length(v);
    write_decimal(end, v);
  }
  if (spec.alternate && spec.type != 0 && spec.type != 'd') {
    if (spec.type == 'o') {
      if (*p != '0') prefix[plen++] = '0';
    } else {
      prefix[plen++] = '0';
      prefix[plen++] = spec.type;
    }
  }
  size_t body = static_cast<size_t>(end - p);
  if (spec.zero && spec.align == 0) {
    // Zeros go between the sign/prefix and the digits.
    out.write(prefix, plen);
    size_t width = static_cast<size_t>(spec.width);
    if (width > plen + body) out.fill('0', width - plen - body);
    out.write(p, body);
    return;
  }
  Padding pad = padding(spec, plen + body, '>');
  out.fill(spec.fill, pad.left);
  if (plen) out.write(prefix, plen);
  out.write(p, body);
  out.fill(spec.fill, pad.right);
}
} // namespace

void format_int(Sink &out, unsigned long long v, bool negative, const Spec &spec) {
  // What {} and {:d} mostly are: a plain decimal, straight into the sink when it has room.
  if ((spec.type == 0 || spec.type == 'd') && spec.width == 0 && spec.sign == 0) {
    size_t n = decimal_length(v) + negative;
    if (char *p = out.room(n)) {
      *p = '-'; // overwritten by the first digit when not negative
      write_decimal(p + n, v);
      out.advance(n);
      return;
    }
  }
  format_int_general(out, v, negative, spec);
}

namespace {
[[gnu::noinline]] void vformat_general(Sink &out, StringView f, const Arg *args, size_t count) {
  (void)detail::walk_format(
      f, [&](const char *s, size_t n) { out.write(s, n); },
      [&](int index, StringView spec, const int *nested) {
        if (static_cast<size_t>(index) >= count) return false;
        format_arg(out, args[index], spec, nested, args, count);
        return true;
      });
}
} // namespace

// "{}" with one integer, the commonest format of all (a number made text), needs no walk over the string and
// no spec: straight to the integer's fast path.
void vformat(Sink &out, StringView f, const Arg *args, size_t count) {
  static constexpr Spec plain;
  if (count == 1 && f.size() == 2 && f[0] == '{' && f[1] == '}') {
    const Arg &a = args[0];
    if (a.type == ArgType::Int) {
      bool negative = a.i < 0;
      auto magnitude = static_cast<unsigned long long>(a.i);
      return format_int(out, negative ? 0ULL - magnitude : magnitude, negative, plain);
    }
    if (a.type == ArgType::UInt) return format_int(out, a.u, false, plain);
  }
  vformat_general(out, f, args, count);
}

} // namespace solo::fmt
