// The panicking forms of solo's containers when memory runs out: "out of memory" on stderr and SIGABRT, as
// operator new does. The fallible form of the same request is ENOMEM first.
#include <solo/io.hpp>
#include <solo/string.hpp>
#include <solo/vector.hpp>

int main(int argc, char **argv) {
  if (argc != 2) return 2;
  solo::StringView what = argv[1];
  // 64 TiB on a 64-bit architecture, 3.75 GiB on a 32-bit one: more than any mapping gets.
  constexpr size_t too_much = sizeof(size_t) == 8 ? size_t{1} << (8 * sizeof(size_t) - 18) : size_t{15} << 28;
  solo::Vector<char> v;
  if (v.try_reserve(too_much).error() != solo::Errno::ENOMEM || v.capacity() != 0) return 3;
  solo::String s;
  if (s.try_resize(too_much).error() != solo::Errno::ENOMEM || !s.empty()) return 4;
  if (what == "vector") v.reserve(too_much);
  if (what == "string") s.append(too_much, 'x');
  (void)solo::io::out("nothing ran out\n");
  return 0;
}
