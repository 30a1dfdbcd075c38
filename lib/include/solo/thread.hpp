// Threads: solo::Thread::spawn starts a callable on a thread of its own; join() waits for it and hands back what
// it returned.
//
//   auto worker = solo::Thread::spawn([&] { return sum(part); });   // Result<JoinHandle<long>>
//   if (!worker) return solo::println(solo::io::stderr, "spawn: {}", worker.error()), 1;
//   long total = worker->join().value();
//
// Each thread is one mapping: a guard region (stack overflow is SIGSEGV, never silent corruption), its stack,
// its TLS area (thread_local data with initialisers, the TCB and the canary, laid out by the same code as the main
// thread's) and the callable with room for its result. The callable is moved into that mapping, so a spawn
// allocates nothing. A thread starts with its creator's signal mask. Its thread_local destructors run when it
// ends, newest first.
//
// A Thread is a handle: movable, not copyable. A default-constructed one holds no thread. Every spawned thread
// must be joined or detached before its handle is destroyed; destroying (or assigning over) a joinable handle is
// a bug that stops the program with a message, never a silent leak. A detached thread frees its own mapping when
// it ends. JoinHandle<R> is a Thread whose join() returns the callable's R; moved into a plain Thread it is joined
// without the value (which is then destroyed).
//
// Returning from main or calling solo::exit from any thread ends the whole process (solo/exit.hpp says in which
// order); threads still running are stopped by the kernel.
#pragma once

#include <solo/detail/placement_new.hpp>
#include <solo/detail/thread_spawn.hpp>
#include <solo/result.hpp>
#include <solo/sys/process.hpp>
#include <solo/timespec.hpp>

namespace solo {

struct ThreadOptions {
  // Rounded up to whole pages. Untouched stack pages cost no memory, only address space.
  size_t stack_size = 2 * 1024 * 1024;
  // Inaccessible bytes below the stack, rounded up to whole pages: a frame bigger than this could jump over it.
  size_t guard_size = 64 * 1024;
};

template <class Outcome> class JoinHandle;

class Thread {
public:
  constexpr Thread() noexcept = default;
  Thread(Thread &&o) noexcept : control_(o.control_) { o.control_ = nullptr; }
  Thread &operator=(Thread &&o) noexcept {
    if (this != &o) {
      if (control_) detail::thread_dropped_joinable();
      control_ = o.control_;
      o.control_ = nullptr;
    }
    return *this;
  }
  Thread(const Thread &) = delete;
  Thread &operator=(const Thread &) = delete;
  ~Thread() {
    if (control_) detail::thread_dropped_joinable();
  }

  // Starts `f()` on a new thread. ENOMEM when the mapping cannot be made, EAGAIN when the kernel refuses
  // another thread (RLIMIT_NPROC, threads-max), EINVAL for sizes that overflow.
  template <class Function> static auto spawn(Function &&f) noexcept {
    return spawn(ThreadOptions{}, static_cast<Function &&>(f));
  }
  template <class Function> static auto spawn(const ThreadOptions &options, Function &&f) noexcept;

  bool joinable() const noexcept { return control_ != nullptr; }
  // The kernel's id of the thread (what gettid returns in it, what tgkill takes); 0 when not joinable.
  sys::pid_t id() const noexcept {
    return control_ ? static_cast<sys::pid_t>(__atomic_load_n(&control_->identity, __ATOMIC_RELAXED)) : 0;
  }

  // Waits for the thread to end. EINVAL when not joinable (nothing spawned, already joined or detached),
  // EDEADLK when called by that thread itself; the handle is empty afterwards, on success.
  Result<void> join() noexcept;
  // The thread goes on alone and frees itself when it ends. EINVAL when not joinable.
  Result<void> detach() noexcept;

protected:
  explicit Thread(detail::ThreadControl *c) noexcept : control_(c) {}
  detail::ThreadControl *control_ = nullptr;
};

template <class Outcome> class JoinHandle : public Thread {
public:
  constexpr JoinHandle() noexcept = default;
  explicit JoinHandle(detail::ThreadControl *c) noexcept : Thread(c) {}

  // As Thread::join, with the callable's result.
  Result<Outcome> join() noexcept {
    if (!control_) return Errno::EINVAL;
    if (auto r = detail::thread_wait(control_); !r) return r.error();
    auto *value = static_cast<Outcome *>(control_->result);
    Result<Outcome> out(static_cast<Outcome &&>(*value));
    value->~Outcome();
    control_->drop_result = nullptr;
    detail::ThreadControl *c = control_;
    control_ = nullptr;
    detail::thread_release(c);
    return out;
  }
};

template <> class JoinHandle<void> : public Thread {
public:
  constexpr JoinHandle() noexcept = default;
  explicit JoinHandle(detail::ThreadControl *c) noexcept : Thread(c) {}
};

namespace detail {
template <class Type> Type &&declval() noexcept;

template <class Fn, class Outcome> struct ThreadBody {
  static void construct(void *at, void *source) noexcept {
    new (at) Fn(static_cast<Fn &&>(*static_cast<Fn *>(source)));
  }
  static void construct_copy(void *at, void *source) noexcept { new (at) Fn(*static_cast<const Fn *>(source)); }
  static void run(ThreadControl *c) noexcept {
    Fn &f = *static_cast<Fn *>(c->payload);
    if constexpr (__is_same(Outcome, void))
      f();
    else
      new (c->result) Outcome(f());
    f.~Fn();
  }
  static void drop_result(ThreadControl *c) noexcept { static_cast<Outcome *>(c->result)->~Outcome(); }
  static void drop_callable(ThreadControl *c) noexcept { static_cast<Fn *>(c->payload)->~Fn(); }
};
} // namespace detail

template <class Function> auto Thread::spawn(const ThreadOptions &options, Function &&f) noexcept {
  using Fn = __decay(Function);
  if constexpr (__is_function(__remove_reference_t(Function))) { // a plain function: its pointer is the callable
    Fn pointer = f;
    return spawn(options, static_cast<Fn &&>(pointer));
  } else {
    using Outcome = decltype(detail::declval<Fn &>()());
    static_assert(!__is_reference(Outcome), "a thread's callable returns a value (or a pointer), not a reference");
    using Body = detail::ThreadBody<Fn, Outcome>;
    detail::SpawnRequest request{};
    request.stack_size = options.stack_size;
    request.guard_size = options.guard_size;
    request.callable_size = sizeof(Fn);
    request.callable_align = alignof(Fn);
    if constexpr (!__is_same(Outcome, void)) {
      request.result_size = sizeof(Outcome);
      request.result_align = alignof(Outcome);
      if constexpr (!__is_trivially_destructible(Outcome)) request.drop_result = &Body::drop_result;
    }
    // An lvalue callable is copied, an rvalue one moved: the program's own object stays as it was.
    if constexpr (__is_reference(Function) && !__is_rvalue_reference(Function))
      request.construct = &Body::construct_copy;
    else
      request.construct = &Body::construct;
    request.source = const_cast<void *>(static_cast<const void *>(&f));
    request.run = &Body::run;
    request.drop_callable = &Body::drop_callable;
    Result<detail::ThreadControl *> c = detail::thread_create(request);
    if (!c) return Result<JoinHandle<Outcome>>(c.error());
    return Result<JoinHandle<Outcome>>(JoinHandle<Outcome>(*c));
  }
}

namespace thread {

// Gives the processor to another runnable thread (sched_yield).
void yield() noexcept;
// Sleeps under the EINTR policy (solo/io/retry.hpp): signals never shorten or stretch the sleep; Errno::EINTR once
// an interrupt is requested. The deadline is absolute on the monotonic clock (io::monotonic_now()).
Result<void> sleep_for(Timespec duration) noexcept;
Result<void> sleep_until(Timespec deadline) noexcept;
// The calling thread's kernel id (gettid).
sys::pid_t current_id() noexcept;
// How many CPUs this thread may run on (sched_getaffinity); at least 1.
int available_cpus() noexcept;

} // namespace thread

} // namespace solo
