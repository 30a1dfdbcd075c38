// parse_int and the option parser.
#include "prelude.hpp"

#include <limits.h>
#include <stdio.h>

#include <string>
#include <vector>

using solo::Errno;
using solo::OptionParser;
using solo::parse_int;

TEST_CASE("parse_int: every width at and beyond its limits") {
  CHECK(*parse_int<int>("0") == 0);
  CHECK(*parse_int<int>("-42") == -42);
  CHECK(*parse_int<int>("+42") == 42);
  CHECK(*parse_int<int>("2147483647") == INT_MAX);
  CHECK(*parse_int<int>("-2147483648") == INT_MIN);
  CHECK(parse_int<int>("2147483648").error() == Errno::ERANGE);
  CHECK(parse_int<int>("-2147483649").error() == Errno::ERANGE);
  CHECK(*parse_int<signed char>("-128") == -128);
  CHECK(parse_int<signed char>("128").error() == Errno::ERANGE);
  CHECK(*parse_int<unsigned char>("255") == 255);
  CHECK(parse_int<unsigned char>("256").error() == Errno::ERANGE);
  // long's limits as text, whichever its width (64 bits, or 32 on i386 and ARM).
  char text[32];
  snprintf(text, sizeof text, "%ld", LONG_MIN);
  CHECK(*parse_int<long>(text) == LONG_MIN);
  snprintf(text, sizeof text, "%llu", static_cast<unsigned long long>(LONG_MAX) + 1);
  CHECK(parse_int<long>(text).error() == Errno::ERANGE);
  snprintf(text, sizeof text, "%lu", ULONG_MAX);
  CHECK(*parse_int<unsigned long>(text) == ULONG_MAX);
  CHECK(parse_int<unsigned long>(sizeof(long) == 8 ? "18446744073709551616" : "4294967296").error() == Errno::ERANGE);
  CHECK(*parse_int<long long>("-9223372036854775808") == LLONG_MIN);
  CHECK(parse_int<unsigned long long>("18446744073709551616").error() == Errno::ERANGE);
  CHECK(parse_int<unsigned long>("99999999999999999999999").error() == Errno::ERANGE);
  CHECK(parse_int<unsigned>("-1").error() == Errno::ERANGE);
  CHECK(*parse_int<unsigned>("-0") == 0);
  // Random values against snprintf's text.
  unsigned long long x = 0x1234567;
  for (int i = 0; i < 2000; ++i) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    long long v = static_cast<long long>(x) >> (x % 63);
    char b[32];
    snprintf(b, sizeof b, "%lld", v);
    CHECK(*parse_int<long long>(b) == v);
    snprintf(b, sizeof b, "%llx", static_cast<unsigned long long>(v));
    CHECK(*parse_int<unsigned long long>(b, 16) == static_cast<unsigned long long>(v));
  }
}

TEST_CASE("parse_int: junk is EINVAL; bases") {
  for (const char *bad : {"", "-", "+", " 1", "1 ", "12a", "0x", "1.5", "--1", "١"})
    CHECK(parse_int<int>(bad).error() == Errno::EINVAL);
  CHECK(parse_int<int>("99999999999x").error() == Errno::EINVAL);
  CHECK(*parse_int<int>("ff", 16) == 255);
  CHECK(*parse_int<int>("FF", 16) == 255);
  CHECK(*parse_int<int>("0x1f", 0) == 31);
  CHECK(*parse_int<int>("017", 0) == 15);
  CHECK(*parse_int<int>("0b101", 0) == 5);
  CHECK(*parse_int<int>("0", 0) == 0);
  CHECK(*parse_int<int>("z", 36) == 35);
  CHECK(parse_int<int>("2", 2).error() == Errno::EINVAL);
  CHECK(parse_int<int>("1", 1).error() == Errno::EINVAL);
}

namespace {

const solo::Option options[] = {{'a', "all"},
                                {'b', nullptr},
                                {'n', "lines", true},
                                {0, "verbose", false, 1000},
                                {0, "version-info", false, 1001},
                                {'I', "iso", false, 0, true}};

// Runs the parser over `args` and describes what it returned, one item per call.
std::vector<std::string> run(std::vector<std::string> args, bool stop_at_operand = false) {
  args.insert(args.begin(), "prog");
  std::vector<char *> argv;
  for (auto &a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  OptionParser p(static_cast<int>(args.size()), argv.data(), options);
  if (stop_at_operand) p.stop_at_first_operand();
  std::vector<std::string> out;
  for (int o; (o = p.next()) != OptionParser::End;) {
    std::string v(p.value().data(), p.value().size());
    if (o == OptionParser::Operand)
      out.push_back("operand " + v);
    else if (o == OptionParser::Error) {
      out.push_back(std::string(p.message().data(), p.message().size()));
      break;
    } else if (o == OptionParser::Help)
      out.push_back("help");
    else if (o == OptionParser::Version)
      out.push_back("version");
    else if (o == 'I')
      out.push_back(p.value().data() == nullptr ? "I" : "I=" + v);
    else if (o >= 1000)
      out.push_back(std::to_string(o));
    else
      out.push_back(std::string(1, static_cast<char>(o)) + (v.empty() ? "" : "=" + v));
  }
  return out;
}

using V = std::vector<std::string>;

} // namespace

TEST_CASE("options: short, bundled, with values, long, --, operands in between") {
  CHECK(run({"-a", "-b"}) == V{"a", "b"});
  CHECK(run({"-ab", "x"}) == V{"a", "b", "operand x"});
  CHECK(run({"-n5", "-n", "6", "-abn7"}) == V{"n=5", "n=6", "a", "b", "n=7"});
  CHECK(run({"--lines=3", "--lines", "4", "--all"}) == V{"n=3", "n=4", "a"});
  CHECK(run({"f1", "-a", "f2", "--", "-b", "--all", "-"}) ==
        V{"operand f1", "a", "operand f2", "operand -b", "operand --all", "operand -"});
  CHECK(run({"--lin=9", "--verb"}) == V{"n=9", "1000"});
  CHECK(run({"--help", "--version", "--he"}) == V{"help", "version", "help"});
  CHECK(run({"-n", "-a"}) == V{"n=-a"});
}

TEST_CASE("options: an optional value comes only attached, and its absence differs from an empty one") {
  CHECK(run({"-I", "x"}) == V{"I", "operand x"});
  CHECK(run({"-Ihours", "-aI"}) == V{"I=hours", "a", "I"});
  CHECK(run({"--iso", "x", "--iso=ns", "--is="}) == V{"I", "operand x", "I=ns", "I="});
}

TEST_CASE("options: the GNU messages for mistakes") {
  CHECK(run({"-x"}) == V{"prog: invalid option -- 'x'"});
  CHECK(run({"-ax"}) == V{"a", "prog: invalid option -- 'x'"});
  CHECK(run({"--foo"}) == V{"prog: unrecognized option '--foo'"});
  CHECK(run({"--foo=1"}) == V{"prog: unrecognized option '--foo=1'"});
  CHECK(run({"-n"}) == V{"prog: option requires an argument -- 'n'"});
  CHECK(run({"--lines"}) == V{"prog: option '--lines' requires an argument"});
  CHECK(run({"--all=1"}) == V{"prog: option '--all' doesn't allow an argument"});
  CHECK(run({"--ver"}) ==
        V{"prog: option '--ver' is ambiguous; possibilities: '--verbose' '--version-info' '--version'"});
  CHECK(run({"--ver=1"}) ==
        V{"prog: option '--ver=1' is ambiguous; possibilities: '--verbose' '--version-info' '--version'"});
  CHECK(run({"--version-info"}) == V{"1001"});
}

TEST_CASE("options: stopping at the first operand leaves the rest to a command") {
  CHECK(run({"-a", "cmd", "-b", "--all", "--", "x"}, true) ==
        V{"a", "operand cmd", "operand -b", "operand --all", "operand --", "operand x"});
  CHECK(run({"-n", "1", "--", "-a", "-b"}, true) == V{"n=1", "operand -a", "operand -b"});
  CHECK(run({"-", "-a"}, true) == V{"operand -", "operand -a"});
  CHECK(run({"-a", "cmd", "-b"}) == V{"a", "operand cmd", "b"}); // the default mixes them
}

TEST_CASE("options: index() is the argv slot of what next() returned, next_index() the first one unread") {
  std::vector<std::string> args = {"prog", "-a", "one", "-bn5", "--lines", "7", "two", "--", "-a", "three"};
  std::vector<char *> argv;
  for (auto &a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  OptionParser p(static_cast<int>(args.size()), argv.data(), options);
  std::vector<std::string> seen;
  for (int o; (o = p.next()) != OptionParser::End;) {
    std::string what = o == OptionParser::Operand ? "operand" : std::string(1, static_cast<char>(o));
    seen.push_back(what + "@" + std::to_string(p.index()) + "/" + std::to_string(p.next_index()));
    if (o == OptionParser::Operand) CHECK(argv[static_cast<size_t>(p.index())] == p.value().data());
  }
  CHECK(seen == V{"a@1/2", "operand@2/3", "b@3/4", "n@3/4", "n@4/6", "operand@6/7", "operand@8/9", "operand@9/10"});
  CHECK(p.next_index() == 10);

  // What env does: options, then the command and everything after it as argv + index().
  std::vector<std::string> cmd = {"env", "-i", "ls", "-l", "--all"};
  std::vector<char *> cargv;
  for (auto &a : cmd) cargv.push_back(a.data());
  cargv.push_back(nullptr);
  OptionParser q(static_cast<int>(cmd.size()), cargv.data(), options);
  q.stop_at_first_operand();
  int o;
  while ((o = q.next()) != OptionParser::Operand) REQUIRE(o != OptionParser::End);
  char **command = cargv.data() + q.index();
  CHECK(std::string(command[0]) == "ls");
  CHECK(std::string(command[1]) == "-l");
  CHECK(command[3] == nullptr);
}
