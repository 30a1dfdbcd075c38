// The hosted test runner: hands solo the process's auxv and arguments the way solo's start-up would,
// then runs doctest.
#define DOCTEST_CONFIG_IMPLEMENT
#include "prelude.hpp"

#include <fcntl.h>
#include <stdio.h>

extern char **environ;

namespace {
// /proc/self/auxv holds the same (type, value) pairs the kernel put on the stack (qemu-user emulates it).
solo::auxv::Entry auxv_copy[256];

void load_auxv() {
  int fd = ::open("/proc/self/auxv", O_RDONLY);
  ssize_t n = fd >= 0 ? ::read(fd, auxv_copy, sizeof(auxv_copy) - sizeof(solo::auxv::Entry)) : -1;
  if (fd >= 0) ::close(fd);
  if (n <= 0) {
    perror("/proc/self/auxv");
    auxv_copy[0] = {0, 0};
  }
  solo::auxv::set(auxv_copy);
}
} // namespace

int main(int argc, char **argv) {
  load_auxv();
  solo::process::set(argc, argv, environ);
  doctest::Context context(argc, argv);
  return context.run();
}
