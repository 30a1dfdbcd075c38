// Reading a whole file or stream into memory in one call: what a tool does when it needs the end of its input
// before it can print the start (tail, sort, head -n -N), or for a small file read whole (/etc/passwd).
//
//   auto text = solo::io::read_file("/etc/passwd");   // Result<String>
//   if (!text) return report(text.error());
//   for (auto line : std::views::split(text->view(), '\n')) ...
//
// Reads go through the EINTR layer (<solo/io/retry.hpp>): resumed after a signal unless the program asked to
// be interrupted. A regular file is sized first, so it is read into one block of the right size; a pipe or
// terminal grows the block by doubling. On an error, what was read before it stays in the buffer.
#pragma once

#include <solo/cstr.hpp>
#include <solo/fd.hpp>
#include <solo/result.hpp>
#include <solo/string.hpp>
#include <solo/vector.hpp>

namespace solo::io {

// Appends everything from `fd` up to its end to `out`.
Result<void> read_append(FdRef fd, String &out);
Result<void> read_append(FdRef fd, Vector<char> &out);

// Everything from `fd` up to its end.
Result<String> read_all(FdRef fd);

// The whole file at `path` (opened read-only, close-on-exec, relative to the working directory).
Result<String> read_file(CStr path);

} // namespace solo::io
