// Part of the lifecycle test: a static object, a constructor with priority 101, a destructor with 101.
#include "lifecycle.hpp"

namespace {
struct B {
  B() { say("static b"); }
  ~B() { say("~static b"); }
} b;
} // namespace

[[gnu::constructor(101)]] void ctor_101() { say("ctor 101"); }
[[gnu::destructor(101)]] void dtor_101() { say("fini 101"); }
