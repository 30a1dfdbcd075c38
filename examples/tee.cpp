// tee: standard input to standard output and to each FILE, as it arrives (each read is written at once, so a
// pipeline sees it without delay). -a appends; -i ignores SIGINT; -p and --output-error=MODE choose what a
// failed output does: by default a closed pipe kills tee (SIGPIPE) and other errors are reported, that
// output is dropped and the rest go on; "warn" reports every error, "warn-nopipe" (-p) all but a closed
// pipe, "exit" and "exit-nopipe" stop at the first one reported. Reading stops once no output is left.
#include "lockdown.hpp"
#include "quote.hpp"
#include "tiny_tool.hpp"

#include <solo/io.hpp>
#include <solo/signal.hpp>
#include <solo/sys/file.hpp>
#include <solo/vector.hpp>

namespace {

namespace sys = solo::sys;
using solo::Errno;

enum class OnError { Sigpipe, Warn, WarnNoPipe, Exit, ExitNoPipe };

struct Output {
  int fd;
  solo::StringView name;
};

bool parse_mode(solo::StringView text, OnError &mode) {
  struct Name {
    const char *name;
    OnError mode;
  };
  static constexpr Name names[] = {{"warn", OnError::Warn},
                                   {"warn-nopipe", OnError::WarnNoPipe},
                                   {"exit", OnError::Exit},
                                   {"exit-nopipe", OnError::ExitNoPipe}};
  // A unique abbreviation counts, as for GNU's argument lists; an exact name beats longer ones (and "" is
  // an abbreviation of all of them).
  const Name *found = nullptr;
  int matches = 0;
  for (const Name &n : names) {
    solo::StringView name = n.name;
    if (name == text) return mode = n.mode, true;
    if (name.starts_with(text)) found = &n, ++matches;
  }
  if (matches != 1) {
    solo::println(solo::io::stderr, "{}: {} argument {} for '--output-error'", tool::program,
                  matches == 0 ? "invalid" : "ambiguous", tool::quote(text));
    solo::println(solo::io::stderr, "Valid arguments are:\n  - 'warn'\n  - 'warn-nopipe'\n  - 'exit'\n"
                                    "  - 'exit-nopipe'");
    tool::try_help();
    return false;
  }
  mode = found->mode;
  return true;
}

} // namespace

static const char usage[] = " [OPTION]... [FILE]...\n"
                            "Copy standard input to each FILE, and also to standard output.\n\n"
                            "  -a, --append              append to the given FILEs, do not overwrite\n"
                            "  -i, --ignore-interrupts   ignore interrupt signals\n"
                            "  -p                        diagnose errors writing to non pipes\n"
                            "      --output-error[=MODE] set behavior on write error (warn, warn-nopipe,\n"
                            "                            exit, exit-nopipe)";

int main(int argc, char **argv) {
  tool::program = argv[0];
  constexpr int output_error = 1000;
  const solo::Option options[] = {
      {'a', "append"}, {'i', "ignore-interrupts"}, {'p', nullptr}, {0, "output-error", false, output_error, true}};
  bool append = false, ignore_interrupts = false;
  OnError on_error = OnError::Sigpipe;
  int n = 0;
  solo::OptionParser p(argc, argv, options);
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case 'a':
      append = true;
      break;
    case 'i':
      ignore_interrupts = true;
      break;
    case 'p':
      on_error = OnError::WarnNoPipe;
      break;
    case output_error:
      if (p.value().data() == nullptr)
        on_error = OnError::WarnNoPipe;
      else if (!parse_mode(p.value(), on_error))
        return 1;
      break;
    default:
      if (int status = tool::common_option(o, p, argv, n, usage); status >= 0) return status;
    }
  }
  if (ignore_interrupts) (void)solo::signal::set_action(solo::signal::INT, solo::signal::Action::ignore());
  // Any mode but the default reports a closed pipe as EPIPE instead of dying of it.
  if (on_error != OnError::Sigpipe) (void)solo::signal::set_action(solo::signal::PIPE, solo::signal::Action::ignore());
  solo::Vector<Output> outputs;
  if (!outputs.try_reserve(static_cast<size_t>(n) + 1)) {
    tool::error("memory", Errno::ENOMEM);
    return 1;
  }
  tool::lock_down();
  outputs.push_back({solo::io::stdout_fd, "standard output"});
  int status = 0;
  auto flags = sys::OpenFlags::WriteOnly | sys::OpenFlags::Create | sys::OpenFlags::CloseOnExec |
               (append ? sys::OpenFlags::Append : sys::OpenFlags::Truncate);
  for (int i = 0; i < n; ++i) {
    auto fd = solo::io::openat(sys::at_fdcwd, solo::CStr(argv[1 + i]), flags, 0666);
    if (!fd) {
      solo::println(solo::io::stderr, "{}: {}: {}", tool::program, tool::quotef(argv[1 + i]), fd.error());
      status = 1;
      continue;
    }
    outputs.push_back({fd->release(), argv[1 + i]});
  }
  static char buf[65536];
  size_t live = outputs.size();
  while (live > 0) {
    auto got = solo::io::read(solo::io::stdin_fd, buf, sizeof buf);
    if (!got) {
      solo::println(solo::io::stderr, "{}: read error: {}", tool::program, got.error());
      return 1;
    }
    if (*got == 0) break;
    for (Output &out : outputs) {
      if (out.fd < 0) continue;
      auto r = solo::io::write_all(out.fd, buf, *got);
      if (r) continue;
      bool pipe = r.error() == Errno::EPIPE;
      bool report = !pipe || on_error == OnError::Warn || on_error == OnError::Exit;
      if (report) {
        solo::println(solo::io::stderr, "{}: {}: {}", tool::program, tool::quotef(out.name), r.error());
        if (on_error == OnError::Exit || on_error == OnError::ExitNoPipe) return 1;
        status = 1;
      }
      if (out.fd != solo::io::stdout_fd) (void)sys::close(out.fd);
      out.fd = -1;
      --live;
    }
  }
  for (Output &out : outputs) {
    if (out.fd < 0 || out.fd == solo::io::stdout_fd) continue;
    if (auto r = sys::close(out.fd); !r) {
      solo::println(solo::io::stderr, "{}: {}: {}", tool::program, tool::quotef(out.name), r.error());
      status = 1;
    }
  }
  return status;
}
