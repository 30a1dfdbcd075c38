// The section solo_syscalls (arch/generic/syscall_manifest.hpp): 8-byte entries, each a site offset relative to
// the entry and a number with the lockdown flag, or all ones for a number only run time knows.
#include "manifest.hpp"

#include <solo/detail/placement_new.hpp>
#include <solo/mem.hpp>
#include <solo/sandbox/filter.hpp>

namespace syscalls {

using solo::Errno;

namespace {
constexpr uint32_t unknown_number = 0xffffffffU; // solo::arch::unknown_number, lockdown_flag: the file's format
constexpr uint32_t lockdown_flag = 0x80000000U;
#define SOLO_NAME(call) #call,
constexpr const char *implicit_names[] = {SOLO_SANDBOX_IMPLICIT_CALLS(SOLO_NAME)};
#undef SOLO_NAME
} // namespace

Call *FileManifest::find_or_add(long number) noexcept {
  size_t at = 0;
  while (at < call_count_ && calls_[at].number < number) ++at;
  if (at < call_count_ && calls_[at].number == number) return &calls_[at];
  const char *name = arch_->name_of(number);
  if (!name || call_count_ == max_calls) return nullptr;
  for (size_t i = call_count_; i > at; --i) calls_[i] = calls_[i - 1];
  calls_[at] = {number, name, 0, 0, false};
  ++call_count_;
  return &calls_[at];
}

Result<FileManifest *> FileManifest::read(const ElfImage &image, const Architecture &arch) noexcept {
  auto section = image.section("solo_syscalls");
  if (!section) return section.error();
  if (section->size % 8 != 0) return Errno::EINVAL;
  auto *m = static_cast<FileManifest *>(solo::mem::allocate(sizeof(FileManifest)));
  auto *sites = static_cast<SiteRecord *>(solo::mem::allocate(sizeof(SiteRecord) * (section->size / 8 + 1)));
  if (!m || !sites) return Errno::ENOMEM;
  new (m) FileManifest;
  m->sites_ = sites;
  m->arch_ = &arch;
  for (uint64_t i = 0; i < section->size / 8; ++i) {
    uint64_t at = section->offset + 8 * i;
    auto relative = static_cast<int32_t>(image.u32(at));
    uint32_t word = image.u32(at + 4);
    SiteRecord &s = m->sites_[m->site_count_++];
    s.address = section->address + 8 * i + static_cast<uint64_t>(static_cast<int64_t>(relative));
    if (word == unknown_number) {
      s.number = -1;
      s.lockdown = false;
      ++m->unknown_;
      continue;
    }
    s.number = static_cast<long>(word & ~lockdown_flag);
    s.lockdown = (word & lockdown_flag) != 0;
    Call *c = m->find_or_add(s.number);
    if (!c) return Errno::ERANGE;
    ++(s.lockdown ? c->lockdown_sites : c->sites);
  }
  for (const char *name : implicit_names) {
    long n = arch.number_of(name);
    if (n < 0) continue;
    m->find_or_add(n)->implicit = true;
  }
  m->execve_ = arch.number_of("execve");
  if (m->execve_ >= 0) m->find_or_add(m->execve_);
  return m;
}

size_t FileManifest::locked_count() const noexcept {
  size_t n = 0;
  for (size_t i = 0; i < call_count_; ++i) n += locked_allows(calls_[i]);
  return n;
}

} // namespace syscalls
