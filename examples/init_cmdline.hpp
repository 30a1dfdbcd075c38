// The part of examples/init.cpp that reads the kernel command line, as plain functions so that unit tests
// (tests/unit/init_cmdline_test.cpp) can run them on the host.
//
// The kernel command line is words separated by spaces; a double quote starts or ends a quoted stretch in
// which spaces do not separate (the quotes themselves are dropped), so `solo.run="/bin/prog -v x"` and
// `"solo.run=/bin/prog -v x"` are the same parameter. init looks for `solo.run=` and splits its value into
// the program and its arguments at spaces and tabs. The kernel leaves dotted parameters to the kernel (they
// reach init neither as arguments nor as environment), which is why init reads /proc/cmdline.
#pragma once

#include <solo/inline_string.hpp>
#include <solo/string_view.hpp>
#include <span>

namespace solo::init {

inline bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n'; }

// The value of the last `key=` parameter (the kernel's rule: a later one wins), without its quotes, into
// `value`. False when the key is absent or its last value does not fit.
template <size_t N> bool find_parameter(StringView cmdline, StringView key, InlineString<N> &value) {
  bool found = false;
  size_t i = 0, n = cmdline.size();
  while (i < n) {
    while (i < n && is_blank(cmdline[i])) ++i;
    if (i == n) break;
    // One parameter: up to a blank outside quotes; `word` collects it without the quotes.
    InlineString<4096> word;
    bool quoted = false, overflow = false;
    for (; i < n && (quoted || !is_blank(cmdline[i])); ++i) {
      if (cmdline[i] == '"')
        quoted = !quoted;
      else if (!word.try_push(cmdline[i]))
        overflow = true;
    }
    StringView w = word;
    if (w.size() > key.size() && w.starts_with(key) && w[key.size()] == '=') {
      value.clear();
      found = !overflow && value.try_append(w.substr(key.size() + 1));
    }
  }
  return found;
}

// Splits `text` in place at blanks into at most `argv.size() - 1` words: argv[0..count) point into `text`,
// argv[count] is nullptr. Returns the count (0 for a blank text); words beyond the room are dropped.
inline size_t split_words(char *text, std::span<const char *> argv) {
  size_t count = 0, max = argv.size();
  char *p = text;
  while (*p && count + 1 < max) {
    while (*p && is_blank(*p)) *p++ = '\0';
    if (!*p) break;
    argv[count++] = p;
    while (*p && !is_blank(*p)) ++p;
  }
  if (count + 1 >= max)
    while (*p && !is_blank(*p)) ++p;
  if (*p) *p = '\0';
  argv[count] = nullptr;
  return count;
}

} // namespace solo::init
