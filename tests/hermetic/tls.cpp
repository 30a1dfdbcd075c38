// thread_local in the main thread: .tdata initialisers copied, .tbss zero, alignment honoured, a variable of
// another file (initial-exec access), an object with a dynamic initialiser whose destructor runs at exit before
// the static destructors. x86-64: %fs:0 holds the thread pointer itself.
#include "check.hpp"

#include <thread_arch.hpp>

extern thread_local int other_file_value; // tls_other.cpp, = 7
int *other_file_address();

namespace {
thread_local int counter = 42;
thread_local long zeros[100];
alignas(64) thread_local char aligned[3] = {1, 2, 3};
thread_local const char *text = "tls";

int constructed = 0;
struct Object {
  int value;
  explicit Object(int v) : value(v) { ++constructed; }
  ~Object() { (void)solo::io::out("~thread_local object\n"); }
};
thread_local Object object(5);

struct Static {
  ~Static() { (void)solo::io::out("~static\n"); }
} static_object;
} // namespace

int main(int argc, char **) {
  CHECK_EQ(counter, 42);
  ++counter;
  CHECK_EQ(counter, 43);
  bool all_zero = true;
  for (long z : zeros) all_zero = all_zero && z == 0;
  CHECK(all_zero);
  CHECK_EQ(reinterpret_cast<unsigned long>(&aligned) % 64, 0);
  CHECK(aligned[0] == 1 && aligned[1] == 2 && aligned[2] == 3);
  // Writes through a run-time index keep both arrays real TLS data rather than constants.
  zeros[argc] = argc;
  aligned[argc] = 9;
  CHECK_EQ(zeros[1] + aligned[1], 10);
  CHECK(solo::StringView(text) == "tls");
  CHECK_EQ(other_file_value, 7);
  CHECK(other_file_address() == &other_file_value);
  CHECK_EQ(object.value, 5);
  CHECK_EQ(constructed, 1);

  // The block is where the thread pointer says: below it on x86-64 (variant II), above it elsewhere.
  auto tp = reinterpret_cast<long>(solo::arch::thread_pointer());
  auto at = reinterpret_cast<long>(&counter);
  CHECK(tp != 0);
  if (solo::arch::canary_in_tcb) {
    CHECK(at < tp && tp - at < 4096);
    CHECK(*reinterpret_cast<long *>(tp) == tp); // %fs:0 points at itself
  } else {
    CHECK(at >= tp && at - tp < 4096);
  }
  return check::summary();
}
