// solo-syscalls: what a solo binary (of any architecture solo supports) can ask the kernel, from the manifest
// its linker kept, with names from solo's own table for that architecture.
//
//   solo-syscalls BINARY            a table: number, name, sites, and what lock() allows besides
//   solo-syscalls --sites BINARY    every site: address, call, and the function it is in (unless stripped)
//   solo-syscalls --count BINARY    how many calls solo::sandbox::lock() allows by default
//   solo-syscalls --oci BINARY      an OCI / Docker seccomp profile for that architecture only
//   solo-syscalls --systemd BINARY  SystemCallFilter= and SystemCallArchitectures=native for a unit file
//   solo-syscalls --bpf BINARY      the seccomp program itself (for bwrap --seccomp FD)
//   --errno  in a profile, refused calls fail with ENOSYS instead of killing the process
//
// Exit status: 0; 1 when the manifest has sites whose number only run time knows (a profile cannot then be
// made); 2 when the binary cannot be read, has no manifest, or is of an unknown architecture.
#include "manifest.hpp"

#include <solo/io.hpp>
#include <solo/options.hpp>
#include <solo/print.hpp>
#include <solo/sandbox/filter.hpp>

using namespace syscalls;
using solo::io::stderr;
using solo::io::stdout;

namespace {

enum class Format { Table, Sites, Count, Oci, Systemd, Bpf };

const char *program = "solo-syscalls";

int fail(StringView what, StringView detail) {
  solo::println(stderr, "{}: {}: {}", program, what, detail);
  return 2;
}

void table(const FileManifest &m, const char *path) {
  size_t own = 0;
  for (size_t i = 0; i < m.call_count(); ++i) own += m.calls()[i].sites > 0;
  solo::println("# {}: {} (AUDIT_ARCH {:#x}), {} sites, {} system calls; lock() allows {}", path, m.arch().name,
                m.arch().audit_arch(), m.site_count(), own, m.locked_count());
  solo::println("{:>5}  {:<24} {:>5}  {}", "nr", "name", "sites", "note");
  for (size_t i = 0; i < m.call_count(); ++i) {
    const Call &c = m.calls()[i];
    const char *note = "";
    if (c.sites == 0 && c.lockdown_sites > 0)
      note = "lockdown: lock()'s own, left out of its filter";
    else if (c.sites == 0 && c.implicit)
      note = "implicit: made by the kernel on the program's behalf";
    else if (c.sites == 0)
      continue; // execve: only in the profiles
    solo::print("{:>5}  {:<24} {:>5}", c.number, c.name, c.sites + c.lockdown_sites);
    solo::println("{}{}", *note ? "  " : "", note);
  }
  if (m.unknown_sites() > 0)
    solo::println("{:>5}  {:<24} {:>5}  {}", "?", "(number known at run time)", m.unknown_sites(),
                  "the manifest is incomplete");
}

void sites(const ElfImage &image, const FileManifest &m) {
  for (size_t i = 0; i < m.site_count(); ++i) {
    const SiteRecord &s = m.sites()[i];
    uint64_t offset = 0;
    StringView function = image.function_at(s.address, offset);
    const char *name = s.number < 0 ? "?" : m.arch().name_of(s.number);
    solo::print("{:#010x}  {:<24}", s.address, name);
    if (function.size() > 0) solo::print("  {}+{:#x}", function, offset);
    solo::println("{}", s.lockdown ? "  (lockdown)" : "");
  }
}

bool before(const char *a, const char *b) {
  while (*a && *a == *b) ++a, ++b;
  return static_cast<unsigned char>(*a) < static_cast<unsigned char>(*b);
}

// Names in a profile, in byte order (stable for review and diffs): the calls of `part` (0: the program's,
// 1: what the kernel and the runtime add).
size_t sorted_names(const FileManifest &m, int part, const char **out) {
  size_t n = 0;
  for (size_t i = 0; i < m.call_count(); ++i) {
    const Call &c = m.calls()[i];
    if (!m.profile_allows(c)) continue;
    bool own = c.sites > 0 || c.lockdown_sites > 0;
    if ((part == 0) != own) continue;
    size_t at = n++;
    while (at > 0 && before(c.name, out[at - 1])) {
      out[at] = out[at - 1];
      --at;
    }
    out[at] = c.name;
  }
  return n;
}

// ENOSYS is 38 on every architecture solo supports (asm-generic errno; x86 has the same value).
constexpr int enosys = 38;

void oci(const FileManifest &m, bool errno_mode) {
  static const char *names[FileManifest::max_calls];
  solo::println("{{");
  if (errno_mode)
    solo::println("  \"defaultAction\": \"SCMP_ACT_ERRNO\",\n  \"defaultErrnoRet\": {},", enosys);
  else
    solo::println("  \"defaultAction\": \"SCMP_ACT_KILL_PROCESS\",");
  solo::println("  \"architectures\": [\"{}\"],", m.arch().scmp);
  solo::println("  \"syscalls\": [");
  for (int part = 0; part < 2; ++part) {
    size_t n = sorted_names(m, part, names);
    solo::print("    {{\n      \"names\": [");
    for (size_t i = 0; i < n; ++i) solo::print("{}\"{}\"", i ? ", " : "", names[i]);
    solo::println("],\n      \"action\": \"SCMP_ACT_ALLOW\"\n    }}{}", part == 0 ? "," : "");
  }
  solo::println("  ]\n}}");
}

void systemd(const FileManifest &m, bool errno_mode) {
  static const char *names[FileManifest::max_calls];
  solo::println("SystemCallArchitectures=native");
  solo::print("SystemCallFilter=");
  bool first = true;
  for (int part = 0; part < 2; ++part) {
    size_t n = sorted_names(m, part, names);
    for (size_t i = 0; i < n; ++i, first = false) solo::print("{}{}", first ? "" : " ", names[i]);
  }
  solo::println("");
  if (errno_mode) solo::println("SystemCallErrorNumber=ENOSYS");
}

int bpf(const FileManifest &m, bool errno_mode) {
  static long numbers[FileManifest::max_calls];
  size_t count = 0;
  for (size_t i = 0; i < m.call_count(); ++i)
    if (m.profile_allows(m.calls()[i])) numbers[count++] = m.calls()[i].number;
  static solo::sys::SockFilter program[solo::sandbox::max_filter_length(FileManifest::max_calls)];
  uint32_t action = errno_mode ? solo::sys::seccomp_ret::errno_ | enosys : solo::sys::seccomp_ret::kill_process;
  auto length = solo::sandbox::build_filter({numbers, count, m.arch().audit_arch(), action}, program,
                                            sizeof program / sizeof *program);
  if (!length) return fail("cannot build the filter", solo::message(length.error()));
  // struct sock_filter in the byte order of the machine that will load it: the binary's.
  static unsigned char bytes[sizeof program];
  bool big = m.arch().big_endian;
  auto put = [&](size_t at, uint32_t v, int size) {
    for (int i = 0; i < size; ++i) bytes[at + i] = static_cast<unsigned char>(v >> (big ? 8 * (size - 1 - i) : 8 * i));
  };
  for (size_t i = 0; i < *length; ++i) {
    put(8 * i, program[i].code, 2);
    bytes[8 * i + 2] = program[i].jt;
    bytes[8 * i + 3] = program[i].jf;
    put(8 * i + 4, program[i].k, 4);
  }
  if (auto r = solo::io::write_all(solo::io::stdout_fd, bytes, 8 * *length); !r)
    return fail("standard output", solo::message(r.error()));
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  const solo::Option options[] = {{0, "oci", false, 'o'},   {0, "systemd", false, 's'}, {0, "bpf", false, 'b'},
                                  {0, "sites", false, 'S'}, {0, "count", false, 'c'},   {0, "errno", false, 'e'}};
  Format format = Format::Table;
  bool errno_mode = false;
  const char *path = nullptr;
  solo::OptionParser p(argc, argv, options);
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case 'o':
      format = Format::Oci;
      break;
    case 's':
      format = Format::Systemd;
      break;
    case 'b':
      format = Format::Bpf;
      break;
    case 'S':
      format = Format::Sites;
      break;
    case 'c':
      format = Format::Count;
      break;
    case 'e':
      errno_mode = true;
      break;
    case solo::OptionParser::Operand:
      if (path) return fail("extra operand", p.value());
      path = p.value().data();
      break;
    case solo::OptionParser::Help:
      solo::println("Usage: {} [--oci | --systemd | --bpf | --sites | --count] [--errno] BINARY\n"
                    "Print the system calls a solo binary can make, from its manifest.",
                    program);
      return 0;
    case solo::OptionParser::Version:
      solo::println("{} (solo) 0.1", program);
      return 0;
    default:
      solo::println(stderr, "{}\nTry '{} --help' for more information.", p.message(), program);
      return 2;
    }
  }
  if (!path) return fail("missing operand", "BINARY");
  auto image = ElfImage::read(path);
  if (!image)
    return fail(path, image.error() == solo::Errno::EINVAL ? "not an ELF file" : solo::message(image.error()));
  const Architecture *arch = find_architecture(image->machine(), image->is64(), image->big_endian());
  if (!arch) return fail(path, "not an architecture solo supports");
  auto manifest = FileManifest::read(*image, *arch);
  if (!manifest) {
    if (manifest.error() == solo::Errno::ENOENT)
      return fail(path, "no system-call manifest (link it with solo-c++ --syscall-manifest)");
    if (manifest.error() == solo::Errno::ERANGE) return fail(path, "a system-call number not in solo's table");
    return fail(path, "a malformed system-call manifest");
  }
  const FileManifest &m = **manifest;
  bool complete = m.unknown_sites() == 0;
  if (!complete && format != Format::Table && format != Format::Sites) {
    solo::println(stderr, "{}: {}: {} sites make a system call whose number only run time knows: no profile", program,
                  path, m.unknown_sites());
    return 1;
  }
  int status = complete ? 0 : 1;
  switch (format) {
  case Format::Table:
    table(m, path);
    break;
  case Format::Sites:
    sites(*image, m);
    break;
  case Format::Count:
    solo::println("{}", m.locked_count());
    break;
  case Format::Oci:
    oci(m, errno_mode);
    break;
  case Format::Systemd:
    systemd(m, errno_mode);
    break;
  case Format::Bpf:
    status = bpf(m, errno_mode);
    break;
  }
  if (auto r = stdout.flush(); !r) return fail("standard output", solo::message(r.error()));
  return status;
}
