// cat: files (or standard input, also named "-") to standard output. Plain copies stay in the kernel when
// they can: copy_file_range between files, splice when either side is a pipe, sendfile from a file to
// anything; read/write otherwise, and whenever the kernel turns the fast call down. -n numbers lines
// (across files, as GNU's does); -u is accepted and ignored (solo's output here is never buffered by cat).
#include "lockdown.hpp"
#include "tiny_tool.hpp"

#include <solo/io.hpp>
#include <solo/io/line_reader.hpp>
#include <solo/io/retry.hpp>
#include <solo/sys/stat.hpp>

namespace {

using solo::Errno;
using solo::Result;
namespace sys = solo::sys;

constexpr size_t chunk = 1 << 20; // per fast call; a large chunk keeps the number of calls small

// The kernel does not offer this copy for these two descriptors: try the next way.
bool declined(Errno e) {
  return e == Errno::EINVAL || e == Errno::EXDEV || e == Errno::ENOSYS || e == Errno::EOPNOTSUPP || e == Errno::EBADF;
}

enum class Fast { Done, Declined, Failed };

// Repeats one in-kernel copy until end of file. Declined only if it declines before moving anything.
template <class Call> Fast loop(Call call, Errno &error) {
  bool moved = false;
  for (;;) {
    Result<size_t> r = call();
    if (!r) {
      if (r.error() == Errno::EINTR) continue;
      if (!moved && declined(r.error())) return Fast::Declined;
      error = r.error();
      return Fast::Failed;
    }
    if (*r == 0) return Fast::Done;
    moved = true;
  }
}

char buffer[128 * 1024];

Result<void> copy_plain(int in, bool fast) {
  Errno error{};
  if (fast) {
    sys::Stat si, so;
    if (sys::fstat(in, si) && sys::fstat(1, so) && !sys::is_directory(si.st_mode)) {
      bool in_file = sys::is_regular(si.st_mode), out_file = sys::is_regular(so.st_mode);
      bool in_pipe = sys::file_type(si.st_mode) == sys::FileType::Fifo;
      bool out_pipe = sys::file_type(so.st_mode) == sys::FileType::Fifo;
      Fast f = Fast::Declined;
      if (in_file && out_file) f = loop([&] { return sys::copy_file_range(in, nullptr, 1, nullptr, chunk); }, error);
      if (f == Fast::Declined && (in_pipe || out_pipe))
        f = loop([&] { return sys::splice(in, nullptr, 1, nullptr, chunk); }, error);
      if (f == Fast::Declined && in_file) f = loop([&] { return sys::sendfile(1, in, nullptr, chunk); }, error);
      if (f == Fast::Done) return {};
      if (f == Fast::Failed) return error;
    }
  }
  for (;;) {
    auto r = solo::io::read(in, buffer, sizeof buffer);
    if (!r) return r.error();
    if (*r == 0) return {};
    if (auto w = solo::io::write_all(1, buffer, *r); !w) return w.error();
  }
}

// -n: "%6d\t" before every line; a last line without '\n' carries on into the next file unnumbered.
unsigned long line_number = 0;
bool at_line_start = true;

Result<void> copy_numbered(int in) {
  auto &out = solo::io::stdout;
  solo::io::LineReader reader(in, buffer, sizeof buffer);
  solo::io::Line line;
  for (;;) {
    auto more = reader.read_line(line);
    if (!more) return more.error();
    if (!*more) return {};
    if (at_line_start) solo::format_to(out, "{:>6}\t", ++line_number);
    out.Sink::write(line.text.data(), line.text.size());
    if (line.newline) out.put('\n');
    at_line_start = line.newline;
  }
}

// `cat f >> f` would read its own output forever: refused, as GNU's cat does, when the input is the regular
// file standard output writes to and there is still something of it left to read.
bool is_output(int in) {
  sys::Stat si, so;
  if (!sys::fstat(in, si) || !sys::fstat(1, so) || !sys::is_regular(so.st_mode)) return false;
  if (si.st_dev != so.st_dev || si.st_ino != so.st_ino) return false;
  auto position = sys::lseek(in, 0, sys::Whence::Cur);
  return position && *position < si.st_size;
}

} // namespace

static const char usage[] = " [OPTION]... [FILE]...\nConcatenate FILE(s) to standard output.\n\n"
                            "With no FILE, or when FILE is -, read standard input.\n\n"
                            "  -n, --number             number all output lines\n"
                            "  -u                       (ignored)\n"
                            "      --help        display this help and exit\n"
                            "      --version     output version information and exit";

int main(int argc, char **argv) {
  tool::program = argv[0];
  const solo::Option options[] = {{'n', "number"}, {'u', nullptr}};
  bool number = false;
  int count = 0;
  solo::OptionParser p(argc, argv, options);
  char **operands = argv + 1; // filled by keep_operand
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case 'n':
      number = true;
      break;
    case 'u':
      break;
    default:
      if (int status = tool::common_option(o, p, argv, count, usage); status >= 0) return status;
    }
  }
  if (count == 0) operands[count++] = tool::dash;
  tool::lock_down();
  int status = 0;
  for (int i = 0; i < count; ++i) {
    solo::StringView name = operands[i];
    solo::Fd owned;
    int in = 0;
    if (!(name == "-")) {
      auto f = solo::io::openat(sys::at_fdcwd, solo::CStr(operands[i]), sys::OpenFlags::ReadOnly);
      if (!f) {
        tool::error(name, f.error());
        status = 1;
        continue;
      }
      owned = solo::move(*f);
      in = owned.get();
    }
    if (is_output(in)) {
      solo::println(solo::io::stderr, "{}: {}: input file is output file", argv[0], name);
      status = 1;
      continue;
    }
    auto r = number ? copy_numbered(in) : copy_plain(in, true);
    if (!r) {
      if (r.error() == Errno::EPIPE) return 1;
      (void)solo::io::stdout.flush();
      tool::error(name, r.error());
      status = 1;
    }
  }
  if (auto r = solo::io::stdout.flush(); !r) {
    solo::println(solo::io::stderr, "{}: write error: {}", argv[0], r.error());
    return 1;
  }
  return status;
}
