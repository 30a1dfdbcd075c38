// Result::value() on an error stops the program with SIGABRT and says which error and where value() was
// called: "solo: Result::value() on an error: ENOENT (No such file or directory) at FILE:LINE in FUNCTION".
// The operators * and -> cannot know their caller's line; they name the error and themselves.
#include "check.hpp"
#include "child.hpp"

#include <solo/result.hpp>

namespace {

using solo::Errno;
using solo::Result;

// "result_value.cpp:LINE" as text, for the line given.
struct Where {
  char text[64];
  size_t size = 0;
  explicit Where(long line) {
    const char file[] = "result_value.cpp:";
    for (char c : solo::StringView(file)) text[size++] = c;
    char digits[24];
    for (char c : solo::io::to_decimal(line, digits)) text[size++] = c;
  }
  solo::StringView view() const { return solo::StringView(text, size); }
};

[[gnu::noinline]] Result<int> missing() { return Errno::ENOENT; }

constexpr long value_line = __LINE__ + 3; // the line of the value() call below
void value_on_error() {
  Result<int> r = missing();
  int x = r.value();
  (void)x;
}

constexpr long void_line = __LINE__ + 3;
void void_value_on_error() {
  Result<void> r = Errno::EACCES;
  r.value();
}

constexpr long rvalue_line = __LINE__ + 2;
void rvalue_value_on_error() {
  int x = missing().value();
  (void)x;
}

void star_on_error() {
  Result<int> r = Errno::EPIPE;
  int x = *r;
  (void)x;
}

} // namespace

int main() {
  auto a = check::run_in_child(value_on_error);
  CHECK_EQ(a.signal, 6);
  CHECK(a.err_has("solo: Result::value() on an error: ENOENT (No such file or directory) at "));
  CHECK(a.err_has(Where(value_line).view()));
  CHECK(a.err_has(" in value_on_error\n"));

  auto b = check::run_in_child(void_value_on_error);
  CHECK_EQ(b.signal, 6);
  CHECK(b.err_has("EACCES (Permission denied)"));
  CHECK(b.err_has(Where(void_line).view()));

  auto c = check::run_in_child(rvalue_value_on_error);
  CHECK_EQ(c.signal, 6);
  CHECK(c.err_has("ENOENT (No such file or directory)"));
  CHECK(c.err_has(Where(rvalue_line).view()));

  auto d = check::run_in_child(star_on_error);
  CHECK_EQ(d.signal, 6);
  CHECK(d.err_has("solo: Result::operator* or -> on an error: EPIPE (Broken pipe)\n"));

  // A value is a value: nothing happens.
  Result<int> fine = 7;
  CHECK_EQ(fine.value(), 7);
  CHECK_EQ(*fine, 7);
  return check::summary();
}
