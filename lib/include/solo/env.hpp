// The environment the process started with (solo::process::envp()), and the PATH search that exec-style
// calls need.
#pragma once

#include <solo/cstr.hpp>
#include <solo/result.hpp>
#include <solo/string_view.hpp>

namespace solo::env {

// The value of NAME in `envp` (default: the process's environment), or ENOENT. An empty value is a value.
Result<CStr> get(StringView name, char **envp = nullptr) noexcept;

// PATH when it is not set: the directories a shell would search.
inline constexpr const char *default_path = "/usr/local/bin:/usr/bin:/bin";

// Where `name` would be executed from: a name with a '/' is used as it is; otherwise the first executable
// `dir/name` for dir in `path` (an empty entry means the current directory). The path is built in `buf`.
// Errors: ENOENT (nowhere), EACCES (found, but nowhere executable), ENAMETOOLONG (does not fit in buf).
Result<CStr> find_in_path(CStr name, StringView path, char *buf, size_t size) noexcept;
// The same with $PATH (or default_path).
Result<CStr> find_executable(CStr name, char *buf, size_t size) noexcept;

} // namespace solo::env
