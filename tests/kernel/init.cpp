// The PID-1 test driver of the real-kernel mode: qemu/kernel-boot packs it as /init into an initramfs with the
// test programs and /tests.spec, boots a real kernel, and reads the verdicts from the serial console.
//
// For each test in /tests.spec (qemu/kernel-boot writes it from tests/kernel/tests.list) it prints
//   KERNEL-BEGIN <name>
//   ... whatever the test prints ...
//   KERNEL-TEST <name> PASS|FAIL <detail>
// then `KERNEL-SUMMARY N passed, N failed` and powers the machine off. A test is a program run as a child
// with exactly the arguments and environment the spec gives, passing when it exits with the expected status;
// or, when its program starts with ':', a check of PID 1 itself, done here.
//
// While it waits for a test, init reaps every child that ends, its own or an orphan handed to it: that is
// PID 1's job, and the `orphans` test checks it is done.
#include "kernel.hpp"

using namespace ktest;

namespace {

constexpr long test_timeout_ms = 30000; // TCG runs the slowest test here (mem) in ~1.5 s

Line out;

// When the kernel found no /dev/console to give init as descriptors 0-2, make one: devtmpfs has it.
void ensure_console() {
  if (sys::raw(nr::fcntl, 1, 1 /* F_GETFD */) >= 0) return;
  mkdir("/dev");
  mount("devtmpfs", "/dev", "devtmpfs", 0);
  long fd = sys::raw(nr::openat, sys::at_fdcwd, "/dev/console", static_cast<unsigned>(sys::OpenFlags::ReadWrite));
  if (fd < 0) return;
  for (int i = 0; i < 3; ++i)
    if (fd != i) sys::raw(nr::dup3, fd, i, 0);
  if (fd > 2) sys::raw(nr::close, fd);
}

// What tests expect of an ordinary system: /proc (fork_wait lists /proc/self/fd) and a writable /tmp (FIFOs,
// lock files). The mounts test mounts its own copies elsewhere and checks them.
void mount_basics() {
  mkdir("/proc");
  mount("proc", "/proc", "proc", 0);
  mkdir("/tmp");
  mount("tmpfs", "/tmp", "tmpfs", 0);
}

void print_kernel() {
  char uts[6][65] = {}; // struct utsname: six 65-byte fields on every architecture
  if (sys::raw(nr::uname, uts) < 0) return;
  (out << "KERNEL-BOOT " << uts[0] << ' ' << uts[2] << ' ' << uts[4]).print();
}

// /tests.spec: NUL-terminated fields, per test: name, expected exit status, program, argument count, the
// arguments (argv[1] on), environment count, the variables.
char spec[1 << 18];
size_t spec_size = 0;
size_t spec_pos = 0;

bool read_spec() {
  long fd = sys::raw(nr::openat, sys::at_fdcwd, "/tests.spec", 0);
  if (fd < 0) {
    (out << "KERNEL-ERROR cannot open /tests.spec: " << error_of(fd)).print();
    return false;
  }
  for (;;) {
    long n = sys::raw(nr::read, fd, spec + spec_size, sizeof(spec) - 1 - spec_size);
    if (n <= 0) break;
    spec_size += static_cast<size_t>(n);
  }
  sys::raw(nr::close, fd);
  return true;
}

const char *next_field() {
  if (spec_pos >= spec_size) return nullptr;
  const char *field = spec + spec_pos;
  while (spec_pos < spec_size && spec[spec_pos] != '\0') ++spec_pos;
  ++spec_pos;
  return field;
}

long number(const char *s) {
  long v = 0;
  for (; s && *s >= '0' && *s <= '9'; ++s) v = v * 10 + (*s - '0');
  return v;
}

constexpr int max_vector = 1024;
const char *argv[max_vector + 2];
const char *envp[max_vector + 1];

// Reads `count` fields into `vec` (from index `first`), NULL-terminated.
bool read_vector(const char **vec, int first, const char *count) {
  long n = number(count);
  if (n > max_vector) return false;
  for (long i = 0; i < n; ++i) {
    vec[first + i] = next_field();
    if (!vec[first + i]) return false;
  }
  vec[first + n] = nullptr;
  return true;
}

int orphans_reaped = 0;

// Runs one program as a child and waits for it, reaping any other child that ends meanwhile.
// Returns the verdict detail in `why`; true when it exited with `expect`.
bool run_program(long expect, Line &why) {
  long pid = fork();
  if (pid < 0) {
    why << "fork failed: " << error_of(pid);
    return false;
  }
  if (pid == 0) {
    long ret = sys::raw(nr::execve, argv[0], argv, envp);
    (out << "exec " << argv[0] << " failed: " << error_of(ret)).print();
    sys::exit_group(127);
  }
  long deadline = monotonic_ms() + test_timeout_ms;
  long pause = 1;
  bool killed = false;
  for (;;) {
    int status = 0;
    long got = sys::raw(nr::wait4, -1, &status, wnohang, nullptr);
    if (got == pid) {
      if (killed) {
        why << "timed out after " << test_timeout_ms / 1000 << " s";
        return false;
      }
      if (!exited(status)) {
        why << "killed by signal " << term_signal(status);
        return false;
      }
      bool ok = exit_code(status) == expect;
      why << "exit status " << exit_code(status);
      if (!ok) why << ", expected " << expect;
      return ok;
    }
    if (got > 0) {
      ++orphans_reaped;
      continue;
    }
    if (got < 0) {
      why << "wait4 failed: " << error_of(got);
      return false;
    }
    if (!killed && monotonic_ms() > deadline) {
      sys::raw(nr::kill, pid, sigkill);
      killed = true;
    }
    sleep_ms(pause);
    if (pause < 20) pause *= 2;
  }
}

// Checks of PID 1 itself, named ":name" in the spec.
bool run_builtin(StringView name, Line &why) {
  if (name == ":pid1") {
    long pid = sys::raw(nr::getpid), ppid = sys::raw(nr::getppid);
    why << "getpid() = " << pid << ", getppid() = " << ppid;
    return pid == 1 && ppid == 0;
  }
  why << "no built-in check " << name;
  return false;
}

void power_off() {
  // LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_POWER_OFF: the machine stops and qemu exits.
  long ret = sys::raw(nr::reboot, 0xfee1deadL, 672274793L, 0x4321fedcL, nullptr);
  (out << "KERNEL-ERROR reboot(POWER_OFF) failed: " << error_of(ret)).print();
  for (;;) sleep_ms(1000); // PID 1 must not exit: the runner's timeout ends the machine
}

} // namespace

int main() {
  ensure_console();
  mount_basics();
  print_kernel();
  int passed = 0, failed = 0;
  if (read_spec()) {
    for (;;) {
      const char *name = next_field();
      if (!name) break;
      const char *expect = next_field();
      argv[0] = next_field();
      bool well_formed = expect && argv[0] && read_vector(argv, 1, next_field()) && read_vector(envp, 0, next_field());
      (out << "KERNEL-BEGIN " << name).print();
      Line why;
      bool ok = false;
      if (!well_formed)
        why << "malformed /tests.spec";
      else if (argv[0][0] == ':')
        ok = run_builtin(argv[0], why);
      else
        ok = run_program(number(expect), why);
      (ok ? passed : failed)++;
      out << "KERNEL-TEST " << name << (ok ? " PASS " : " FAIL ");
      out << why.view(); // collected apart so that the verdict still goes out as one write
      out.print();
      if (!well_formed) break;
    }
  } else {
    ++failed;
  }
  (out << "KERNEL-SUMMARY " << passed << " passed, " << failed << " failed, " << orphans_reaped << " orphans reaped")
      .print();
  power_off();
}
