// The manifest this binary carries (solo::sandbox::manifest) and the set lock() would make of it
// (solo::sandbox::allowed), without locking anything: runs the same everywhere, qemu-user included.
#include "check.hpp"

#include <seccomp_arch.hpp>
#include <solo/sandbox.hpp>
#include <solo/sys/process.hpp>

namespace sandbox = solo::sandbox;
namespace nr = solo::sys::nr;

extern "C" const unsigned char __ehdr_start[];
extern "C" const char etext[];

namespace {

long set[sandbox::allowed_capacity];

bool has(const long *s, size_t n, long v) {
  for (size_t i = 0; i < n; ++i)
    if (s[i] == v) return true;
  return false;
}

bool site_of(long number, bool lockdown) {
  auto m = sandbox::manifest();
  for (size_t i = 0; i < m.size(); ++i)
    if (m[i].number == number && m[i].lockdown == lockdown) return true;
  return false;
}

void the_manifest() {
  auto m = sandbox::manifest();
  CHECK(m.size() > 0);
  CHECK(m.complete());
  CHECK(site_of(nr::exit_group, false)); // the start-up's
  CHECK(site_of(nr::write, false));      // check.hpp's output
  CHECK(site_of(nr::getppid, false));    // main's
  CHECK(site_of(nr::prctl, true));       // lock()'s own
  CHECK(site_of(nr::seccomp, true));
  CHECK(!site_of(nr::prctl, false));
  CHECK(!site_of(nr::mount, false)); // nothing here mounts
  auto text_start = reinterpret_cast<unsigned long>(__ehdr_start);
  auto text_end = reinterpret_cast<unsigned long>(etext);
  int outside = 0, lockdown = 0;
  for (size_t i = 0; i < m.size(); ++i) {
    sandbox::Site s = m[i];
    if (s.address < text_start || s.address >= text_end) ++outside;
    if (s.lockdown) {
      ++lockdown;
      CHECK(s.number == nr::prctl || s.number == nr::seccomp);
    }
    CHECK(s.number >= 0);
  }
  CHECK_EQ(outside, 0); // every site is in this binary's code
  CHECK(lockdown >= 2);
}

// AUDIT_ARCH is the ELF machine with the 64-bit and little-endian bits: what toolchain/solo-syscalls
// computes from a file's header must be what arch/ says for this architecture.
void audit_arch_matches_the_elf_header() {
  unsigned machine = __ehdr_start[18] | (__ehdr_start[19] << 8); // e_machine, little-endian here
  bool is64 = __ehdr_start[4] == 2, little = __ehdr_start[5] == 1;
  CHECK_EQ(solo::arch::audit_arch, machine | (is64 ? 0x80000000U : 0) | (little ? 0x40000000U : 0));
}

void what_lock_allows() {
  auto n = sandbox::allowed({}, set, sandbox::allowed_capacity);
  CHECK(n);
  if (!n) return;
  for (size_t i = 1; i < *n; ++i) CHECK(set[i - 1] < set[i]); // sorted, no duplicates
  CHECK(has(set, *n, nr::write));
  CHECK(has(set, *n, nr::getppid));
  CHECK(has(set, *n, nr::restart_syscall)); // the kernel's own
  CHECK(has(set, *n, nr::rt_sigreturn));
  CHECK(has(set, *n, nr::exit));
  CHECK(!has(set, *n, nr::prctl)); // lock()'s own calls stay out
  CHECK(!has(set, *n, nr::seccomp));
  CHECK(!has(set, *n, nr::mount));
  auto m = sandbox::manifest();
  for (size_t i = 0; i < m.size(); ++i)
    if (!m[i].lockdown) CHECK(has(set, *n, m[i].number));
  size_t all = *n;

  sandbox::Policy p;
  const long except[] = {nr::getppid, nr::mount};
  p.except = {except, 2};
  auto e = sandbox::allowed(p, set, sandbox::allowed_capacity);
  CHECK(e && *e == all - 1);
  CHECK(e && !has(set, *e, nr::getppid));

  // only{}: narrowed to what the manifest has; mount is not in it and is ignored.
  sandbox::Policy o;
  const long only[] = {nr::getppid, nr::mount};
  o.has_only = true;
  o.only = {only, 2};
  auto k = sandbox::allowed(o, set, sandbox::allowed_capacity);
  CHECK(k && *k == 5); // getppid and the four implicit calls
  CHECK(k && has(set, *k, nr::getppid) && !has(set, *k, nr::mount) && !has(set, *k, nr::write));
  // Trap mode keeps what its message and death need.
  o.mode = sandbox::Mode::Trap;
  auto t = sandbox::allowed(o, set, sandbox::allowed_capacity);
  CHECK(t && has(set, *t, nr::write) && has(set, *t, nr::tgkill));

  sandbox::Policy a;
  const long also[] = {nr::mount, nr::prctl};
  a.also = {also, 2};
  auto w = sandbox::allowed(a, set, sandbox::allowed_capacity);
  CHECK(w && *w == all + 2);
  CHECK(w && has(set, *w, nr::mount) && has(set, *w, nr::prctl));

  const long bad[] = {0x40000000};
  a.also = {bad, 1};
  CHECK(sandbox::allowed(a, set, sandbox::allowed_capacity).error() == solo::Errno::EINVAL);
  CHECK(sandbox::allowed({}, set, 3).error() == solo::Errno::E2BIG);
}

void names() {
  CHECK(solo::StringView(sandbox::syscall_name(nr::write)) == "write");
  CHECK(solo::StringView(sandbox::syscall_name(nr::exit_group)) == "exit_group");
  CHECK(solo::StringView(sandbox::syscall_name(nr::renameat2)) == "renameat2");
  CHECK(sandbox::syscall_name(100000) == nullptr);
  CHECK(sandbox::syscall_name(-1) == nullptr);
}

} // namespace

// `manifest --allowed`: the set allowed() gives, one number a line, for tests/sandbox/exporter.sh to hold
// against what toolchain/solo-syscalls reads from the file.
int print_allowed() {
  auto n = sandbox::allowed({}, set, sandbox::allowed_capacity);
  if (!n) return 1;
  char digits[24];
  for (size_t i = 0; i < *n; ++i) {
    (void)solo::io::out(solo::io::to_decimal(set[i], digits));
    (void)solo::io::out("\n");
  }
  return 0;
}

int main(int argc, char **argv) {
  (void)solo::sys::getppid();
  if (argc > 1 && solo::StringView(argv[1]) == "--allowed") return print_allowed();
  if (argc > 1000) (void)sandbox::lock(); // linked, never run: its own calls are in the manifest
  the_manifest();
  audit_arch_matches_the_elf_header();
  what_lock_allows();
  names();
  return check::summary();
}
