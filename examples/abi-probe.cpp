// abi-probe: what the kernel hands this process and what crossing into it costs. Prints the auxiliary vector
// with names, the vDSO's dynamic symbols with their versions, and a latency table in nanoseconds per call:
// getpid as a raw system call and through solo's typed wrapper, clock_gettime through the vDSO and through the
// system call, and a 1-byte write to /dev/null. Each figure is the best of several rounds (the least disturbed
// one). `abi-probe -n N` sets the calls per round (default 20000).
#include <solo.hpp>

using namespace solo;

namespace {

io::Stream &out = io::stdout;

// How to show an entry's value: addresses and bit masks in hex, strings as text, counts in decimal.
enum class Shape { Decimal, Hex, String };

Shape shape_of(unsigned long type) {
  switch (static_cast<auxv::Type>(type)) {
  case auxv::Type::AT_PHDR:
  case auxv::Type::AT_BASE:
  case auxv::Type::AT_ENTRY:
  case auxv::Type::AT_SYSINFO_EHDR:
  case auxv::Type::AT_RANDOM:
  case auxv::Type::AT_HWCAP:
  case auxv::Type::AT_HWCAP2:
  case auxv::Type::AT_FLAGS:
    return Shape::Hex;
  case auxv::Type::AT_PLATFORM:
  case auxv::Type::AT_BASE_PLATFORM:
  case auxv::Type::AT_EXECFN:
    return Shape::String;
  default:
    return Shape::Decimal;
  }
}

void print_auxv() {
  println(out, "auxiliary vector:");
  for (const auxv::Entry &e : auxv::all()) {
    const char *name = auxv::name(e.type);
    if (name)
      print(out, "  {:<22}", StringView(name));
    else
      print(out, "  {:<22}", e.type);
    switch (shape_of(e.type)) {
    case Shape::Hex:
      println(out, "{:#x}", e.value);
      break;
    case Shape::String:
      println(out, "{}", e.value ? StringView(reinterpret_cast<const char *>(e.value)) : StringView("(null)"));
      break;
    case Shape::Decimal:
      println(out, "{}", e.value);
      break;
    }
  }
}

void print_vdso() {
  const vdso::Image *image = vdso::process_image();
  if (!image) {
    println(out, "vDSO: none in this process");
    return;
  }
  println(out, "vDSO: {} bytes at {:#x}, {} symbols", image->size(), reinterpret_cast<unsigned long>(image->base()),
          image->symbol_count() ? image->symbol_count() - 1 : 0);
  for (size_t i = 1; i < image->symbol_count(); ++i) {
    auto s = image->symbol(i);
    if (!s || s->name.empty()) continue;
    if (s->version.empty())
      println(out, "  {}", s->name);
    else
      println(out, "  {:<30}{}", s->name, s->version);
  }
}

// ---- latency ----------------------------------------------------------------------------------------------

long long nanoseconds() {
  Timespec t = time::monotonic_now();
  return static_cast<long long>(t.tv_sec) * 1000000000LL + t.tv_nsec;
}

constexpr int rounds = 5;

// The best per-call time over `rounds` rounds of `calls` calls, in ns.
template <class F> double measure(long calls, F &&f) {
  double best = 0;
  for (int r = 0; r < rounds; ++r) {
    long long start = nanoseconds();
    for (long i = 0; i < calls; ++i) f();
    double per_call = static_cast<double>(nanoseconds() - start) / static_cast<double>(calls);
    if (r == 0 || per_call < best) best = per_call;
  }
  return best;
}

void row(StringView what, double ns) { println(out, "  {:<40}{:>10.1f}", what, ns); }

void print_latency(long calls) {
  println(out, "latency (ns per call, best of {} rounds of {} calls):", rounds, calls);
  row("getpid, raw system call", measure(calls, [] { (void)sys::raw(sys::nr::getpid); }));
  row("getpid, solo::sys::getpid", measure(calls, [] { (void)sys::getpid(); }));
  auto b = time::binding(time::Function::ClockGettime);
  if (b.source == time::Source::Vdso)
    row("clock_gettime, vDSO", measure(calls, [] { (void)time::clock_gettime(time::Clock::Monotonic); }));
  else
    println(out, "  {:<40}{:>10}", "clock_gettime, vDSO", "-");
  row("clock_gettime, system call", measure(calls, [] {
        Timespec t;
        (void)sys::clock_gettime(static_cast<int>(time::Clock::Monotonic), &t);
      }));
  auto null = sys::openat(sys::at_fdcwd, "/dev/null", sys::OpenFlags::WriteOnly | sys::OpenFlags::CloseOnExec);
  if (null) {
    int fd = null->get();
    row("write 1 byte to /dev/null", measure(calls, [fd] { (void)sys::write(fd, "x", 1); }));
  } else {
    println(out, "  {:<40}{:>10}", "write 1 byte to /dev/null", "-");
  }
}

} // namespace

int main(int argc, char **argv) {
  static constexpr Option options[] = {{'n', "calls", true}};
  OptionParser parser(argc, argv, options);
  long calls = 20000;
  for (;;) {
    int o = parser.next();
    if (o == OptionParser::End) break;
    if (o == OptionParser::Help) {
      println(out, "Usage: abi-probe [-n CALLS]\nPrints the auxiliary vector, the vDSO's symbols and the cost of a "
                   "few system calls in ns per call.");
      return 0;
    }
    if (o == 'n') {
      auto n = parse_int<long>(parser.value());
      if (!n || *n <= 0) {
        println(io::stderr, "abi-probe: invalid number of calls: '{}'", parser.value());
        return 2;
      }
      calls = *n;
      continue;
    }
    if (o == OptionParser::Error)
      println(io::stderr, "{}", parser.message());
    else
      println(io::stderr, "abi-probe: unexpected operand '{}'", parser.value());
    println(io::stderr, "Try 'abi-probe --help' for more information.");
    return 2;
  }
  print_auxv();
  print_vdso();
  print_latency(calls);
  return 0;
}
