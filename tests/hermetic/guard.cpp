// Function-local statics: initialised once, on first use; a static whose initialiser reaches itself again is
// a bug that ends the process with a message and SIGABRT.
#include "check.hpp"
#include "child.hpp"

namespace {
int constructions = 0;
struct Counted {
  int value;
  explicit Counted(int v) : value(v) { ++constructions; }
};
int compute(int v) { return v * 2; }
Counted &instance(int v) {
  static Counted c(compute(v));
  return c;
}

int recursive();
struct Recursive {
  int value;
  Recursive() : value(recursive()) {}
};
int recursive() {
  static Recursive r;
  return r.value;
}
} // namespace

int main(int argc, char **) {
  CHECK_EQ(constructions, 0);
  CHECK_EQ(instance(argc + 20).value, 42); // argc is 1: not a constant the compiler could fold
  CHECK_EQ(instance(5).value, 42);
  CHECK_EQ(instance(6).value, 42);
  CHECK_EQ(constructions, 1);

  auto end = check::run_in_child([] { (void)recursive(); });
  CHECK_EQ(end.signal, 6);
  CHECK(end.err_has("recursive initialisation of a function-local static"));
  return check::summary();
}
