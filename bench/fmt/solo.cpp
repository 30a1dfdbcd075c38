// Formats N numbers with solo::format_to; what is measured is the whole run (bench/fmt/run times it).
// Modes: ints, friendly (doubles with short decimal forms), random (random bit patterns), fixed ({:.6f}).
#include <solo.hpp>

namespace {
uint64_t state = 0x9e3779b97f4a7c15ULL;
uint64_t next() {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}
double random_double() {
  for (;;) {
    double d = __builtin_bit_cast(double, next());
    if (d == d && d - d == 0) return d;
  }
}
} // namespace

int main(int argc, char **argv) {
  if (argc < 3) return 2;
  solo::StringView mode = argv[1];
  long n = solo::parse_int<long>(argv[2]).value_or(0);
  char buf[64];
  unsigned long total = 0;
  for (long i = 0; i < n; ++i) {
    if (mode == "ints")
      total += solo::format_to(buf, "{}", static_cast<long>(next())).text.size();
    else if (mode == "friendly")
      total += solo::format_to(buf, "{}", static_cast<double>(next() % 100000000) / 1000).text.size();
    else if (mode == "random")
      total += solo::format_to(buf, "{}", random_double()).text.size();
    else
      total += solo::format_to(buf, "{:.6f}", static_cast<double>(next() % 100000000) / 1000).text.size();
  }
  solo::println("{}", total);
  return 0;
}
