// Placement new and the replaceable operator new/delete forms (crt/new_delete.cpp defines them in a solo
// program) come from the standard <new>: libc++'s in a solo program, the host's in the hosted unit tests.
#pragma once

#include <new>
