// mount's option words (-o, comma-separated): those the kernel takes as mount(2) flags become MountFlags, the
// rest are the filesystem's own and go to it as the data string. The propagation words (make-shared ...)
// need a mount(2) call of their own, which is why they are kept apart.
#pragma once

#include <solo/string.hpp>
#include <solo/string_view.hpp>
#include <solo/sys/system.hpp>

namespace tool::mount_options {

using Flags = solo::sys::MountFlags;

struct Word {
  const char *name;
  Flags set, clear;
  bool propagation = false;
};

// The words and what each sets and clears, as mount(8) documents them.
inline constexpr Word words[] = {
    {"defaults", Flags::None, Flags::None}, // rw, suid, dev, exec, async: all of them the kernel's default
    {"ro", Flags::ReadOnly, Flags::None},
    {"rw", Flags::None, Flags::ReadOnly},
    {"nosuid", Flags::NoSuid, Flags::None},
    {"suid", Flags::None, Flags::NoSuid},
    {"nodev", Flags::NoDev, Flags::None},
    {"dev", Flags::None, Flags::NoDev},
    {"noexec", Flags::NoExec, Flags::None},
    {"exec", Flags::None, Flags::NoExec},
    {"sync", Flags::Synchronous, Flags::None},
    {"async", Flags::None, Flags::Synchronous},
    {"remount", Flags::Remount, Flags::None},
    {"bind", Flags::Bind, Flags::None},
    {"rbind", Flags::Bind | Flags::Rec, Flags::None},
    {"move", Flags::Move, Flags::None},
    {"noatime", Flags::NoAtime, Flags::None},
    {"atime", Flags::None, Flags::NoAtime},
    {"relatime", Flags::RelAtime, Flags::None},
    {"norelatime", Flags::None, Flags::RelAtime},
    {"strictatime", Flags::StrictAtime, Flags::None},
    {"nodiratime", Flags::NoDirAtime, Flags::None},
    {"diratime", Flags::None, Flags::NoDirAtime},
    {"dirsync", Flags::DirSync, Flags::None},
    {"lazytime", Flags::LazyTime, Flags::None},
    {"nosymfollow", Flags::NoSymFollow, Flags::None},
    {"make-shared", Flags::Shared, Flags::None, true},
    {"make-rshared", Flags::Shared | Flags::Rec, Flags::None, true},
    {"make-private", Flags::Private, Flags::None, true},
    {"make-rprivate", Flags::Private | Flags::Rec, Flags::None, true},
    {"make-slave", Flags::Slave, Flags::None, true},
    {"make-rslave", Flags::Slave | Flags::Rec, Flags::None, true},
    {"make-unbindable", Flags::Unbindable, Flags::None, true},
    {"make-runbindable", Flags::Unbindable | Flags::Rec, Flags::None, true},
};

struct Parsed {
  Flags flags = Flags::None;
  Flags propagation = Flags::None;
  solo::String data; // the words no flag stands for, comma-separated, in their order
};

// Adds the words of `text` to `into`: later words win over earlier ones ("ro,rw" is rw).
inline void parse(solo::StringView text, Parsed &into) {
  size_t at = 0;
  while (at <= text.size()) {
    size_t end = at;
    while (end < text.size() && text[end] != ',') ++end;
    solo::StringView word = text.substr(at, end - at);
    at = end + 1;
    if (word.empty()) continue;
    const Word *known = nullptr;
    for (const auto &w : words)
      if (word == w.name) known = &w;
    if (!known) {
      if (!into.data.empty()) into.data.push_back(',');
      into.data.append(word);
    } else if (known->propagation) {
      into.propagation = into.propagation | known->set;
    } else {
      into.flags = (into.flags & ~known->clear) | known->set;
    }
  }
}

} // namespace tool::mount_options
