// The file and descriptor family's kernel structs and constants, checked against this architecture's uapi
// headers: struct stat (its own layout on x86-64, asm-generic on arm64 and riscv64), statx, open_how, iovec,
// flock, and the O_*, AT_*, F_*, RESOLVE_*, RWF_*, SEEK_*, FALLOC_*, POSIX_FADV_*, MFD_*, LOCK_*, SPLICE_F_,
// CLOSE_RANGE_*, RENAME_*, S_IF* and ioctl numbers solo defines.
#include <asm/ioctls.h>
#include <asm/stat.h>
#include <linux/close_range.h>
#include <linux/fadvise.h>
#include <linux/falloc.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/memfd.h>
#include <linux/openat2.h>
#include <linux/stat.h>
#include <linux/uio.h>
#include <stddef.h>

#include <solo/sys/dir.hpp>
#include <solo/sys/fcntl.hpp>
#include <solo/sys/stat.hpp>

namespace sys = solo::sys;

#include "same.hpp"

// struct stat. On the 32-bit architectures solo's Stat is its own (filled from statx: the kernel's stat64 has
// 32-bit seconds), so only the 64-bit ones have a kernel layout to check.
#if __SIZEOF_POINTER__ == 8
// The times are StatTime pairs in solo: (st_atim.tv_sec, st_atim.tv_nsec) = (st_atime, st_atime_nsec).
static_assert(sizeof(sys::Stat) == sizeof(struct stat));
static_assert(alignof(sys::Stat) == alignof(struct stat));
SAME_FIELD(sys::Stat, struct stat, st_dev);
SAME_FIELD(sys::Stat, struct stat, st_ino);
SAME_FIELD(sys::Stat, struct stat, st_nlink);
SAME_FIELD(sys::Stat, struct stat, st_mode);
SAME_FIELD(sys::Stat, struct stat, st_uid);
SAME_FIELD(sys::Stat, struct stat, st_gid);
SAME_FIELD(sys::Stat, struct stat, st_rdev);
SAME_FIELD(sys::Stat, struct stat, st_size);
SAME_FIELD(sys::Stat, struct stat, st_blksize);
SAME_FIELD(sys::Stat, struct stat, st_blocks);
SAME_FIELD_AS(sys::Stat, st_atim.tv_sec, struct stat, st_atime);
SAME_FIELD_AS(sys::Stat, st_atim.tv_nsec, struct stat, st_atime_nsec);
SAME_FIELD_AS(sys::Stat, st_mtim.tv_sec, struct stat, st_mtime);
SAME_FIELD_AS(sys::Stat, st_mtim.tv_nsec, struct stat, st_mtime_nsec);
SAME_FIELD_AS(sys::Stat, st_ctim.tv_sec, struct stat, st_ctime);
SAME_FIELD_AS(sys::Stat, st_ctim.tv_nsec, struct stat, st_ctime_nsec);
static_assert(sizeof(sys::Stat::st_mode) == sizeof(((struct stat *)nullptr)->st_mode));
static_assert(sizeof(sys::Stat::st_nlink) == sizeof(((struct stat *)nullptr)->st_nlink));
static_assert(sizeof(sys::Stat::st_blksize) == sizeof(((struct stat *)nullptr)->st_blksize));
#endif

// struct statx and struct statx_timestamp.
static_assert(sizeof(sys::Statx) == sizeof(struct statx));
static_assert(sizeof(sys::StatxTimestamp) == sizeof(struct statx_timestamp));
SAME_FIELD(sys::StatxTimestamp, struct statx_timestamp, tv_sec);
SAME_FIELD(sys::StatxTimestamp, struct statx_timestamp, tv_nsec);
SAME_FIELD(sys::Statx, struct statx, stx_mask);
SAME_FIELD(sys::Statx, struct statx, stx_blksize);
SAME_FIELD(sys::Statx, struct statx, stx_attributes);
SAME_FIELD(sys::Statx, struct statx, stx_nlink);
SAME_FIELD(sys::Statx, struct statx, stx_uid);
SAME_FIELD(sys::Statx, struct statx, stx_gid);
SAME_FIELD(sys::Statx, struct statx, stx_mode);
SAME_FIELD(sys::Statx, struct statx, stx_ino);
SAME_FIELD(sys::Statx, struct statx, stx_size);
SAME_FIELD(sys::Statx, struct statx, stx_blocks);
SAME_FIELD(sys::Statx, struct statx, stx_attributes_mask);
SAME_FIELD(sys::Statx, struct statx, stx_atime);
SAME_FIELD(sys::Statx, struct statx, stx_btime);
SAME_FIELD(sys::Statx, struct statx, stx_ctime);
SAME_FIELD(sys::Statx, struct statx, stx_mtime);
SAME_FIELD(sys::Statx, struct statx, stx_rdev_major);
SAME_FIELD(sys::Statx, struct statx, stx_rdev_minor);
SAME_FIELD(sys::Statx, struct statx, stx_dev_major);
SAME_FIELD(sys::Statx, struct statx, stx_dev_minor);
SAME_FIELD(sys::Statx, struct statx, stx_mnt_id);
SAME_FIELD(sys::Statx, struct statx, stx_dio_mem_align);
SAME_FIELD(sys::Statx, struct statx, stx_dio_offset_align);
SAME_VALUE(sys::StatxMask::Type, STATX_TYPE);
SAME_VALUE(sys::StatxMask::Mode, STATX_MODE);
SAME_VALUE(sys::StatxMask::Nlink, STATX_NLINK);
SAME_VALUE(sys::StatxMask::Uid, STATX_UID);
SAME_VALUE(sys::StatxMask::Gid, STATX_GID);
SAME_VALUE(sys::StatxMask::Atime, STATX_ATIME);
SAME_VALUE(sys::StatxMask::Mtime, STATX_MTIME);
SAME_VALUE(sys::StatxMask::Ctime, STATX_CTIME);
SAME_VALUE(sys::StatxMask::Ino, STATX_INO);
SAME_VALUE(sys::StatxMask::Size, STATX_SIZE);
SAME_VALUE(sys::StatxMask::Blocks, STATX_BLOCKS);
SAME_VALUE(sys::StatxMask::BasicStats, STATX_BASIC_STATS);
SAME_VALUE(sys::StatxMask::Btime, STATX_BTIME);
SAME_VALUE(sys::StatxMask::MntId, STATX_MNT_ID);
SAME_VALUE(sys::StatxMask::DioAlign, STATX_DIOALIGN);

// File types of st_mode.
SAME_VALUE(sys::mode_type_mask, S_IFMT);
SAME_VALUE(sys::FileType::Socket, S_IFSOCK);
SAME_VALUE(sys::FileType::Symlink, S_IFLNK);
SAME_VALUE(sys::FileType::Regular, S_IFREG);
SAME_VALUE(sys::FileType::BlockDevice, S_IFBLK);
SAME_VALUE(sys::FileType::Directory, S_IFDIR);
SAME_VALUE(sys::FileType::CharDevice, S_IFCHR);
SAME_VALUE(sys::FileType::Fifo, S_IFIFO);
SAME_VALUE(sys::mode_set_uid, S_ISUID);
SAME_VALUE(sys::mode_set_gid, S_ISGID);
SAME_VALUE(sys::mode_sticky, S_ISVTX);

// struct open_how and RESOLVE_*.
static_assert(sizeof(sys::OpenHow) == sizeof(struct open_how));
SAME_FIELD(sys::OpenHow, struct open_how, flags);
SAME_FIELD(sys::OpenHow, struct open_how, mode);
SAME_FIELD(sys::OpenHow, struct open_how, resolve);
SAME_VALUE(sys::ResolveFlags::NoXdev, RESOLVE_NO_XDEV);
SAME_VALUE(sys::ResolveFlags::NoMagicLinks, RESOLVE_NO_MAGICLINKS);
SAME_VALUE(sys::ResolveFlags::NoSymlinks, RESOLVE_NO_SYMLINKS);
SAME_VALUE(sys::ResolveFlags::Beneath, RESOLVE_BENEATH);
SAME_VALUE(sys::ResolveFlags::InRoot, RESOLVE_IN_ROOT);
SAME_VALUE(sys::ResolveFlags::Cached, RESOLVE_CACHED);

// struct iovec.
static_assert(sizeof(sys::Iovec) == sizeof(struct iovec));
SAME_FIELD(sys::Iovec, struct iovec, iov_base);
SAME_FIELD(sys::Iovec, struct iovec, iov_len);

// struct flock (F_GETLK/F_SETLK/F_SETLKW and the OFD commands); on 32-bit architectures struct flock64, the one
// fcntl64 takes with the 64-bit lock commands (arch/generic/calls_ilp32.hpp).
#if __SIZEOF_POINTER__ == 8
#define KERNEL_FLOCK flock
#else
#define KERNEL_FLOCK flock64
#endif
static_assert(sizeof(sys::Flock) == sizeof(struct KERNEL_FLOCK));
SAME_FIELD(sys::Flock, struct KERNEL_FLOCK, l_type);
SAME_FIELD(sys::Flock, struct KERNEL_FLOCK, l_whence);
SAME_FIELD(sys::Flock, struct KERNEL_FLOCK, l_start);
SAME_FIELD(sys::Flock, struct KERNEL_FLOCK, l_len);
SAME_FIELD(sys::Flock, struct KERNEL_FLOCK, l_pid);
SAME_VALUE(sys::LockType::Read, F_RDLCK);
SAME_VALUE(sys::LockType::Write, F_WRLCK);
SAME_VALUE(sys::LockType::Unlock, F_UNLCK);

// O_* (the per-architecture ones included).
SAME_VALUE(sys::OpenFlags::ReadOnly, O_RDONLY);
SAME_VALUE(sys::OpenFlags::WriteOnly, O_WRONLY);
SAME_VALUE(sys::OpenFlags::ReadWrite, O_RDWR);
SAME_VALUE(sys::OpenFlags::AccessMode, O_ACCMODE);
SAME_VALUE(sys::OpenFlags::Create, O_CREAT);
SAME_VALUE(sys::OpenFlags::Exclusive, O_EXCL);
SAME_VALUE(sys::OpenFlags::NoCtty, O_NOCTTY);
SAME_VALUE(sys::OpenFlags::Truncate, O_TRUNC);
SAME_VALUE(sys::OpenFlags::Append, O_APPEND);
SAME_VALUE(sys::OpenFlags::NonBlock, O_NONBLOCK);
SAME_VALUE(sys::OpenFlags::DataSync, O_DSYNC);
SAME_VALUE(sys::OpenFlags::Async, FASYNC);
SAME_VALUE(sys::OpenFlags::Direct, O_DIRECT);
SAME_VALUE(sys::OpenFlags::LargeFile, O_LARGEFILE);
SAME_VALUE(sys::OpenFlags::Directory, O_DIRECTORY);
SAME_VALUE(sys::OpenFlags::NoFollow, O_NOFOLLOW);
SAME_VALUE(sys::OpenFlags::NoAtime, O_NOATIME);
SAME_VALUE(sys::OpenFlags::CloseOnExec, O_CLOEXEC);
SAME_VALUE(sys::OpenFlags::Sync, O_SYNC);
SAME_VALUE(sys::OpenFlags::Path, O_PATH);
SAME_VALUE(sys::OpenFlags::TmpFile, O_TMPFILE);

// AT_*.
SAME_VALUE(sys::at_fdcwd, AT_FDCWD);
SAME_VALUE(sys::AtFlags::SymlinkNoFollow, AT_SYMLINK_NOFOLLOW);
SAME_VALUE(sys::AtFlags::SymlinkFollow, AT_SYMLINK_FOLLOW);
SAME_VALUE(sys::AtFlags::NoAutomount, AT_NO_AUTOMOUNT);
SAME_VALUE(sys::AtFlags::EmptyPath, AT_EMPTY_PATH);
SAME_VALUE(sys::AtFlags::StatxForceSync, AT_STATX_FORCE_SYNC);
SAME_VALUE(sys::AtFlags::StatxDontSync, AT_STATX_DONT_SYNC);
SAME_VALUE(sys::AtFlags::Recursive, AT_RECURSIVE);
SAME_VALUE(sys::UnlinkFlags::RemoveDir, AT_REMOVEDIR);
SAME_VALUE(sys::AccessFlags::EAccess, AT_EACCESS);
SAME_VALUE(sys::AccessFlags::SymlinkNoFollow, AT_SYMLINK_NOFOLLOW);
SAME_VALUE(sys::AccessFlags::EmptyPath, AT_EMPTY_PATH);

// F_* commands and FD_CLOEXEC.
SAME_VALUE(sys::FcntlCmd::DupFd, F_DUPFD);
SAME_VALUE(sys::FcntlCmd::GetFd, F_GETFD);
SAME_VALUE(sys::FcntlCmd::SetFd, F_SETFD);
SAME_VALUE(sys::FcntlCmd::GetFl, F_GETFL);
SAME_VALUE(sys::FcntlCmd::SetFl, F_SETFL);
SAME_VALUE(sys::FcntlCmd::GetLk, F_GETLK);
SAME_VALUE(sys::FcntlCmd::SetLk, F_SETLK);
SAME_VALUE(sys::FcntlCmd::SetLkW, F_SETLKW);
SAME_VALUE(sys::FcntlCmd::SetOwn, F_SETOWN);
SAME_VALUE(sys::FcntlCmd::GetOwn, F_GETOWN);
SAME_VALUE(sys::FcntlCmd::SetSig, F_SETSIG);
SAME_VALUE(sys::FcntlCmd::GetSig, F_GETSIG);
SAME_VALUE(sys::FcntlCmd::OfdGetLk, F_OFD_GETLK);
SAME_VALUE(sys::FcntlCmd::OfdSetLk, F_OFD_SETLK);
SAME_VALUE(sys::FcntlCmd::OfdSetLkW, F_OFD_SETLKW);
SAME_VALUE(sys::FcntlCmd::SetLease, F_SETLEASE);
SAME_VALUE(sys::FcntlCmd::GetLease, F_GETLEASE);
SAME_VALUE(sys::FcntlCmd::Notify, F_NOTIFY);
SAME_VALUE(sys::FcntlCmd::DupFdCloseOnExec, F_DUPFD_CLOEXEC);
SAME_VALUE(sys::FcntlCmd::SetPipeSize, F_SETPIPE_SZ);
SAME_VALUE(sys::FcntlCmd::GetPipeSize, F_GETPIPE_SZ);
SAME_VALUE(sys::FcntlCmd::AddSeals, F_ADD_SEALS);
SAME_VALUE(sys::FcntlCmd::GetSeals, F_GET_SEALS);
SAME_VALUE(sys::FdFlags::CloseOnExec, FD_CLOEXEC);
SAME_VALUE(sys::Seals::Seal, F_SEAL_SEAL);
SAME_VALUE(sys::Seals::Shrink, F_SEAL_SHRINK);
SAME_VALUE(sys::Seals::Grow, F_SEAL_GROW);
SAME_VALUE(sys::Seals::Write, F_SEAL_WRITE);
SAME_VALUE(sys::Seals::FutureWrite, F_SEAL_FUTURE_WRITE);

// LOCK_*, CLOSE_RANGE_*, MFD_*.
SAME_VALUE(sys::FlockOp::Shared, LOCK_SH);
SAME_VALUE(sys::FlockOp::Exclusive, LOCK_EX);
SAME_VALUE(sys::FlockOp::NonBlock, LOCK_NB);
SAME_VALUE(sys::FlockOp::Unlock, LOCK_UN);
SAME_VALUE(sys::CloseRangeFlags::Unshare, CLOSE_RANGE_UNSHARE);
SAME_VALUE(sys::CloseRangeFlags::CloseOnExec, CLOSE_RANGE_CLOEXEC);
SAME_VALUE(sys::MemfdFlags::CloseOnExec, MFD_CLOEXEC);
SAME_VALUE(sys::MemfdFlags::AllowSealing, MFD_ALLOW_SEALING);
SAME_VALUE(sys::MemfdFlags::HugeTlb, MFD_HUGETLB);

// SEEK_*, RWF_*, RENAME_*, FALLOC_FL_*, POSIX_FADV_*.
SAME_VALUE(sys::Whence::Set, SEEK_SET);
SAME_VALUE(sys::Whence::Cur, SEEK_CUR);
SAME_VALUE(sys::Whence::End, SEEK_END);
SAME_VALUE(sys::Whence::Data, SEEK_DATA);
SAME_VALUE(sys::Whence::Hole, SEEK_HOLE);
SAME_VALUE(sys::RwFlags::HiPri, RWF_HIPRI);
SAME_VALUE(sys::RwFlags::DataSync, RWF_DSYNC);
SAME_VALUE(sys::RwFlags::Sync, RWF_SYNC);
SAME_VALUE(sys::RwFlags::NoWait, RWF_NOWAIT);
SAME_VALUE(sys::RwFlags::Append, RWF_APPEND);
SAME_VALUE(sys::RenameFlags::NoReplace, RENAME_NOREPLACE);
SAME_VALUE(sys::RenameFlags::Exchange, RENAME_EXCHANGE);
SAME_VALUE(sys::RenameFlags::Whiteout, RENAME_WHITEOUT);
SAME_VALUE(sys::FallocateMode::KeepSize, FALLOC_FL_KEEP_SIZE);
SAME_VALUE(sys::FallocateMode::PunchHole, FALLOC_FL_PUNCH_HOLE);
SAME_VALUE(sys::FallocateMode::CollapseRange, FALLOC_FL_COLLAPSE_RANGE);
SAME_VALUE(sys::FallocateMode::ZeroRange, FALLOC_FL_ZERO_RANGE);
SAME_VALUE(sys::FallocateMode::InsertRange, FALLOC_FL_INSERT_RANGE);
SAME_VALUE(sys::FallocateMode::Unshare, FALLOC_FL_UNSHARE_RANGE);
SAME_VALUE(sys::FileAdvice::Normal, POSIX_FADV_NORMAL);
SAME_VALUE(sys::FileAdvice::Random, POSIX_FADV_RANDOM);
SAME_VALUE(sys::FileAdvice::Sequential, POSIX_FADV_SEQUENTIAL);
SAME_VALUE(sys::FileAdvice::WillNeed, POSIX_FADV_WILLNEED);
SAME_VALUE(sys::FileAdvice::DontNeed, POSIX_FADV_DONTNEED);
SAME_VALUE(sys::FileAdvice::NoReuse, POSIX_FADV_NOREUSE);

// ioctl request numbers.
SAME_VALUE(sys::ioctl_tcgets, TCGETS);
SAME_VALUE(sys::ioctl_tiocgwinsz, TIOCGWINSZ);
SAME_VALUE(sys::ioctl_fionread, FIONREAD);
SAME_VALUE(sys::ioctl_fionbio, FIONBIO);
SAME_VALUE(sys::ioctl_fioclex, FIOCLEX);
SAME_VALUE(sys::ioctl_fionclex, FIONCLEX);

// utimensat's special nanosecond values (uapi linux/stat.h has none; the kernel's include/linux/stat.h defines
// UTIME_NOW ((1l << 30) - 1) and UTIME_OMIT ((1l << 30) - 2), which every C library copies).
static_assert(sys::utime_now == (1L << 30) - 1 && sys::utime_omit == (1L << 30) - 2);
