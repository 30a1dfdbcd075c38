// solo's string view is the standard one: a pointer and a length, with all of std::string_view's members
// (find, substr, starts_with, compare, <=> ...). solo's API takes and returns it wherever text is not owned,
// and passes it around instead of NUL-terminated strings where it can. A solo program gets libc++'s; the hosted
// unit tests get the host's, which has the same interface.
#pragma once

#include <solo/types.hpp>
#include <string_view>

namespace solo {

using StringView = std::string_view;

// The length of a C string (s must not be null); the same as std::char_traits<char>::length.
constexpr size_t c_string_length(const char *s) noexcept { return std::char_traits<char>::length(s); }

} // namespace solo
