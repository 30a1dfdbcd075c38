// A file type as GNU's tools name it in messages and in stat's %F ("regular empty file", "fifo", ...).
#pragma once

#include <solo/sys/stat.hpp>

namespace tool {

inline const char *file_type_name(unsigned mode, unsigned long long size) {
  namespace sys = solo::sys;
  switch (sys::file_type(mode)) {
  case sys::FileType::Regular:
    return size == 0 ? "regular empty file" : "regular file";
  case sys::FileType::Directory:
    return "directory";
  case sys::FileType::Symlink:
    return "symbolic link";
  case sys::FileType::Fifo:
    return "fifo";
  case sys::FileType::Socket:
    return "socket";
  case sys::FileType::CharDevice:
    return "character special file";
  case sys::FileType::BlockDevice:
    return "block special file";
  default:
    return "weird file";
  }
}

} // namespace tool
