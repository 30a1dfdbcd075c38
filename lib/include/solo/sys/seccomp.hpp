// seccomp: the raw call, its operations, and the classic-BPF types a filter is written in.
#pragma once

#include <seccomp_arch.hpp>
#include <solo/flags.hpp>
#include <solo/sys/raw.hpp>

namespace solo::sys {

// struct sock_filter: one classic-BPF instruction (uapi <linux/filter.h>).
struct SockFilter {
  uint16_t code;
  uint8_t jt; // instructions to skip when a jump's condition holds
  uint8_t jf; // ... and when it does not
  uint32_t k;
};

// struct sock_fprog: a program (at most 4096 instructions for seccomp).
struct SockFprog {
  unsigned short len;
  SockFilter *filter;
};

// Classic-BPF opcodes (uapi <linux/bpf_common.h>), as much as seccomp filters use.
namespace bpf {
inline constexpr uint16_t ld = 0x00, ldx = 0x01, alu = 0x04, jmp = 0x05, ret = 0x06;
inline constexpr uint16_t w = 0x00, h = 0x08, b = 0x10; // operand size
inline constexpr uint16_t abs = 0x20;                   // load from a fixed offset into the input
inline constexpr uint16_t ja = 0x00, jeq = 0x10, jgt = 0x20, jge = 0x30, jset = 0x40;
inline constexpr uint16_t k = 0x00, x = 0x08; // operand source: the constant or the X register

constexpr SockFilter stmt(uint16_t code, uint32_t value) noexcept { return {code, 0, 0, value}; }
constexpr SockFilter jump(uint16_t code, uint32_t value, uint8_t jt, uint8_t jf) noexcept {
  return {code, jt, jf, value};
}
} // namespace bpf

// struct seccomp_data: what a filter reads (offsets for BPF_LD|BPF_W|BPF_ABS).
struct SeccompData {
  int nr;
  uint32_t arch; // AUDIT_ARCH_*; solo::arch::audit_arch for this architecture
  uint64_t instruction_pointer;
  uint64_t args[6];
};

enum class SeccompOp : unsigned {
  SetModeStrict = 0,  // only read, write, _exit and sigreturn from now on
  SetModeFilter = 1,  // args: a SockFprog
  GetActionAvail = 2, // args: a uint32_t action; 0 if the kernel knows it, else EOPNOTSUPP
  GetNotifSizes = 3,
};

enum class SeccompFilterFlags : unsigned {
  None = 0,
  Tsync = 1,
  Log = 2,
  SpecAllow = 4,
  NewListener = 8, // the call returns a notification descriptor
  TsyncEsrch = 16,
  WaitKillableRecv = 32,
};
SOLO_FLAG_OPERATORS(SeccompFilterFlags)

// A filter's return values (uapi <linux/seccomp.h>); the low 16 bits carry data (an errno for Errno).
namespace seccomp_ret {
inline constexpr uint32_t kill_process = 0x80000000U;
inline constexpr uint32_t kill_thread = 0x00000000U;
inline constexpr uint32_t trap = 0x00030000U;
inline constexpr uint32_t errno_ = 0x00050000U; // | the errno to return
inline constexpr uint32_t user_notif = 0x7fc00000U;
inline constexpr uint32_t trace = 0x7ff00000U;
inline constexpr uint32_t log = 0x7ffc0000U;
inline constexpr uint32_t allow = 0x7fff0000U;
inline constexpr uint32_t action_full = 0xffff0000U;
inline constexpr uint32_t data = 0x0000ffffU;
} // namespace seccomp_ret

// The raw call. Installing a filter needs PR_SET_NO_NEW_PRIVS or CAP_SYS_ADMIN.
inline Result<int> seccomp(SeccompOp op, unsigned flags, void *args) noexcept {
  return result<int>(raw(nr::seccomp, static_cast<unsigned>(op), flags, args));
}

inline Result<int> seccomp_set_mode_filter(SeccompFilterFlags flags, const SockFprog &prog) noexcept {
  return result<int>(
      raw(nr::seccomp, static_cast<unsigned>(SeccompOp::SetModeFilter), static_cast<unsigned>(flags), &prog));
}

inline Result<void> seccomp_get_action_avail(uint32_t action) noexcept {
  return result_void(raw(nr::seccomp, static_cast<unsigned>(SeccompOp::GetActionAvail), 0U, &action));
}

} // namespace solo::sys
