#include "prelude.hpp"

#include <solo/sandbox/filter.hpp>

#include <random>
#include <set>
#include <vector>

namespace sys = solo::sys;
using solo::Errno;
using solo::sandbox::build_filter;
using solo::sandbox::max_filter_length;

namespace {

// A classic-BPF interpreter for what seccomp hands a filter, restricted to the instructions the kernel's
// constant-action cache can evaluate (kernel/seccomp.c, seccomp_is_const_allow): any other instruction, or a
// load of anything but nr and arch, fails the test. Returns the action.
uint32_t run(const std::vector<sys::SockFilter> &prog, uint32_t nr, uint32_t arch) {
  uint32_t a = 0;
  for (size_t pc = 0; pc < prog.size();) {
    const sys::SockFilter &f = prog[pc];
    switch (f.code) {
    case sys::bpf::ld | sys::bpf::w | sys::bpf::abs:
      REQUIRE((f.k == 0 || f.k == 4));
      a = f.k == 0 ? nr : arch;
      ++pc;
      break;
    case sys::bpf::jmp | sys::bpf::ja:
      pc += 1 + f.k;
      break;
    case sys::bpf::jmp | sys::bpf::jeq | sys::bpf::k:
      pc += 1 + (a == f.k ? f.jt : f.jf);
      break;
    case sys::bpf::jmp | sys::bpf::jgt | sys::bpf::k:
      pc += 1 + (a > f.k ? f.jt : f.jf);
      break;
    case sys::bpf::jmp | sys::bpf::jge | sys::bpf::k:
      pc += 1 + (a >= f.k ? f.jt : f.jf);
      break;
    case sys::bpf::ret | sys::bpf::k:
      return f.k;
    default:
      FAIL("an instruction outside the cacheable set: " << f.code);
      return 0;
    }
  }
  FAIL("ran off the end of the program");
  return 0;
}

constexpr uint32_t arch = 0xC000003E, deny = sys::seccomp_ret::kill_process;

std::vector<sys::SockFilter> build(const std::vector<long> &numbers, uint32_t default_action = deny) {
  std::vector<sys::SockFilter> prog(max_filter_length(numbers.size()));
  auto n = build_filter({numbers.data(), numbers.size(), arch, default_action}, prog.data(), prog.size());
  REQUIRE(n.has_value());
  REQUIRE(*n <= 4096);
  prog.resize(*n);
  return prog;
}

// Every number up to past the largest, the x32 versions, the top of the range, each with the right and a
// wrong architecture: allowed exactly when in the set and native.
void check_against_the_set(const std::vector<long> &numbers) {
  auto prog = build(numbers);
  std::set<long> in(numbers.begin(), numbers.end());
  long top = numbers.empty() ? 10 : numbers.back() + 10;
  for (long nr = 0; nr <= top; ++nr) {
    uint32_t expect = in.count(nr) ? sys::seccomp_ret::allow : deny;
    CHECK(run(prog, static_cast<uint32_t>(nr), arch) == expect);
    CHECK(run(prog, static_cast<uint32_t>(nr) | 0x40000000, arch) == deny); // x32
    CHECK(run(prog, static_cast<uint32_t>(nr), 0x40000003) == deny);        // i386 on x86-64
  }
  for (uint32_t nr : {0x3fffffffU, 0x7fffffffU, 0xffffffffU, 0x80000000U}) CHECK(run(prog, nr, arch) == deny);
}

} // namespace

TEST_CASE("sandbox filter: empty, single numbers, one long run") {
  check_against_the_set({});
  check_against_the_set({0});
  check_against_the_set({231});
  check_against_the_set({0, 1});
  check_against_the_set({0, 2});
  std::vector<long> all;
  for (long i = 0; i < 451; ++i) all.push_back(i);
  check_against_the_set(all);
  CHECK(build(all).size() < 12); // one run: a range test, not 451 comparisons
}

TEST_CASE("sandbox filter: random sets of every size against the set itself") {
  std::mt19937 rng(17);
  for (size_t size : {1u, 2u, 15u, 16u, 17u, 33u, 64u, 100u, 255u, 300u, 450u, 700u, 1024u}) {
    for (int round = 0; round < 4; ++round) {
      // Clustered numbers, as real tables are: runs of neighbours make ranges, gaps make singles.
      std::set<long> s;
      long span = static_cast<long>(size) * (1 + round);
      while (s.size() < size) {
        long start = std::uniform_int_distribution<long>(0, span)(rng);
        long run = std::uniform_int_distribution<long>(1, round == 0 ? 1 : 6)(rng);
        for (long i = 0; i < run && s.size() < size; ++i) s.insert(start + i);
      }
      std::vector<long> numbers(s.begin(), s.end());
      INFO("size " << size << " round " << round);
      check_against_the_set(numbers);
    }
  }
}

TEST_CASE("sandbox filter: the default action is the one asked for, long jumps go through ja") {
  std::vector<long> spread;
  for (long i = 0; i < 600; ++i) spread.push_back(3 * i); // 600 single numbers: a deep tree
  uint32_t trap = sys::seccomp_ret::trap;
  auto prog = build(spread, trap);
  CHECK(run(prog, 1, arch) == trap);
  CHECK(run(prog, 3, arch) == sys::seccomp_ret::allow);
  CHECK(run(prog, 1797, arch) == sys::seccomp_ret::allow);
  CHECK(run(prog, 1798, arch) == trap);
  bool has_ja = false;
  for (auto &f : prog) has_ja |= f.code == (sys::bpf::jmp | sys::bpf::ja);
  CHECK(has_ja);
  check_against_the_set(spread);
}

TEST_CASE("sandbox filter: bad input is refused") {
  sys::SockFilter prog[64];
  const long unsorted[] = {3, 1};
  CHECK(build_filter({unsorted, 2, arch, deny}, prog, 64).error() == Errno::EINVAL);
  const long twice[] = {1, 1};
  CHECK(build_filter({twice, 2, arch, deny}, prog, 64).error() == Errno::EINVAL);
  const long x32[] = {0x40000000};
  CHECK(build_filter({x32, 1, arch, deny}, prog, 64).error() == Errno::EINVAL);
  const long negative[] = {-1};
  CHECK(build_filter({negative, 1, arch, deny}, prog, 64).error() == Errno::EINVAL);
  const long many[] = {1, 3, 5, 7, 9, 11, 13, 15, 17, 19};
  CHECK(build_filter({many, 10, arch, deny}, prog, 8).error() == Errno::E2BIG);
  CHECK(build_filter({many, 10, arch, deny}, prog, 64).has_value());
}
