// solo's public headers in a user's strictest build: compiled with -Wall -Wextra -Wpedantic -Wshadow
// -Wconversion -Wsign-conversion -Werror (tests/hermetic/CMakeLists.txt), after the macros real programs and
// C headers define: every single capital letter (N for a size, T for a type, E, I from <complex.h> ...),
// what glibc and musl define (errno, stdin/stdout/stderr as musl spells them, EOF, NULL, assert, min/max,
// major/minor, st_atime, si_pid, sa_handler, h_addr, FD_SET ...), what gnu++ modes predefine (linux, unix)
// and the usual constants (TRUE, DEBUG, PAGE_SIZE, OK, ERROR ...). Then it uses a little of everything.
#define A 1
#define B 2
#define C 3
#define D 4
#define E 5
#define F 6
#define G 7
#define H 8
#define I 9
#define J 10
#define K 11
#define L 12
#define M 13
#define N 14
#define O 15
#define P 16
#define Q 17
#define R 18
#define S 19
#define T int
#define U 21
#define V 22
#define W 23
#define X 24
#define Y 25
#define Z 26
#define errno (*__errno_location())
#define stdin (stdin)
#define stdout (stdout)
#define stderr (stderr)
#define EOF (-1)
#define NULL 0
#define BUFSIZ 8192
#define assert(x) ((void)sizeof(x))
#define min(a, b) ((a) < (b) ? (a) : (b))
#define max(a, b) ((a) > (b) ? (a) : (b))
#define major(dev) ((unsigned)((dev) >> 8))
#define minor(dev) ((unsigned)((dev) & 0xff))
#define makedev(x, y) ((x) << 8 | (y))
#define st_atime st_atim.tv_sec
#define st_mtime st_mtim.tv_sec
#define st_ctime st_ctim.tv_sec
#define si_pid _sifields._kill.si_pid
#define si_uid _sifields._kill.si_uid
#define si_status _sifields._sigchld.si_status
#define si_addr _sifields._sigfault.si_addr
#define sa_handler __sigaction_handler.sa_handler
#define sa_sigaction __sigaction_handler.sa_sigaction
#define sigev_notify_thread_id _sigev_un._tid
#define h_addr h_addr_list[0]
#define FD_SET(fd, set) ((void)(fd), (void)(set))
#define FD_CLR(fd, set) ((void)(fd), (void)(set))
#define FD_ISSET(fd, set) ((void)(fd), (void)(set), 0)
#define FD_ZERO(set) ((void)(set))
#define FD_SETSIZE 1024
#define WEXITSTATUS(s) (((s) & 0xff00) >> 8)
#define WIFEXITED(s) (((s) & 0x7f) == 0)
#define WTERMSIG(s) ((s) & 0x7f)
#define SIG_DFL ((void (*)(int))0)
#define SIG_IGN ((void (*)(int))1)
#define SIGRTMIN (__libc_current_sigrtmin())
#define CLOCK_MONOTONIC 1
#define O_RDONLY 00
#define AT_FDCWD -100
#define PATH_MAX 4096
#define PAGE_SIZE 4096
#define CHAR_BIT 8
#define INT_MAX 2147483647
#define SIZE_MAX 18446744073709551615UL
#define offsetof(type, member) __builtin_offsetof(type, member)
#define linux 1
#define unix 1
#define TRUE 1
#define FALSE 0
#define OK 0
#define ERROR (-1)
#define SUCCESS 0
#define FAILURE 1
#define DEBUG 1
#define VERSION "1.0"
#define MAX 100
#define MIN 0
#define SIZE 64
#define LEN 32
#define BUF_SIZE 4096
#define COUNT 10
#define open open64
#define lseek lseek64
// On a 32-bit architecture fstat64 is a system call of its own (nr::fstat64 beside nr::fstat): a C library's
// large-file macro for it would make the two one name. Known limitation there, so only tested on 64-bit ones.
#if __SIZEOF_POINTER__ == 8
#define fstat fstat64
#endif

#include <solo.hpp>

// What a program does when its C library defines stdout and stderr as musl does: solo's headers compiled
// with the macros, and `io::stdout` is spelled after taking them back.
#undef stdout
#undef stderr

namespace {

enum class Color { Red, Green };
solo::StringView solo_enum_name(Color c) { return c == Color::Red ? "red" : "green"; }

struct Point {
  int x, y;
};

} // namespace

template <> struct solo::Formatter<Point> : solo::fmt::NoSpec {
  void format(Point p, solo::fmt::Sink &out) const { solo::format_to(out, "({}, {})", p.x, p.y); }
};

int main(int argc, char **argv) {
  namespace sys = solo::sys;
  namespace io = solo::io;
  // Formatting: every kind of argument, widths from arguments, an enum by name, a custom type.
  char buf[256];
  unsigned char small = 200;
  short s16 = -3;
  auto text = solo::format_to(buf, "{} {:>5} {:#x} {:.2f} {:.3e} {} {} {} {} {} {:*^{}} {} {} {}", argc, "x", 255u, 0.5,
                              1e10f, small, s16, 'c', true, static_cast<void *>(buf), "mid", 9, Color::Green,
                              Point{1, 2}, solo::Errno::EPIPE);
  solo::println("{} arguments, {}", argc, text.text);
  // Parsing every integer type.
  long total = solo::parse_int<int>("42").value_or(0) + solo::parse_int<long>("-7").value_or(0) +
               static_cast<long>(solo::parse_int<unsigned>("ff", 16).value_or(0)) +
               static_cast<long>(solo::parse_int<unsigned char>("12").value_or(0)) +
               solo::parse_int<short>("-1").value_or(0) +
               static_cast<long>(solo::parse_int<long long>("0x10", 0).value_or(0)) +
               static_cast<long>(solo::parse_int<unsigned long long>("3").value_or(0));
  // Files, directories, the EINTR layer.
  auto fd = io::openat(sys::at_fdcwd, "/", sys::OpenFlags::ReadOnly | sys::OpenFlags::Directory);
  if (!fd) return 1;
  auto dir = sys::Dir::from_fd(solo::move(*fd));
  long entries = 0;
  if (dir)
    for (const auto &entry : *dir) entries += entry.is_dot_or_dotdot() ? 0 : 1;
  sys::Stat st;
  (void)sys::fstat(0, st);
  char name[8] = {'n', 0};
  (void)sys::faccessat2(sys::at_fdcwd, solo::CStr::from_buffer(name).value_or(solo::CStr("")), sys::AccessMode::Read);
  char data[16];
  (void)io::read(0, data, 0);
  (void)io::poll(nullptr, 0, 0);
  (void)io::sleep_for(solo::Timespec::from_milliseconds(0));
  // Sockets and their typed options.
  auto pair = sys::socketpair(sys::AddressFamily::Unix, sys::SocketType::Stream);
  if (pair) {
    (void)sys::setsockopt(pair->first, sys::sockopt::sndbuf, 4096);
    auto size = sys::getsockopt(pair->first, sys::sockopt::sndbuf);
    total += size.value_or(0) > 0 ? 1 : 0;
    (void)sys::getsockopt(pair->first, sys::sockopt::peercred);
  }
  // Flags, signals, time.
  auto flags = sys::OpenFlags::ReadOnly | sys::OpenFlags::CloseOnExec;
  flags &= ~sys::OpenFlags::CloseOnExec;
  auto set = solo::signal::SignalSet::of(solo::signal::INT, solo::signal::TERM);
  (void)set;
  auto now = solo::time::clock_gettime(solo::time::Clock::Monotonic);
  auto since = now.value_or(solo::Timespec{}) - solo::Timespec::from_milliseconds(1);
  (void)since;
  (void)sys::ioctl(0, 0x5401, 0L);
  // Results.
  solo::Result<int> r = 5;
  solo::Result<void> ok;
  total += *r + r.value() + (ok ? 1 : 0);
  // Options.
  const solo::Option options[] = {{'v', "verbose"}, {'n', "lines", true}};
  solo::OptionParser parser(argc, argv, options);
  while (parser.next() != solo::OptionParser::End) {
  }
  solo::println(io::stderr, "{} entries, {}, {}, {}", entries, total, solo::Errno::ENOENT, to_underlying(flags));
  return io::stdout.flush() ? 0 : 1;
}
