// What the tools list of this kernel's vDSO: examples/vdso and examples/abi-probe run as children with their
// output read back. Arguments: the two programs, then the kernel's facts from qemu/kernels.list:
//   hash=sysv|gnu|both     examples/vdso names exactly these hash tables
//   has=SYM,SYM...         both tools list these symbols (and examples/vdso shows them as offered)
//   lacks=SYM,SYM...       neither lists these
// and examples/vdso must say that the vDSO serves clock_gettime: solo::time found it through whichever hash
// table this kernel built (DT_GNU_HASH alone on arm64 6.12).
#include <solo.hpp>

#include "check.hpp"

namespace sys = solo::sys;
using solo::StringView;

namespace {

char vdso_out[1 << 16], probe_out[1 << 16];

// Runs argv[0] with argv, its stdout into `buf`; the bytes read (the buffer is big enough: checked).
size_t output_of(const char *const *argv, char *buf, size_t size) {
  const char *program = argv[0];
  auto pipe = sys::pipe2(sys::OpenFlags::CloseOnExec);
  CHECK(pipe.has_value());
  if (!pipe) return 0;
  solo::proc::SpawnActions actions;
  actions.dup2(pipe->write.get(), 1);
  auto pid = solo::proc::spawn(solo::CStr(program), argv, nullptr, actions);
  CHECK(pid.has_value());
  (void)pipe->write.close();
  size_t n = 0;
  while (n < size) {
    auto got = solo::io::read(pipe->read, buf + n, size - n);
    if (!got || *got == 0) break;
    n += *got;
  }
  CHECK(n < size);
  if (pid) {
    auto w = sys::wait4(*pid);
    CHECK(w.has_value() && w->status.exited() && w->status.exit_code() == 0);
  }
  return n;
}

bool has_text(StringView text, StringView part) {
  for (size_t i = 0; i + part.size() <= text.size(); ++i)
    if (StringView(text.data() + i, part.size()) == part) return true;
  return false;
}

// `word` as a whole word: between line starts or ends, spaces, ';' and the '@' before a version.
bool contains(StringView text, StringView word) {
  for (size_t i = 0; i + word.size() <= text.size(); ++i) {
    if (StringView(text.data() + i, word.size()) != word) continue;
    auto boundary = [](char c) { return c == ' ' || c == '\n' || c == '@' || c == ';'; };
    bool before = i == 0 || boundary(text[i - 1]);
    bool after = i + word.size() == text.size() || boundary(text[i + word.size()]);
    if (before && after) return true;
  }
  return false;
}

StringView value(StringView arg, StringView key) {
  if (arg.size() <= key.size() || StringView(arg.data(), key.size()) != key) return {};
  return StringView(arg.data() + key.size(), arg.size() - key.size());
}

// Calls f on each comma-separated item of list.
template <class F> void each(StringView list, F f) {
  size_t start = 0;
  for (size_t i = 0; i <= list.size(); ++i)
    if (i == list.size() || list[i] == ',') {
      if (i > start) f(StringView(list.data() + start, i - start));
      start = i + 1;
    }
}

void say(StringView what, StringView symbol) {
  (void)solo::io::out(what);
  (void)solo::io::out(symbol);
  (void)solo::io::out("\n");
}

} // namespace

int main(int argc, char **argv) {
  CHECK(argc == 6);
  if (argc != 6) return check::summary();
  const char *vdso_argv[] = {argv[1], nullptr};
  const char *probe_argv[] = {argv[2], "-n", "100", nullptr};
  StringView vdso(vdso_out, output_of(vdso_argv, vdso_out, sizeof(vdso_out)));
  StringView probe(probe_out, output_of(probe_argv, probe_out, sizeof(probe_out)));
  (void)solo::io::out(vdso);

  StringView hash = value(argv[3], "hash=");
  CHECK(hash == "sysv" || hash == "gnu" || hash == "both");
  CHECK(contains(vdso, "DT_HASH") == (hash == "sysv" || hash == "both"));
  CHECK(contains(vdso, "DT_GNU_HASH") == (hash == "gnu" || hash == "both"));
  CHECK(has_text(vdso, "\n  clock_gettime  vdso ")); // the "served by" table
  CHECK(StringView(argv[4]).size() >= 4 && StringView(argv[5]).size() >= 6);
  each(value(argv[4], "has="), [&](StringView symbol) {
    say("listed by both, as this kernel must: ", symbol);
    CHECK(contains(vdso, symbol));
    CHECK(contains(probe, symbol));
  });
  each(value(argv[5], "lacks="), [&](StringView symbol) {
    say("listed by neither, as this kernel must not have it: ", symbol);
    CHECK(!contains(vdso, symbol));
    CHECK(!contains(probe, symbol));
  });
  return check::summary();
}
