// The compile-time comparisons every tests/abi/*_layout.cpp file makes between solo's definitions and the
// kernel's (or, where the uapi headers have none, the C library's).
#pragma once

#include <stddef.h>

// Same size.
#define SAME_SIZE(ours, theirs) static_assert(sizeof(ours) == sizeof(theirs), #ours " size")
// A field at the same offset with the same size (names may differ).
#define SAME_OFFSET(ours, f, theirs, g)                                                                                \
  static_assert(offsetof(ours, f) == offsetof(theirs, g), #ours "." #f " offset");                                     \
  static_assert(sizeof(((ours *)nullptr)->f) == sizeof(((theirs *)nullptr)->g), #ours "." #f " size")
// A field at the same offset (its type may differ in name and, for arrays kept as one word, in shape).
#define SAME_FIELD_AS(ours, ofield, theirs, tfield)                                                                    \
  static_assert(offsetof(ours, ofield) == offsetof(theirs, tfield), #tfield)
#define SAME_FIELD(ours, theirs, field) SAME_FIELD_AS(ours, field, theirs, field)
// The same number.
#define SAME_VALUE(ours, theirs) static_assert(static_cast<long long>(ours) == static_cast<long long>(theirs), #theirs)
