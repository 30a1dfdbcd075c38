// The one allocator of the process. Constant-initialised (no constructor runs at start-up, no destructor is
// registered at exit): the first allocation maps what it needs.
#include <solo/mem.hpp>

namespace solo::mem {

namespace {
constinit SystemPageSource system_pages;
} // namespace

constinit Allocator detail::process_heap{system_pages};

} // namespace solo::mem
