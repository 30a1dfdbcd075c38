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

inline void lock_down() {
  using solo::sandbox::Mode;
  auto setting = solo::env::get("SOLO_SANDBOX");
  if (!setting) {
    (void)solo::sandbox::lock(Mode::Kill);
    return;
  }
  solo::StringView s = setting->c_str();
  if (s == "off") return;
  Mode mode = Mode::Kill;
  if (s == "trap")
    mode = Mode::Trap;
  else if (s == "log")
    mode = Mode::Log;
  else if (!(s == "kill"))
    solo::println(solo::io::stderr, "SOLO_SANDBOX={}: not one of off, kill, trap, log; using kill", s);
  solo::sandbox::lock_or_die(mode);
}

} // namespace tool
