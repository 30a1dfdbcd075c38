// io_uring: the three raw calls, typed, with the structs they share with user space (uapi <linux/io_uring.h>).
// Mapping the rings (mmap at the IORING_OFF_* offsets) and driving them is left to a ring API above this.
#pragma once

#include <solo/flags.hpp>
#include <solo/sys/fd_result.hpp>
#include <solo/sys/sigmask_arg.hpp>

namespace solo::sys {

// Where, inside the SQ ring mapping, each field lives.
struct IoSqringOffsets {
  uint32_t head, tail, ring_mask, ring_entries, flags, dropped, array, resv1;
  uint64_t user_addr; // "resv2" in older headers
};

struct IoCqringOffsets {
  uint32_t head, tail, ring_mask, ring_entries, overflow, cqes, flags, resv1;
  uint64_t user_addr;
};

enum class IoUringSetupFlags : uint32_t {
  None = 0,
  IoPoll = 1U << 0,
  SqPoll = 1U << 1,
  SqAff = 1U << 2,
  CqSize = 1U << 3, // cq_entries is given
  Clamp = 1U << 4,
  AttachWq = 1U << 5,
  RDisabled = 1U << 6,
  SubmitAll = 1U << 7,
  CoopTaskrun = 1U << 8,
  TaskrunFlag = 1U << 9,
  Sqe128 = 1U << 10,
  Cqe32 = 1U << 11,
  SingleIssuer = 1U << 12,
  DeferTaskrun = 1U << 13,
};
SOLO_FLAG_OPERATORS(IoUringSetupFlags)

// struct io_uring_params: in with flags (and sq_thread_*, cq_entries, wq_fd as the flags ask), out with the
// sizes, the features and the ring offsets.
struct IoUringParams {
  uint32_t sq_entries = 0;
  uint32_t cq_entries = 0;
  IoUringSetupFlags flags = IoUringSetupFlags::None;
  uint32_t sq_thread_cpu = 0;
  uint32_t sq_thread_idle = 0;
  uint32_t features = 0; // IORING_FEAT_* (io_uring_feat below)
  uint32_t wq_fd = 0;
  uint32_t resv[3] = {};
  IoSqringOffsets sq_off = {};
  IoCqringOffsets cq_off = {};
};

namespace io_uring_feat {
inline constexpr uint32_t single_mmap = 1U << 0; // one mmap covers both rings
inline constexpr uint32_t nodrop = 1U << 1;
inline constexpr uint32_t submit_stable = 1U << 2;
inline constexpr uint32_t ext_arg = 1U << 8;
} // namespace io_uring_feat

// mmap offsets of the three regions.
namespace io_uring_off {
inline constexpr long sq_ring = 0;
inline constexpr long cq_ring = 0x8000000;
inline constexpr long sqes = 0x10000000;
} // namespace io_uring_off

// struct io_uring_sqe (64 bytes): the common fields; the unions are reached through these names.
struct IoUringSqe {
  uint8_t opcode;
  uint8_t flags;
  uint16_t ioprio;
  int32_t fd;
  uint64_t off;
  uint64_t addr;
  uint32_t len;
  uint32_t op_flags; // rw_flags, fsync_flags, poll32_events, ...
  uint64_t user_data;
  uint16_t buf_index;
  uint16_t personality;
  int32_t splice_fd_in;
  uint64_t addr3;
  uint64_t pad2;
};

// struct io_uring_cqe (16 bytes; 32 with IORING_SETUP_CQE32).
struct IoUringCqe {
  uint64_t user_data;
  int32_t res; // the operation's result, -errno on failure
  uint32_t flags;
};

// A few opcodes (enum io_uring_op).
enum class IoUringOp : uint8_t {
  Nop = 0,
  Readv = 1,
  Writev = 2,
  Fsync = 3,
  PollAdd = 6,
  Timeout = 11,
  Accept = 13,
  Connect = 16,
  Openat = 18,
  Close = 19,
  Read = 22,
  Write = 23,
};

enum class IoUringEnterFlags : uint32_t {
  None = 0,
  GetEvents = 1U << 0, // wait for min_complete completions
  SqWakeup = 1U << 1,
  SqWait = 1U << 2,
  ExtArg = 1U << 3,
  RegisteredRing = 1U << 4,
};
SOLO_FLAG_OPERATORS(IoUringEnterFlags)

// enum io_uring_register_op, the common ones.
enum class IoUringRegisterOp : unsigned {
  RegisterBuffers = 0,
  UnregisterBuffers = 1,
  RegisterFiles = 2,
  UnregisterFiles = 3,
  RegisterEventfd = 4,
  UnregisterEventfd = 5,
  RegisterFilesUpdate = 6,
  RegisterEventfdAsync = 7,
  RegisterProbe = 8,
  RegisterPersonality = 9,
  UnregisterPersonality = 10,
  RegisterRestrictions = 11,
  RegisterEnableRings = 12,
};

inline Result<Fd> io_uring_setup(uint32_t entries, IoUringParams &params) noexcept {
  return fd_result(raw(nr::io_uring_setup, entries, &params));
}

// Submits `to_submit` entries and (with GetEvents) waits for `min_complete` completions, with `*sigmask` as the
// signal mask while waiting when given. Returns the number of entries consumed.
inline Result<unsigned> io_uring_enter(FdRef ring, unsigned to_submit, unsigned min_complete, IoUringEnterFlags flags,
                                       const uint64_t *sigmask = nullptr) noexcept {
  return result<unsigned>(raw(nr::io_uring_enter, ring.get(), to_submit, min_complete, static_cast<uint32_t>(flags),
                              sigmask, sigmask ? kernel_sigset_size : 0));
}

inline Result<int> io_uring_register(FdRef ring, IoUringRegisterOp opcode, void *arg, unsigned nr_args) noexcept {
  return result<int>(raw(nr::io_uring_register, ring.get(), static_cast<unsigned>(opcode), arg, nr_args));
}

} // namespace solo::sys
