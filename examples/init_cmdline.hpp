// The part of examples/init.cpp that reads the kernel command line, as plain functions so that unit tests
// (tests/unit/init_cmdline_test.cpp) can run them on the host.
//
// The kernel command line is words separated by spaces; a double quote starts or ends a quoted stretch in
// which spaces do not separate (the quotes themselves are dropped), so `solo.run="/bin/prog -v x"` and
// `"solo.run=/bin/prog -v x"` are the same parameter. init looks for `solo.run=` and splits its value into
// the program and its arguments at spaces and tabs. The kernel leaves dotted parameters to the kernel (they
// reach init neither as arguments nor as environment), which is why init reads /proc/cmdline.
#pragma once

#include <solo/string_view.hpp>

namespace solo::init {

inline bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n'; }

// The value of the last `key=` parameter (the kernel's rule: a later one wins), copied without its quotes into
// `buf` (NUL-terminated). Returns the value's length, or -1 when the key is absent or the value does not fit.
inline long find_parameter(StringView cmdline, StringView key, char *buf, size_t size) {
  long found = -1;
  size_t i = 0, n = cmdline.size();
  while (i < n) {
    while (i < n && is_blank(cmdline[i])) ++i;
    if (i == n) break;
    // One parameter: up to a blank outside quotes; `word` collects it without the quotes.
    char word[4096];
    size_t w = 0;
    bool quoted = false, overflow = false;
    for (; i < n && (quoted || !is_blank(cmdline[i])); ++i) {
      if (cmdline[i] == '"') {
        quoted = !quoted;
        continue;
      }
      if (w < sizeof word)
        word[w++] = cmdline[i];
      else
        overflow = true;
    }
    if (w > key.size() && word[key.size()] == '=' && StringView(word, key.size()) == key) {
      size_t len = w - key.size() - 1;
      if (overflow || len + 1 > size) {
        found = -1;
        continue;
      }
      __builtin_memcpy(buf, word + key.size() + 1, len);
      buf[len] = '\0';
      found = static_cast<long>(len);
    }
  }
  return found;
}

// Splits `text` in place at blanks into at most `max - 1` words: argv[0..count) point into `text`, argv[count]
// is nullptr. Returns the count (0 for a blank text); words beyond the room are dropped.
inline size_t split_words(char *text, const char **argv, size_t max) {
  size_t count = 0;
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
