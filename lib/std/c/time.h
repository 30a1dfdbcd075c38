/* libc++'s <atomic> reaches <chrono>'s system_clock, which names time_t. solo's clocks are <solo/time.hpp>;
   no C time functions are declared. */
#pragma once

typedef long long time_t; /* 64 bits on every architecture, as the kernel's time64 calls take it */
