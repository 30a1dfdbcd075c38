// The -i question of ln and mv: "PROG: QUESTION? " on stderr, then a line from standard input; yes when it
// starts with 'y' or 'Y' (GNU's answer in the C locale). End of input is no.
#pragma once

#include "tiny_tool.hpp"

#include <solo/io/retry.hpp>

namespace tool {

inline bool answer_is_yes() {
  char c = 0, first = 0;
  bool any = false;
  // Byte by byte up to the newline, so that the next question reads the next line and nothing is consumed
  // past it (a script may go on reading standard input).
  for (;;) {
    auto r = solo::io::read(0, &c, 1);
    if (!r || *r == 0 || c == '\n') break;
    if (!any) first = c, any = true;
  }
  return first == 'y' || first == 'Y';
}

} // namespace tool
