// struct linux_dirent64 has no uapi header: the C library's struct dirent64 is declared to match it field for
// field (d_ino, d_off, d_reclen, d_type, d_name), so solo's Dirent64 is compared with that. DT_* likewise.
#define _GNU_SOURCE 1
#include <dirent.h>
#include <stddef.h>

#include <solo/sys/dir.hpp>

namespace sys = solo::sys;

static_assert(offsetof(sys::Dirent64, d_ino) == offsetof(struct dirent64, d_ino));
static_assert(offsetof(sys::Dirent64, d_off) == offsetof(struct dirent64, d_off));
static_assert(offsetof(sys::Dirent64, d_reclen) == offsetof(struct dirent64, d_reclen));
static_assert(offsetof(sys::Dirent64, d_type) == offsetof(struct dirent64, d_type));
static_assert(offsetof(sys::Dirent64, d_name) == offsetof(struct dirent64, d_name));
static_assert(offsetof(sys::Dirent64, d_name) == 19, "the kernel writes the name right after d_type");
static_assert(sizeof(sys::Dirent64::d_ino) == 8 && sizeof(sys::Dirent64::d_off) == 8);

static_assert(static_cast<int>(sys::DirType::Unknown) == DT_UNKNOWN);
static_assert(static_cast<int>(sys::DirType::Fifo) == DT_FIFO);
static_assert(static_cast<int>(sys::DirType::CharDevice) == DT_CHR);
static_assert(static_cast<int>(sys::DirType::Directory) == DT_DIR);
static_assert(static_cast<int>(sys::DirType::BlockDevice) == DT_BLK);
static_assert(static_cast<int>(sys::DirType::Regular) == DT_REG);
static_assert(static_cast<int>(sys::DirType::Symlink) == DT_LNK);
static_assert(static_cast<int>(sys::DirType::Socket) == DT_SOCK);
static_assert(static_cast<int>(sys::DirType::Whiteout) == DT_WHT);
