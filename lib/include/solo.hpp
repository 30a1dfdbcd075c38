// All of solo in one include. The per-area headers under <solo/...> are there for the frugal.
#pragma once

#include <solo/auxv.hpp>
#include <solo/cstr.hpp>
#include <solo/env.hpp>
#include <solo/errno.hpp>
#include <solo/exit.hpp>
#include <solo/fd.hpp>
#include <solo/flags.hpp>
#include <solo/io.hpp>
#include <solo/panic.hpp>
#include <solo/process.hpp>
#include <solo/result.hpp>
#include <solo/spawn.hpp>
#include <solo/string_view.hpp>
#include <solo/sys/clone.hpp>
#include <solo/sys/dir.hpp>
#include <solo/sys/fcntl.hpp>
#include <solo/sys/file.hpp>
#include <solo/sys/process.hpp>
#include <solo/sys/raw.hpp>
#include <solo/sys/resource.hpp>
#include <solo/sys/rw.hpp>
#include <solo/sys/stat.hpp>
#include <solo/sys/wait.hpp>
#include <solo/timespec.hpp>
#include <solo/types.hpp>
