// What formatting a double costs in a program's size: bench/fmt/run builds this printing a double and, with
// -DPRINT_INT, an int, and reports the difference (the float formatter and its tables).
#include <solo.hpp>

int main(int argc, char **) {
#ifdef PRINT_INT
  solo::println("{}", argc * 5);
#else
  solo::println("{}", argc * 0.5);
#endif
  return 0;
}
