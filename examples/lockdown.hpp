// The tools' least-privilege default: once its options are parsed, a tool locks itself down to the system
// calls its own binary can make (solo::sandbox, its manifest). SOLO_SANDBOX in the environment chooses:
//   unset   kill mode, where the kernel can filter (under qemu-user, which cannot, the tool runs unlocked)
//   kill    kill mode, and a tool that cannot lock itself down fails closed
//   trap    the same, but a blocked call is named on stderr before the tool dies (for finding out why)
//   log     nothing is blocked; the kernel logs what would have been (for trying a profile out)
//   off     no lock
#pragma once

#include <solo/env.hpp>
#include <solo/print.hpp>
#include <solo/sandbox.hpp>

namespace tool {

// In the multi-call binary (examples/box) each applet is locked down to the calls of its own binary, not to
// the union the multi-call binary's manifest holds: the dispatcher sets the list before running the applet.
inline bool in_applet = false;
inline solo::sandbox::List applet_calls;

inline void lock_down() {
  using solo::sandbox::Mode;
  solo::sandbox::Policy policy;
  if (in_applet) {
    policy.has_only = true;
    policy.only = applet_calls;
  }
  auto setting = solo::env::get("SOLO_SANDBOX");
  if (!setting) {
    (void)solo::sandbox::lock(policy);
    return;
  }
  solo::StringView s = setting->c_str();
  if (s == "off") return;
  policy.mode = Mode::Kill;
  if (s == "trap")
    policy.mode = Mode::Trap;
  else if (s == "log")
    policy.mode = Mode::Log;
  else if (!(s == "kill"))
    solo::println(solo::io::stderr, "SOLO_SANDBOX={}: not one of off, kill, trap, log; using kill", s);
  solo::sandbox::lock_or_die(policy);
}

} // namespace tool
