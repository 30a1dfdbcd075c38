// How a threaded process ends, one case per argument (tests/hermetic/CMakeLists.txt checks the output and the
// status):
//   from-thread   a spawned thread calls exit(7) while main waits in join: that thread's thread_local
//                 destructor, then the atexit handler, then the static destructor, each once; status 7
//   main-returns  main returns 3 while a detached thread and a joinable one still run: the same sequence (main's
//                 thread_local), status 3
//   two-exits     two threads call exit at once (5 and 6): the sequence runs exactly once; status 5 or 6
//   overflow      a thread recurses without end: SIGSEGV at its guard, never a silent write below its stack
//   verify        runs each of the above in a child and checks its output and how it ended itself (for the
//                 real kernels, whose test list only compares exit statuses): exit status 0 when all hold
#include <solo/exit.hpp>
#include <solo/fork.hpp>
#include <solo/io.hpp>
#include <solo/io/retry.hpp>
#include <solo/string_view.hpp>
#include <solo/sync.hpp>
#include <solo/sys/file.hpp>
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

struct Expected {
  const char *mode;
  const char *output;
  int status; // exit status, or 128 + the signal
  int other;  // another acceptable status (two-exits), or -1
};
constexpr Expected expected[] = {
    {"from-thread", "~thread_local exiting thread\natexit\n~static\n", 7, -1},
    {"main-returns", "~thread_local main\natexit\n~static\n", 3, -1},
    {"two-exits", "atexit\n~static\n", 5, 6},
    {"overflow", "", 128 + 11, -1},
};

int run(solo::StringView mode);

int verify() {
  int failures = 0;
  for (const Expected &e : expected) {
    int fds[2];
    if (!solo::sys::pipe2(fds)) return 1;
    auto pid = solo::proc::fork();
    if (!pid) return 1;
    if (*pid == 0) {
      (void)solo::sys::dup3(fds[1], 1, solo::sys::OpenFlags::ReadOnly);
      (void)solo::sys::close(fds[0]);
      solo::exit(run(e.mode));
    }
    (void)solo::sys::close(fds[1]);
    char out[256];
    size_t got = 0;
    while (auto n = solo::io::read(fds[0], out + got, sizeof out - got)) {
      if (*n == 0 || (got += *n) == sizeof out) break;
    }
    (void)solo::sys::close(fds[0]);
    auto waited = solo::io::wait4(*pid);
    int status = !waited                     ? -1
                 : waited->status.exited()   ? waited->status.exit_code()
                 : waited->status.signaled() ? 128 + waited->status.signal()
                                             : -1;
    bool ok = solo::StringView(out, got) == solo::StringView(e.output) && (status == e.status || status == e.other);
    if (!ok) {
      ++failures;
      (void)solo::io::out(e.mode);
      (void)solo::io::out(": unexpected output or status\n");
    }
  }
  return failures == 0 ? 0 : 1;
}

int main(int argc, char **argv) {
  if (argc != 2) return 2;
  if (solo::StringView(argv[1]) == "verify") return verify();
  return run(argv[1]);
}

int run(solo::StringView mode) {
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
    auto t = solo::Thread::spawn(solo::ThreadOptions{.stack_size = 64 * 1024}, [] { return depth(0, 1L << 30); });
    if (!t) return 1;
    (void)t->join();
    say("survived");
    return 1;
  }
  return 2;
}
