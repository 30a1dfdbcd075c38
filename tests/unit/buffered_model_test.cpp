// The buffered paths against trivially correct models: io::Stream (every mode, random buffer sizes, random
// writes and flushes; then a sink that takes short writes), write_all with partial writes and interrupts,
// read_exact and copy with short reads, short writes and interrupts, DirEntries through buffers of every
// size, format_to into buffers of every size. The model is always "the bytes, in order, exactly once".
#include "model.hpp" // host headers first, like prelude.hpp's
#include "prelude.hpp"

#include "temp_dir.hpp"

#include <fcntl.h>
#include <sys/stat.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <memory>
#include <set>
#include <vector>

namespace {

using model::Rng;
using solo::io::Stream;

std::string drain_nonblocking(int fd) {
  std::string got;
  char b[4096];
  for (ssize_t n; (n = ::read(fd, b, sizeof b)) > 0;) got.append(b, static_cast<size_t>(n));
  return got;
}

bool is_prefix(const std::string &part, const std::string &whole) {
  return part.size() <= whole.size() && whole.compare(0, part.size(), part) == 0;
}

// Every way text reaches a stream. Numbers go through the formatters that lay their text out in place when
// the buffer has room (Sink::room), and through write() when it has not.
enum class Op { WriteText, SinkWrite, Put, Print, Println, Fill, Numbers, Flush };

// A random integer of any bit length and a random finite double (any exponent, subnormals included).
long random_integer(Rng &r) { return static_cast<long>(r.next()) >> r.in(0, 63); }
double random_double(Rng &r) {
  for (;;) {
    uint64_t bits = r.next();
    double d;
    __builtin_memcpy(&d, &bits, sizeof d);
    if (__builtin_isfinite(d)) return d;
  }
}

// "{} {} {:.{}e}|" of (i, d, d, precision) as the host's C++ and C libraries write it: std::to_chars gives the
// shortest form solo's {} promises, snprintf the correctly rounded %.*e.
std::string numbers_text(long i, double d, int precision) {
  char b[64];
  std::string text = std::to_string(i) + " ";
  text.append(b, static_cast<size_t>(std::to_chars(b, b + sizeof b, d).ptr - b));
  std::vector<char> e(400);
  int n = std::snprintf(e.data(), e.size(), " %.*e|", precision, d);
  return text + std::string(e.data(), static_cast<size_t>(n));
}

} // namespace

TEST_CASE("Stream: random writes in every mode reach the descriptor in order, and only when the mode says") {
  model::cases(model::rounds(300), [&](Rng &r, int) {
    int fds[2];
    REQUIRE(::pipe2(fds, O_NONBLOCK) == 0);
    auto mode = static_cast<Stream::Mode>(r.in(1, 3)); // Full, Line, Unbuffered
    size_t cap = r.one_in(5) ? 4096 : r.in(1, 64);
    std::vector<char> buf(cap);
    Stream out(fds[1], buf.data(), cap, mode);
    std::string sent, got;
    INFO("mode ", static_cast<int>(mode), ", buffer ", cap);
    for (int step = 0; step < 60 && sent.size() < 50000; ++step) {
      auto op = static_cast<Op>(r.in(0, 7));
      std::string text = model::bytes(r, model::length_near(r, cap));
      size_t before_pending = sent.size() - got.size();
      bool ends_print = true; // whether the operation ends with end_of_output(), as print does
      switch (op) {
      case Op::WriteText:
        out.write(solo::StringView(text.data(), text.size()));
        break;
      case Op::SinkWrite:
        out.Sink::write(text.data(), text.size());
        ends_print = false;
        break;
      case Op::Put:
        text = text.empty() ? std::string("\n") : text.substr(0, 1);
        out.put(text[0]);
        ends_print = false;
        break;
      case Op::Print:
        solo::print(out, "{}", solo::StringView(text.data(), text.size()));
        break;
      case Op::Println:
        solo::println(out, "{}", solo::StringView(text.data(), text.size()));
        text += '\n';
        break;
      case Op::Fill: {
        size_t width = r.in(0, 3 * cap);
        solo::print(out, "{:>{}}", "", width);
        text = std::string(width, ' ');
        break;
      }
      case Op::Numbers: {
        long i = random_integer(r);
        double d = random_double(r);
        int precision = static_cast<int>(r.in(0, 30));
        solo::print(out, "{} {} {:.{}e}|", i, d, d, precision);
        text = numbers_text(i, d, precision);
        break;
      }
      case Op::Flush:
        text.clear();
        CHECK(out.flush().has_value());
        break;
      }
      sent += text;
      got += drain_nonblocking(fds[0]);
      REQUIRE(is_prefix(got, sent));
      size_t pending = sent.size() - got.size();
      CHECK(pending <= cap); // never more than the buffer holds
      if (op == Op::Flush) CHECK(pending == 0);
      if (mode == Stream::Mode::Unbuffered && ends_print) CHECK(pending == 0);
      if (mode == Stream::Mode::Line && ends_print) {
        size_t last_newline = sent.rfind('\n');
        if (text.find('\n') != std::string::npos) CHECK(got.size() >= last_newline + 1);
      }
      if (mode == Stream::Mode::Full && op != Op::Flush && before_pending + text.size() <= cap)
        CHECK(pending == before_pending + text.size()); // it fitted: nothing was written
    }
    CHECK(out.flush().has_value());
    got += drain_nonblocking(fds[0]);
    CHECK(got == sent);
    ::close(fds[0]);
    ::close(fds[1]);
  });
}

namespace {
// Read by the SIGALRM handler (on the thread under test: the helper threads block SIGALRM).
volatile long interrupt_after = 0;
void maybe_interrupt() {
  if (interrupt_after > 0 && model::Storm::alarms() >= interrupt_after) solo::signal::request_interrupt();
}
} // namespace

TEST_CASE("Stream: a sink that takes short writes, and an interrupt request, lose nothing") {
  model::cases(model::rounds(12), [&](Rng &r, int round) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    ::fcntl(fds[1], F_SETPIPE_SZ, 4096); // a small pipe fills at once: writes wait, and come back short
    interrupt_after = round % 2 == 0 ? static_cast<long>(r.in(1, 20)) : 0;
    model::Storm storm(static_cast<long>(r.in(50, 400)), maybe_interrupt);
    auto reader = model::Storm::without_alarms(
        [&] { return std::make_unique<model::DrainingReader>(fds[0], r.next(), r.in(1, 3000)); });
    size_t cap = r.one_in(3) ? r.in(1, 16) : r.in(100, 9000);
    std::vector<char> buf(cap);
    Stream out(fds[1], buf.data(), cap, static_cast<Stream::Mode>(r.in(1, 3)));
    std::string sent;
    while (sent.size() < 400000) {
      std::string text = model::bytes(r, r.one_in(4) ? r.in(0, 20000) : model::length_near(r, cap));
      if (r.one_in(2))
        out.write(solo::StringView(text.data(), text.size()));
      else
        solo::print(out, "{}", solo::StringView(text.data(), text.size()));
      sent += text;
      if (r.one_in(10)) CHECK(out.flush().has_value());
    }
    CHECK(out.flush().has_value());
    CHECK(out.error() == solo::Errno(0));
    ::close(fds[1]);
    const std::string &got = reader->join();
    CHECK(got.size() == sent.size());
    CHECK(got == sent);
    CHECK(model::Storm::alarms() > 0);
    solo::signal::clear_interrupt();
  });
}

TEST_CASE("write_all: partial writes are continued; interrupted, it says exactly how much went out") {
  model::cases(model::rounds(16), [&](Rng &r, int round) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    ::fcntl(fds[1], F_SETPIPE_SZ, 4096);
    interrupt_after = round % 2 == 0 ? static_cast<long>(r.in(1, 30)) : 0;
    std::string data = model::bytes(r, r.in(100000, 600000));
    size_t written = 12345;
    solo::Result<void> result;
    {
      model::Storm storm(static_cast<long>(r.in(50, 400)), maybe_interrupt);
      auto reader = model::Storm::without_alarms(
          [&] { return std::make_unique<model::DrainingReader>(fds[0], r.next(), r.in(1, 5000)); });
      result = solo::io::write_all(fds[1], data.data(), data.size(), &written);
      ::close(fds[1]);
      const std::string &got = reader->join();
      if (result) {
        CHECK(written == data.size());
        CHECK(got == data);
      } else {
        CHECK(result.error() == solo::Errno::EINTR);
        CHECK(interrupt_after > 0);
        CHECK(written < data.size());
        CHECK(got.size() == written);
        CHECK(got == data.substr(0, written));
      }
    }
    solo::signal::clear_interrupt();
  });
}

TEST_CASE("read_exact: short reads are joined; end of file and interrupts say exactly how much arrived") {
  model::cases(model::rounds(120), [&](Rng &r, int) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    std::string data = model::bytes(r, r.in(0, 3000));
    std::vector<size_t> chunks;
    for (size_t k = r.in(1, 4); k > 0; --k) chunks.push_back(r.in(1, 700));
    std::string got;
    {
      model::PacedWriter writer(fds[1], data, chunks);
      for (;;) {
        size_t want = model::length_near(r, chunks[0]) + 1;
        std::string part(want, '\0');
        size_t done = 99999;
        auto n = solo::io::read_exact(fds[0], part.data(), want, &done);
        REQUIRE(n.has_value());
        CHECK(*n == done);
        got.append(part.data(), *n);
        if (*n < want) break; // only at end of file
      }
    }
    CHECK(got == data);
    ::close(fds[0]);
  });

  // Interrupted while it waits for more: it returns what it has, and the rest is still there to read.
  model::cases(model::rounds(8), [&](Rng &r, int) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    std::string data = model::bytes(r, r.in(20000, 80000));
    interrupt_after = static_cast<long>(r.in(1, 10));
    std::string got;
    {
      // Small chunks, each written once the pipe is empty: read_exact keeps waiting for the next one.
      model::PacedWriter writer(fds[1], data, {r.in(1, 200), r.in(1, 200)});
      std::string part(data.size(), '\0');
      size_t done = 0;
      solo::Result<size_t> n = size_t(0);
      {
        model::Storm storm(200, maybe_interrupt);
        n = solo::io::read_exact(fds[0], part.data(), part.size(), &done);
      }
      got.append(part.data(), done);
      if (!n) CHECK(n.error() == solo::Errno::EINTR);
      solo::signal::clear_interrupt();
      while (got.size() < data.size()) {
        auto m = solo::io::read_exact(fds[0], part.data(), part.size() - got.size());
        REQUIRE(m.has_value());
        if (*m == 0) break;
        got.append(part.data(), *m);
      }
    }
    CHECK(got == data);
    ::close(fds[0]);
  });
}

TEST_CASE("copy: short reads and short writes lose nothing; interrupted, it writes out all it read") {
  model::cases(model::rounds(16), [&](Rng &r, int round) {
    int in[2], out[2];
    REQUIRE(::pipe(in) == 0);
    REQUIRE(::pipe(out) == 0);
    ::fcntl(out[1], F_SETPIPE_SZ, 4096);
    std::string data = model::bytes(r, r.in(0, 300000));
    interrupt_after = round % 2 == 0 ? static_cast<long>(r.in(1, 30)) : 0;
    size_t first = 0, second = 0;
    std::string got;
    {
      model::Storm storm(static_cast<long>(r.in(50, 400)), maybe_interrupt);
      auto start = [&] {
        return std::make_pair(std::make_unique<model::PacedWriter>(
                                  in[1], data, std::vector<size_t>{r.in(1, 70000), r.in(1, 5000), r.in(1, 9)}),
                              std::make_unique<model::DrainingReader>(out[0], r.next(), r.in(1, 40000)));
      };
      auto threads = model::Storm::without_alarms(start);
      auto c = solo::io::copy(in[0], out[1], &first);
      if (c) {
        CHECK(*c == first);
      } else {
        CHECK(c.error() == solo::Errno::EINTR);
        // In this order: the storm is still on, and a request after the clear would stop the second copy too.
        interrupt_after = 0;
        solo::signal::clear_interrupt();
        auto rest = solo::io::copy(in[0], out[1], &second);
        REQUIRE(rest.has_value());
      }
      ::close(out[1]);
      got = threads.second->join();
    }
    CHECK(first + second == data.size());
    CHECK(got == data);
    ::close(in[0]);
    solo::signal::clear_interrupt();
  });
}

TEST_CASE("DirEntries: every entry exactly once through buffers of every size") {
  model::cases(model::rounds(20), [&](Rng &r, int) {
    TempDir dir;
    std::set<std::string> names = {".", ".."};
    for (size_t k = r.in(0, 120); k > 0; --k) {
      std::string name;
      size_t len = r.one_in(4) ? r.in(200, 255) : r.in(1, 30);
      for (size_t i = 0; i < len; ++i) name += static_cast<char>('a' + r.in(0, 25));
      if (names.insert(name).second) {
        int fd = ::open((dir / name).c_str(), O_CREAT | O_WRONLY, 0600);
        REQUIRE(fd >= 0);
        ::close(fd);
      }
    }
    int fd = ::open(dir.path.c_str(), O_RDONLY | O_DIRECTORY);
    REQUIRE(fd >= 0);
    // One record: 19 bytes of header, the name and its NUL, rounded up to 8. 280 holds the longest name.
    size_t size = r.one_in(2) ? r.in(280, 600) : r.in(280, 70000);
    std::vector<unsigned long long> storage(size / 8 + 1);
    solo::sys::DirEntries entries(fd, storage.data(), size);
    std::multiset<std::string> seen;
    for (const auto &e : entries) seen.insert(e.name().c_str());
    CHECK(entries.error() == solo::Errno(0));
    CHECK(seen == std::multiset<std::string>(names.begin(), names.end()));
    ::close(fd);
  });
  // A buffer too small for one record is an error, not an empty directory.
  TempDir dir;
  int fd = ::open(dir.path.c_str(), O_RDONLY | O_DIRECTORY);
  unsigned long long tiny[2];
  solo::sys::DirEntries entries(fd, tiny, sizeof tiny);
  solo::sys::DirEntry e;
  CHECK(entries.next(e).error() == solo::Errno::EINVAL);
  ::close(fd);
}

TEST_CASE("format_to: a buffer of any size gets the text's beginning and the size the whole text needs") {
  Rng r(model::seed());
  for (int round = 0; round < 2000; ++round) {
    std::string a = model::bytes(r, r.in(0, 80)), b = model::bytes(r, r.in(0, 80));
    size_t width = r.in(0, 120);
    long number = random_integer(r);
    double d = random_double(r);
    int precision = static_cast<int>(r.in(0, 30));
    std::vector<char> full_buf(1000);
    auto full = solo::format_to(full_buf.data(), full_buf.size(), "{}|{:>{}}|{}|{:x}|{} {} {:.{}e}|",
                                solo::StringView(a.data(), a.size()), solo::StringView(b.data(), b.size()), width,
                                number, round, number, d, d, precision);
    REQUIRE(!full.truncated());
    std::string whole(full.text.data(), full.text.size());
    CHECK(whole.ends_with(numbers_text(number, d, precision)));
    size_t size = r.in(0, whole.size() + 3);
    std::vector<char> buf(size + 1, '#');
    auto part =
        solo::format_to(buf.data(), size, "{}|{:>{}}|{}|{:x}|{} {} {:.{}e}|", solo::StringView(a.data(), a.size()),
                        solo::StringView(b.data(), b.size()), width, number, round, number, d, d, precision);
    CHECK(std::string(part.text.data(), part.text.size()) == whole.substr(0, size));
    CHECK(part.needed == whole.size());
    CHECK(part.truncated() == (size < whole.size()));
    CHECK(buf[size] == '#'); // nothing written past the end
  }
}
