// kill: sends a signal (TERM unless -s SIGNAL, -SIGNAL or -n SIGNAL names another) to each PID, a negative
// one meaning a process group; -l lists the signals' names or converts names and numbers either way, -t
// (and -L) prints them as a table. Signals are named as GNU's kill names them with the GNU C library: the
// real-time ones run from RTMIN = 34 (the library keeps 32 and 33 for itself, so they have no name), 29 is
// POLL, 0 is EXIT, and a number above 128 is read as a shell's exit status for that signal (143 is TERM).
#include "decimal_text.hpp"
#include "lockdown.hpp"
#include "tiny_tool.hpp"

#include <solo/inline_string.hpp>
#include <solo/signal/names.hpp>
#include <solo/sys/process.hpp>

namespace {

namespace signal = solo::signal;

// The C library's view: SIGRTMIN and SIGRTMAX as a program sees them, and the highest number it knows.
constexpr int rt_min = 34, rt_max = 64, highest = 64;

// A signal's name without "SIG" ("RTMIN+15" is the longest); false for a number without one (32, 33, 65 ...).
using Name = solo::InlineString<15>;
bool name_of(int sig, Name &out) {
  out.truncate(0);
  if (sig == 0) {
    out.append("EXIT"); // the shells' name for their exit trap, which GNU's kill knows too
  } else if (sig == signal::IO) {
    out.append("POLL"); // the same number; the C library's name table has POLL first
  } else if (sig > 0 && sig < signal::first_realtime) {
    out.append(signal::name(sig));
  } else if (sig >= rt_min && sig <= rt_max) {
    // The lower half counts up from RTMIN, the upper half down from RTMAX.
    bool low = sig <= rt_min + (rt_max - rt_min) / 2;
    int delta = low ? sig - rt_min : rt_max - sig;
    out.append(low ? "RTMIN" : "RTMAX");
    if (delta != 0) {
      char digits[4] = {low ? '+' : '-'};
      size_t n = 1;
      if (delta >= 10) digits[n++] = static_cast<char>('0' + delta / 10);
      digits[n++] = static_cast<char>('0' + delta % 10);
      out.append(solo::StringView(digits, n));
    }
  } else {
    return false;
  }
  return true;
}

char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

// Whether `s` in upper case is `upper_text`.
bool equal_upper(solo::StringView s, solo::StringView upper_text) {
  if (s.size() != upper_text.size()) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if (upper(s[i]) != upper_text[i]) return false;
  return true;
}

bool starts_upper(solo::StringView s, solo::StringView upper_text) {
  return s.size() >= upper_text.size() && equal_upper(s.substr(0, upper_text.size()), upper_text);
}

// A name without "SIG", in any case, as the C library reads one: the table's names and
// second names, a number, or RTMIN+n / RTMAX-n (the offset read as strtol reads it).
int from_name(solo::StringView s) {
  if (!s.empty() && s[0] >= '0' && s[0] <= '9') {
    long long n;
    return tool::decimal_in(s, 0, highest, n) ? static_cast<int>(n) : -1;
  }
  for (int sig = 1; sig < signal::first_realtime; ++sig)
    if (equal_upper(s, signal::name(sig))) return sig;
  static constexpr struct {
    const char *name;
    int sig;
  } second[] = {{"POLL", signal::IO}, {"IOT", signal::ABRT}, {"CLD", signal::CHLD}, {"EXIT", 0}};
  for (const auto &n : second)
    if (equal_upper(s, n.name)) return n.sig;
  bool min = starts_upper(s, "RTMIN"), max = starts_upper(s, "RTMAX");
  if (!min && !max) return -1;
  solo::StringView offset = s.substr(5);
  long long n = 0;
  if (!offset.empty() && !tool::decimal_in(offset, -(1LL << 62), 1LL << 62, n)) return -1;
  if (min) return n >= 0 && n <= rt_max - rt_min ? rt_min + static_cast<int>(n) : -1;
  return n <= 0 && n >= rt_min - rt_max ? rt_max + static_cast<int>(n) : -1;
}

// A SIGNAL operand or option value: a name in any case, with or without "SIG", or a number; a number of 128 or
// more is a shell's exit status (128 + n, or 256 + n from ksh). -1 after saying why, as GNU's kill says it.
int read_signal(solo::StringView text, Name &name) {
  int sig = -1;
  if (!text.empty() && text[0] >= '0' && text[0] <= '9') {
    long long n;
    if (tool::decimal_in(text, 0, 0x7fffffff, n)) sig = static_cast<int>(n) & (n >= 0xff ? 0xff : 0x7f);
  } else {
    sig = from_name(text);
    if (sig < 0 && starts_upper(text, "SIG")) sig = from_name(text.substr(3));
  }
  if (sig < 0 || !name_of(sig, name)) {
    solo::println(solo::io::stderr, "{}: {}: invalid signal", tool::program, tool::quote(text));
    return -1;
  }
  return sig;
}

int list(bool table, char **operands, int count) {
  Name name;
  int status = 0;
  // Columns as wide as the widest number ("64") and name ("RTMIN+15").
  auto row = [&](int sig) {
    if (sig > 0 && sig < signal::first_realtime)
      solo::println("{:>2} {:<8} {}", sig, solo::StringView(name), signal::description(sig));
    else if (sig >= rt_min)
      solo::println("{:>2} {:<8} Real-time signal {}", sig, solo::StringView(name), sig - rt_min);
    else
      solo::println("{:>2} {:<8} Unknown signal {}", sig, solo::StringView(name), sig);
  };
  if (count == 0) {
    for (int sig = 1; sig <= highest; ++sig) {
      if (!name_of(sig, name)) continue;
      if (table)
        row(sig);
      else
        solo::println("{}", solo::StringView(name));
    }
    return 0;
  }
  for (int i = 0; i < count; ++i) {
    int sig = read_signal(operands[i], name);
    if (sig < 0) {
      status = 1;
    } else if (table) {
      row(sig);
    } else if (operands[i][0] >= '0' && operands[i][0] <= '9') {
      solo::println("{}", solo::StringView(name));
    } else {
      solo::println("{}", sig);
    }
  }
  return status;
}

int send(int sig, char **pids, int count) {
  int status = 0;
  for (int i = 0; i < count; ++i) {
    long long pid;
    if (!tool::decimal_in(pids[i], -0x7fffffffLL - 1, 0x7fffffff, pid)) {
      solo::println(solo::io::stderr, "{}: {}: invalid process id", tool::program, tool::quote(pids[i]));
      status = 1;
    } else if (auto r = solo::sys::kill(static_cast<int>(pid), sig); !r) {
      solo::println(solo::io::stderr, "{}: {}: {}", tool::program, tool::quote(pids[i]), r.error());
      status = 1;
    }
  }
  return status;
}

bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_signal_letter(int c) { return c >= 'A' && c <= 'Z' && c != 'L'; }

} // namespace

static const char usage[] = " [-s SIGNAL | -SIGNAL] PID...\n  or:  kill -l [SIGNAL]...\n  or:  kill -t [SIGNAL]...\n"
                            "Send signals to processes, or list signals.\n\n"
                            "  -s, --signal=SIGNAL, -SIGNAL\n"
                            "                   specify the name or number of the signal to be sent\n"
                            "  -l, --list       list signal names, or convert signal names to/from numbers\n"
                            "  -t, --table      print a table of signal information";

int main(int argc, char **argv) {
  tool::program = argv[0];
  // -SIGNAL is a bundle whose first letter is an option taking the rest as its value: one short option for
  // each digit and each capital letter but L (procps' -L, a second -t). -n is bash's spelling of -s.
  solo::Option options[36 + 26 + 5];
  size_t count = 0;
  for (char c = '0'; c <= '9'; ++c) options[count++] = {c, nullptr, false, 0, true};
  for (char c = 'A'; c <= 'Z'; ++c)
    if (is_signal_letter(c)) options[count++] = {c, nullptr, false, 0, true};
  options[count++] = {'l', "list"};
  options[count++] = {'t', "table"};
  options[count++] = {'L', nullptr};
  options[count++] = {'s', "signal", true};
  options[count++] = {'n', nullptr, true};
  solo::OptionParser p(argc, argv, options, count);
  bool listing = false, table = false;
  int sig = -1, n = 0;
  char **operands = argv + 1;
  Name name;
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    int at = p.index();
    const char *arg = argv[at];
    if (is_digit(o) && at != 1) {
      // A negative number after the first argument is a process group, and options end there: what
      // follows, from that argument on, is the list of PIDs (any operands before it are dropped, as
      // GNU's kill drops them).
      operands = argv + at;
      n = argc - at;
      break;
    }
    if (is_digit(o) || is_signal_letter(o)) {
      // Only as the first letter of its argument: "-lHUP" is no signal.
      bool first = arg[1] == o && (p.value().data() == arg + 2 || (p.value().empty() && arg[2] == '\0'));
      if (!first) {
        solo::println(solo::io::stderr, "{}: invalid option -- {}", tool::program, static_cast<char>(o));
        tool::try_help();
        return 1;
      }
    }
    const char *value = nullptr;
    if (is_digit(o) || is_signal_letter(o))
      value = arg + 1;
    else if (o == 's' || o == 'n')
      value = p.value().data();
    if (value) {
      if (sig >= 0) {
        solo::println(solo::io::stderr, "{}: {}: multiple signals specified", tool::program, tool::quote(value));
        tool::try_help();
        return 1;
      }
      sig = read_signal(value, name);
      if (sig < 0) {
        tool::try_help();
        return 1;
      }
      continue;
    }
    if (o == 'l' || o == 't' || o == 'L') {
      if (o != 'l') table = true;
      if (listing) {
        solo::println(solo::io::stderr, "{}: multiple -l or -t options specified", tool::program);
        tool::try_help();
        return 1;
      }
      listing = true;
      continue;
    }
    if (int status = tool::common_option(o, p, argv, n, usage); status >= 0) return status;
  }
  if (sig < 0) {
    sig = signal::TERM;
  } else if (listing) {
    return tool::usage_error("cannot combine signal with -l or -t");
  }
  if (!listing && n == 0) return tool::usage_error("no process ID specified");
  tool::lock_down();
  return listing ? list(table, operands, n) : send(sig, operands, n);
}
