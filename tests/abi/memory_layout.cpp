// solo::sys's PROT_*, MAP_*, MREMAP_*, MS_* and MADV_* values against this architecture's uapi headers.
// Compiled once per architecture, so it also proves the values are the same on x86-64, aarch64 and riscv64.
#include <asm/mman.h>
#include <linux/mman.h>

#include <solo/sys/memory.hpp>

using namespace solo::sys;

#define SOLO_SAME(solo_value, macro) static_assert(static_cast<long>(solo_value) == (macro), #macro)

SOLO_SAME(Prot::None, PROT_NONE);
SOLO_SAME(Prot::Read, PROT_READ);
SOLO_SAME(Prot::Write, PROT_WRITE);
SOLO_SAME(Prot::Exec, PROT_EXEC);
SOLO_SAME(Prot::Sem, PROT_SEM);
SOLO_SAME(Prot::GrowsDown, PROT_GROWSDOWN);
SOLO_SAME(Prot::GrowsUp, PROT_GROWSUP);

SOLO_SAME(MapFlags::Shared, MAP_SHARED);
SOLO_SAME(MapFlags::Private, MAP_PRIVATE);
SOLO_SAME(MapFlags::SharedValidate, MAP_SHARED_VALIDATE);
SOLO_SAME(MapFlags::Fixed, MAP_FIXED);
SOLO_SAME(MapFlags::Anonymous, MAP_ANONYMOUS);
SOLO_SAME(MapFlags::GrowsDown, MAP_GROWSDOWN);
SOLO_SAME(MapFlags::DenyWrite, MAP_DENYWRITE);
SOLO_SAME(MapFlags::Executable, MAP_EXECUTABLE);
SOLO_SAME(MapFlags::Locked, MAP_LOCKED);
SOLO_SAME(MapFlags::NoReserve, MAP_NORESERVE);
SOLO_SAME(MapFlags::Populate, MAP_POPULATE);
SOLO_SAME(MapFlags::NonBlock, MAP_NONBLOCK);
SOLO_SAME(MapFlags::Stack, MAP_STACK);
SOLO_SAME(MapFlags::HugeTlb, MAP_HUGETLB);
SOLO_SAME(MapFlags::Sync, MAP_SYNC);
SOLO_SAME(MapFlags::FixedNoReplace, MAP_FIXED_NOREPLACE);

SOLO_SAME(RemapFlags::MayMove, MREMAP_MAYMOVE);
SOLO_SAME(RemapFlags::Fixed, MREMAP_FIXED);
SOLO_SAME(RemapFlags::DontUnmap, MREMAP_DONTUNMAP);

SOLO_SAME(SyncFlags::Async, MS_ASYNC);
SOLO_SAME(SyncFlags::Invalidate, MS_INVALIDATE);
SOLO_SAME(SyncFlags::Sync, MS_SYNC);

SOLO_SAME(Advice::Normal, MADV_NORMAL);
SOLO_SAME(Advice::Random, MADV_RANDOM);
SOLO_SAME(Advice::Sequential, MADV_SEQUENTIAL);
SOLO_SAME(Advice::WillNeed, MADV_WILLNEED);
SOLO_SAME(Advice::DontNeed, MADV_DONTNEED);
SOLO_SAME(Advice::Free, MADV_FREE);
SOLO_SAME(Advice::Remove, MADV_REMOVE);
SOLO_SAME(Advice::DontFork, MADV_DONTFORK);
SOLO_SAME(Advice::DoFork, MADV_DOFORK);
SOLO_SAME(Advice::Mergeable, MADV_MERGEABLE);
SOLO_SAME(Advice::Unmergeable, MADV_UNMERGEABLE);
SOLO_SAME(Advice::HugePage, MADV_HUGEPAGE);
SOLO_SAME(Advice::NoHugePage, MADV_NOHUGEPAGE);
SOLO_SAME(Advice::DontDump, MADV_DONTDUMP);
SOLO_SAME(Advice::DoDump, MADV_DODUMP);
SOLO_SAME(Advice::WipeOnFork, MADV_WIPEONFORK);
SOLO_SAME(Advice::KeepOnFork, MADV_KEEPONFORK);
SOLO_SAME(Advice::Cold, MADV_COLD);
SOLO_SAME(Advice::PageOut, MADV_PAGEOUT);
SOLO_SAME(Advice::PopulateRead, MADV_POPULATE_READ);
SOLO_SAME(Advice::PopulateWrite, MADV_POPULATE_WRITE);
SOLO_SAME(Advice::DontNeedLocked, MADV_DONTNEED_LOCKED);
SOLO_SAME(Advice::Collapse, MADV_COLLAPSE);
SOLO_SAME(Advice::HwPoison, MADV_HWPOISON);
SOLO_SAME(Advice::SoftOffline, MADV_SOFT_OFFLINE);
