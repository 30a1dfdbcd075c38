// Part of the lifecycle test: a static object, a constructor with priority 102, a destructor with 102.
#include "lifecycle.hpp"

namespace {
struct A {
  A() { say("static a"); }
  ~A() { say("~static a"); }
} a;
} // namespace

[[gnu::constructor(102)]] void ctor_102() { say("ctor 102"); }
[[gnu::destructor(102)]] void dtor_102() { say("fini 102"); }
