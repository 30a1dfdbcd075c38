// io::LineReader against a trivially correct model: random inputs (empty, without a final newline, only
// newlines, NULs, lines of every length around the buffer size), random buffer sizes and short reads, compared
// piece by piece.
#include "model.hpp" // host headers first, like prelude.hpp's
#include "prelude.hpp"

#include <fcntl.h>

#include <vector>

namespace {

struct Piece {
  std::string text;
  bool newline = false;
  bool partial = false;
  bool operator==(const Piece &) const = default;
};

std::string show(const std::vector<Piece> &pieces) {
  std::string s;
  for (const auto &p : pieces) {
    s += "[";
    size_t shown = 0;
    for (char c : p.text) {
      if (++shown > 40) {
        s += "...(" + std::to_string(p.text.size()) + " bytes)";
        break;
      }
      s += c == '\0' ? std::string("\\0") : std::string(1, c);
    }
    s += p.newline ? "\\n" : "";
    s += p.partial ? "+" : "";
    s += "]";
  }
  return s;
}

// The model: every line (the text up to a '\n', or to the end of the input if something is left there)
// comes as pieces of exactly `size` bytes marked partial while at least `size` bytes of it remain, then one
// last piece of what is left, possibly empty, not partial, marked newline if the line had one.
std::vector<Piece> model_pieces(const std::string &input, size_t size) {
  std::vector<Piece> out;
  size_t start = 0;
  while (start < input.size()) {
    size_t nl = input.find('\n', start);
    bool newline = nl != std::string::npos;
    size_t end = newline ? nl : input.size();
    size_t at = start;
    while (end - at >= size) {
      out.push_back({input.substr(at, size), false, true});
      at += size;
    }
    out.push_back({input.substr(at, end - at), newline, false});
    start = newline ? nl + 1 : input.size();
  }
  return out;
}

std::vector<Piece> read_pieces(int fd, size_t size, solo::Errno &error) {
  std::vector<char> buf(size);
  solo::io::LineReader in(fd, buf.data(), size);
  solo::io::Line line;
  std::vector<Piece> got;
  for (;;) {
    auto more = in.read_line(line);
    if (!more) {
      error = more.error();
      break;
    }
    if (!*more) {
      // The end stays the end.
      auto again = in.read_line(line);
      if (!again || *again) error = solo::Errno::EPROTO;
      break;
    }
    got.push_back({std::string(line.text.data(), line.text.size()), line.newline, line.partial});
  }
  return got;
}

std::string random_input(model::Rng &rng, size_t size) {
  switch (rng.in(0, 9)) {
  case 0:
    return "";
  case 1:
    return std::string(rng.in(1, 3 * size + 2), '\n'); // only newlines
  case 2:
    return model::bytes(rng, model::length_near(rng, size), false); // no newline at all
  default:
    break;
  }
  std::string s;
  for (size_t lines = rng.in(1, 6); lines > 0; --lines) {
    s += model::bytes(rng, model::length_near(rng, size), false);
    if (lines > 1 || rng.in(0, 1)) s += '\n';
  }
  return s;
}

void check_one(const std::string &input, size_t size, std::vector<size_t> chunks) {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  solo::Errno error{};
  std::vector<Piece> got;
  {
    model::PacedWriter writer(fds[1], input, std::move(chunks));
    got = read_pieces(fds[0], size, error);
  }
  ::close(fds[0]);
  auto want = model_pieces(input, size);
  INFO("buffer ", size, ", input ", input.size(), " bytes");
  CHECK(error == solo::Errno(0));
  CHECK_MESSAGE(got == want, "got  ", show(got), "\nwant ", show(want));
}

} // namespace

TEST_CASE("LineReader: the issue's case, an unterminated last line as long as the buffer") {
  check_one("abcd", 4, {4});
  check_one("abcdefgh", 4, {3});
  check_one("ab\ncdef", 4, {1});
  check_one("abcd\n", 4, {5});
}

TEST_CASE("LineReader matches the model on random inputs, buffer sizes and short reads") {
  model::cases(model::rounds(400), [&](model::Rng &r, int) {
    size_t size = r.one_in(4) ? r.in(1, 3) : r.in(1, 40);
    std::string input = random_input(r, size);
    std::vector<size_t> chunks;
    for (size_t k = r.in(1, 5); k > 0; --k) chunks.push_back(r.one_in(3) ? r.in(1, 3) : r.in(1, 2 * size + 3));
    check_one(input, size, chunks);
  });
}

TEST_CASE("LineReader: the default-sized case, a 65,536-byte last line") {
  model::Rng rng(model::seed());
  std::string input = model::bytes(rng, 100, true) + "\n" + model::bytes(rng, 65536, false);
  check_one(input, 65536, {65536});
  check_one(input, 65536, {4096, 1000});
}

TEST_CASE("LineReader: an interrupt request ends the wait, and nothing buffered is lost") {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  REQUIRE(::write(fds[1], "one\ntw", 6) == 6);
  char buf[16];
  solo::io::LineReader in(fds[0], buf, sizeof buf);
  solo::io::Line line;
  REQUIRE(in.read_line(line).value_or(false));
  CHECK(std::string(line.text.data(), line.text.size()) == "one");
  solo::signal::request_interrupt();
  CHECK(in.read_line(line).error() == solo::Errno::EINTR); // "tw" has no newline yet: it would wait
  solo::signal::clear_interrupt();
  REQUIRE(::write(fds[1], "o\n", 2) == 2);
  ::close(fds[1]);
  REQUIRE(in.read_line(line).value_or(false));
  CHECK(std::string(line.text.data(), line.text.size()) == "two");
  CHECK(line.newline);
  CHECK(!in.read_line(line).value_or(true));
  ::close(fds[0]);
}
