// counter FILE...: lines, words and bytes of each file, through solo's typed system calls and its EINTR layer,
// with standard headers and solo's String.
#include "count.hpp"

#include <solo.hpp>
#include <string_view>

#ifdef EXAMPLE_WITH_C
extern "C" unsigned example_checksum(const unsigned char *data, unsigned long size);
#endif

int main(int argc, char **argv) {
  if (argc < 2) return solo::println(solo::io::stderr, "usage: {} FILE...", argv[0]), 2;
  int status = 0;
  for (int i = 1; i < argc; ++i) {
    auto fd = solo::sys::openat(solo::sys::at_fdcwd, solo::CStr(argv[i]), solo::sys::OpenFlags::ReadOnly);
    if (!fd) {
      solo::println(solo::io::stderr, "{}: {}: {}", argv[0], argv[i], fd.error());
      status = 1;
      continue;
    }
    Counts counts;
    unsigned checksum = 0;
    static char buf[4096];
    while (auto n = solo::io::read(*fd, buf, sizeof buf)) {
      if (*n == 0) break;
      count(counts, buf, *n);
#ifdef EXAMPLE_WITH_C
      checksum = checksum * 7 + example_checksum(reinterpret_cast<const unsigned char *>(buf), *n);
#endif
    }
    std::string_view name = argv[i];
    name.remove_prefix(name.rfind('/') + 1); // npos + 1 is 0: no slash, nothing removed
    // solo::format gives a Result<String>: running out of memory is a value here too.
    auto line = solo::format("{}: {} lines, {} words, {} bytes, checksum {}", name, counts.lines, counts.words,
                             counts.bytes, checksum);
    if (!line) return solo::println(solo::io::stderr, "{}: {}", argv[0], line.error()), 1;
    solo::println("{}", line->view());
  }
  return status;
}
