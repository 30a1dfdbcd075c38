// The allow-list program (solo/sandbox/filter.hpp says its shape and why).
#include <solo/sandbox/filter.hpp>

namespace solo::sandbox {

namespace {

using sys::SockFilter;
namespace bpf = sys::bpf;

constexpr uint32_t offset_nr = 0, offset_arch = 4; // in struct seccomp_data
constexpr uint32_t x32_bit = 0x40000000;
constexpr size_t chain_runs = 16;     // at most this many runs are tested one after the other
constexpr size_t kernel_limit = 4096; // BPF_MAXINSNS
constexpr size_t max_numbers = 1024;  // more than any architecture has

struct Run {
  uint32_t lo, hi;
  bool single() const noexcept { return lo == hi; }
};

class Writer {
public:
  Writer(const Run *runs, uint32_t deny, SockFilter *out, size_t capacity) noexcept
      : runs_(runs), deny_(deny), out_(out), capacity_(capacity) {}

  void put(SockFilter f) noexcept {
    if (size_ < capacity_) out_[size_] = f;
    ++size_;
  }
  size_t size() const noexcept { return size_; }

  // Instructions that code(l, r) writes.
  size_t length(size_t l, size_t r) const noexcept {
    if (r - l <= chain_runs) {
      size_t n = 2; // ret deny, ret allow
      for (size_t i = l; i < r; ++i) n += runs_[i].single() ? 1 : 2;
      return n;
    }
    size_t mid = l + (r - l) / 2, left = length(l, mid);
    return (left <= 255 ? 1 : 2) + left + length(mid, r);
  }

  // Runs [l, r) with nr loaded: ALLOW when nr is in one of them, deny otherwise.
  void code(size_t l, size_t r) noexcept {
    if (r - l <= chain_runs) return chain(l, r);
    size_t mid = l + (r - l) / 2, left = length(l, mid);
    if (left <= 255) {
      put(bpf::jump(bpf::jmp | bpf::jge | bpf::k, runs_[mid].lo, static_cast<uint8_t>(left), 0));
    } else {
      put(bpf::jump(bpf::jmp | bpf::jge | bpf::k, runs_[mid].lo, 0, 1));
      put(bpf::stmt(bpf::jmp | bpf::ja, static_cast<uint32_t>(left)));
    }
    code(l, mid);
    code(mid, r);
  }

private:
  // Ascending runs one after the other, then ret deny, ret allow. A number below a range's start is below
  // every later run too, so it is denied at once.
  void chain(size_t l, size_t r) noexcept {
    size_t body = length(l, r) - 2, at = 0;
    auto to_deny = [&] { return static_cast<uint8_t>(body - at - 1); };
    auto to_allow = [&] { return static_cast<uint8_t>(body - at); };
    for (size_t i = l; i < r; ++i) {
      const Run &run = runs_[i];
      if (run.single()) {
        put(bpf::jump(bpf::jmp | bpf::jeq | bpf::k, run.lo, to_allow(), 0));
        ++at;
      } else {
        put(bpf::jump(bpf::jmp | bpf::jge | bpf::k, run.lo, 0, to_deny()));
        ++at;
        put(bpf::jump(bpf::jmp | bpf::jgt | bpf::k, run.hi, 0, to_allow()));
        ++at;
      }
    }
    put(bpf::stmt(bpf::ret | bpf::k, deny_));
    put(bpf::stmt(bpf::ret | bpf::k, sys::seccomp_ret::allow));
  }

  const Run *runs_;
  uint32_t deny_;
  SockFilter *out_;
  size_t capacity_;
  size_t size_ = 0;
};

} // namespace

Result<size_t> build_filter(const FilterSpec &spec, SockFilter *out, size_t capacity) noexcept {
  for (size_t i = 0; i < spec.count; ++i) {
    long n = spec.allowed[i];
    if (n < 0 || n >= static_cast<long>(x32_bit) || (i > 0 && n <= spec.allowed[i - 1])) return Errno::EINVAL;
  }
  if (spec.count > max_numbers) return Errno::E2BIG;
  Run runs[max_numbers];
  size_t count = 0;
  for (size_t i = 0; i < spec.count; ++i) {
    auto n = static_cast<uint32_t>(spec.allowed[i]);
    if (count > 0 && runs[count - 1].hi + 1 == n)
      runs[count - 1].hi = n;
    else
      runs[count++] = {n, n};
  }
  uint32_t deny = spec.default_action;
  Writer w(runs, deny, out, capacity);
  w.put(bpf::stmt(bpf::ld | bpf::w | bpf::abs, offset_arch));
  w.put(bpf::jump(bpf::jmp | bpf::jeq | bpf::k, spec.audit_arch, 1, 0));
  w.put(bpf::stmt(bpf::ret | bpf::k, deny));
  w.put(bpf::stmt(bpf::ld | bpf::w | bpf::abs, offset_nr));
  w.put(bpf::jump(bpf::jmp | bpf::jge | bpf::k, x32_bit, 0, 1));
  w.put(bpf::stmt(bpf::ret | bpf::k, deny));
  if (count == 0)
    w.put(bpf::stmt(bpf::ret | bpf::k, deny));
  else
    w.code(0, count);
  if (w.size() > capacity || w.size() > kernel_limit) return Errno::E2BIG;
  return w.size();
}

} // namespace solo::sandbox
