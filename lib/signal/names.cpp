#include <solo/parse.hpp>
#include <solo/signal/names.hpp>

namespace solo::signal {

namespace {

struct Named {
  const char *name;
  const char *description;
};

// Indexed by signal number; the texts are glibc's (sigabbrev_np / sigdescr_np), which tests/unit compares.
constexpr Named classic[first_realtime] = {
    {"UNKNOWN", "Unknown signal"},
    {"HUP", "Hangup"},
    {"INT", "Interrupt"},
    {"QUIT", "Quit"},
    {"ILL", "Illegal instruction"},
    {"TRAP", "Trace/breakpoint trap"},
    {"ABRT", "Aborted"},
    {"BUS", "Bus error"},
    {"FPE", "Floating point exception"},
    {"KILL", "Killed"},
    {"USR1", "User defined signal 1"},
    {"SEGV", "Segmentation fault"},
    {"USR2", "User defined signal 2"},
    {"PIPE", "Broken pipe"},
    {"ALRM", "Alarm clock"},
    {"TERM", "Terminated"},
    {"STKFLT", "Stack fault"},
    {"CHLD", "Child exited"},
    {"CONT", "Continued"},
    {"STOP", "Stopped (signal)"},
    {"TSTP", "Stopped"},
    {"TTIN", "Stopped (tty input)"},
    {"TTOU", "Stopped (tty output)"},
    {"URG", "Urgent I/O condition"},
    {"XCPU", "CPU time limit exceeded"},
    {"XFSZ", "File size limit exceeded"},
    {"VTALRM", "Virtual timer expired"},
    {"PROF", "Profiling timer expired"},
    {"WINCH", "Window changed"},
    {"IO", "I/O possible"},
    {"PWR", "Power failure"},
    {"SYS", "Bad system call"},
};

// The real-time names: RTMIN+n counts up from 32 to 48, RTMAX-n down from 64 to 49.
constexpr int last_from_min = 48;
constexpr const char *realtime[last - first_realtime + 1] = {
    "RTMIN",    "RTMIN+1",  "RTMIN+2",  "RTMIN+3",  "RTMIN+4",  "RTMIN+5",  "RTMIN+6",  "RTMIN+7",  "RTMIN+8",
    "RTMIN+9",  "RTMIN+10", "RTMIN+11", "RTMIN+12", "RTMIN+13", "RTMIN+14", "RTMIN+15", "RTMIN+16", "RTMAX-15",
    "RTMAX-14", "RTMAX-13", "RTMAX-12", "RTMAX-11", "RTMAX-10", "RTMAX-9",  "RTMAX-8",  "RTMAX-7",  "RTMAX-6",
    "RTMAX-5",  "RTMAX-4",  "RTMAX-3",  "RTMAX-2",  "RTMAX-1",  "RTMAX",
};
static_assert(last_from_min - first_realtime == 16);

char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

bool same_ignoring_case(StringView a, StringView b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (upper(a[i]) != upper(b[i])) return false;
  return true;
}

} // namespace

const char *name(int sig) noexcept {
  if (sig > 0 && sig < first_realtime) return classic[sig].name;
  if (sig >= first_realtime && sig <= last) return realtime[sig - first_realtime];
  return classic[0].name;
}

const char *description(int sig) noexcept {
  if (sig > 0 && sig < first_realtime) return classic[sig].description;
  if (sig >= first_realtime && sig <= last) return "Real-time signal";
  return classic[0].description;
}

Result<int> from_name(StringView text) noexcept {
  if (!text.empty() && text[0] >= '0' && text[0] <= '9') {
    auto n = parse_int<int>(text);
    if (!n || *n < 1 || *n > last) return Errno::EINVAL;
    return *n;
  }
  if (text.size() > 3 && same_ignoring_case(StringView(text.data(), 3), "SIG"))
    text = StringView(text.data() + 3, text.size() - 3);
  for (int sig = 1; sig <= last; ++sig)
    if (same_ignoring_case(text, name(sig))) return sig;
  // Second names of the same signals.
  if (same_ignoring_case(text, "POLL")) return IO;
  if (same_ignoring_case(text, "IOT")) return ABRT;
  if (same_ignoring_case(text, "CLD")) return CHLD;
  return Errno::EINVAL;
}

} // namespace solo::signal
