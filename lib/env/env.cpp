#include <solo/env.hpp>
#include <solo/process.hpp>
#include <solo/sys/stat.hpp>

namespace solo::env {

Result<CStr> get(StringView name, char **envp) noexcept {
  if (!envp) envp = process::envp();
  if (!envp || name.empty()) return Errno::ENOENT;
  for (char **e = envp; *e; ++e) {
    const char *entry = *e;
    size_t i = 0;
    while (i < name.size() && entry[i] == name[i]) ++i;
    if (i == name.size() && entry[i] == '=') return CStr(entry + i + 1);
  }
  return Errno::ENOENT;
}

namespace {
bool has_slash(const char *s) noexcept {
  for (; *s; ++s)
    if (*s == '/') return true;
  return false;
}

// X_OK for a regular file: directories have x bits too, but cannot be executed.
Errno check_executable(const char *path) noexcept {
  auto access = sys::faccessat2(sys::at_fdcwd, CStr(path), sys::AccessMode::Execute);
  // Kernels before 5.8 (and qemu-user before 8.0) lack faccessat2; faccessat has the same semantics without flags.
  if (!access && access.error() == Errno::ENOSYS)
    access = sys::result_void(sys::raw(sys::nr::faccessat, sys::at_fdcwd, path, 1));
  if (!access) return access.error();
  sys::Stat st;
  auto s = sys::newfstatat(sys::at_fdcwd, CStr(path), st);
  if (!s) return s.error();
  return sys::is_directory(st.st_mode) ? Errno::EACCES : Errno(0);
}
} // namespace

Result<CStr> find_in_path(CStr name, StringView path, char *buf, size_t size) noexcept {
  size_t name_len = name.size();
  if (name_len == 0) return Errno::ENOENT;
  if (has_slash(name.c_str())) {
    if (name_len + 1 > size) return Errno::ENAMETOOLONG;
    __builtin_memcpy(buf, name.c_str(), name_len + 1);
    return CStr(buf);
  }
  bool saw_eacces = false;
  bool saw_too_long = false;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = start;
    while (end < path.size() && path[end] != ':') ++end;
    size_t dir_len = end - start;
    // dir + '/' + name + NUL; an empty entry is the current directory.
    size_t need = (dir_len ? dir_len + 1 : 0) + name_len + 1;
    if (need > size) {
      saw_too_long = true;
    } else {
      size_t n = 0;
      if (dir_len) {
        __builtin_memcpy(buf, path.data() + start, dir_len);
        n = dir_len;
        buf[n++] = '/';
      }
      __builtin_memcpy(buf + n, name.c_str(), name_len + 1);
      Errno e = check_executable(buf);
      if (e == Errno(0)) return CStr(buf);
      if (e == Errno::EACCES) saw_eacces = true;
    }
    start = end + 1;
  }
  if (saw_eacces) return Errno::EACCES;
  return saw_too_long ? Errno::ENAMETOOLONG : Errno::ENOENT;
}

Result<CStr> find_executable(CStr name, char *buf, size_t size) noexcept {
  auto path = get("PATH");
  return find_in_path(name, path ? path->view() : StringView(default_path), buf, size);
}

} // namespace solo::env
