// A file name made absolute, with "." and ".." and symbolic links resolved: what readlink -f/-e/-m and
// realpath print. How much of it must exist is the caller's choice, as in GNU's tools:
//   Existing     every component (readlink -e, realpath -e)
//   AllButLast   every component but the last (readlink -f, realpath)
//   Missing      none: absent components are taken as they are written (readlink -m, realpath -m)
// Symbolic links are followed (at most 40 in all, the kernel's own limit, then ELOOP) unless `follow` is
// false (realpath -s), when the name is only tidied. `logical` resolves ".." before the links (realpath -L).
#pragma once

#include <solo/string.hpp>
#include <solo/sys/dir.hpp>
#include <solo/sys/stat.hpp>

namespace tool {

enum class MustExist { Existing, AllButLast, Missing };

namespace canonical {

inline void pop_component(solo::String &path) {
  size_t slash = path.view().rfind('/');
  path.truncate(slash == 0 ? 1 : slash);
}

inline void push_component(solo::String &path, solo::StringView name) {
  if (!path.view().ends_with('/')) path.push('/');
  path.append(name);
}

// The next component of `rest` (slashes skipped before it), removed from `rest`.
inline solo::StringView next_component(solo::StringView &rest) {
  while (!rest.empty() && rest[0] == '/') rest.remove_prefix(1);
  size_t end = rest.find('/');
  if (end == solo::StringView::npos) end = rest.size();
  solo::StringView name = rest.substr(0, end);
  rest.remove_prefix(end);
  return name;
}

inline bool only_slashes(solo::StringView s) { return s.find_first_not_of('/') == solo::StringView::npos; }

// "/a/./b/../c" as "/a/c" without looking at the file system. A name that must be a directory ("f/", "f/.")
// keeps a trailing slash, so that the walk still checks it is one.
inline solo::String tidy(solo::StringView absolute) {
  bool directory = absolute.ends_with('/') || absolute.ends_with("/.");
  solo::String out = solo::String::from("/");
  solo::StringView rest = absolute;
  for (;;) {
    solo::StringView name = next_component(rest);
    if (name.empty()) break;
    if (name == ".") continue;
    if (name == "..") {
      pop_component(out);
      continue;
    }
    push_component(out, name);
  }
  if (directory && !out.view().ends_with('/')) out.push('/');
  return out;
}

} // namespace canonical

inline solo::Result<solo::String> current_directory() {
  static char buf[4096];
  auto r = solo::sys::getcwd(buf, sizeof buf);
  if (!r) return r.error();
  if (buf[0] != '/') return solo::Errno::ENOENT; // "(unreachable)/...": not a name from this root
  return solo::String::try_from(buf);
}

inline solo::Result<solo::String> canonicalize(solo::StringView name, MustExist must, bool follow = true,
                                               bool logical = false) {
  namespace sys = solo::sys;
  using solo::Errno;
  using namespace canonical;
  if (name.empty()) return Errno::ENOENT;
  // `pending` holds what is left to walk: the name first, each link's target put in front of the rest.
  solo::String pending;
  if (name[0] != '/') {
    auto cwd = current_directory();
    if (!cwd) return cwd.error();
    pending = std::move(*cwd);
    pending.push('/');
  }
  pending.append(name);
  if (logical || !follow) pending = tidy(pending);
  solo::String out = solo::String::from("/");
  int links = 0;
  size_t done = 0; // how much of `pending` has been walked
  for (;;) {
    solo::StringView rest = pending.view().substr(done);
    solo::StringView component = next_component(rest);
    done = pending.size() - rest.size();
    if (component.empty()) break;
    if (component == ".") continue;
    if (component == "..") {
      pop_component(out);
      continue;
    }
    size_t before = out.size();
    push_component(out, component);
    bool last = only_slashes(rest);
    sys::Stat st;
    // Without following links (-s) a link counts as what it points to, as the kernel would see it.
    auto r =
        sys::newfstatat(sys::at_fdcwd, out.cstr(), st, follow ? sys::AtFlags::SymlinkNoFollow : sys::AtFlags::None);
    if (!r) {
      // With -m nothing needs to exist, nor to be reachable; when links are not followed only -e asks
      // for the components to exist (GNU's realpath -s).
      bool absent_ok = (r.error() == Errno::ENOENT && must == MustExist::AllButLast && (last || !follow)) ||
                       must == MustExist::Missing;
      if (!absent_ok) return r.error();
      continue;
    }
    if (follow && sys::is_symlink(st.st_mode)) {
      // Past the limit, or unreadable, a link is kept as written where nothing needs to exist (-m).
      if (++links > 40) {
        if (must == MustExist::Missing) continue;
        return Errno::ELOOP;
      }
      static char target[4096];
      auto n = sys::readlinkat(sys::at_fdcwd, out.cstr(), target, sizeof target);
      if (!n) {
        if (must == MustExist::Missing) continue;
        return n.error();
      }
      solo::String next;
      next.append(solo::StringView(target, *n));
      next.append(rest); // empty, or from its slash on
      pending = std::move(next);
      done = 0;
      out.truncate(before == 0 ? 1 : before);
      if (target[0] == '/') out = solo::String::from("/");
      if (logical) {
        // -L: the target's ".." components, too, count against what precedes them in the name.
        solo::String joined = out.clone();
        joined.push('/');
        joined.append(pending);
        pending = tidy(joined);
        out = solo::String::from("/");
      }
      continue;
    }
    // Something follows (if only a slash, "file/"): it must be a directory.
    if (!sys::is_directory(st.st_mode) && !rest.empty() && must != MustExist::Missing) return Errno::ENOTDIR;
  }
  return out;
}

} // namespace tool
