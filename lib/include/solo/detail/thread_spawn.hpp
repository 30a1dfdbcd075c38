// What solo/thread.hpp's templates hand the thread runtime (lib/thread/), type-erased. Not part of the API.
#pragma once

#include <solo/detail/thread_control.hpp>
#include <solo/result.hpp>

namespace solo::detail {

struct SpawnRequest {
  size_t stack_size;
  size_t guard_size;
  // The callable and its result, laid out in the thread's mapping: `construct` moves (or copies) the program's
  // callable from `source` to `at`.
  size_t callable_size;
  size_t callable_align;
  size_t result_size; // 0 for a callable returning void
  size_t result_align;
  void (*construct)(void *at, void *source);
  void *source;
  void (*run)(ThreadControl *);
  void (*drop_result)(ThreadControl *); // null when there is nothing to destroy
  void (*drop_callable)(ThreadControl *);
};

// Maps, lays out and starts the thread. The thread runs `run` and ends; the record stays until join or detach.
Result<ThreadControl *> thread_create(const SpawnRequest &request) noexcept;
// Waits until the thread has ended and left its mapping for good. EDEADLK for the calling thread itself.
Result<void> thread_wait(ThreadControl *c) noexcept;
// After thread_wait: destroys the result nobody took (if drop_result is still set) and frees the mapping.
void thread_release(ThreadControl *c) noexcept;
// Lets the thread free itself when it ends, or frees it now if it already has.
void thread_detach(ThreadControl *c) noexcept;
[[noreturn]] void thread_dropped_joinable() noexcept;

} // namespace solo::detail
