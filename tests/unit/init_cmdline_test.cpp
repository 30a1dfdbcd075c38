// examples/init's kernel command line parsing: solo.run=, quotes, the last parameter winning, splitting.
#include "prelude.hpp"

#include "../../examples/init_cmdline.hpp"

#include <string>
#include <vector>

namespace {
std::string find(const char *cmdline, const char *key = "solo.run") {
  solo::InlineString<255> value;
  return solo::init::find_parameter(cmdline, key, value) ? std::string(value.view()) : std::string("<none>");
}

std::vector<std::string> split(std::string text, size_t max = 16) {
  std::vector<const char *> argv(max);
  size_t n = solo::init::split_words(text.data(), argv);
  CHECK(argv[n] == nullptr);
  return std::vector<std::string>(argv.begin(), argv.begin() + static_cast<long>(n));
}
} // namespace

TEST_CASE("init: solo.run= is found among other parameters") {
  CHECK(find("console=ttyS0 solo.run=/bin/prog quiet\n") == "/bin/prog");
  CHECK(find("solo.run=/x") == "/x");
  CHECK(find("console=ttyS0 quiet") == "<none>");
  CHECK(find("") == "<none>");
  CHECK(find("xsolo.run=/a solo.runner=/b solo.run") == "<none>");
  CHECK(find("solo.run=") == "");
}

TEST_CASE("init: quotes keep spaces and are dropped") {
  CHECK(find("a=1 solo.run=\"/bin/prog -v  x\" b=2") == "/bin/prog -v  x");
  CHECK(find("\"solo.run=/bin/prog -v\" quiet") == "/bin/prog -v");
  CHECK(find("solo.run=\"/bin/prog") == "/bin/prog"); // an unclosed quote runs to the end
}

TEST_CASE("init: the last solo.run= wins, and a value too long is refused") {
  CHECK(find("solo.run=/first solo.run=/second") == "/second");
  solo::InlineString<3> small;
  CHECK(!solo::init::find_parameter("solo.run=/long", "solo.run", small));
  CHECK(solo::init::find_parameter("solo.run=/ab", "solo.run", small));
  CHECK(small == "/ab");
}

TEST_CASE("init: the value splits into a program and its arguments") {
  CHECK(split("/bin/prog -v  x") == std::vector<std::string>{"/bin/prog", "-v", "x"});
  CHECK(split("  \t/bin/sh  ") == std::vector<std::string>{"/bin/sh"});
  CHECK(split("").empty());
  CHECK(split("   ").empty());
  CHECK(split("a b c d", 3) == std::vector<std::string>{"a", "b"});
}
