// The main program of the second boot (tests/kernel/CMakeLists.txt, kernel.initboot.*): there /init is
// examples/init itself, really process 1, and the kernel command line says
// solo.run="/tests/kernel/init_boot_probe one two". This program checks what init set up for it (its parent,
// its arguments from the command line, the three mounts, a console on descriptors 0-2), that init adopts and
// reaps an orphan, then prints the verdict lines qemu/kernel-verdict reads and exits; init must then power the
// machine off (kernel.initboot.poweroff).
#include "check.hpp"
#include "kernel.hpp"

#include <solo/sys/stat.hpp>

using namespace ktest;

namespace {
bool is(const char *path, unsigned type) {
  sys::Statx st;
  return sys::statx(sys::at_fdcwd, solo::CStr(path), sys::AtFlags::None, sys::StatxMask::Type, st) &&
         (st.stx_mode & sys::mode_type_mask) == type;
}
} // namespace

int main(int argc, char **argv) {
  (void)solo::io::out("KERNEL-BEGIN init_boot\n");
  CHECK_EQ(sys::getppid(), 1);
  CHECK_EQ(argc, 3);
  CHECK(argc == 3 && StringView(argv[1]) == StringView("one") && StringView(argv[2]) == StringView("two"));
  CHECK(is("/proc/self", 0040000)); // the link, followed
  CHECK(is("/proc/1/stat", 0100000));
  CHECK(is("/sys/kernel", 0040000));
  CHECK(is("/dev/null", 0020000));
  CHECK(is("/dev/console", 0020000));
  CHECK(sys::raw(nr::fcntl, 0, 1) >= 0 && sys::raw(nr::fcntl, 2, 1) >= 0);
  // An orphan: its parent exits at once; init must reap it once it exits (kill(pid, 0) then fails).
  int fds[2];
  CHECK(sys::pipe2(fds).has_value());
  long middle = fork();
  if (middle == 0) {
    long grandchild = fork();
    if (grandchild == 0) {
      for (int i = 0; i < 500 && sys::raw(nr::getppid) != 1; ++i) sleep_ms(10);
      sys::exit_group(0);
    }
    sys::raw(nr::write, fds[1], &grandchild, sizeof grandchild);
    sys::exit_group(0);
  }
  int status = -1;
  CHECK_EQ(sys::raw(nr::wait4, middle, &status, 0, nullptr), middle);
  long grandchild = 0;
  CHECK_EQ(sys::raw(nr::read, fds[0], &grandchild, sizeof grandchild), static_cast<long>(sizeof grandchild));
  long ret = 0;
  for (int i = 0; i < 500 && (ret = sys::raw(nr::kill, grandchild, 0)) == 0; ++i) sleep_ms(10);
  CHECK_EQ(ret, -3); // ESRCH: reaped by init
  int result = check::summary();
  (void)solo::io::out(result == 0 ? "KERNEL-TEST init_boot PASS\n" : "KERNEL-TEST init_boot FAIL see above\n");
  (void)solo::io::out("KERNEL-SUMMARY init_boot done\n");
  return result;
}
