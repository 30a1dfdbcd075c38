// What solo tells the linker, so that a program links and runs only the parts of the runtime it uses.
//
// The step table. Every part of start-up or exit that serves one feature (the canary, the thread pointer for
// thread_local data, the saved argument vector, the constructors' arrays, atexit handlers, flushing stdout ...)
// is a step: `extern "C" void step(long *sp)` with SOLO_STEP(step, kind) in its body. That adds a 12-byte
// entry to the section solo_steps: the step's address, its kind, which says when it runs (below), and the
// address of crt/steps.cpp's general start-up, both addresses relative to the entry (nothing to relocate in a
// static PIE, and the table stays read-only with the code). The
// entry's section is SHF_LINK_ORDER-linked to the step's code, and --gc-sections keeps such a section exactly
// when it keeps the one it is linked to. So the table holds exactly the steps of the features a program kept.
//
// SOLO_LINK_WITH(symbol), inside a function, is an empty relocation against `symbol`: no code, only a
// reference the linker follows. It links the file defining `symbol` and keeps that symbol's section for as
// long as the function itself is kept. The functions a step serves name it this way: __stack_chk_fail links
// the canary's step, solo::process::argv() the step that saves the vector, and a program in which no such
// function survives garbage collection links and runs neither.
//
// crt/start.cpp looks at the table first: when it is empty (a hello: no canary, no TLS, no constructors, no
// handlers, no streams), the program is main and exit_group and nothing else is linked; otherwise it calls
// the general start-up its first entry names. Why not weak symbols: an archive member is pulled in by any
// reference from any object pulled in, even from a function --gc-sections drops later, so a weak hook
// overridden by that member would still be linked and run. Liveness after garbage collection is what the
// linker knows precisely.
//
// Steps of one kind run in no particular order and must not depend on one another (or make what they share
// idempotent, as the thread pointer set-up is). Start-up steps run before the canary exists: they must not be
// stack-protected (crt/ is built without; elsewhere [[gnu::no_stack_protector]]). A step is only ever called
// through the table. Exit steps get, instead of `sp`, the exit status, which they may change.
#pragma once

// The kinds, in the order they run.
#define SOLO_STEP_START 0        // start-up, before the constructors: canary, thread pointer, argument vector
#define SOLO_STEP_INIT_ARRAYS 1  // .preinit_array and .init_array (crt/init_arrays.cpp)
#define SOLO_STEP_THREADS_EXIT 2 // exit: only the first thread to call exit goes on (lib/thread/registry.cpp)
#define SOLO_STEP_THREAD_EXIT 3  // exit: the calling thread's thread_local destructors (crt/thread_atexit.cpp)
#define SOLO_STEP_ATEXIT 4       // exit: atexit handlers and static destructors (crt/atexit.cpp)
#define SOLO_STEP_FINI_ARRAY 5   // exit: .fini_array (crt/fini_array.cpp)
#define SOLO_STEP_FLUSH 6        // exit: solo::io::stdout and stderr (lib/io/stream.cpp)

#define SOLO_LINK_STRING(x) #x
#define SOLO_LINK_EXPAND(x) SOLO_LINK_STRING(x)

#if __STDC_HOSTED__
// lib/ compiled as an ordinary hosted library (the unit tests): the host's C runtime starts the program, and
// there is no table to add to.
#define SOLO_STEP(step, kind)
#define SOLO_LINK_WITH(symbol)
#else
#define SOLO_STEP(step, kind)                                                                                          \
  __asm__(".pushsection solo_steps,\"ao\",%progbits," #step "\n"                                                       \
          ".balign 4\n"                                                                                                \
          ".long " #step " - .\n"                                                                                      \
          ".long " SOLO_LINK_EXPAND(kind) "\n"                                                                         \
                                          ".long __solo_run_steps - .\n"                                               \
                                          ".popsection")
#define SOLO_LINK_WITH(symbol) __asm__(".reloc ., BFD_RELOC_NONE, " #symbol)
#endif
