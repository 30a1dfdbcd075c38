// How a threaded process ends, one case per argument (tests/hermetic/CMakeLists.txt checks the output and the
// status):
//   from-thread   a spawned thread calls exit(7) while main waits in join: that thread's thread_local
//                 destructor, then the atexit handler, then the static destructor, each once; status 7
//   main-returns  main returns 3 while a detached thread and a joinable one still run: the same sequence (main's
//                 thread_local), status 3
//   two-exits     two threads call exit at once (5 and 6): the sequence runs exactly once; status 5 or 6
//   overflow      a thread recurses without end: SIGSEGV at its guard, never a silent write below its stack
#include <solo/exit.hpp>
#include <solo/io.hpp>
#include <solo/string_view.hpp>
#include <solo/sync.hpp>
#include <solo/sys/raw.hpp>
#include <solo/thread.hpp>

extern "C" int atexit(void (*)());

namespace {
void say(const char *what) {
  (void)solo::io::out(what);
  (void)solo::io::out("\n");
}
struct Static {
  ~Static() { say("~static"); }
} object;
struct Local {
  const char *name = "main";
  ~Local() {
    (void)solo::io::out("~thread_local ");
    say(name);
  }
};
thread_local Local local;
void handler() { say("atexit"); }

solo::Latch started(2);

void forever() {
  for (;;) (void)solo::thread::sleep_for(solo::Timespec::from_milliseconds(100));
}

// Recurses until `limit`, which is far beyond any stack: the guard ends it first.
int depth(long n, long limit) {
  volatile char frame[512];
  frame[0] = static_cast<char>(n);
  if (n == limit) return frame[0];
  return depth(n + 1, limit) + frame[0];
}
} // namespace

int main(int argc, char **argv) {
  if (argc != 2) return 2;
  solo::StringView mode(argv[1]);
  (void)atexit(handler);
  if (mode == "from-thread") {
    auto t = solo::Thread::spawn([] {
      local.name = "exiting thread";
      solo::exit(7);
    });
    if (!t) return 1;
    (void)t->join(); // never returns: the thread ends the process
    say("join returned");
    return 1;
  }
  if (mode == "main-returns") {
    local.name = "main";
    auto d = solo::Thread::spawn([] {
      started.count_down();
      forever();
    });
    auto j = solo::Thread::spawn([] {
      started.count_down();
      forever();
    });
    if (!d || !j || !d->detach()) return 1;
    started.wait();
    (void)j->detach();
    return 3;
  }
  if (mode == "two-exits") {
    static solo::Barrier both(2);
    auto t = solo::Thread::spawn([] {
      both.arrive_and_wait();
      solo::exit(6);
    });
    if (!t) return 1;
    both.arrive_and_wait();
    solo::exit(5);
  }
  if (mode == "overflow") {
    // The death must leave no core file behind (qemu-user writes one of its own unless told not to).
    struct {
      unsigned long soft, hard;
    } no_core{0, 0};
    (void)solo::sys::raw(solo::sys::nr::prlimit64, 0, 4 /* RLIMIT_CORE */, &no_core, nullptr);
    auto t = solo::Thread::spawn(solo::ThreadOptions{.stack_size = 64 * 1024}, [] { return depth(0, 1L << 40); });
    if (!t) return 1;
    (void)t->join();
    say("survived");
    return 1;
  }
  return 2;
}
