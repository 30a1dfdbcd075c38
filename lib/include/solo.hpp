// All of solo in one include. The per-area headers under <solo/...> are there for the frugal.
#pragma once

#include <solo/auxv.hpp>
#include <solo/errno.hpp>
#include <solo/exit.hpp>
#include <solo/fd.hpp>
#include <solo/io.hpp>
#include <solo/mem.hpp>
#include <solo/panic.hpp>
#include <solo/process.hpp>
#include <solo/result.hpp>
#include <solo/string_view.hpp>
#include <solo/sys/file.hpp>
#include <solo/sys/memory.hpp>
#include <solo/sys/process.hpp>
#include <solo/sys/raw.hpp>
#include <solo/timespec.hpp>
#include <solo/types.hpp>
