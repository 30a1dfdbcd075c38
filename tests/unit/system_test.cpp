// uname, sethostname, getrandom, mount, umount2, pivot_root, reboot, syslog, sysinfo, seccomp, io_uring.
// Whatever changes the system runs in a forked child inside its own UTS or mount namespace; reboot is only ever
// called with wrong magic numbers. A real-kernel run (booted as /init) is where these meet their success paths
// without namespaces.
#include "prelude.hpp"

#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>

using solo::Errno;
namespace sys = solo::sys;

namespace {

// Whether this process holds capability `bit` (linux/capability.h numbering), from /proc/self/status.
bool has_capability(int bit) {
  FILE *f = ::fopen("/proc/self/status", "r");
  REQUIRE(f != nullptr);
  char line[256];
  unsigned long long caps = 0;
  while (::fgets(line, sizeof(line), f))
    if (strncmp(line, "CapEff:", 7) == 0) caps = strtoull(line + 7, nullptr, 16);
  ::fclose(f);
  return (caps >> bit) & 1;
}

// A number from a /proc/sys file, or `fallback` when it cannot be read.
long proc_number(const char *path, long fallback) {
  FILE *f = ::fopen(path, "r");
  if (!f) return fallback;
  long v = fallback;
  if (::fscanf(f, "%ld", &v) != 1) v = fallback;
  ::fclose(f);
  return v;
}
constexpr int cap_sys_admin = 21, cap_sys_boot = 22, cap_syslog = 34;

template <class F> int run_in_child(F child) {
  pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) ::_exit(child());
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

std::string temp_dir() {
  char dir[] = "/tmp/solo-system-XXXXXX";
  REQUIRE(::mkdtemp(dir) != nullptr);
  return dir;
}

// Child exit code meaning "this kernel or emulator does not let us make the namespace": the test then only
// checks that the refusal was a permission error.
constexpr int no_namespace = 77;

// What a raw call returns for `e` (the host's errno macros give way to solo::Errno's names in these tests).
constexpr long neg(Errno e) { return -static_cast<long>(e); }

} // namespace

TEST_CASE("uname matches the C library's") {
  auto u = sys::uname();
  REQUIRE(u.has_value());
  struct utsname theirs;
  REQUIRE(::uname(&theirs) == 0);
  CHECK(std::string(u->sysname) == "Linux");
  CHECK(std::string(u->sysname) == theirs.sysname);
  CHECK(std::string(u->nodename) == theirs.nodename);
  CHECK(std::string(u->release) == theirs.release);
  CHECK(std::string(u->machine) == theirs.machine);
  CHECK(sys::raw(sys::nr::uname, 8) == neg(Errno::EFAULT));
}

TEST_CASE("sethostname in a new UTS namespace, and its errors") {
  std::string too_long(65, 'h');
  CHECK(sys::sethostname(too_long.c_str()).error() == (has_capability(cap_sys_admin) ? Errno::EINVAL : Errno::EPERM));

  int status = run_in_child([] {
    long r = sys::raw(sys::nr::unshare, CLONE_NEWUTS);
    if (r == neg(Errno::EPERM)) return no_namespace;
    if (r != 0) return 1;
    if (!sys::sethostname("solo-test-host")) return 2;
    auto u = sys::uname();
    if (!u || strcmp(u->nodename, "solo-test-host") != 0) return 3;
    return 0;
  });
  if (status == no_namespace) {
    MESSAGE("no UTS namespace here: sethostname's success path left to the real-kernel run");
    CHECK_FALSE(has_capability(cap_sys_admin));
  } else {
    CHECK(status == 0);
  }
}

TEST_CASE("getrandom fills buffers and rejects bad flags") {
  unsigned char a[64] = {}, b[64] = {};
  REQUIRE(sys::getrandom(a, sizeof(a)).value_or(0) == sizeof(a));
  REQUIRE(sys::getrandom(b, sizeof(b), sys::GetrandomFlags::NonBlock).value_or(0) == sizeof(b));
  unsigned char zero[64] = {};
  CHECK(memcmp(a, zero, sizeof(a)) != 0); // 2^-512 odds of a false failure
  CHECK(memcmp(a, b, sizeof(a)) != 0);
  CHECK(sys::getrandom(a, 8, static_cast<sys::GetrandomFlags>(0x100)).error() == Errno::EINVAL);
  // GRND_INSECURE and GRND_RANDOM together make no sense to the kernel.
  CHECK(sys::getrandom(a, 8, sys::GetrandomFlags::Insecure | sys::GetrandomFlags::Random).error() == Errno::EINVAL);
  CHECK(sys::getrandom(reinterpret_cast<void *>(8), 8).error() == Errno::EFAULT);
}

TEST_CASE("mount, umount2 and pivot_root in a private mount namespace") {
  std::string dir = temp_dir();
  bool admin = has_capability(cap_sys_admin);
  // Errors first, in this namespace: nothing is mounted by any of these.
  CHECK(sys::mount("none", dir.c_str(), "solo-no-such-fs", sys::MountFlags::None).error() ==
        (admin ? Errno::ENODEV : Errno::EPERM));
  CHECK(sys::umount2(dir.c_str()).error() == (admin ? Errno::EINVAL : Errno::EPERM)); // not a mount point
  CHECK(sys::umount2("/nonexistent/solo").error() == (admin ? Errno::ENOENT : Errno::EPERM));
  CHECK(sys::umount2(dir.c_str(), static_cast<sys::UmountFlags>(0x100)).error() == Errno::EINVAL);
  CHECK(sys::pivot_root("/nonexistent/solo", "/nonexistent/solo/old").error() ==
        (admin ? Errno::ENOENT : Errno::EPERM));

  int status = run_in_child([&] {
    long r = sys::raw(sys::nr::unshare, CLONE_NEWNS);
    if (r == neg(Errno::EPERM)) return no_namespace;
    if (r != 0) return 1;
    // Keep every mount change inside this namespace.
    if (!sys::mount(nullptr, "/", nullptr, sys::MountFlags::Rec | sys::MountFlags::Private)) return 2;
    if (!sys::mount("tmpfs", dir.c_str(), "tmpfs", sys::MountFlags::NoSuid | sys::MountFlags::NoDev, "size=1m"))
      return 3;
    std::string file = dir + "/inside";
    int fd = ::open(file.c_str(), O_CREAT | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0) return 4;
    ::close(fd);
    // Remount read-only: creating a file now fails.
    if (!sys::mount(nullptr, dir.c_str(), nullptr, sys::MountFlags::Remount | sys::MountFlags::ReadOnly)) return 5;
    if (::open((dir + "/second").c_str(), O_CREAT | O_WRONLY | O_CLOEXEC, 0600) >= 0 ||
        errno != static_cast<int>(Errno::EROFS))
      return 6;
    // pivot_root needs new_root to be a mount point and put_old below it.
    if (!sys::mount(nullptr, dir.c_str(), nullptr, sys::MountFlags::Remount)) return 7;
    if (::mkdir((dir + "/old").c_str(), 0700) != 0) return 8;
    // A new_root that is not a mount point is refused.
    if (sys::pivot_root((dir + "/old").c_str(), (dir + "/old").c_str()).error() != Errno::EINVAL) return 9;
    if (!sys::pivot_root(dir.c_str(), (dir + "/old").c_str())) return 10;
    // The tmpfs is the root now; the old root hangs below /old.
    struct stat st;
    if (::stat("/inside", &st) != 0) return 11;
    if (!sys::umount2("/old", sys::UmountFlags::Detach)) return 12;
    return 0;
  });
  if (status == no_namespace) {
    MESSAGE("no mount namespace here: success paths left to the real-kernel run");
    CHECK_FALSE(admin);
  } else {
    CHECK(status == 0);
  }
  // The tmpfs never appeared out here.
  struct stat st;
  CHECK(::stat((dir + "/inside").c_str(), &st) != 0);
  ::rmdir(dir.c_str());
}

TEST_CASE("reboot refuses wrong magic numbers") {
  // Both magics wrong, and a command that would be harmless anyway: the kernel checks CAP_SYS_BOOT (EPERM)
  // and then the magic numbers (EINVAL) before it looks at the command.
  auto r = sys::reboot(static_cast<sys::RebootMagic1>(0x12345678), static_cast<sys::RebootMagic2>(0x9abcdef0),
                       sys::RebootCommand::CadOff);
  CHECK(r.error() == (has_capability(cap_sys_boot) ? Errno::EINVAL : Errno::EPERM));
  r = sys::reboot(sys::RebootMagic1::Magic1, static_cast<sys::RebootMagic2>(1), sys::RebootCommand::CadOff);
  CHECK(r.error() == (has_capability(cap_sys_boot) ? Errno::EINVAL : Errno::EPERM));
}

TEST_CASE("syslog reports the kernel log size and rejects bad requests") {
  bool allowed = has_capability(cap_syslog);
  long dmesg_restrict = proc_number("/proc/sys/kernel/dmesg_restrict", 1);
  auto size = sys::syslog(sys::SyslogAction::SizeBuffer);
  if (allowed || dmesg_restrict == 0) {
    REQUIRE(size.has_value());
    CHECK(*size > 0);
    std::string buf(4096, '\0');
    auto n = sys::syslog(sys::SyslogAction::ReadAll, buf.data(), static_cast<int>(buf.size()));
    REQUIRE(n.has_value());
    CHECK(*n >= 0);
    CHECK(*n <= 4096);
  } else {
    CHECK(size.error() == Errno::EPERM);
  }
  if (allowed) {
    CHECK(sys::syslog(sys::SyslogAction::ConsoleLevel, nullptr, 99).error() == Errno::EINVAL); // levels are 1-8
    CHECK(sys::syslog(static_cast<sys::SyslogAction>(99)).error() == Errno::EINVAL);
  }
}

TEST_CASE("sysinfo agrees with the C library's") {
  auto info = sys::sysinfo();
  REQUIRE(info.has_value());
  struct sysinfo theirs;
  REQUIRE(::sysinfo(&theirs) == 0);
  CHECK(info->uptime > 0);
  CHECK(info->uptime <= theirs.uptime);
  CHECK(info->mem_unit == theirs.mem_unit);
  CHECK(info->totalram == theirs.totalram);
  CHECK(info->totalswap == theirs.totalswap);
  CHECK(info->freeram <= info->totalram);
  CHECK(info->procs > 0);
  CHECK(sys::raw(sys::nr::sysinfo, 8) == neg(Errno::EFAULT));
}

// No qemu-user here (7.2, 10.0) has seccomp or io_uring: both answer ENOSYS, and exactly that is expected
// there. The native x86-64 run exercises them for real (as do the booted kernels: tests/hermetic/newer_calls).

TEST_CASE("seccomp: action queries, errors, and a filter that fails one system call") {
  auto avail = sys::seccomp_get_action_avail(sys::seccomp_ret::allow);
  if (!emulator::gives("seccomp")) {
    CHECK(avail.error() == Errno::ENOSYS);
    return;
  }
  REQUIRE(avail.has_value());
  CHECK(sys::seccomp_get_action_avail(sys::seccomp_ret::kill_process).has_value());
  CHECK(sys::seccomp_get_action_avail(0x12340000U).error() == Errno::EOPNOTSUPP);
  CHECK(sys::seccomp(static_cast<sys::SeccompOp>(99), 0, nullptr).error() == Errno::EINVAL);

  int status = run_in_child([] {
    namespace bpf = sys::bpf;
    sys::SockFilter prog[] = {
        bpf::stmt(bpf::ld | bpf::w | bpf::abs, __builtin_offsetof(sys::SeccompData, arch)),
        bpf::jump(bpf::jmp | bpf::jeq | bpf::k, solo::arch::audit_arch, 1, 0),
        bpf::stmt(bpf::ret | bpf::k, sys::seccomp_ret::allow),
        bpf::stmt(bpf::ld | bpf::w | bpf::abs, __builtin_offsetof(sys::SeccompData, nr)),
        bpf::jump(bpf::jmp | bpf::jeq | bpf::k, static_cast<uint32_t>(sys::nr::getppid), 0, 1),
        bpf::stmt(bpf::ret | bpf::k, sys::seccomp_ret::errno_ | static_cast<uint32_t>(Errno::EXDEV)),
        bpf::stmt(bpf::ret | bpf::k, sys::seccomp_ret::allow),
    };
    sys::SockFprog fprog{sizeof(prog) / sizeof(prog[0]), prog};
    // Without no_new_privs (or CAP_SYS_ADMIN) an unprivileged filter is refused; set it either way.
    if (sys::raw(sys::nr::prctl, 38 /* PR_SET_NO_NEW_PRIVS */, 1, 0, 0, 0) != 0) return 1;
    sys::SockFprog empty{0, prog};
    if (sys::seccomp_set_mode_filter(sys::SeccompFilterFlags::None, empty).error() != Errno::EINVAL) return 2;
    if (sys::seccomp_set_mode_filter(sys::SeccompFilterFlags::None, fprog).value_or(-1) != 0) return 3;
    if (sys::raw(sys::nr::getppid) != neg(Errno::EXDEV)) return 4; // filtered
    if (sys::raw(sys::nr::getpid) <= 0) return 5;                  // untouched
    return 0;
  });
  CHECK(status == 0);
}

TEST_CASE("io_uring: setup, a NOP through the rings, register and enter errors") {
  sys::IoUringParams params;
  auto ring = sys::io_uring_setup(4, params);
  if (!emulator::gives("io_uring")) {
    CHECK(ring.error() == Errno::ENOSYS);
    return;
  }
  REQUIRE(ring.has_value());
  CHECK(params.sq_entries == 4);
  CHECK(params.cq_entries == 8); // twice the submission queue by default
  CHECK((params.features & sys::io_uring_feat::single_mmap) != 0);

  size_t sq_size = params.sq_off.array + params.sq_entries * sizeof(uint32_t);
  size_t cq_size = params.cq_off.cqes + params.cq_entries * sizeof(sys::IoUringCqe);
  size_t ring_size = sq_size > cq_size ? sq_size : cq_size;
  auto *rings = static_cast<unsigned char *>(::mmap(
      nullptr, ring_size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, ring->get(), sys::io_uring_off::sq_ring));
  REQUIRE(rings != MAP_FAILED);
  auto *sqes = static_cast<sys::IoUringSqe *>(::mmap(nullptr, params.sq_entries * sizeof(sys::IoUringSqe),
                                                     PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, ring->get(),
                                                     sys::io_uring_off::sqes));
  REQUIRE(sqes != MAP_FAILED);

  auto *sq_tail = reinterpret_cast<uint32_t *>(rings + params.sq_off.tail);
  uint32_t sq_mask = *reinterpret_cast<uint32_t *>(rings + params.sq_off.ring_mask);
  auto *sq_array = reinterpret_cast<uint32_t *>(rings + params.sq_off.array);
  uint32_t tail = *sq_tail;
  uint32_t index = tail & sq_mask;
  memset(&sqes[index], 0, sizeof(sqes[index]));
  sqes[index].opcode = static_cast<uint8_t>(sys::IoUringOp::Nop);
  sqes[index].user_data = 0x5010;
  sq_array[index] = index;
  __atomic_store_n(sq_tail, tail + 1, __ATOMIC_RELEASE);

  auto consumed = sys::io_uring_enter(*ring, 1, 1, sys::IoUringEnterFlags::GetEvents);
  REQUIRE(consumed.has_value());
  CHECK(*consumed == 1);

  auto *cq_head = reinterpret_cast<uint32_t *>(rings + params.cq_off.head);
  auto *cq_tail = reinterpret_cast<uint32_t *>(rings + params.cq_off.tail);
  uint32_t cq_mask = *reinterpret_cast<uint32_t *>(rings + params.cq_off.ring_mask);
  auto *cqes = reinterpret_cast<sys::IoUringCqe *>(rings + params.cq_off.cqes);
  uint32_t head = *cq_head;
  REQUIRE(__atomic_load_n(cq_tail, __ATOMIC_ACQUIRE) == head + 1);
  CHECK(cqes[head & cq_mask].user_data == 0x5010);
  CHECK(cqes[head & cq_mask].res == 0);
  __atomic_store_n(cq_head, head + 1, __ATOMIC_RELEASE);

  // Register an eventfd, then an unknown opcode.
  int efd = ::eventfd(0, EFD_CLOEXEC);
  REQUIRE(efd >= 0);
  CHECK(sys::io_uring_register(*ring, sys::IoUringRegisterOp::RegisterEventfd, &efd, 1).has_value());
  CHECK(sys::io_uring_register(*ring, static_cast<sys::IoUringRegisterOp>(9999), nullptr, 0).error() == Errno::EINVAL);
  ::close(efd);
  CHECK(sys::io_uring_enter(-1, 0, 0, sys::IoUringEnterFlags::None).error() == Errno::EBADF);
  int devnull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  CHECK(sys::io_uring_enter(devnull, 0, 0, sys::IoUringEnterFlags::None).error() == Errno::EOPNOTSUPP);
  ::close(devnull);

  ::munmap(sqes, params.sq_entries * sizeof(sys::IoUringSqe));
  ::munmap(rings, ring_size);

  sys::IoUringParams zero;
  CHECK(sys::io_uring_setup(0, zero).error() == Errno::EINVAL);
  sys::IoUringParams bad_flags;
  bad_flags.flags = static_cast<sys::IoUringSetupFlags>(1U << 31);
  CHECK(sys::io_uring_setup(4, bad_flags).error() == Errno::EINVAL);
}
