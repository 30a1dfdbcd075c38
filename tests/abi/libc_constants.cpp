// Kernel values that the uapi headers do not export (they live in the kernel's internal include/linux/*.h):
// address families, socket types, MSG_ flags, SCM_ types, struct msghdr/cmsghdr/linger/ucred, EFD_SEMAPHORE,
// umount2 flags. The C library's headers for this architecture copy them from the kernel; they are the
// second source checked here. (Kept apart from the uapi checks: the two sets of headers clash.)
#define _GNU_SOURCE 1
#include <netinet/in.h>
#include <stddef.h>
#include <sys/eventfd.h>
#include <sys/mount.h>
#include <sys/socket.h>

#include <solo/sys/eventfd.hpp>
#include <solo/sys/socket.hpp>
#include <solo/sys/system.hpp>

namespace sys = solo::sys;

#include "same.hpp"

SAME_VALUE(sys::AddressFamily::Unspec, AF_UNSPEC);
SAME_VALUE(sys::AddressFamily::Unix, AF_UNIX);
SAME_VALUE(sys::AddressFamily::Inet, AF_INET);
SAME_VALUE(sys::AddressFamily::Inet6, AF_INET6);
SAME_VALUE(sys::AddressFamily::Netlink, AF_NETLINK);
SAME_VALUE(sys::AddressFamily::Packet, AF_PACKET);

SAME_VALUE(sys::SocketType::Stream, SOCK_STREAM);
SAME_VALUE(sys::SocketType::Dgram, SOCK_DGRAM);
SAME_VALUE(sys::SocketType::Raw, SOCK_RAW);
SAME_VALUE(sys::SocketType::Rdm, SOCK_RDM);
SAME_VALUE(sys::SocketType::SeqPacket, SOCK_SEQPACKET);
SAME_VALUE(sys::SocketType::NonBlock, SOCK_NONBLOCK);
SAME_VALUE(sys::SocketType::CloseOnExec, SOCK_CLOEXEC);
SAME_VALUE(sys::SocketFlags::NonBlock, SOCK_NONBLOCK);
SAME_VALUE(sys::SocketFlags::CloseOnExec, SOCK_CLOEXEC);

SAME_VALUE(sys::MsgFlags::Oob, MSG_OOB);
SAME_VALUE(sys::MsgFlags::Peek, MSG_PEEK);
SAME_VALUE(sys::MsgFlags::DontRoute, MSG_DONTROUTE);
SAME_VALUE(sys::MsgFlags::Ctrunc, MSG_CTRUNC);
SAME_VALUE(sys::MsgFlags::Trunc, MSG_TRUNC);
SAME_VALUE(sys::MsgFlags::DontWait, MSG_DONTWAIT);
SAME_VALUE(sys::MsgFlags::Eor, MSG_EOR);
SAME_VALUE(sys::MsgFlags::WaitAll, MSG_WAITALL);
SAME_VALUE(sys::MsgFlags::ErrQueue, MSG_ERRQUEUE);
SAME_VALUE(sys::MsgFlags::NoSignal, MSG_NOSIGNAL);
SAME_VALUE(sys::MsgFlags::More, MSG_MORE);
SAME_VALUE(sys::MsgFlags::CmsgCloexec, MSG_CMSG_CLOEXEC);

SAME_VALUE(sys::ShutdownHow::Read, SHUT_RD);
SAME_VALUE(sys::ShutdownHow::Write, SHUT_WR);
SAME_VALUE(sys::ShutdownHow::ReadWrite, SHUT_RDWR);

SAME_VALUE(sys::scm_rights, SCM_RIGHTS);
SAME_VALUE(sys::scm_credentials, SCM_CREDENTIALS);

// struct msghdr: glibc's matches the kernel's user_msghdr on 64-bit (int namelen, size_t iovlen/controllen).
SAME_SIZE(sys::Msghdr, struct msghdr);
SAME_OFFSET(sys::Msghdr, msg_name, struct msghdr, msg_name);
SAME_OFFSET(sys::Msghdr, msg_namelen, struct msghdr, msg_namelen);
SAME_OFFSET(sys::Msghdr, msg_iov, struct msghdr, msg_iov);
SAME_OFFSET(sys::Msghdr, msg_iovlen, struct msghdr, msg_iovlen);
SAME_OFFSET(sys::Msghdr, msg_control, struct msghdr, msg_control);
SAME_OFFSET(sys::Msghdr, msg_controllen, struct msghdr, msg_controllen);
SAME_OFFSET(sys::Msghdr, msg_flags, struct msghdr, msg_flags);

SAME_SIZE(sys::Cmsghdr, struct cmsghdr);
SAME_OFFSET(sys::Cmsghdr, cmsg_len, struct cmsghdr, cmsg_len);
SAME_OFFSET(sys::Cmsghdr, cmsg_level, struct cmsghdr, cmsg_level);
SAME_OFFSET(sys::Cmsghdr, cmsg_type, struct cmsghdr, cmsg_type);
static_assert(sys::cmsg_len(4) == CMSG_LEN(4) && sys::cmsg_space(4) == CMSG_SPACE(4));
static_assert(sys::cmsg_len(12) == CMSG_LEN(12) && sys::cmsg_space(12) == CMSG_SPACE(12));

SAME_SIZE(sys::Linger, struct linger);
SAME_OFFSET(sys::Linger, l_onoff, struct linger, l_onoff);
SAME_OFFSET(sys::Linger, l_linger, struct linger, l_linger);
SAME_SIZE(sys::Ucred, struct ucred);
SAME_OFFSET(sys::Ucred, pid, struct ucred, pid);
SAME_OFFSET(sys::Ucred, uid, struct ucred, uid);
SAME_OFFSET(sys::Ucred, gid, struct ucred, gid);

SAME_VALUE(sys::EventfdFlags::Semaphore, EFD_SEMAPHORE);
SAME_VALUE(sys::EventfdFlags::NonBlock, EFD_NONBLOCK);
SAME_VALUE(sys::EventfdFlags::CloseOnExec, EFD_CLOEXEC);

SAME_VALUE(sys::UmountFlags::Force, MNT_FORCE);
SAME_VALUE(sys::UmountFlags::Detach, MNT_DETACH);
SAME_VALUE(sys::UmountFlags::Expire, MNT_EXPIRE);
SAME_VALUE(sys::UmountFlags::NoFollow, UMOUNT_NOFOLLOW);
