// Test data for bench/containers (built for the host): `gen text BYTES` writes random lines of words and
// numbers; `gen repeats BYTES DISTINCT` writes lines drawn from DISTINCT different ones (a Zipf-like skew, so
// some lines are very common). Deterministic: the same bytes every time.
#include "xorshift.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

static XorShift rng{0x9e3779b97f4a7c15ull};

static std::string random_line() {
  static const char *words[] = {"alpha",  "beta", "gamma", "delta", "error", "warning", "info",  "debug",   "user",
                                "kernel", "disk", "net",   "solo",  "sort",  "line",    "value", "request", "done"};
  std::string s;
  int fields = 2 + static_cast<int>(rng.next() % 6);
  for (int i = 0; i < fields; ++i) {
    if (i) s += ' ';
    if (rng.next() % 3 == 0)
      s += std::to_string(rng.next() % 1000000);
    else
      s += words[rng.next() % (sizeof words / sizeof *words)];
  }
  return s;
}

int main(int argc, char **argv) {
  if (argc < 3) return 2;
  size_t bytes = strtoull(argv[2], nullptr, 10), written = 0;
  std::vector<std::string> pool;
  bool repeats = strcmp(argv[1], "repeats") == 0;
  if (repeats) {
    size_t distinct = argc > 3 ? strtoull(argv[3], nullptr, 10) : 100000;
    for (size_t i = 0; i < distinct; ++i) pool.push_back(random_line());
  }
  std::string buf;
  while (written < bytes) {
    buf.clear();
    for (int i = 0; i < 1000; ++i) {
      if (repeats) {
        // Skewed: small indexes far more often than large ones.
        uint64_t r = rng.next() % pool.size();
        buf += pool[rng.next() % 2 ? r : r % (pool.size() / 64 + 1)];
      } else {
        buf += random_line();
      }
      buf += '\n';
    }
    fwrite(buf.data(), 1, buf.size(), stdout);
    written += buf.size();
  }
  return 0;
}
