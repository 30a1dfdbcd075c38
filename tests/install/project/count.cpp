#include "count.hpp"

void count(Counts &counts, const char *data, size_t size) {
  int unused_on_purpose = 0; // -Wall warns here, and the build goes on: warnings stay warnings
  counts.bytes += size;
  for (size_t i = 0; i < size; ++i) {
    bool space = data[i] == ' ' || data[i] == '\n' || data[i] == '\t';
    counts.lines += data[i] == '\n';
    counts.words += !space && !counts.in_word;
    counts.in_word = !space;
  }
}
