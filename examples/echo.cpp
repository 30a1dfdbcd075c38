// echo: its arguments separated by spaces, then a newline. Leading arguments made only of the letters n, e and E
// are options (-n: no newline, -e: backslash escapes, -E: none, the default); anything else is text, as in GNU's
// echo. --help and --version count only when alone.
#include "lockdown.hpp"
#include "tiny_tool.hpp"

namespace {

bool is_option(const char *a) {
  if (a[0] != '-' || a[1] == '\0') return false;
  for (const char *p = a + 1; *p; ++p)
    if (*p != 'n' && *p != 'e' && *p != 'E') return false;
  return true;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Writes `s` with its escapes decoded; false when \c said to stop all output.
bool put_escaped(solo::io::Stream &out, const char *s) {
  while (*s) {
    char c = *s++;
    if (c != '\\' || *s == '\0') {
      out.put(c);
      continue;
    }
    char e = *s++;
    switch (e) {
    case 'a':
      out.put('\a');
      break;
    case 'b':
      out.put('\b');
      break;
    case 'c':
      return false;
    case 'e':
      out.put('\x1b');
      break;
    case 'f':
      out.put('\f');
      break;
    case 'n':
      out.put('\n');
      break;
    case 'r':
      out.put('\r');
      break;
    case 't':
      out.put('\t');
      break;
    case 'v':
      out.put('\v');
      break;
    case '\\':
      out.put('\\');
      break;
    case 'x': {
      int v = hex_digit(*s);
      if (v < 0) { // "\x" without digits stays as written
        out.put('\\');
        out.put('x');
        break;
      }
      ++s;
      if (int d = hex_digit(*s); d >= 0) v = v * 16 + d, ++s;
      out.put(static_cast<char>(v));
      break;
    }
    case '0': { // \0NNN: up to three octal digits after the 0
      int v = 0;
      for (int i = 0; i < 3 && *s >= '0' && *s <= '7'; ++i) v = v * 8 + (*s++ - '0');
      out.put(static_cast<char>(v));
      break;
    }
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': { // \NNN: three octal digits at most, this one included; \777 keeps its low 8 bits, as GNU's
      int v = e - '0';
      for (int i = 0; i < 2 && *s >= '0' && *s <= '7'; ++i) v = v * 8 + (*s++ - '0');
      out.put(static_cast<char>(v));
      break;
    }
    default:
      out.put('\\');
      out.put(e);
    }
  }
  return true;
}

} // namespace

int main(int argc, char **argv) {
  tool::program = argv[0];
  auto &out = solo::io::stdout;
  if (argc == 2) {
    solo::StringView a = argv[1];
    if (a == "--help") {
      solo::println("Usage: {} [-neE] [STRING]...\nEcho the STRING(s) to standard output.", tool::base_name(argv[0]));
      return 0;
    }
    if (a == "--version") return tool::version(), 0;
  }
  bool newline = true, escapes = false;
  int i = 1;
  for (; i < argc && is_option(argv[i]); ++i)
    for (const char *p = argv[i] + 1; *p; ++p) {
      if (*p == 'n')
        newline = false;
      else
        escapes = *p == 'e';
    }
  tool::lock_down();
  for (int first = i; i < argc; ++i) {
    if (i > first) out.put(' ');
    if (!escapes)
      out.write(solo::StringView(argv[i]));
    else if (!put_escaped(out, argv[i]))
      return 0;
  }
  if (newline) out.put('\n');
  return 0;
}
