// The tools locked to their manifests in trap mode (SOLO_SANDBOX=trap), as children of PID 1 on the real
// kernels (tests/kernel/tests.list: x86-64 and arm64, where qemu-user's missing seccomp cannot hide
// anything). The cases follow the tools' own suites (tests/tools/*.sh, which need bash and GNU coreutils and
// so run natively only): files, standard input from a file and from a pipe, output to a file and to a pipe
// (each of cat's in-kernel copies), errors, --help, a stop and continue during sleep. A case passes when the
// tool exits as expected, prints what is expected, and says nothing about the sandbox.
//
//   tools_locked TOOL_PATH...   (the tools by their paths; each case names its tool by its base name)
#include <solo/io.hpp>
#include <solo/io/retry.hpp>
#include <solo/print.hpp>
#include <solo/signal.hpp>
#include <solo/spawn.hpp>
#include <solo/sys/dir.hpp>
#include <solo/sys/stat.hpp>
#include <solo/sys/wait.hpp>

namespace sys = solo::sys;
using solo::StringView;

namespace {

enum class In { Null, File, Pipe };
enum class Out { File, Pipe };

struct Case {
  const char *tool;
  const char *args[8];
  int status = 0;               // the exit status; -13: killed by SIGPIPE (yes into a closed pipe)
  const char *output = nullptr; // stdout exactly, when given
  In in = In::Null;
  const char *input = nullptr; // the file for In::File and In::Pipe (In::Null reads an empty file)
  Out out = Out::File;
  const char *same_as = nullptr; // stdout must equal this file's contents
  bool stop_continue = false;    // SIGSTOP, then SIGCONT, while it runs
};

const Case cases[] = {
    {"cat", {"a"}, 0, "one\ntwo\n\nfour"},
    {"cat", {"-n", "a", "b"}, 0, "     1\tone\n     2\ttwo\n     3\t\n     4\tfourfive\n     5\tsix\n"},
    {"cat", {"-", "a"}, 0, "five\nsix\none\ntwo\n\nfour", In::File, "b"},
    {"cat", {}, 0, nullptr, In::Pipe, "big", Out::File, "big"},
    {"cat", {"big"}, 0, nullptr, In::Null, nullptr, Out::File, "big"}, // copy_file_range
    {"cat", {"big"}, 0, nullptr, In::Null, nullptr, Out::Pipe, "big"}, // splice
    {"cat", {"-n", "lines"}, 0},
    {"cat", {"missing"}, 1, ""},
    {"cat", {"d"}, 1, ""},
    {"cat", {"-x"}, 1, ""},
    {"cat", {"--help"}, 0},
    {"wc", {"a", "b"}, 0, " 3  3 13 a\n 2  2  9 b\n 5  5 22 total\n"},
    {"wc", {"-l"}, 0, "3\n", In::File, "a"},
    {"wc", {"-lwc"}, 0, nullptr, In::Pipe, "big"},
    {"wc", {"missing"}, 1},
    {"head", {"-n", "2", "a"}, 0, "one\ntwo\n"},
    {"head", {"-c", "3"}, 0, "one", In::Pipe, "a"},
    {"head", {"-n", "-1", "a"}, 0, "one\ntwo\n\n"},
    {"head", {"-2", "a", "b"}, 0, "==> a <==\none\ntwo\n\n==> b <==\nfive\nsix\n"},
    {"head", {"missing"}, 1},
    {"tail", {"-n", "2", "a"}, 0, "\nfour"},
    {"tail", {"-c", "3", "lines"}, 0, "00\n"},
    {"tail", {"-n", "+3"}, 0, "\nfour", In::Pipe, "a"},
    {"tail", {"-n", "1"}, 0, "six\n", In::File, "b"},
    {"tail", {"missing"}, 1},
    {"ls", {}, 0, "a\nb\nbig\nd\nempty\nlines\n"},
    {"ls", {"-la", "."}, 0},
    {"ls", {"-lRn", ".."}, 0},
    {"ls", {"-a", "d"}, 0, ".\n..\ninner\n"},
    {"ls", {"missing"}, 2, ""},
    {"uname", {"-s"}, 0, "Linux\n"},
    {"uname", {"-a"}, 0},
    {"uname", {"--bogus"}, 1, ""},
    {"echo", {"-e", "a\\tb\\x41\\0101"}, 0, "a\tbAA\n"},
    {"echo", {"-n", "x", "y"}, 0, "x y"},
    {"sleep", {"0.05"}, 0, ""},
    {"sleep", {"0.4"}, 0, "", In::Null, nullptr, Out::File, nullptr, true}, // resumed by restart_syscall
    {"sleep", {"x"}, 1, ""},
    {"mkdir", {"-p", "new/deeper"}, 0, ""},
    {"mkdir", {"-m", "700", "new/mode"}, 0, ""},
    {"mkdir", {"new"}, 1, ""},
    {"cp", {"big", "new/big"}, 0, ""},
    {"cp", {"a", "b", "new"}, 0, ""},
    {"cat", {"new/big"}, 0, nullptr, In::Null, nullptr, Out::File, "big"},
    {"cp", {"missing", "new"}, 1, ""},
    {"rm", {"-r", "new"}, 0, ""},
    {"rm", {"missing"}, 1, ""},
    {"rm", {"-f", "missing"}, 0, ""},
    {"yes", {"sandboxed"}, -13, nullptr, In::Null, nullptr, Out::Pipe},
};

const char *tool_path(int argc, char **argv, StringView tool) {
  for (int i = 1; i < argc; ++i) {
    StringView p = argv[i];
    size_t slash = 0;
    for (size_t k = 0; k < p.size(); ++k)
      if (p[k] == '/') slash = k + 1;
    if (StringView(p.data() + slash, p.size() - slash) == tool) return argv[i];
  }
  return nullptr;
}

// A whole file, or nothing when it cannot be read.
size_t slurp(const char *path, char *buf, size_t size) {
  auto fd = solo::io::openat(sys::at_fdcwd, solo::CStr(path), sys::OpenFlags::ReadOnly);
  if (!fd) return 0;
  auto n = solo::io::read_exact(*fd, buf, size);
  return n ? *n : 0;
}

bool write_file(const char *path, const char *data, size_t size) {
  auto fd = sys::openat(sys::at_fdcwd, solo::CStr(path),
                        sys::OpenFlags::WriteOnly | sys::OpenFlags::Create | sys::OpenFlags::Truncate, 0644);
  return fd && solo::io::write_all(*fd, data, size);
}

constexpr size_t big_size = 3'000'000;
char big[big_size];
char expected[big_size + 1], got[big_size + 1], err[4096];

// The cases' files, in DIR/work under a fresh DIR in /tmp; DIR/work becomes the working directory (the
// children's too) and DIR/out, DIR/err take their output.
char dir[64] = "/tmp/tools_locked.";
char out_path[80], err_path[80];
solo::CStr path_of(const char *p) { return solo::CStr(p); }

bool fixtures() {
  char digits[24];
  size_t n = solo::c_string_length(dir);
  for (char c : solo::io::to_decimal(sys::getpid(), digits)) dir[n++] = c;
  if (!sys::mkdirat(sys::at_fdcwd, path_of(dir), 0755) || !sys::chdir(path_of(dir))) return false;
  if (!sys::mkdirat(sys::at_fdcwd, solo::CStr("work"), 0755) || !sys::chdir(solo::CStr("work"))) return false;
  (void)sys::mkdirat(sys::at_fdcwd, solo::CStr("d"), 0755);
  size_t k = 0;
  for (; dir[k]; ++k) out_path[k] = err_path[k] = dir[k];
  for (size_t i = 0; i < 5; ++i) out_path[k + i] = "/out"[i], err_path[k + i] = "/err"[i];
  unsigned long long x = 12345;
  for (char &c : big) c = static_cast<char>((x = x * 6364136223846793005ULL + 1442695040888963407ULL) >> 56);
  static char lines[200000];
  n = 0;
  for (int i = 1; i <= 20000; ++i) {
    for (char c : solo::io::to_decimal(i, digits)) lines[n++] = c;
    lines[n++] = '\n';
  }
  return write_file("a", "one\ntwo\n\nfour", 13) && write_file("b", "five\nsix\n", 9) && write_file("empty", "", 0) &&
         write_file("big", big, big_size) && write_file("lines", lines, n) && write_file("d/inner", "x", 1);
}

struct Run {
  bool started = false;
  sys::ChildStatus status;
  size_t out = 0, err = 0;
};

Run run(const char *path, const Case &c) {
  Run r;
  const char *argv[10] = {path};
  for (int i = 0; i < 8 && c.args[i]; ++i) argv[i + 1] = c.args[i];
  const char *envp[] = {"SOLO_SANDBOX=trap", nullptr};
  solo::proc::SpawnActions actions;
  actions.signal_default(1ULL << (13 - 1)); // SIGPIPE, which this runner ignores
  int in_pipe[2] = {-1, -1}, out_pipe[2] = {-1, -1};
  if (c.in == In::Pipe && !sys::pipe2(in_pipe, sys::OpenFlags::CloseOnExec)) return r;
  if (c.out == Out::Pipe && !sys::pipe2(out_pipe, sys::OpenFlags::CloseOnExec)) return r;
  if (c.in == In::Pipe)
    actions.dup2(in_pipe[0], 0);
  else
    actions.open(0, path_of(c.in == In::File ? c.input : "empty"), sys::OpenFlags::ReadOnly);
  if (c.out == Out::Pipe)
    actions.dup2(out_pipe[1], 1);
  else
    actions.open(1, path_of(out_path), sys::OpenFlags::WriteOnly | sys::OpenFlags::Create | sys::OpenFlags::Truncate,
                 0644);
  actions.open(2, path_of(err_path), sys::OpenFlags::WriteOnly | sys::OpenFlags::Create | sys::OpenFlags::Truncate,
               0644);
  auto pid = solo::proc::spawn(solo::CStr(path), argv, envp, actions);
  if (in_pipe[0] >= 0) (void)sys::close(in_pipe[0]);
  if (out_pipe[1] >= 0) (void)sys::close(out_pipe[1]);
  if (!pid) return r;
  r.started = true;
  if (c.in == In::Pipe) {
    size_t n = slurp(c.input, expected, sizeof expected);
    (void)solo::io::write_all(in_pipe[1], expected, n);
    (void)sys::close(in_pipe[1]);
  }
  if (c.out == Out::Pipe) {
    size_t limit = c.status == -13 ? 65536 : sizeof got;
    for (;;) {
      auto n = solo::io::read(out_pipe[0], got + r.out, limit - r.out);
      if (!n || *n == 0) break;
      r.out += *n;
      if (r.out == limit) break;
    }
    (void)sys::close(out_pipe[0]);
  }
  if (c.stop_continue) {
    (void)solo::io::sleep_for({0, 100'000'000});
    (void)sys::kill(*pid, 19 /* SIGSTOP */);
    (void)solo::io::sleep_for({0, 50'000'000});
    (void)sys::kill(*pid, 18 /* SIGCONT */);
  }
  auto w = sys::wait4(*pid);
  if (w) r.status = w->status;
  if (c.out == Out::File) r.out = slurp(out_path, got, sizeof got);
  r.err = slurp(err_path, err, sizeof err);
  return r;
}

bool contains(StringView s, StringView what) {
  for (size_t i = 0; i + what.size() <= s.size(); ++i)
    if (StringView(s.data() + i, what.size()) == what) return true;
  return false;
}

} // namespace

int main(int argc, char **argv) {
  int passed = 0, failed = 0;
  // A tool that stops reading (head -c 3) must not end the runner that feeds it.
  (void)solo::signal::set_action(solo::signal::PIPE, solo::signal::Action::ignore());
  if (!fixtures()) {
    solo::println("FAIL: cannot write the fixtures under {}", dir);
    return 1;
  }
  for (const Case &c : cases) {
    const char *path = tool_path(argc, argv, c.tool);
    Run r = path ? run(path, c) : Run{};
    StringView out(got, r.out), errors(err, r.err);
    const char *why = nullptr;
    if (!path)
      why = "not given on the command line";
    else if (!r.started)
      why = "could not be started";
    else if (contains(errors, "sandbox:"))
      why = "the sandbox stopped it";
    else if (c.status == -13 ? !(r.status.signal() == 13 || r.status.exit_code() == 1)
                             : r.status.exit_code() != c.status)
      why = "the wrong exit status (or a signal)";
    else if (c.output && !(out == StringView(c.output)))
      why = "the wrong output";
    else if (c.same_as && !(out == StringView(expected, slurp(c.same_as, expected, sizeof expected))))
      why = "output differs from the file";
    if (!why) {
      ++passed;
      continue;
    }
    ++failed;
    solo::print("FAIL: {}", c.tool);
    for (int i = 0; i < 8 && c.args[i]; ++i) solo::print(" {}", c.args[i]);
    solo::println(": {} (exit {}, signal {}); stderr: {}", why, r.status.exit_code(), r.status.signal(),
                  StringView(err, r.err < 300 ? r.err : 300));
  }
  // Clean up with rm itself, locked like the rest, from DIR; then what the runner wrote there.
  const Case cleanup{"rm", {"-r", "work"}, 0, "", In::File, "work/empty"};
  const char *rm = tool_path(argc, argv, "rm");
  if (rm && sys::chdir(path_of(dir)) && run(rm, cleanup).status.success())
    ++passed;
  else
    ++failed, solo::println("FAIL: rm -r {}/work", dir);
  (void)sys::unlinkat(sys::at_fdcwd, path_of(out_path));
  (void)sys::unlinkat(sys::at_fdcwd, path_of(err_path));
  (void)sys::chdir(path_of("/"));
  (void)sys::unlinkat(sys::at_fdcwd, path_of(dir), sys::UnlinkFlags::RemoveDir);
  solo::println("{} passed, {} failed", passed, failed);
  return failed == 0 ? 0 : 1;
}
