// The auxiliary vector is found after envp and parsed: AT_PAGESZ and AT_RANDOM are there, absent types say so.
#include "check.hpp"
#include <solo/auxv.hpp>

using solo::auxv::Type;

int main() {
  auto page = solo::auxv::get(Type::AT_PAGESZ);
  CHECK(page.has_value());
  unsigned long size = page.value_or(0);
  CHECK(size >= 4096 && (size & (size - 1)) == 0);

  auto random = solo::auxv::get(Type::AT_RANDOM);
  CHECK(random.has_value());
  if (random) {
    auto *bytes = reinterpret_cast<const unsigned char *>(*random);
    int nonzero = 0;
    for (int i = 0; i < 16; ++i) nonzero += bytes[i] != 0;
    CHECK(nonzero > 0); // 16 random bytes are all zero with probability 2^-128
  }

  auto entry = solo::auxv::get(Type::AT_ENTRY);
  CHECK(entry.has_value());

  CHECK(solo::auxv::get(static_cast<Type>(9999)).error() == solo::Errno::ENOENT);

  int count = 0;
  bool saw_pagesz = false;
  for (const auto &e : solo::auxv::all()) {
    ++count;
    CHECK(e.type != 0); // AT_NULL terminates and is not part of the range
    if (e.type == static_cast<unsigned long>(Type::AT_PAGESZ)) saw_pagesz = e.value == size;
  }
  CHECK(count >= 5);
  CHECK(saw_pagesz);
  CHECK(solo::StringView(solo::auxv::name(6)) == "AT_PAGESZ");
  CHECK(solo::auxv::name(9999) == nullptr);
  return check::summary();
}
