// cat: files (or standard input, also named "-") to standard output. Plain copies stay in the kernel when
// they can: copy_file_range between files, splice when either side is a pipe, sendfile from a file to
// anything; read/write otherwise, and whenever the kernel turns the fast call down. -b -E -n -s -T -v (and
// -A -e -t, their combinations) change the text as GNU's cat does; -u is accepted and ignored (solo's cat
// never holds output back while waiting for input).
#include "lockdown.hpp"
#include "tiny_tool.hpp"

#include <solo/io.hpp>
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

// Errors only the output side can cause (the in-kernel copies do not say which side failed).
bool writing_failed(Errno e) {
  return e == Errno::EPIPE || e == Errno::ENOSPC || e == Errno::EDQUOT || e == Errno::EFBIG;
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

// The options that change the text (-b -E -n -s -T -v): each byte is looked at, as GNU's cat does. The state
// carries from one file to the next (a last line without '\n' goes on in the next file, unnumbered, and empty
// lines are squeezed across files), as GNU's does.
bool number = false, number_nonblank = false, show_ends = false, squeeze = false, show_tabs = false,
     show_nonprinting = false;
unsigned long line_number = 0;
// Newlines since the last other byte: -1 inside a line, 0 at the start of a line after a text line, 1 and 2
// after one and after two or more empty lines (a second empty line in a row is what -s drops).
int newlines = 0;

void put_visible(solo::fmt::Sink &out, unsigned char c) {
  if (!show_nonprinting) {
    if (c == '\t' && show_tabs)
      out.write("^I", 2);
    else
      out.put(static_cast<char>(c));
    return;
  }
  bool meta = c >= 128;
  if (meta) { // the byte's low seven bits, shown as below after "M-" (a tab among them too, as ^I)
    out.write("M-", 2);
    c -= 128;
  }
  if (c == 127) {
    out.write("^?", 2);
  } else if (c < 32 && (meta || c != '\t' || show_tabs)) {
    out.put('^');
    out.put(static_cast<char>(c + 64));
  } else {
    out.put(static_cast<char>(c));
  }
}

Result<void> copy_cooked(int in) {
  auto &out = solo::io::stdout;
  for (;;) {
    // What is shown so far goes out before the next read may wait (input from a terminal or a pipe).
    if (auto f = out.flush(); !f) return f.error();
    auto r = solo::io::read(in, buffer, sizeof buffer);
    if (!r) return r.error();
    if (*r == 0) return {};
    for (size_t i = 0; i < *r; ++i) {
      unsigned char c = static_cast<unsigned char>(buffer[i]);
      if (c == '\n') {
        if (++newlines > 0) { // an empty line
          if (newlines >= 2) {
            newlines = 2;
            if (squeeze) continue;
          }
          if (number && !number_nonblank) solo::format_to(out, "{:>6}\t", ++line_number);
        }
        if (show_ends) out.put('$');
        out.put('\n');
        continue;
      }
      if (newlines >= 0 && number) solo::format_to(out, "{:>6}\t", ++line_number);
      newlines = -1;
      put_visible(out, c);
    }
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
                            "  -A, --show-all           equivalent to -vET\n"
                            "  -b, --number-nonblank    number nonempty output lines, overrides -n\n"
                            "  -e                       equivalent to -vE\n"
                            "  -E, --show-ends          display $ at end of each line\n"
                            "  -n, --number             number all output lines\n"
                            "  -s, --squeeze-blank      suppress repeated empty output lines\n"
                            "  -t                       equivalent to -vT\n"
                            "  -T, --show-tabs          display TAB characters as ^I\n"
                            "  -u                       (ignored)\n"
                            "  -v, --show-nonprinting   use ^ and M- notation, except for LFD and TAB\n"
                            "      --help        display this help and exit\n"
                            "      --version     output version information and exit";

int main(int argc, char **argv) {
  tool::program = argv[0];
  const solo::Option options[] = {{'A', "show-all"}, {'b', "number-nonblank"}, {'e', nullptr}, {'E', "show-ends"},
                                  {'n', "number"},   {'s', "squeeze-blank"},   {'t', nullptr}, {'T', "show-tabs"},
                                  {'u', nullptr},    {'v', "show-nonprinting"}};
  int count = 0;
  solo::OptionParser p(argc, argv, options);
  char **operands = argv + 1; // filled by keep_operand
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case 'A':
      show_nonprinting = show_ends = show_tabs = true;
      break;
    case 'b':
      number = number_nonblank = true;
      break;
    case 'e':
      show_nonprinting = show_ends = true;
      break;
    case 'E':
      show_ends = true;
      break;
    case 'n':
      number = true;
      break;
    case 's':
      squeeze = true;
      break;
    case 't':
      show_nonprinting = show_tabs = true;
      break;
    case 'T':
      show_tabs = true;
      break;
    case 'u':
      break;
    case 'v':
      show_nonprinting = true;
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
    bool cooked = number || show_ends || squeeze || show_tabs || show_nonprinting;
    auto r = cooked ? copy_cooked(in) : copy_plain(in, true);
    if (!r) {
      (void)solo::io::stdout.flush();
      if (writing_failed(r.error())) { // the end, as for GNU's cat
        solo::println(solo::io::stderr, "{}: write error: {}", argv[0], r.error());
        solo::io::stdout.clear_error(); // reported once, here
        return 1;
      }
      tool::error(name, r.error());
      status = 1;
    }
  }
  return status; // a failed flush of numbered output is reported by the exit ("cat: write error: ...")
}
