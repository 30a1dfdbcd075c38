// What the model tests of the buffered paths share: a seeded random generator (SOLO_SEED=N repeats a run;
// each test prints its seed when it fails), random byte strings with the bytes that trip parsers (NUL, '\n',
// '\r', 0xff), and the two ends of a pipe that make short transfers happen on purpose:
//   * PacedWriter feeds a pipe in chunks of given sizes, each only once the pipe is empty again, so every
//     read of the other end returns at most one chunk (a reader that gets short reads);
//   * DrainingReader empties a pipe with reads of random sizes and random pauses, so a writer on the other
//     end finds the pipe full at random points (with a signal storm, its writes come back short).
// Host headers only: include it before prelude.hpp.
#pragma once

#include <doctest/doctest.h>

#include <signal.h>
#include <sys/ioctl.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

namespace model {

struct Rng {
  uint64_t state;
  explicit Rng(uint64_t seed) : state(seed) {}
  uint64_t next() { // splitmix64
    uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  // Uniform in [lo, hi].
  size_t in(size_t lo, size_t hi) { return lo + static_cast<size_t>(next() % (hi - lo + 1)); }
  bool one_in(unsigned n) { return next() % n == 0; }
};

// SOLO_SEED when set, else a fixed seed (runs are repeatable; set SOLO_SEED to explore).
inline uint64_t seed() {
  const char *s = std::getenv("SOLO_SEED");
  return s ? std::strtoull(s, nullptr, 0) : 0x5eed0012;
}

// Runs `body(rng, round)` `count` times, each round with a generator of its own seed, which doctest shows
// when a check in that round fails (SOLO_SEED=N repeats a whole run).
template <class Body> void cases(int count, Body body) {
  Rng all(seed());
  for (int round = 0; round < count; ++round) {
    uint64_t case_seed = all.next();
    Rng rng(case_seed);
    INFO("round ", round, ", seed ", case_seed);
    body(rng, round);
  }
}

// Under qemu-user the tests do fewer rounds: the same paths, less time.
inline int rounds(int native) { return std::getenv("SOLO_QEMU") && *std::getenv("SOLO_QEMU") ? native / 4 : native; }

// n random bytes, mostly letters, with NUL, '\r', 0xff and (unless `newlines` is false) '\n' mixed in.
inline std::string bytes(Rng &rng, size_t n, bool newlines = true) {
  static const char special[] = {'\0', '\r', '\xff', ' ', '\n'};
  std::string s(n, 'a');
  for (char &c : s) {
    if (rng.one_in(6))
      c = special[rng.in(0, newlines ? 4 : 3)];
    else
      c = static_cast<char>('a' + rng.in(0, 25));
  }
  return s;
}

// Lengths around a buffer size `b`: where off-by-one mistakes live.
inline size_t length_near(Rng &rng, size_t b) {
  switch (rng.in(0, 7)) {
  case 0:
    return 0;
  case 1:
    return b > 0 ? b - 1 : 0;
  case 2:
    return b;
  case 3:
    return b + 1;
  case 4:
    return 2 * b;
  case 5:
    return 2 * b + 1;
  case 6:
    return b * rng.in(0, 3);
  default:
    return rng.in(0, 3 * b + 2);
  }
}

inline void nap_us(long us) {
  timespec t{0, us * 1000};
  nanosleep(&t, nullptr);
}

inline size_t pipe_fill(int fd) {
  int n = 0;
  return ::ioctl(fd, FIONREAD, &n) == 0 ? static_cast<size_t>(n) : 0;
}

// Writes `data` to `fd` in chunks of the given sizes (cycled), each after the pipe has been emptied, then
// closes `fd`.
class PacedWriter {
public:
  PacedWriter(int fd, std::string data, std::vector<size_t> chunks)
      : thread_([fd, data = std::move(data), chunks = std::move(chunks)] {
          size_t at = 0, k = 0;
          while (at < data.size()) {
            while (pipe_fill(fd) != 0) nap_us(20);
            size_t n = std::min(chunks[k++ % chunks.size()], data.size() - at);
            for (size_t done = 0; done < n;) {
              ssize_t w = ::write(fd, data.data() + at + done, n - done);
              if (w <= 0) break;
              done += static_cast<size_t>(w);
            }
            at += n;
          }
          ::close(fd);
        }) {}
  ~PacedWriter() { thread_.join(); }

private:
  std::thread thread_;
};

// Reads `fd` to its end with reads of 1 to `max_read` bytes, pausing now and then; result() after join().
class DrainingReader {
public:
  DrainingReader(int fd, uint64_t seed, size_t max_read)
      : thread_([this, fd, seed, max_read] {
          Rng rng(seed);
          std::vector<char> buf(max_read);
          for (;;) {
            if (rng.one_in(8)) nap_us(static_cast<long>(rng.in(0, 300)));
            ssize_t n = ::read(fd, buf.data(), rng.in(1, max_read));
            if (n <= 0) break;
            got_.append(buf.data(), static_cast<size_t>(n));
          }
          ::close(fd);
        }) {}
  ~DrainingReader() {
    if (thread_.joinable()) thread_.join();
  }
  const std::string &join() {
    thread_.join();
    return got_;
  }

private:
  std::string got_;
  std::thread thread_;
};

// A SIGALRM storm on this thread (every `interval_us`, handler without SA_RESTART): blocking reads and
// writes it hits come back with EINTR or, when they had moved some bytes already, short. Threads started
// through without_alarms() never take it. `on_alarm`, if given, runs in the handler.
class Storm {
public:
  explicit Storm(long interval_us, void (*on_alarm)() = nullptr) {
    hook() = on_alarm;
    count() = 0;
    struct sigaction sa{};
    sa.sa_handler = [](int) {
      count() = count() + 1;
      if (hook()) hook()();
    };
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, &old_);
    itimerval t{{0, interval_us}, {0, interval_us}};
    setitimer(ITIMER_REAL, &t, nullptr);
  }
  ~Storm() {
    itimerval t{};
    setitimer(ITIMER_REAL, &t, nullptr);
    sigaction(SIGALRM, &old_, nullptr);
  }
  static long alarms() { return count(); }

  // Runs `start()` (which starts a thread) with SIGALRM blocked, so the new thread never takes the storm.
  template <class Start> static auto without_alarms(Start start) {
    sigset_t alrm, old;
    sigemptyset(&alrm);
    sigaddset(&alrm, SIGALRM);
    pthread_sigmask(SIG_BLOCK, &alrm, &old);
    auto r = start();
    pthread_sigmask(SIG_SETMASK, &old, nullptr);
    return r;
  }

private:
  static volatile long &count() {
    static volatile long n = 0;
    return n;
  }
  static void (*&hook())() {
    static void (*h)() = nullptr;
    return h;
  }
  struct sigaction old_{};
};

} // namespace model
