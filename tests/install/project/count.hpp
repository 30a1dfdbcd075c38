// The counting half of the example: a second translation unit, so the builds compile and link several files.
#pragma once

#include <stddef.h>

struct Counts {
  unsigned long lines = 0, words = 0, bytes = 0;
  bool in_word = false;
};

void count(Counts &counts, const char *data, size_t size);
