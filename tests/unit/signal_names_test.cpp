// signal::name and signal::description against the C library's sigabbrev_np and sigdescr_np (glibc 2.32 and
// later), the real-time names, and signal::from_name reading them back.
#include <string.h>

#include "prelude.hpp"

#include <string>

namespace sig = solo::signal;

TEST_CASE("signal names and descriptions are the C library's") {
  for (int s = 1; s < sig::first_realtime; ++s) {
    INFO("signal ", s);
    REQUIRE(::sigabbrev_np(s) != nullptr);
    // 29 is SIGIO and SIGPOLL: glibc names it POLL, solo (like kill -l and its own signal::IO) IO.
    CHECK(std::string(sig::name(s)) == (s == sig::IO ? "IO" : ::sigabbrev_np(s)));
    CHECK(std::string(sig::description(s)) == ::sigdescr_np(s));
  }
  CHECK(std::string(sig::name(sig::SEGV)) == "SEGV");
  CHECK(std::string(sig::description(sig::INT)) == "Interrupt");
}

TEST_CASE("real-time signals are named from both ends, unknown numbers say so") {
  CHECK(std::string(sig::name(32)) == "RTMIN");
  CHECK(std::string(sig::name(33)) == "RTMIN+1");
  CHECK(std::string(sig::name(48)) == "RTMIN+16");
  CHECK(std::string(sig::name(49)) == "RTMAX-15");
  CHECK(std::string(sig::name(63)) == "RTMAX-1");
  CHECK(std::string(sig::name(64)) == "RTMAX");
  CHECK(std::string(sig::description(40)) == "Real-time signal");
  for (int s : {0, -1, 65, 1000}) {
    CHECK(std::string(sig::name(s)) == "UNKNOWN");
    CHECK(std::string(sig::description(s)) == "Unknown signal");
  }
}

TEST_CASE("from_name reads every name back, with or without SIG, in any case, and numbers") {
  for (int s = 1; s <= sig::last; ++s) {
    std::string n = sig::name(s);
    CHECK(sig::from_name(solo::StringView(n.c_str())).value_or(0) == s);
    std::string prefixed = "SIG" + n;
    CHECK(sig::from_name(solo::StringView(prefixed.c_str())).value_or(0) == s);
    std::string number = std::to_string(s);
    CHECK(sig::from_name(solo::StringView(number.c_str())).value_or(0) == s);
  }
  CHECK(sig::from_name("int").value_or(0) == sig::INT);
  CHECK(sig::from_name("SigTerm").value_or(0) == sig::TERM);
  CHECK(sig::from_name("RTMIN+3").value_or(0) == 35);
  CHECK(sig::from_name("RTMAX-2").value_or(0) == 62);
  CHECK(sig::from_name("POLL").value_or(0) == sig::IO); // the other names Linux has for the same numbers
  CHECK(sig::from_name("SIGIOT").value_or(0) == sig::ABRT);
  CHECK(sig::from_name("CLD").value_or(0) == sig::CHLD);
  for (const char *bad : {"", "SIG", "NOPE", "RTMIN+40", "RTMAX-40", "RTMIN+", "65", "0", "-1", "INT ", "SIGSIGINT"})
    CHECK(sig::from_name(bad).error() == solo::Errno::EINVAL);
}

TEST_CASE("a signal::Number formats as its name") {
  char buf[32];
  auto r = solo::format_to(buf, "{} {}", sig::SEGV, static_cast<int>(sig::SEGV));
  CHECK(std::string(r.text.data(), r.text.size()) == "SEGV 11");
}
