// The system calls an emulator may lack, each expected exactly as the harness says this process's runner gives
// it (emulator.hpp): on a real kernel every one works, under an emulator without it the answer is ENOSYS and
// nothing else. Run under every emulator and booted on every kernel (tests/kernel/tests.list). A kernel can
// still switch one off: io_uring by the kernel.io_uring_disabled sysctl, which is read here and expected.
// One line per call says what was found.
#include <solo.hpp>

#include "check.hpp"
#include "emulator.hpp"

namespace sys = solo::sys;
using solo::Errno;
using solo::StringView;

namespace {

void say(StringView call, StringView what, StringView why = {}) {
  (void)solo::io::out(call);
  (void)solo::io::out(": ");
  (void)solo::io::out(what);
  if (!why.empty()) {
    (void)solo::io::out(" (");
    (void)solo::io::out(why);
    (void)solo::io::out(")");
  }
  (void)solo::io::out("\n");
}

// A missing call: exactly ENOSYS, where the runner is known to lack it.
template <class T> void expect_missing(StringView call, const solo::Result<T> &r) {
  CHECK(!r.has_value());
  CHECK(!r && r.error() == Errno::ENOSYS);
  say(call, r ? "works, but this emulator was said to lack it" : solo::name(r.error()), emulator::name());
}

void clone3() {
  sys::CloneArgs args;
  args.exit_signal = sys::sigchld;
  auto child = sys::clone3(args);
  if (!emulator::gives("clone3")) return expect_missing("clone3", child);
  CHECK(child.has_value());
  if (!child) return say("clone3", solo::name(child.error()));
  if (*child == 0) sys::exit_group(9);
  auto w = sys::wait4(*child);
  CHECK(w.has_value() && w->status.exited() && w->status.exit_code() == 9);
  args.flags = to_underlying(sys::CloneFlags::Thread); // a thread without Vm|Sighand
  CHECK(sys::clone3(args).error() == Errno::EINVAL);
  say("clone3", "works");
}

void openat2() {
  auto root = sys::openat(sys::at_fdcwd, "/", sys::OpenFlags::Directory | sys::OpenFlags::CloseOnExec);
  CHECK(root.has_value());
  if (!root) return;
  auto beneath = sys::OpenHow(sys::OpenFlags::Directory | sys::OpenFlags::CloseOnExec, 0, sys::ResolveFlags::Beneath);
  auto inside = sys::openat2(*root, ".", beneath);
  if (!emulator::gives("openat2")) return expect_missing("openat2", inside);
  CHECK(inside.has_value());
  CHECK(sys::openat2(*root, "..", beneath).error() == Errno::EXDEV);
  CHECK(sys::openat2(*root, ".", sys::OpenHow(sys::OpenFlags::ReadOnly, 0644)).error() == Errno::EINVAL);
  say("openat2", inside ? "works" : solo::name(inside.error()));
}

// execveat of a file that is no program: ENOEXEC where the call exists. On a real kernel the program also
// replaces a child with itself through a descriptor (an emulator would hand a foreign binary to the host).
void execveat(const char *self) {
  auto junk = sys::memfd_create("not-a-program");
  CHECK(junk.has_value());
  if (!junk) return;
  CHECK(sys::write(*junk, "junk\n", 5).value_or(0) == 5);
  const char *argv[] = {self, "execveat-child", nullptr};
  const char *envp[] = {nullptr};
  auto r = sys::execveat(*junk, "", argv, envp, sys::AtFlags::EmptyPath);
  if (!emulator::gives("execveat")) return expect_missing("execveat", r);
  CHECK(r.error() == Errno::ENOEXEC);
  if (emulator::real_kernel()) {
    auto child = sys::fork();
    CHECK(child.has_value());
    if (child && *child == 0) {
      auto exe = sys::openat(sys::at_fdcwd, solo::CStr(self), sys::OpenFlags::Path | sys::OpenFlags::CloseOnExec);
      if (exe) (void)sys::execveat(*exe, "", argv, envp, sys::AtFlags::EmptyPath);
      sys::exit_group(1);
    }
    auto w = child ? sys::wait4(*child) : solo::Result<sys::Waited>(Errno::ECHILD);
    CHECK(w.has_value() && w->status.exited() && w->status.exit_code() == 42);
  }
  say("execveat", r.error() == Errno::ENOEXEC ? "works" : solo::name(r.error()));
}

// The kernel's io_uring switch (Linux 6.6+; absent: on): 0 all, 1 privileged only (these tests run as root,
// which passes), 2 nobody: io_uring_setup answers EPERM.
int io_uring_disabled() {
  auto fd = sys::openat(sys::at_fdcwd, "/proc/sys/kernel/io_uring_disabled", sys::OpenFlags::ReadOnly);
  if (!fd) return 0;
  char c = '0';
  (void)sys::read(*fd, &c, 1);
  return c - '0';
}

// A NOP through the rings: submitted, completed with its user data and result 0.
void io_uring_nop(const solo::Fd &ring, const sys::IoUringParams &p) {
  size_t sq_size = p.sq_off.array + p.sq_entries * sizeof(uint32_t);
  size_t cq_size = p.cq_off.cqes + p.cq_entries * sizeof(sys::IoUringCqe);
  size_t ring_size = sq_size > cq_size ? sq_size : cq_size; // one mapping for both (single_mmap)
  auto rw = sys::Prot::Read | sys::Prot::Write;
  auto flags = sys::MapFlags::Shared | sys::MapFlags::Populate;
  auto rings = sys::mmap(nullptr, ring_size, rw, flags, ring.get(), sys::io_uring_off::sq_ring);
  auto sqes =
      sys::mmap(nullptr, p.sq_entries * sizeof(sys::IoUringSqe), rw, flags, ring.get(), sys::io_uring_off::sqes);
  CHECK(rings.has_value() && sqes.has_value());
  if (!rings || !sqes) return;
  auto *base = static_cast<unsigned char *>(*rings);
  auto word = [&](uint32_t offset) { return reinterpret_cast<uint32_t *>(base + offset); };
  uint32_t tail = *word(p.sq_off.tail), index = tail & *word(p.sq_off.ring_mask);
  auto &sqe = static_cast<sys::IoUringSqe *>(*sqes)[index];
  sqe = sys::IoUringSqe{};
  sqe.opcode = static_cast<uint8_t>(sys::IoUringOp::Nop);
  sqe.user_data = 0x5010;
  word(p.sq_off.array)[index] = index;
  __atomic_store_n(word(p.sq_off.tail), tail + 1, __ATOMIC_RELEASE);
  CHECK(sys::io_uring_enter(ring, 1, 1, sys::IoUringEnterFlags::GetEvents).value_or(0) == 1);
  uint32_t head = *word(p.cq_off.head);
  CHECK(__atomic_load_n(word(p.cq_off.tail), __ATOMIC_ACQUIRE) == head + 1);
  auto &cqe = reinterpret_cast<sys::IoUringCqe *>(base + p.cq_off.cqes)[head & *word(p.cq_off.ring_mask)];
  CHECK(cqe.user_data == 0x5010 && cqe.res == 0);
  (void)sys::munmap(*sqes, p.sq_entries * sizeof(sys::IoUringSqe));
  (void)sys::munmap(*rings, ring_size);
}

void io_uring() {
  sys::IoUringParams params;
  auto ring = sys::io_uring_setup(4, params);
  if (!emulator::gives("io_uring")) return expect_missing("io_uring", ring);
  if (io_uring_disabled() == 2) {
    CHECK(ring.error() == Errno::EPERM);
    return say("io_uring", ring ? "works" : solo::name(ring.error()), "switched off: kernel.io_uring_disabled = 2");
  }
  CHECK(ring.has_value());
  if (!ring) return say("io_uring", solo::name(ring.error()));
  CHECK(params.sq_entries == 4);
  CHECK((params.features & sys::io_uring_feat::single_mmap) != 0);
  io_uring_nop(*ring, params);
  CHECK(sys::io_uring_register(*ring, static_cast<sys::IoUringRegisterOp>(9999), nullptr, 0).error() == Errno::EINVAL);
  say("io_uring", "works");
}

// A filter, in a child, that makes getppid fail with EXDEV and leaves getpid alone.
void seccomp() {
  auto avail = sys::seccomp_get_action_avail(sys::seccomp_ret::allow);
  if (!emulator::gives("seccomp")) return expect_missing("seccomp", avail);
  CHECK(avail.has_value());
  CHECK(sys::seccomp_get_action_avail(0x12340000U).error() == Errno::EOPNOTSUPP);
  auto child = sys::fork();
  CHECK(child.has_value());
  if (child && *child == 0) {
    namespace bpf = sys::bpf;
    sys::SockFilter prog[] = {
        bpf::stmt(bpf::ld | bpf::w | bpf::abs, __builtin_offsetof(sys::SeccompData, nr)),
        bpf::jump(bpf::jmp | bpf::jeq | bpf::k, static_cast<uint32_t>(sys::nr::getppid), 0, 1),
        bpf::stmt(bpf::ret | bpf::k, sys::seccomp_ret::errno_ | static_cast<uint32_t>(Errno::EXDEV)),
        bpf::stmt(bpf::ret | bpf::k, sys::seccomp_ret::allow),
    };
    (void)sys::prctl(sys::PrctlOption::SetNoNewPrivs, 1);
    if (!sys::seccomp_set_mode_filter(sys::SeccompFilterFlags::None, {sizeof(prog) / sizeof(prog[0]), prog}))
      sys::exit_group(2);
    sys::exit_group(sys::raw(sys::nr::getppid) == -static_cast<long>(Errno::EXDEV) && sys::getpid() > 0 ? 0 : 3);
  }
  auto w = child ? sys::wait4(*child) : solo::Result<sys::Waited>(Errno::ECHILD);
  CHECK(w.has_value() && w->status.exited() && w->status.exit_code() == 0);
  say("seccomp", avail ? "works" : solo::name(avail.error()));
}

void preadv2() {
  auto file = sys::memfd_create("preadv2");
  CHECK(file.has_value());
  if (!file) return;
  sys::Iovec out{"abc", 3};
  auto wrote = sys::pwritev2(*file, &out, 1, 0);
  char buf[3] = {};
  sys::Iovec in{buf, 2};
  auto read = sys::preadv2(*file, &in, 1, 1);
  if (!emulator::gives("preadv2")) {
    expect_missing("pwritev2", wrote);
    return expect_missing("preadv2", read);
  }
  CHECK(wrote.value_or(0) == 3);
  CHECK(read.value_or(0) == 2);
  CHECK(StringView(buf, 2) == StringView("bc"));
  say("preadv2", read ? "works" : solo::name(read.error()));
}

} // namespace

int main(int argc, char **argv) {
  if (argc == 2 && StringView(argv[1]) == StringView("execveat-child")) return 42;
  clone3();
  openat2();
  execveat(argv[0]);
  io_uring();
  seccomp();
  preadv2();
  return check::summary();
}
