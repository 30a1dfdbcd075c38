#include "caveats.hpp"

long from_other_unit() { return inline_used() + template_used(1); }
long unused_function() { return inline_unused() + template_unused(2); }
[[gnu::noinline]] long twin_a() { return solo::sys::raw(nr::getsid, 0); }
[[gnu::noinline]] long twin_b() { return solo::sys::raw(nr::getsid, 0); }
