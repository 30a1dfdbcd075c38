// The binary is really relocated before anything uses it: pointers stored in data, tables of strings and of
// functions, vtables, all right after start-up. Prints the run-time address of a global, which the test
// scripts compare: two runs of a PIE differ (ASLR), a non-PIE prints its link address. In a static PIE the
// relocated tables are read-only afterwards (PT_GNU_RELRO): writing one kills a child with SIGSEGV.
#include "check.hpp"
#include "child.hpp"

namespace {
int target = 5;
int *pointer_to_target = &target;
const char *const names[] = {"one", "two", "three"};
int increment(int v) { return v + 1; }
int twice(int v) { return v * 2; }
int (*const operations[])(int) = {increment, twice};

struct Shape {
  virtual int sides() const = 0;

protected:
  ~Shape() = default; // not virtual: a deleting destructor would need operator delete
};
struct Triangle : Shape {
  int sides() const override { return 3; }
};
struct Square : Shape {
  int sides() const override { return 4; }
};
Triangle triangle;
Square square;
Shape *const shapes[] = {&triangle, &square};

void hex(unsigned long v) {
  char buf[19] = "0x";
  for (int i = 0; i < 16; ++i) buf[2 + i] = "0123456789abcdef"[(v >> (60 - 4 * i)) & 0xf];
  (void)solo::io::out(solo::StringView(buf, 18));
}
} // namespace

int main(int argc, char **) {
  CHECK(pointer_to_target == &target);
  CHECK_EQ(*pointer_to_target, 5);
  CHECK(solo::StringView(names[0]) == "one" && solo::StringView(names[2]) == "three");
  CHECK_EQ(operations[argc - 1](20), 21);
  CHECK_EQ(operations[argc](20), 40);
  CHECK_EQ(shapes[argc - 1]->sides() + shapes[argc]->sides(), 7);

#ifdef SOLO_TEST_PIE
  auto end = check::run_in_child([] {
    auto *slot = const_cast<const char **>(&names[1]);
    *static_cast<const char *volatile *>(slot) = "changed";
  });
  CHECK_EQ(end.signal, 11); // SIGSEGV: .data.rel.ro was made read-only after relocation
#endif

  (void)solo::io::out("address of target: ");
  hex(reinterpret_cast<unsigned long>(&target));
  (void)solo::io::out("\n");
  return check::summary();
}
