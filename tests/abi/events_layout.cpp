// Timers, polling and events: solo's structs and flag values against this architecture's uapi headers.
#include <asm/fcntl.h>
#include <linux/eventpoll.h>
#include <linux/inotify.h>
#include <linux/poll.h>
#include <linux/posix_types.h>
#include <linux/signal.h>
#include <linux/time.h>
#include <linux/timerfd.h>
#include <stddef.h>
#include <uapi_names.hpp>

#include <solo/sys/epoll.hpp>
#include <solo/sys/eventfd.hpp>
#include <solo/sys/inotify.hpp>
#include <solo/sys/poll.hpp>
#include <solo/sys/timer.hpp>

namespace sys = solo::sys;

#include "same.hpp"

// timeval, itimerspec, itimerval
SAME_SIZE(sys::Timeval, struct __kernel_old_timeval);
SAME_OFFSET(sys::Timeval, tv_sec, struct __kernel_old_timeval, tv_sec);
SAME_OFFSET(sys::Timeval, tv_usec, struct __kernel_old_timeval, tv_usec);
SAME_SIZE(sys::Timeval, struct timeval);
SAME_SIZE(sys::Itimerspec, struct __kernel_itimerspec);
SAME_OFFSET(sys::Itimerspec, it_interval, struct __kernel_itimerspec, it_interval);
SAME_OFFSET(sys::Itimerspec, it_value, struct __kernel_itimerspec, it_value);
SAME_SIZE(sys::Itimerval, struct __kernel_old_itimerval);
SAME_OFFSET(sys::Itimerval, it_interval, struct __kernel_old_itimerval, it_interval);
SAME_OFFSET(sys::Itimerval, it_value, struct __kernel_old_itimerval, it_value);

SAME_VALUE(sys::ClockId::Realtime, CLOCK_REALTIME);
SAME_VALUE(sys::ClockId::Monotonic, CLOCK_MONOTONIC);
SAME_VALUE(sys::ClockId::ProcessCputime, CLOCK_PROCESS_CPUTIME_ID);
SAME_VALUE(sys::ClockId::ThreadCputime, CLOCK_THREAD_CPUTIME_ID);
SAME_VALUE(sys::ClockId::MonotonicRaw, CLOCK_MONOTONIC_RAW);
SAME_VALUE(sys::ClockId::RealtimeCoarse, CLOCK_REALTIME_COARSE);
SAME_VALUE(sys::ClockId::MonotonicCoarse, CLOCK_MONOTONIC_COARSE);
SAME_VALUE(sys::ClockId::Boottime, CLOCK_BOOTTIME);
SAME_VALUE(sys::ClockId::RealtimeAlarm, CLOCK_REALTIME_ALARM);
SAME_VALUE(sys::ClockId::BoottimeAlarm, CLOCK_BOOTTIME_ALARM);
SAME_VALUE(sys::ClockId::Tai, CLOCK_TAI);
SAME_VALUE(sys::TimerFlags::AbsTime, TIMER_ABSTIME);
SAME_VALUE(sys::ItimerWhich::Real, ITIMER_REAL);
SAME_VALUE(sys::ItimerWhich::Virtual, ITIMER_VIRTUAL);
SAME_VALUE(sys::ItimerWhich::Prof, ITIMER_PROF);

SAME_VALUE(sys::TimerfdFlags::NonBlock, TFD_NONBLOCK);
SAME_VALUE(sys::TimerfdFlags::CloseOnExec, TFD_CLOEXEC);
SAME_VALUE(sys::TimerfdSetFlags::AbsTime, TFD_TIMER_ABSTIME);
SAME_VALUE(sys::TimerfdSetFlags::CancelOnSet, TFD_TIMER_CANCEL_ON_SET);

// struct sigevent: 64 bytes, the thread id right after the 16-byte head.
SAME_SIZE(sys::Sigevent, struct sigevent);
SAME_OFFSET(sys::Sigevent, sigev_value, struct sigevent, sigev_value);
SAME_OFFSET(sys::Sigevent, sigev_signo, struct sigevent, sigev_signo);
SAME_OFFSET(sys::Sigevent, sigev_notify, struct sigevent, sigev_notify);
SAME_OFFSET(sys::Sigevent, _sigev_un._tid, struct sigevent, _sigev_un._tid);
SAME_SIZE(sys::Sigval, sigval_t);
SAME_VALUE(sys::SigevNotify::Signal, SIGEV_SIGNAL);
SAME_VALUE(sys::SigevNotify::None, SIGEV_NONE);
SAME_VALUE(sys::SigevNotify::Thread, SIGEV_THREAD);
SAME_VALUE(sys::SigevNotify::ThreadId, SIGEV_THREAD_ID);

// pollfd and its bits
SAME_SIZE(sys::Pollfd, struct pollfd);
SAME_OFFSET(sys::Pollfd, fd, struct pollfd, fd);
SAME_OFFSET(sys::Pollfd, events, struct pollfd, events);
SAME_OFFSET(sys::Pollfd, revents, struct pollfd, revents);
SAME_VALUE(sys::PollEvents::In, POLLIN);
SAME_VALUE(sys::PollEvents::Pri, POLLPRI);
SAME_VALUE(sys::PollEvents::Out, POLLOUT);
SAME_VALUE(sys::PollEvents::Err, POLLERR);
SAME_VALUE(sys::PollEvents::Hup, POLLHUP);
SAME_VALUE(sys::PollEvents::Nval, POLLNVAL);
SAME_VALUE(sys::PollEvents::RdNorm, POLLRDNORM);
SAME_VALUE(sys::PollEvents::RdBand, POLLRDBAND);
SAME_VALUE(sys::PollEvents::WrNorm, POLLWRNORM);
SAME_VALUE(sys::PollEvents::WrBand, POLLWRBAND);
SAME_VALUE(sys::PollEvents::Msg, POLLMSG);
SAME_VALUE(sys::PollEvents::Remove, POLLREMOVE);
SAME_VALUE(sys::PollEvents::RdHup, POLLRDHUP);

// fd_set
SAME_SIZE(sys::FdSet, __kernel_fd_set);
SAME_OFFSET(sys::FdSet, fds_bits, __kernel_fd_set, fds_bits);
SAME_VALUE(sys::FdSet::max_fds, __FD_SETSIZE);

// epoll_event: packed on x86-64 (12 bytes, as on i386 whose 64-bit members are 4-aligned), 16 elsewhere
SAME_SIZE(sys::EpollEvent, struct epoll_event);
SAME_OFFSET(sys::EpollEvent, events, struct epoll_event, events);
SAME_OFFSET(sys::EpollEvent, data, struct epoll_event, data);
static_assert(alignof(sys::EpollEvent) == alignof(struct epoll_event));
SAME_VALUE(sys::EpollEvents::In, EPOLLIN);
SAME_VALUE(sys::EpollEvents::Pri, EPOLLPRI);
SAME_VALUE(sys::EpollEvents::Out, EPOLLOUT);
SAME_VALUE(sys::EpollEvents::Err, EPOLLERR);
SAME_VALUE(sys::EpollEvents::Hup, EPOLLHUP);
SAME_VALUE(sys::EpollEvents::RdNorm, EPOLLRDNORM);
SAME_VALUE(sys::EpollEvents::RdBand, EPOLLRDBAND);
SAME_VALUE(sys::EpollEvents::WrNorm, EPOLLWRNORM);
SAME_VALUE(sys::EpollEvents::WrBand, EPOLLWRBAND);
SAME_VALUE(sys::EpollEvents::Msg, EPOLLMSG);
SAME_VALUE(sys::EpollEvents::RdHup, EPOLLRDHUP);
SAME_VALUE(sys::EpollEvents::Exclusive, EPOLLEXCLUSIVE);
SAME_VALUE(sys::EpollEvents::WakeUp, EPOLLWAKEUP);
SAME_VALUE(sys::EpollEvents::OneShot, EPOLLONESHOT);
SAME_VALUE(sys::EpollEvents::EdgeTriggered, EPOLLET);
SAME_VALUE(sys::EpollFlags::CloseOnExec, EPOLL_CLOEXEC);
SAME_VALUE(sys::EpollOp::Add, EPOLL_CTL_ADD);
SAME_VALUE(sys::EpollOp::Del, EPOLL_CTL_DEL);
SAME_VALUE(sys::EpollOp::Mod, EPOLL_CTL_MOD);

// eventfd: this uapi has no <linux/eventfd.h>; the kernel defines EFD_CLOEXEC and EFD_NONBLOCK as the open
// flags (EFD_SEMAPHORE is checked against the C library's header in libc_constants.cpp).
SAME_VALUE(sys::EventfdFlags::NonBlock, O_NONBLOCK);
SAME_VALUE(sys::EventfdFlags::CloseOnExec, O_CLOEXEC);

// inotify
SAME_SIZE(sys::InotifyEventHeader, struct inotify_event);
SAME_OFFSET(sys::InotifyEventHeader, wd, struct inotify_event, wd);
SAME_OFFSET(sys::InotifyEventHeader, mask, struct inotify_event, mask);
SAME_OFFSET(sys::InotifyEventHeader, cookie, struct inotify_event, cookie);
SAME_OFFSET(sys::InotifyEventHeader, len, struct inotify_event, len);
SAME_VALUE(sys::InotifyFlags::NonBlock, IN_NONBLOCK);
SAME_VALUE(sys::InotifyFlags::CloseOnExec, IN_CLOEXEC);
SAME_VALUE(sys::InotifyMask::Access, IN_ACCESS);
SAME_VALUE(sys::InotifyMask::Modify, IN_MODIFY);
SAME_VALUE(sys::InotifyMask::Attrib, IN_ATTRIB);
SAME_VALUE(sys::InotifyMask::CloseWrite, IN_CLOSE_WRITE);
SAME_VALUE(sys::InotifyMask::CloseNoWrite, IN_CLOSE_NOWRITE);
SAME_VALUE(sys::InotifyMask::Open, IN_OPEN);
SAME_VALUE(sys::InotifyMask::MovedFrom, IN_MOVED_FROM);
SAME_VALUE(sys::InotifyMask::MovedTo, IN_MOVED_TO);
SAME_VALUE(sys::InotifyMask::Create, IN_CREATE);
SAME_VALUE(sys::InotifyMask::Delete, IN_DELETE);
SAME_VALUE(sys::InotifyMask::DeleteSelf, IN_DELETE_SELF);
SAME_VALUE(sys::InotifyMask::MoveSelf, IN_MOVE_SELF);
SAME_VALUE(sys::InotifyMask::Close, IN_CLOSE);
SAME_VALUE(sys::InotifyMask::Move, IN_MOVE);
SAME_VALUE(sys::InotifyMask::AllEvents, IN_ALL_EVENTS);
SAME_VALUE(sys::InotifyMask::Unmount, IN_UNMOUNT);
SAME_VALUE(sys::InotifyMask::QueueOverflow, IN_Q_OVERFLOW);
SAME_VALUE(sys::InotifyMask::Ignored, IN_IGNORED);
SAME_VALUE(sys::InotifyMask::IsDir, IN_ISDIR);
SAME_VALUE(sys::InotifyMask::OnlyDir, IN_ONLYDIR);
SAME_VALUE(sys::InotifyMask::DontFollow, IN_DONT_FOLLOW);
SAME_VALUE(sys::InotifyMask::ExclUnlink, IN_EXCL_UNLINK);
SAME_VALUE(sys::InotifyMask::MaskCreate, IN_MASK_CREATE);
SAME_VALUE(sys::InotifyMask::MaskAdd, IN_MASK_ADD);
SAME_VALUE(sys::InotifyMask::OneShot, IN_ONESHOT);

// The signal mask ppoll, pselect6 and epoll_pwait take: the uapi sigset_t (one unsigned long on x86-64,
// an array of _NSIG_WORDS of them in asm-generic: 8 bytes either way). i386's and ARM's uapi sigset_t is the
// old sigaction call's one word; the real-time calls' mask is 64 bits there too.
#if SOLO_UAPI_OLD_SIGACTION
static_assert(sys::kernel_sigset_size == 8 && sizeof(sigset_t) == sizeof(long));
#else
static_assert(sys::kernel_sigset_size == sizeof(sigset_t));
#endif
