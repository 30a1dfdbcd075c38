// argc, argv and envp arrive exactly as the parent passed them: empty strings, spaces, many arguments.
// tests/hermetic/CMakeLists.txt runs this with a clean environment of three variables and the arguments below.
#include "check.hpp"
#include <solo/process.hpp>
#include <solo/string_view.hpp>

using solo::StringView;

static bool ends_with(StringView s, StringView tail) {
  return s.size() >= tail.size() && StringView(s.data() + s.size() - tail.size(), tail.size()) == tail;
}

static bool is_numbered(StringView s, int n) {
  char buf[24];
  StringView digits = solo::io::to_decimal(n, buf);
  return s.size() == 4 + digits.size() && StringView(s.data(), 4) == "arg-" &&
         StringView(s.data() + 4, digits.size()) == digits;
}

int main(int argc, char **argv, char **envp) {
  constexpr int numbered = 300;
  const char *fixed[] = {"", "two words", "tab\there", "-n", "--", "\xc3\xa9t\xc3\xa9"};
  constexpr int fixed_count = sizeof(fixed) / sizeof(fixed[0]);

  CHECK_EQ(argc, 1 + fixed_count + numbered);
  CHECK(ends_with(argv[0], "args_env"));
  for (int i = 0; i < fixed_count && i + 1 < argc; ++i) CHECK(StringView(argv[1 + i]) == fixed[i]);
  for (int i = 0; i < numbered && 1 + fixed_count + i < argc; ++i) CHECK(is_numbered(argv[1 + fixed_count + i], i));
  CHECK(argv[argc] == nullptr);

  const char *env[] = {"SOLO_A=1", "SOLO_EMPTY=", "SOLO_SPACE=a b"};
  int envc = 0;
  while (envp[envc]) ++envc;
  CHECK_EQ(envc, 3);
  // Each variable exactly once. Not in order: qemu-user (7.2) hands the guest its environment reversed.
  for (const char *want : env) {
    int seen = 0;
    for (int i = 0; i < envc; ++i) seen += StringView(envp[i]) == want;
    CHECK_EQ(seen, 1);
  }

  // The start-up hands the same vectors to solo::process.
  CHECK_EQ(solo::process::argc(), argc);
  CHECK(solo::process::argv() == argv);
  CHECK(solo::process::envp() == envp);
  return check::summary();
}
