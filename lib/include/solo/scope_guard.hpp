// solo::defer: runs a clean-up when the scope ends, for what is not already an object with a destructor
// (a descriptor handed to a C-style API, a flag to reset, a temporary file to remove):
//
//   int saved = flags;
//   auto restore = solo::defer([&] { flags = saved; });
//   ...                 // every return from here on restores the flags
//   restore.dismiss();  // unless the new flags are to stay
#pragma once

#include <utility>

namespace solo {

template <class Function> class [[nodiscard]] ScopeGuard {
public:
  explicit ScopeGuard(Function f) noexcept : f_(std::move(f)) {}
  ScopeGuard(ScopeGuard &&o) noexcept : f_(std::move(o.f_)), active_(o.active_) { o.active_ = false; }
  ScopeGuard(const ScopeGuard &) = delete;
  ScopeGuard &operator=(const ScopeGuard &) = delete;
  ScopeGuard &operator=(ScopeGuard &&) = delete;
  ~ScopeGuard() {
    if (active_) f_();
  }
  // The clean-up will not run.
  void dismiss() noexcept { active_ = false; }

private:
  Function f_;
  bool active_ = true;
};

template <class Function> ScopeGuard<Function> defer(Function f) noexcept { return ScopeGuard<Function>(std::move(f)); }

} // namespace solo
