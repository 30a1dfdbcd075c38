// tail -f / -F: after the last lines, what is appended to each file, as it comes. Woken by inotify (a change to
// the file, or to its directory when followed by name); polling every -s seconds where inotify is missing or
// cannot watch (standard input). Every wait goes through solo's EINTR layer (io::poll, io::sleep_for), so a
// signal that does not end tail resumes the wait with its deadline kept.
//   by descriptor (-f): the open file, wherever it moves; shrinking reads "file truncated" and restarts at 0
//   by name (-F = --follow=name --retry): whatever file has the name; a removed one "has become inaccessible",
//     a new one "has appeared" or a different one "has been replaced", then is read from its start
//   --pid=PID: ends once PID is gone (checked at least every -s seconds) and the files were read once more
#pragma once

#include "tiny_tool.hpp"

#include <solo/io/retry.hpp>
#include <solo/sys/inotify.hpp>
#include <solo/sys/poll.hpp>
#include <solo/sys/process.hpp>
#include <solo/sys/stat.hpp>
#include <solo/vector.hpp>

namespace tool {

struct Followed {
  const char *name; // as given ("-" for standard input)
  solo::Fd fd;      // invalid while the name has no readable file
  bool is_stdin = false;
  bool tailable = true; // a regular file, a FIFO or a character device can grow; others are left once read
  unsigned long long offset = 0;
  unsigned long long dev = 0, ino = 0;
  int wd = -1, dir_wd = -1;
  bool missing = false; // reported as gone (or never there)
};

struct FollowOptions {
  bool by_name = false, retry = false;
  long pid = 0;
  solo::Timespec interval{1, 0};
};

class Follower {
public:
  Follower(solo::Vector<Followed> &files, const FollowOptions &o, bool headers, int last_printed)
      : files_(files), o_(o), headers_(headers), last_(last_printed) {}

  int run();

private:
  // Whatever was appended to file i since it was last read; the header first when another file printed last.
  void drain(size_t i);
  // By name: the name's file now; reports it appearing, being replaced or going.
  void recheck_name(size_t i);
  bool open_name(size_t i, bool announce_new);
  bool pid_alive() const {
    return o_.pid == 0 || solo::sys::kill(static_cast<int>(o_.pid), 0).error() != solo::Errno::ESRCH;
  }
  bool anything_left() const;
  void watch(size_t i);

  solo::Vector<Followed> &files_;
  const FollowOptions &o_;
  bool headers_;
  int last_;
  solo::Fd inotify_;
  int status_ = 0;
};

inline bool Follower::anything_left() const {
  for (const Followed &f : files_)
    if (f.fd.valid() || (o_.by_name && o_.retry)) return true;
  return false;
}

inline void Follower::drain(size_t i) {
  Followed &f = files_[i];
  if (!f.fd.valid()) return;
  namespace sys = solo::sys;
  sys::Stat st;
  if (!sys::fstat(f.fd, st)) return;
  if (sys::is_regular(st.st_mode) && static_cast<unsigned long long>(st.st_size) < f.offset) {
    (void)solo::io::stdout.flush();
    solo::println(solo::io::stderr, "{}: {}: file truncated", program, quotef(f.name));
    f.offset = 0;
    (void)sys::lseek(f.fd, 0, sys::Whence::Set);
  }
  static char chunk[64 * 1024];
  for (;;) {
    auto r = solo::io::read(f.fd, chunk, sizeof chunk);
    if (!r || *r == 0) break;
    if (headers_ && last_ != static_cast<int>(i)) {
      solo::print("{}==> {} <==\n", last_ >= 0 ? "\n" : "", f.is_stdin ? "standard input" : f.name);
    }
    last_ = static_cast<int>(i);
    solo::io::stdout.Sink::write(chunk, *r);
    f.offset += *r;
    if (!sys::is_regular(st.st_mode)) break; // a FIFO's next read would wait
  }
  if (!solo::io::stdout.flush()) status_ = 1;
}

inline bool Follower::open_name(size_t i, bool announce_new) {
  namespace sys = solo::sys;
  Followed &f = files_[i];
  auto fd = solo::io::openat(sys::at_fdcwd, solo::CStr(f.name), sys::OpenFlags::ReadOnly | sys::OpenFlags::NonBlock);
  if (!fd) return false;
  sys::Stat st;
  if (!sys::fstat(*fd, st)) return false;
  bool replaced = f.fd.valid() || (!f.missing && f.ino != 0);
  f.fd = solo::move(*fd);
  f.dev = st.st_dev, f.ino = st.st_ino, f.offset = 0;
  if (announce_new) {
    (void)solo::io::stdout.flush();
    solo::println(solo::io::stderr, "{}: {} has {};  following new file", program, quote(f.name),
                  replaced ? "been replaced" : "appeared");
  }
  f.missing = false;
  watch(i);
  return true;
}

inline void Follower::recheck_name(size_t i) {
  namespace sys = solo::sys;
  Followed &f = files_[i];
  sys::Stat st;
  auto r = sys::newfstatat(sys::at_fdcwd, solo::CStr(f.name), st);
  if (!r) {
    if (!f.missing) {
      drain(i); // what was written before it went
      (void)solo::io::stdout.flush();
      solo::println(solo::io::stderr, "{}: {} has become inaccessible: {}", program, quote(f.name), r.error());
      f.missing = true;
      if (f.wd >= 0 && inotify_.valid()) (void)sys::inotify_rm_watch(inotify_, f.wd);
      f.wd = -1;
      f.fd = solo::Fd();
    }
    return;
  }
  if (f.fd.valid() && st.st_dev == f.dev && st.st_ino == f.ino) return drain(i);
  if (f.fd.valid()) drain(i); // the old file's last words
  if (f.wd >= 0 && inotify_.valid()) (void)sys::inotify_rm_watch(inotify_, f.wd);
  f.wd = -1;
  if (open_name(i, true)) drain(i);
}

inline void Follower::watch(size_t i) {
  namespace sys = solo::sys;
  using M = sys::InotifyMask;
  Followed &f = files_[i];
  if (!inotify_.valid()) return;
  M mask = M::Modify | M::Attrib | M::DeleteSelf | M::MoveSelf | M::CloseWrite;
  if (auto wd = sys::inotify_add_watch(inotify_, f.name, mask)) f.wd = *wd;
  if (o_.by_name && f.dir_wd < 0) {
    // The directory says when the name comes back (or is given to another file).
    solo::StringView name = f.name;
    size_t slash = name.rfind('/');
    static char dir[4096];
    size_t n = slash == solo::StringView::npos ? 1 : slash == 0 ? 1 : slash;
    if (n < sizeof dir) {
      if (slash == solo::StringView::npos)
        dir[0] = '.';
      else
        __builtin_memcpy(dir, f.name, n);
      dir[n] = '\0';
      if (auto wd =
              sys::inotify_add_watch(inotify_, dir, M::Create | M::MovedTo | M::MovedFrom | M::Delete | M::Attrib))
        f.dir_wd = *wd;
    }
  }
}

inline int Follower::run() {
  namespace sys = solo::sys;
  bool polling = false;
  for (const Followed &f : files_)
    if (f.is_stdin) polling = true; // standard input has no name to watch
  if (!polling) {
    auto fd = sys::inotify_init1(sys::InotifyFlags::CloseOnExec | sys::InotifyFlags::NonBlock);
    if (fd)
      inotify_ = solo::move(*fd);
    else
      polling = true;
  }
  if (inotify_.valid())
    for (size_t i = 0; i < files_.size(); ++i) watch(i);
  static char events[16 * 1024];
  for (;;) {
    bool alive = pid_alive();
    if (polling || o_.by_name) {
      for (size_t i = 0; i < files_.size(); ++i) {
        if (o_.by_name)
          recheck_name(i);
        else
          drain(i);
      }
    }
    if (!alive) break;
    if (!o_.by_name && !anything_left()) {
      solo::println(solo::io::stderr, "{}: no files remaining", program);
      return 1;
    }
    if (polling) {
      if (!solo::io::sleep_for(o_.interval)) break; // interrupted on request: the end
      continue;
    }
    // Woken by a change, or after -s seconds to look at the PID (and, by name, at names that came back
    // between a watch going and the next one being added).
    sys::Pollfd p{inotify_.get(), sys::PollEvents::In, {}};
    long timeout = o_.pid != 0 || o_.by_name ? o_.interval.tv_sec * 1000 + o_.interval.tv_nsec / 1000000 : -1;
    auto ready = solo::io::poll(&p, 1, timeout);
    if (!ready) break;
    if (*ready == 0) continue;
    auto got = solo::io::read(inotify_, events, sizeof events);
    if (!got) continue;
    for (sys::InotifyEvent e : sys::InotifyEvents(events, *got)) {
      for (size_t i = 0; i < files_.size(); ++i) {
        Followed &f = files_[i];
        if (e.wd != f.wd && e.wd != f.dir_wd) continue;
        if (e.wd == f.dir_wd && !(e.name == last_component(f.name))) continue;
        if (!o_.by_name) drain(i);
      }
    }
  }
  return status_;
}

} // namespace tool
