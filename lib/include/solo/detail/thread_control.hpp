// solo's record of one thread, and how a thread finds its own: what the runtime pieces that care about threads
// share (the thread API in lib/thread, crt/'s start-up, exit and thread_local destructors, the allocator's
// per-thread heaps, the static-local guards). Not part of the API.
//
// Every thread's record sits at a fixed offset from its thread pointer (arch/<arch>/thread_arch.hpp:
// control_offset), inside the TLS area laid out by crt/tls.cpp, so finding it is a register read and an add:
// no thread_local data, so a program that never spawns a thread needs no TLS set-up for it. The main thread's
// record is made when the first thread is spawned; until then `threads_started` is 0 and no code looks for
// one, which is how single-threaded programs keep their paths unchanged.
#pragma once

#include <solo/detail/threads_started.hpp>
#include <solo/types.hpp>
#include <thread_arch.hpp>

namespace solo::detail {

struct ThreadControl {
  // The kernel's word: CLONE_PARENT_SETTID stores the thread's id here before clone returns, and
  // CLONE_CHILD_CLEARTID makes the kernel store 0 and wake it (a shared futex wake) once the thread has left its
  // stack for good. 0 therefore means "the mapping may be unmapped". Unused (0) for the main thread.
  int tid;
  // The thread's id, kept: 1 for the main thread (also before there is a record), the kernel's tid for any
  // other. What guards and exit compare to tell "this thread" from "another one"; never 0.
  unsigned identity;
  // Joinable, detached or ended: the race between detach() and the thread's own end (lib/thread, crt).
  unsigned end_state;
  // The thread's mapping: guard, stack, then the TLS area and the payload; null for the main thread.
  void *map_base;
  size_t map_guard;
  size_t map_stack;
  size_t map_size;
  // The callable and its result, in the mapping: `run` calls it and stores the result, `drop_result` destroys a
  // result nobody took, `drop_callable` a callable that never ran.
  void (*run)(ThreadControl *);
  void (*drop_result)(ThreadControl *);
  void (*drop_callable)(ThreadControl *);
  void *payload;
  void *result;
  // The creator's signal mask, which the new thread restores once it can take signals.
  uint64_t start_mask;
  // This thread's thread_local destructors (crt/thread_atexit.cpp): null until it registers one.
  void *destructors;
  // The allocator's heap for this thread (lib/mem): null until it allocates.
  void *heap;
  // All threads, for what must reach each (request_interrupt, fork): lib/thread/registry.cpp.
  ThreadControl *next;
  ThreadControl *prev;
};

// end_state's values.
inline constexpr unsigned thread_joinable = 0, thread_detached = 1, thread_ended = 2;

// What a thread's end calls, when set: each is set by the part of the runtime that needs it, the first time it
// is used (crt/thread_atexit.cpp, lib/mem), so a program without them links neither.
extern void (*thread_end_destructors)(ThreadControl *) noexcept;
extern void (*thread_end_heap)(ThreadControl *) noexcept;

// The calling thread's record. Only meaningful once multithreaded().
inline ThreadControl *current_thread() noexcept {
  return reinterpret_cast<ThreadControl *>(static_cast<char *>(arch::thread_pointer()) +
                                           arch::control_offset(sizeof(ThreadControl)));
}

} // namespace solo::detail
