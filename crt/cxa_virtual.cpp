// What a vtable slot points to when there is nothing valid to call: a pure virtual function called during
// construction or destruction, or a deleted virtual function. Both are bugs; stop loudly.
#include <solo/panic.hpp>

extern "C" [[noreturn]] void __cxa_pure_virtual() { solo::panic("pure virtual function called"); }
extern "C" [[noreturn]] void __cxa_deleted_virtual() { solo::panic("deleted virtual function called"); }
