// System calls: utsname, sysinfo, the seccomp and io_uring structs, and the mount/reboot/getrandom/seccomp/
// io_uring/audit values against this architecture's uapi headers.
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/io_uring.h>
#include <linux/mount.h>
#include <linux/random.h>
#include <linux/reboot.h>
#include <linux/seccomp.h>
#include <linux/sysinfo.h>
#include <linux/utsname.h>
#include <stddef.h>
#include <uapi_names.hpp>

#include <solo/sys/io_uring.hpp>
#include <solo/sys/seccomp.hpp>
#include <solo/sys/system.hpp>

namespace sys = solo::sys;

#include "same.hpp"

SAME_SIZE(sys::Utsname, struct new_utsname);
SAME_OFFSET(sys::Utsname, sysname, struct new_utsname, sysname);
SAME_OFFSET(sys::Utsname, nodename, struct new_utsname, nodename);
SAME_OFFSET(sys::Utsname, release, struct new_utsname, release);
SAME_OFFSET(sys::Utsname, version, struct new_utsname, version);
SAME_OFFSET(sys::Utsname, machine, struct new_utsname, machine);
SAME_OFFSET(sys::Utsname, domainname, struct new_utsname, domainname);

SAME_SIZE(sys::Sysinfo, struct sysinfo);
SAME_OFFSET(sys::Sysinfo, uptime, struct sysinfo, uptime);
SAME_OFFSET(sys::Sysinfo, loads, struct sysinfo, loads);
SAME_OFFSET(sys::Sysinfo, totalram, struct sysinfo, totalram);
SAME_OFFSET(sys::Sysinfo, freeram, struct sysinfo, freeram);
SAME_OFFSET(sys::Sysinfo, sharedram, struct sysinfo, sharedram);
SAME_OFFSET(sys::Sysinfo, bufferram, struct sysinfo, bufferram);
SAME_OFFSET(sys::Sysinfo, totalswap, struct sysinfo, totalswap);
SAME_OFFSET(sys::Sysinfo, freeswap, struct sysinfo, freeswap);
SAME_OFFSET(sys::Sysinfo, procs, struct sysinfo, procs);
SAME_OFFSET(sys::Sysinfo, pad, struct sysinfo, pad);
SAME_OFFSET(sys::Sysinfo, totalhigh, struct sysinfo, totalhigh);
SAME_OFFSET(sys::Sysinfo, freehigh, struct sysinfo, freehigh);
SAME_OFFSET(sys::Sysinfo, mem_unit, struct sysinfo, mem_unit);

SAME_VALUE(sys::GetrandomFlags::NonBlock, GRND_NONBLOCK);
SAME_VALUE(sys::GetrandomFlags::Random, GRND_RANDOM);
SAME_VALUE(sys::GetrandomFlags::Insecure, GRND_INSECURE);

SAME_VALUE(sys::MountFlags::ReadOnly, MS_RDONLY);
SAME_VALUE(sys::MountFlags::NoSuid, MS_NOSUID);
SAME_VALUE(sys::MountFlags::NoDev, MS_NODEV);
SAME_VALUE(sys::MountFlags::NoExec, MS_NOEXEC);
SAME_VALUE(sys::MountFlags::Synchronous, MS_SYNCHRONOUS);
SAME_VALUE(sys::MountFlags::Remount, MS_REMOUNT);
SAME_VALUE(sys::MountFlags::MandLock, MS_MANDLOCK);
SAME_VALUE(sys::MountFlags::DirSync, MS_DIRSYNC);
SAME_VALUE(sys::MountFlags::NoSymFollow, MS_NOSYMFOLLOW);
SAME_VALUE(sys::MountFlags::NoAtime, MS_NOATIME);
SAME_VALUE(sys::MountFlags::NoDirAtime, MS_NODIRATIME);
SAME_VALUE(sys::MountFlags::Bind, MS_BIND);
SAME_VALUE(sys::MountFlags::Move, MS_MOVE);
SAME_VALUE(sys::MountFlags::Rec, MS_REC);
SAME_VALUE(sys::MountFlags::Silent, MS_SILENT);
SAME_VALUE(sys::MountFlags::PosixAcl, MS_POSIXACL);
SAME_VALUE(sys::MountFlags::Unbindable, MS_UNBINDABLE);
SAME_VALUE(sys::MountFlags::Private, MS_PRIVATE);
SAME_VALUE(sys::MountFlags::Slave, MS_SLAVE);
SAME_VALUE(sys::MountFlags::Shared, MS_SHARED);
SAME_VALUE(sys::MountFlags::RelAtime, MS_RELATIME);
SAME_VALUE(sys::MountFlags::KernMount, MS_KERNMOUNT);
SAME_VALUE(sys::MountFlags::IVersion, MS_I_VERSION);
SAME_VALUE(sys::MountFlags::StrictAtime, MS_STRICTATIME);
SAME_VALUE(sys::MountFlags::LazyTime, MS_LAZYTIME);

SAME_VALUE(sys::RebootMagic1::Magic1, LINUX_REBOOT_MAGIC1);
SAME_VALUE(sys::RebootMagic2::Magic2, LINUX_REBOOT_MAGIC2);
SAME_VALUE(sys::RebootMagic2::Magic2A, LINUX_REBOOT_MAGIC2A);
SAME_VALUE(sys::RebootMagic2::Magic2B, LINUX_REBOOT_MAGIC2B);
SAME_VALUE(sys::RebootMagic2::Magic2C, LINUX_REBOOT_MAGIC2C);
SAME_VALUE(sys::RebootCommand::Restart, LINUX_REBOOT_CMD_RESTART);
SAME_VALUE(sys::RebootCommand::Halt, LINUX_REBOOT_CMD_HALT);
SAME_VALUE(sys::RebootCommand::CadOn, LINUX_REBOOT_CMD_CAD_ON);
SAME_VALUE(sys::RebootCommand::CadOff, LINUX_REBOOT_CMD_CAD_OFF);
SAME_VALUE(sys::RebootCommand::PowerOff, LINUX_REBOOT_CMD_POWER_OFF);
SAME_VALUE(sys::RebootCommand::Restart2, LINUX_REBOOT_CMD_RESTART2);
SAME_VALUE(sys::RebootCommand::SwSuspend, LINUX_REBOOT_CMD_SW_SUSPEND);
SAME_VALUE(sys::RebootCommand::Kexec, LINUX_REBOOT_CMD_KEXEC);

// seccomp and classic BPF
SAME_SIZE(sys::SockFilter, struct sock_filter);
SAME_OFFSET(sys::SockFilter, code, struct sock_filter, code);
SAME_OFFSET(sys::SockFilter, jt, struct sock_filter, jt);
SAME_OFFSET(sys::SockFilter, jf, struct sock_filter, jf);
SAME_OFFSET(sys::SockFilter, k, struct sock_filter, k);
SAME_SIZE(sys::SockFprog, struct sock_fprog);
SAME_OFFSET(sys::SockFprog, len, struct sock_fprog, len);
SAME_OFFSET(sys::SockFprog, filter, struct sock_fprog, filter);
SAME_SIZE(sys::SeccompData, struct seccomp_data);
SAME_OFFSET(sys::SeccompData, nr, struct seccomp_data, nr);
SAME_OFFSET(sys::SeccompData, arch, struct seccomp_data, arch);
SAME_OFFSET(sys::SeccompData, instruction_pointer, struct seccomp_data, instruction_pointer);
SAME_OFFSET(sys::SeccompData, args, struct seccomp_data, args);
SAME_VALUE(sys::bpf::ld, BPF_LD);
SAME_VALUE(sys::bpf::ldx, BPF_LDX);
SAME_VALUE(sys::bpf::alu, BPF_ALU);
SAME_VALUE(sys::bpf::jmp, BPF_JMP);
SAME_VALUE(sys::bpf::ret, BPF_RET);
SAME_VALUE(sys::bpf::w, BPF_W);
SAME_VALUE(sys::bpf::h, BPF_H);
SAME_VALUE(sys::bpf::b, BPF_B);
SAME_VALUE(sys::bpf::abs, BPF_ABS);
SAME_VALUE(sys::bpf::ja, BPF_JA);
SAME_VALUE(sys::bpf::jeq, BPF_JEQ);
SAME_VALUE(sys::bpf::jgt, BPF_JGT);
SAME_VALUE(sys::bpf::jge, BPF_JGE);
SAME_VALUE(sys::bpf::jset, BPF_JSET);
SAME_VALUE(sys::bpf::k, BPF_K);
SAME_VALUE(sys::bpf::x, BPF_X);
SAME_VALUE(sys::SeccompOp::SetModeStrict, SECCOMP_SET_MODE_STRICT);
SAME_VALUE(sys::SeccompOp::SetModeFilter, SECCOMP_SET_MODE_FILTER);
SAME_VALUE(sys::SeccompOp::GetActionAvail, SECCOMP_GET_ACTION_AVAIL);
SAME_VALUE(sys::SeccompOp::GetNotifSizes, SECCOMP_GET_NOTIF_SIZES);
SAME_VALUE(sys::SeccompFilterFlags::Tsync, SECCOMP_FILTER_FLAG_TSYNC);
SAME_VALUE(sys::SeccompFilterFlags::Log, SECCOMP_FILTER_FLAG_LOG);
SAME_VALUE(sys::SeccompFilterFlags::SpecAllow, SECCOMP_FILTER_FLAG_SPEC_ALLOW);
SAME_VALUE(sys::SeccompFilterFlags::NewListener, SECCOMP_FILTER_FLAG_NEW_LISTENER);
SAME_VALUE(sys::SeccompFilterFlags::TsyncEsrch, SECCOMP_FILTER_FLAG_TSYNC_ESRCH);
SAME_VALUE(sys::SeccompFilterFlags::WaitKillableRecv, SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV);
SAME_VALUE(sys::seccomp_ret::kill_process, SECCOMP_RET_KILL_PROCESS);
SAME_VALUE(sys::seccomp_ret::kill_thread, SECCOMP_RET_KILL_THREAD);
SAME_VALUE(sys::seccomp_ret::trap, SECCOMP_RET_TRAP);
SAME_VALUE(sys::seccomp_ret::errno_, SECCOMP_RET_ERRNO);
SAME_VALUE(sys::seccomp_ret::user_notif, SECCOMP_RET_USER_NOTIF);
SAME_VALUE(sys::seccomp_ret::trace, SECCOMP_RET_TRACE);
SAME_VALUE(sys::seccomp_ret::log, SECCOMP_RET_LOG);
SAME_VALUE(sys::seccomp_ret::allow, SECCOMP_RET_ALLOW);
SAME_VALUE(sys::seccomp_ret::action_full, SECCOMP_RET_ACTION_FULL);
SAME_VALUE(sys::seccomp_ret::data, SECCOMP_RET_DATA);
SAME_VALUE(solo::arch::audit_arch, SOLO_UAPI_AUDIT_ARCH);

// io_uring
SAME_SIZE(sys::IoSqringOffsets, struct io_sqring_offsets);
SAME_OFFSET(sys::IoSqringOffsets, head, struct io_sqring_offsets, head);
SAME_OFFSET(sys::IoSqringOffsets, tail, struct io_sqring_offsets, tail);
SAME_OFFSET(sys::IoSqringOffsets, ring_mask, struct io_sqring_offsets, ring_mask);
SAME_OFFSET(sys::IoSqringOffsets, ring_entries, struct io_sqring_offsets, ring_entries);
SAME_OFFSET(sys::IoSqringOffsets, flags, struct io_sqring_offsets, flags);
SAME_OFFSET(sys::IoSqringOffsets, dropped, struct io_sqring_offsets, dropped);
SAME_OFFSET(sys::IoSqringOffsets, array, struct io_sqring_offsets, array);
SAME_OFFSET(sys::IoSqringOffsets, resv1, struct io_sqring_offsets, resv1);
SAME_OFFSET(sys::IoSqringOffsets, user_addr, struct io_sqring_offsets, resv2);
SAME_SIZE(sys::IoCqringOffsets, struct io_cqring_offsets);
SAME_OFFSET(sys::IoCqringOffsets, head, struct io_cqring_offsets, head);
SAME_OFFSET(sys::IoCqringOffsets, tail, struct io_cqring_offsets, tail);
SAME_OFFSET(sys::IoCqringOffsets, ring_mask, struct io_cqring_offsets, ring_mask);
SAME_OFFSET(sys::IoCqringOffsets, ring_entries, struct io_cqring_offsets, ring_entries);
SAME_OFFSET(sys::IoCqringOffsets, overflow, struct io_cqring_offsets, overflow);
SAME_OFFSET(sys::IoCqringOffsets, cqes, struct io_cqring_offsets, cqes);
SAME_OFFSET(sys::IoCqringOffsets, flags, struct io_cqring_offsets, flags);
SAME_OFFSET(sys::IoCqringOffsets, resv1, struct io_cqring_offsets, resv1);
SAME_OFFSET(sys::IoCqringOffsets, user_addr, struct io_cqring_offsets, resv2);
SAME_SIZE(sys::IoUringParams, struct io_uring_params);
SAME_OFFSET(sys::IoUringParams, sq_entries, struct io_uring_params, sq_entries);
SAME_OFFSET(sys::IoUringParams, cq_entries, struct io_uring_params, cq_entries);
SAME_OFFSET(sys::IoUringParams, flags, struct io_uring_params, flags);
SAME_OFFSET(sys::IoUringParams, sq_thread_cpu, struct io_uring_params, sq_thread_cpu);
SAME_OFFSET(sys::IoUringParams, sq_thread_idle, struct io_uring_params, sq_thread_idle);
SAME_OFFSET(sys::IoUringParams, features, struct io_uring_params, features);
SAME_OFFSET(sys::IoUringParams, wq_fd, struct io_uring_params, wq_fd);
SAME_OFFSET(sys::IoUringParams, resv, struct io_uring_params, resv);
SAME_OFFSET(sys::IoUringParams, sq_off, struct io_uring_params, sq_off);
SAME_OFFSET(sys::IoUringParams, cq_off, struct io_uring_params, cq_off);
SAME_SIZE(sys::IoUringSqe, struct io_uring_sqe);
SAME_OFFSET(sys::IoUringSqe, opcode, struct io_uring_sqe, opcode);
SAME_OFFSET(sys::IoUringSqe, flags, struct io_uring_sqe, flags);
SAME_OFFSET(sys::IoUringSqe, ioprio, struct io_uring_sqe, ioprio);
SAME_OFFSET(sys::IoUringSqe, fd, struct io_uring_sqe, fd);
SAME_OFFSET(sys::IoUringSqe, off, struct io_uring_sqe, off);
SAME_OFFSET(sys::IoUringSqe, addr, struct io_uring_sqe, addr);
SAME_OFFSET(sys::IoUringSqe, len, struct io_uring_sqe, len);
SAME_OFFSET(sys::IoUringSqe, op_flags, struct io_uring_sqe, rw_flags);
SAME_OFFSET(sys::IoUringSqe, user_data, struct io_uring_sqe, user_data);
SAME_OFFSET(sys::IoUringSqe, buf_index, struct io_uring_sqe, buf_index);
SAME_OFFSET(sys::IoUringSqe, personality, struct io_uring_sqe, personality);
SAME_OFFSET(sys::IoUringSqe, splice_fd_in, struct io_uring_sqe, splice_fd_in);
SAME_OFFSET(sys::IoUringSqe, addr3, struct io_uring_sqe, addr3);
SAME_SIZE(sys::IoUringCqe, struct io_uring_cqe);
SAME_OFFSET(sys::IoUringCqe, user_data, struct io_uring_cqe, user_data);
SAME_OFFSET(sys::IoUringCqe, res, struct io_uring_cqe, res);
SAME_OFFSET(sys::IoUringCqe, flags, struct io_uring_cqe, flags);
SAME_VALUE(sys::IoUringSetupFlags::IoPoll, IORING_SETUP_IOPOLL);
SAME_VALUE(sys::IoUringSetupFlags::SqPoll, IORING_SETUP_SQPOLL);
SAME_VALUE(sys::IoUringSetupFlags::SqAff, IORING_SETUP_SQ_AFF);
SAME_VALUE(sys::IoUringSetupFlags::CqSize, IORING_SETUP_CQSIZE);
SAME_VALUE(sys::IoUringSetupFlags::Clamp, IORING_SETUP_CLAMP);
SAME_VALUE(sys::IoUringSetupFlags::AttachWq, IORING_SETUP_ATTACH_WQ);
SAME_VALUE(sys::IoUringSetupFlags::RDisabled, IORING_SETUP_R_DISABLED);
SAME_VALUE(sys::IoUringSetupFlags::SubmitAll, IORING_SETUP_SUBMIT_ALL);
SAME_VALUE(sys::IoUringSetupFlags::CoopTaskrun, IORING_SETUP_COOP_TASKRUN);
SAME_VALUE(sys::IoUringSetupFlags::TaskrunFlag, IORING_SETUP_TASKRUN_FLAG);
SAME_VALUE(sys::IoUringSetupFlags::Sqe128, IORING_SETUP_SQE128);
SAME_VALUE(sys::IoUringSetupFlags::Cqe32, IORING_SETUP_CQE32);
SAME_VALUE(sys::IoUringSetupFlags::SingleIssuer, IORING_SETUP_SINGLE_ISSUER);
SAME_VALUE(sys::IoUringSetupFlags::DeferTaskrun, IORING_SETUP_DEFER_TASKRUN);
SAME_VALUE(sys::IoUringEnterFlags::GetEvents, IORING_ENTER_GETEVENTS);
SAME_VALUE(sys::IoUringEnterFlags::SqWakeup, IORING_ENTER_SQ_WAKEUP);
SAME_VALUE(sys::IoUringEnterFlags::SqWait, IORING_ENTER_SQ_WAIT);
SAME_VALUE(sys::IoUringEnterFlags::ExtArg, IORING_ENTER_EXT_ARG);
SAME_VALUE(sys::IoUringEnterFlags::RegisteredRing, IORING_ENTER_REGISTERED_RING);
SAME_VALUE(sys::io_uring_feat::single_mmap, IORING_FEAT_SINGLE_MMAP);
SAME_VALUE(sys::io_uring_feat::nodrop, IORING_FEAT_NODROP);
SAME_VALUE(sys::io_uring_feat::submit_stable, IORING_FEAT_SUBMIT_STABLE);
SAME_VALUE(sys::io_uring_feat::ext_arg, IORING_FEAT_EXT_ARG);
SAME_VALUE(sys::io_uring_off::sq_ring, IORING_OFF_SQ_RING);
SAME_VALUE(sys::io_uring_off::cq_ring, IORING_OFF_CQ_RING);
SAME_VALUE(sys::io_uring_off::sqes, IORING_OFF_SQES);
SAME_VALUE(sys::IoUringOp::Nop, IORING_OP_NOP);
SAME_VALUE(sys::IoUringOp::Readv, IORING_OP_READV);
SAME_VALUE(sys::IoUringOp::Writev, IORING_OP_WRITEV);
SAME_VALUE(sys::IoUringOp::Fsync, IORING_OP_FSYNC);
SAME_VALUE(sys::IoUringOp::PollAdd, IORING_OP_POLL_ADD);
SAME_VALUE(sys::IoUringOp::Timeout, IORING_OP_TIMEOUT);
SAME_VALUE(sys::IoUringOp::Accept, IORING_OP_ACCEPT);
SAME_VALUE(sys::IoUringOp::Connect, IORING_OP_CONNECT);
SAME_VALUE(sys::IoUringOp::Openat, IORING_OP_OPENAT);
SAME_VALUE(sys::IoUringOp::Close, IORING_OP_CLOSE);
SAME_VALUE(sys::IoUringOp::Read, IORING_OP_READ);
SAME_VALUE(sys::IoUringOp::Write, IORING_OP_WRITE);
SAME_VALUE(sys::IoUringRegisterOp::RegisterBuffers, IORING_REGISTER_BUFFERS);
SAME_VALUE(sys::IoUringRegisterOp::UnregisterBuffers, IORING_UNREGISTER_BUFFERS);
SAME_VALUE(sys::IoUringRegisterOp::RegisterFiles, IORING_REGISTER_FILES);
SAME_VALUE(sys::IoUringRegisterOp::UnregisterFiles, IORING_UNREGISTER_FILES);
SAME_VALUE(sys::IoUringRegisterOp::RegisterEventfd, IORING_REGISTER_EVENTFD);
SAME_VALUE(sys::IoUringRegisterOp::UnregisterEventfd, IORING_UNREGISTER_EVENTFD);
SAME_VALUE(sys::IoUringRegisterOp::RegisterFilesUpdate, IORING_REGISTER_FILES_UPDATE);
SAME_VALUE(sys::IoUringRegisterOp::RegisterEventfdAsync, IORING_REGISTER_EVENTFD_ASYNC);
SAME_VALUE(sys::IoUringRegisterOp::RegisterProbe, IORING_REGISTER_PROBE);
SAME_VALUE(sys::IoUringRegisterOp::RegisterPersonality, IORING_REGISTER_PERSONALITY);
SAME_VALUE(sys::IoUringRegisterOp::UnregisterPersonality, IORING_UNREGISTER_PERSONALITY);
SAME_VALUE(sys::IoUringRegisterOp::RegisterRestrictions, IORING_REGISTER_RESTRICTIONS);
SAME_VALUE(sys::IoUringRegisterOp::RegisterEnableRings, IORING_REGISTER_ENABLE_RINGS);
