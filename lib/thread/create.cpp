// Creating a thread: one mapping laid out as
//
//   [ guard (PROT_NONE) ][ stack ... ][ TLS area: block, TCB, record ][ callable ][ result ]
//   ^ map_base                        ^ stack top (16-byte aligned)
//
// The TLS area is laid out by crt/tls.cpp, the same code as the main thread's, with .tdata copied and the
// canary (x86-64: in the TCB) taken from the creator. The callable is moved into the mapping, so a spawn
// allocates nothing. Every signal is blocked around clone, so no handler can run in the new thread before it
// is ready; the thread starts in assembly (arch/<arch>/clone_arch.hpp: clone_run) with its thread pointer
// already set by CLONE_SETTLS, and its first compiled code is thread_start below, which restores the creator's
// mask. CLONE_PARENT_SETTID writes its id into the record before either side runs on; CLONE_CHILD_CLEARTID has
// the kernel zero it and wake joiners once the thread has left its stack for good (lib/thread/join.cpp).
//
// The flags are the full classic set: QEMU's user-mode emulation refuses a CLONE_VM clone without all of
// VM, FS, FILES, SIGHAND, THREAD and SYSVSEM, and implements neither clone3 nor set_robust_list (solo needs
// neither: it keeps no robust mutexes).
#include "mappings.hpp"
#include "registry.hpp"

#include <solo/auxv.hpp>
#include <solo/detail/thread_spawn.hpp>
#include <solo/detail/tls_area.hpp>
#include <solo/sys/clone.hpp>
#include <solo/sys/signal.hpp>
#include <thread_arch.hpp>

namespace solo::detail {

// What lib/thread/end.cpp runs when the callable has returned.
[[noreturn]] void thread_end(ThreadControl *c) noexcept;

namespace {

constexpr sys::CloneFlags thread_flags = sys::CloneFlags::Vm | sys::CloneFlags::Fs | sys::CloneFlags::Files |
                                         sys::CloneFlags::Sighand | sys::CloneFlags::Thread | sys::CloneFlags::SysvSem |
                                         sys::CloneFlags::SetTls | sys::CloneFlags::ParentSetTid |
                                         sys::CloneFlags::ChildClearTid;
constexpr size_t min_stack = 16 * 1024;

bool round_up(size_t v, size_t align, size_t &out) noexcept {
  if (__builtin_add_overflow(v, align - 1, &out)) return false;
  out &= ~(align - 1);
  return true;
}

// The first compiled code of a new thread, on its own stack with its own thread pointer.
int thread_start(void *arg) {
  auto *c = static_cast<ThreadControl *>(arg);
  // CLONE_PARENT_SETTID wrote the id before this thread was woken; the creator stores it too.
  unsigned id = static_cast<unsigned>(__atomic_load_n(&c->tid, __ATOMIC_RELAXED));
  __atomic_store_n(&c->identity, id ? id : static_cast<unsigned>(sys::gettid()), __ATOMIC_RELAXED);
  restore_signals(signal::SignalSet::from_bits(c->start_mask));
  c->run(c);
  thread_end(c);
}

} // namespace

Result<ThreadControl *> thread_create(const SpawnRequest &q) noexcept {
  if (!start_threading()) return Errno::ENOMEM;
  static const crt::TlsImage image = crt::program_tls_image();
  size_t page = mapping_page_size();

  // The sizes, each checked for overflow: a request in the exabytes is EINVAL, not a wrapped small mapping.
  // Offsets in the top part are from its start, which is page-aligned: so is anything aligned within it.
  if (q.callable_align > page || q.result_align > page) return Errno::EINVAL;
  MappingShape shape{};
  size_t callable_at = 0, result_at = 0, top = 0;
  bool ok = round_up(q.guard_size, page, shape.guard) &&
            round_up(q.stack_size < min_stack ? min_stack : q.stack_size, page, shape.stack) &&
            round_up(crt::tls_area_size(image), q.callable_align, callable_at) &&
            !__builtin_add_overflow(callable_at, q.callable_size, &top);
  if (ok && q.result_size)
    ok = round_up(top, q.result_align, result_at) && !__builtin_add_overflow(result_at, q.result_size, &top);
  ok = ok && round_up(top, page, shape.top) && !__builtin_add_overflow(shape.guard, shape.stack, &shape.size) &&
       !__builtin_add_overflow(shape.size, shape.top, &shape.size);
  if (!ok) return Errno::EINVAL;

  auto mapping = acquire_mapping(shape);
  if (!mapping) return mapping.error();
  char *base = static_cast<char *>(*mapping);
  char *top_start = base + shape.guard + shape.stack;

  void *tp = crt::tls_area_init(image, top_start);
  arch::copy_canary(tp);
  auto *c = reinterpret_cast<ThreadControl *>(static_cast<char *>(tp) + arch::control_offset(sizeof(ThreadControl)));
  c->map_base = base;
  c->map_guard = shape.guard;
  c->map_stack = shape.stack;
  c->map_size = shape.size;
  c->run = q.run;
  c->drop_result = q.drop_result;
  c->drop_callable = q.drop_callable;
  c->payload = top_start + callable_at;
  c->result = q.result_size ? top_start + result_at : nullptr;
  q.construct(c->payload, q.source);

  signal::SignalSet old = block_all_signals();
  c->start_mask = old.bits();
  registry_add_blocked(c);
  arch::record_syscall<arch::nr::clone>(); // the stub's assembly holds both numbers: clone, then exit in the child
  arch::record_syscall<arch::nr::exit>();
  long r = arch::clone_run(to_underlying(thread_flags), top_start, &thread_start, c, &c->tid, &c->tid,
                           reinterpret_cast<unsigned long>(tp));
  if (sys::is_error(r)) {
    registry_remove_blocked(c);
    restore_signals(old);
    c->drop_callable(c);
    release_mapping(c);
    return static_cast<Errno>(-r);
  }
  __atomic_store_n(&c->identity, static_cast<unsigned>(r), __ATOMIC_RELAXED);
  restore_signals(old);
  return c;
}

} // namespace solo::detail
