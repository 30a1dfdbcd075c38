// solo::print and solo::println: formatted output (see <solo/fmt.hpp> for the syntax) to solo::io::stdout, or to
// a stream given first: solo::println(solo::io::stderr, "{}: {}", path, error).
#pragma once

#include <solo/fmt.hpp>
#include <solo/io/stream.hpp>

namespace solo {

// With threads, each call holds the stream's lock: its output never interleaves with another thread's.
template <class... Args> inline void print(io::Stream &out, fmt::format_string<Args...> f, const Args &...args) {
  io::Stream::Locked l(out);
  fmt::format_args(out, f.text(), args...);
  out.end_of_output();
}

template <class... Args> inline void println(io::Stream &out, fmt::format_string<Args...> f, const Args &...args) {
  io::Stream::Locked l(out);
  fmt::format_args(out, f.text(), args...);
  out.put('\n');
  out.end_of_output();
}

template <class... Args> inline void print(fmt::format_string<Args...> f, const Args &...args) {
  print(io::detail::standard_output(), f, args...);
}

template <class... Args> inline void println(fmt::format_string<Args...> f, const Args &...args) {
  println(io::detail::standard_output(), f, args...);
}

} // namespace solo
