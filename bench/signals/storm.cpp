// What a signal storm costs solo's EINTR layer: a 300 ms sleep and a 1 MiB pipe copy, each measured without
// signals and under SIGALRM every millisecond (ITIMER_REAL, handler without SA_RESTART). Prints one line:
//   sleep_quiet_us sleep_storm_us pipe_quiet_us pipe_storm_us signals slow_quiet_us slow_storm_us signals
// (medians of `rounds` runs). Not a test: bench/signals/run turns it into a table.
#include <solo.hpp>

namespace sys = solo::sys;
namespace io = solo::io;
namespace sig = solo::signal;

namespace {

constexpr int rounds = 5;
constexpr size_t total = 1 << 20;
volatile long alarms = 0;
void on_alarm(int) { alarms = alarms + 1; }

long now_us() { return io::monotonic_now().to_nanoseconds() / 1000; }

void timer(long us) {
  long v[4] = {0, us, 0, us};
  (void)sys::raw(sys::nr::setitimer, 0, v, nullptr);
}

long sleep_once() {
  long start = now_us();
  (void)io::sleep_for(solo::Timespec::from_milliseconds(300));
  return now_us() - start;
}

// A child writes 1 MiB, as fast as the pipe takes it or (`slow`) in 1000-byte pieces with a 1 ms pause after
// every 32, as the storm test does; the parent copies it into a second pipe that a second child drains. Timed
// from the start of the copy to the parent's end of file.
long pipe_once(bool slow) {
  int a[2], b[2];
  (void)sys::pipe2(a);
  (void)sys::pipe2(b);
  long writer = sys::raw(sys::nr::clone, sig::CHLD, 0, 0, 0, 0);
  if (writer == 0) {
    (void)sys::close(a[0]);
    (void)sys::close(b[0]);
    (void)sys::close(b[1]);
    static char chunk[16384];
    size_t piece = slow ? 1000 : sizeof chunk;
    solo::Timespec pause = solo::Timespec::from_milliseconds(1);
    for (size_t sent = 0, n = 0; sent < total; sent += piece, ++n) {
      size_t size = total - sent < piece ? total - sent : piece;
      (void)io::write_all(a[1], chunk, size);
      if (slow && n % 32 == 31) (void)io::sleep_for(pause);
    }
    sys::exit_group(0);
  }
  long reader = sys::raw(sys::nr::clone, sig::CHLD, 0, 0, 0, 0);
  if (reader == 0) {
    (void)sys::close(b[1]);
    (void)sys::close(a[0]); // the writer's pipe: only its ends in the writer and the parent may stay open
    (void)sys::close(a[1]);
    static char sink[65536];
    while (sys::read(b[0], sink, sizeof sink).value_or(0) > 0) {
    }
    sys::exit_group(0);
  }
  (void)sys::close(a[1]);
  (void)sys::close(b[0]);
  long start = now_us();
  size_t done = 0;
  auto copied = io::copy(a[0], b[1], &done);
  long took = now_us() - start;
  if (!copied || *copied != total) (void)io::err("copy failed\n");
  (void)sys::close(a[0]);
  (void)sys::close(b[1]);
  (void)io::wait4(static_cast<int>(writer));
  (void)io::wait4(static_cast<int>(reader));
  return took;
}

long median(long *v, int n) {
  for (int i = 1; i < n; ++i)
    for (int j = i; j > 0 && v[j - 1] > v[j]; --j) solo::swap(v[j - 1], v[j]);
  return v[n / 2];
}

template <class F> long measure(F f) {
  long v[rounds];
  for (int i = 0; i < rounds; ++i) v[i] = f();
  return median(v, rounds);
}

void print(long v) {
  char buf[24];
  (void)io::out(io::to_decimal(v, buf));
  (void)io::out(" ");
}

} // namespace

int main() {
  (void)sig::set_action(sig::ALRM, sig::Action::call(on_alarm));
  long sleep_quiet = measure(sleep_once);
  long pipe_quiet = measure([] { return pipe_once(false); });
  long slow_quiet = measure([] { return pipe_once(true); });
  timer(1000);
  long sleep_storm = measure(sleep_once);
  long before = alarms;
  long pipe_storm = measure([] { return pipe_once(false); });
  long pipe_signals = (alarms - before) / rounds;
  before = alarms;
  long slow_storm = measure([] { return pipe_once(true); });
  long slow_signals = (alarms - before) / rounds;
  timer(0);
  print(sleep_quiet);
  print(sleep_storm);
  print(pipe_quiet);
  print(pipe_storm);
  print(pipe_signals);
  print(slow_quiet);
  print(slow_storm);
  print(slow_signals);
  (void)io::out("\n");
  return 0;
}
