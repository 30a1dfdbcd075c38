#include "prelude.hpp"

#include <fcntl.h>
#include <sys/stat.h>

#include "temp_dir.hpp"

#include <vector>

using solo::CStr;
using solo::Errno;
namespace sys = solo::sys;
namespace proc = solo::proc;

namespace {
sys::ChildStatus run_sh(const char *script, const proc::SpawnActions &actions = {}) {
  const char *argv[] = {"sh", "-c", script, nullptr};
  auto pid = proc::spawn("/bin/sh", argv, nullptr, actions);
  REQUIRE(pid.has_value());
  auto w = sys::wait4(*pid);
  REQUIRE(w.has_value());
  return w->status;
}

std::string read_all(solo::FdRef fd) {
  std::string out;
  char buf[256];
  while (true) {
    auto n = sys::read(fd, buf, sizeof(buf));
    if (!n || *n == 0) break;
    out.append(buf, *n);
  }
  return out;
}
} // namespace

TEST_CASE("env::get reads the environment") {
  char a[] = "SOLO_A=1", b[] = "SOLO_EMPTY=", c2[] = "SOLO_AB=2";
  char *envp[] = {a, b, c2, nullptr};
  CHECK(solo::env::get("SOLO_A", envp).value_or(CStr("?")).view() == solo::StringView("1"));
  CHECK(solo::env::get("SOLO_AB", envp).value_or(CStr("?")).view() == solo::StringView("2"));
  CHECK(solo::env::get("SOLO_EMPTY", envp).value_or(CStr("?")).view() == solo::StringView(""));
  CHECK(solo::env::get("SOLO", envp).error() == Errno::ENOENT);
  CHECK(solo::env::get("", envp).error() == Errno::ENOENT);
  CHECK(solo::env::get("PATH").has_value() == (::getenv("PATH") != nullptr));
}

TEST_CASE("env::find_in_path searches PATH like a shell") {
  TempDir dir;
  char buf[512];
  auto sh = solo::env::find_in_path("sh", "/nonexistent-solo::/bin", buf, sizeof(buf));
  REQUIRE(sh.has_value());
  CHECK(sh->view() == solo::StringView("/bin/sh"));
  CHECK(solo::env::find_in_path("no-such-program-solo", "/bin:/usr/bin", buf, sizeof(buf)).error() == Errno::ENOENT);
  CHECK(solo::env::find_in_path("./x/y", "/bin", buf, sizeof(buf))->view() == solo::StringView("./x/y"));
  // Found but not executable: EACCES, as execvp reports.
  (void)::close(::open((dir / "plain").c_str(), O_CREAT | O_WRONLY, 0644));
  CHECK(solo::env::find_in_path("plain", solo::StringView(dir.path.c_str()), buf, sizeof(buf)).error() ==
        Errno::EACCES);
  char small[6];
  CHECK(solo::env::find_in_path("sh", "/usr/local/bin", small, sizeof(small)).error() == Errno::ENAMETOOLONG);
}

TEST_CASE("spawn: exit codes and signal deaths of /bin/sh") {
  auto s = run_sh("exit 3");
  CHECK(s.exited());
  CHECK(s.exit_code() == 3);
  s = run_sh("exit 0");
  CHECK(s.success());
  s = run_sh("kill -9 $$");
  CHECK(s.signaled());
  CHECK(s.signal() == SIGKILL);
  s = run_sh("kill -TERM $$");
  CHECK(s.signal() == SIGTERM);
}

TEST_CASE("spawn passes argv and the given environment") {
  auto out = sys::pipe2(sys::OpenFlags::CloseOnExec);
  REQUIRE(out.has_value());
  proc::SpawnActions actions;
  actions.dup2(out->write.get(), 1);
  const char *argv[] = {"sh", "-c", "echo \"$0|$1|$SOLO_X\"; exec env", "zero", "one two", nullptr};
  const char *envp[] = {"SOLO_X=from-envp", nullptr};
  auto pid = proc::spawn("/bin/sh", argv, envp, actions);
  REQUIRE(pid.has_value());
  (void)out->write.close();
  // env prints exactly the environment it was given (the shell adds PWD, and PATH only to its own variables).
  std::string got = read_all(out->read);
  CHECK(got.find("zero|one two|from-envp\n") == 0);
  CHECK(got.find("SOLO_X=from-envp\n") != std::string::npos);
  CHECK(got.find("HOME=") == std::string::npos);
  auto w = sys::wait4(*pid);
  REQUIRE(w.has_value());
  CHECK(w->status.success());
}

TEST_CASE("spawn reports a missing program to the parent and leaves no zombie") {
  const char *argv[] = {"missing", nullptr};
  CHECK(proc::spawn("/nonexistent-solo/missing", argv).error() == Errno::ENOENT);
  CHECK(proc::spawn("/proc", argv).error() == Errno::EACCES);
  CHECK(proc::spawnp("no-such-program-solo", argv).error() == Errno::ENOENT);
  CHECK(sys::wait4(-1, sys::WaitOptions::NoHang).error() == Errno::ECHILD);
  // An action that fails is reported the same way.
  proc::SpawnActions bad;
  bad.chdir("/nonexistent-solo");
  const char *sh[] = {"sh", "-c", "exit 0", nullptr};
  CHECK(proc::spawn("/bin/sh", sh, nullptr, bad).error() == Errno::ENOENT);
  proc::SpawnActions badfd;
  badfd.dup2(999, 1);
  CHECK(proc::spawn("/bin/sh", sh, nullptr, badfd).error() == Errno::EBADF);
  CHECK(sys::wait4(-1, sys::WaitOptions::NoHang).error() == Errno::ECHILD);
  proc::SpawnActions many;
  for (int i = 0; i <= proc::SpawnActions::max_actions; ++i) many.close(50);
  CHECK(proc::spawn("/bin/sh", sh, nullptr, many).error() == Errno::ENOMEM);
}

TEST_CASE("spawn with redirected descriptors") {
  auto out = sys::pipe2(sys::OpenFlags::CloseOnExec);
  auto err = sys::pipe2(sys::OpenFlags::CloseOnExec);
  REQUIRE(out.has_value());
  REQUIRE(err.has_value());
  proc::SpawnActions actions;
  actions.dup2(out->write.get(), 1).dup2(err->write.get(), 2).close(0);
  const char *argv[] = {"sh", "-c", "echo to-out; echo to-err >&2; cat <&0 || echo no-stdin", nullptr};
  auto pid = proc::spawnp("sh", argv, nullptr, actions);
  REQUIRE(pid.has_value());
  (void)out->write.close();
  (void)err->write.close();
  CHECK(read_all(out->read) == "to-out\nno-stdin\n");
  CHECK(read_all(err->read).find("to-err\n") == 0);
  auto w = sys::wait4(*pid);
  REQUIRE(w.has_value());
  CHECK(w->status.success());

  // open and chdir actions: stdout to a file, in another directory.
  TempDir dir;
  proc::SpawnActions to_file;
  std::string file = dir / "out.txt";
  to_file
      .open(1, CStr(file.c_str()), sys::OpenFlags::WriteOnly | sys::OpenFlags::Create | sys::OpenFlags::Truncate, 0644)
      .chdir(CStr(dir.path.c_str()));
  auto s = run_sh("echo in-file; pwd -P >&1; ls", to_file);
  CHECK(s.success());
  auto fd = sys::openat(sys::at_fdcwd, CStr(file.c_str()), sys::OpenFlags::ReadOnly);
  REQUIRE(fd.has_value());
  char real[4096];
  REQUIRE(::realpath(dir.path.c_str(), real));
  CHECK(read_all(*fd) == "in-file\n" + std::string(real) + "\nout.txt\n");

  // A dup2 onto the descriptor spawn uses for its own error report must still work (and report errors).
  proc::SpawnActions crowd;
  for (int fd2 = 3; fd2 < 12; ++fd2) crowd.dup2(1, fd2);
  crowd.chdir("/nonexistent-solo");
  CHECK(proc::spawn("/bin/sh", argv, nullptr, crowd).error() == Errno::ENOENT);
}

TEST_CASE("spawn: new session, process group, signal mask and default dispositions") {
  auto in = sys::pipe2(sys::OpenFlags::CloseOnExec);
  REQUIRE(in.has_value());
  proc::SpawnActions session;
  session.dup2(in->read.get(), 0).setsid();
  const char *argv[] = {"sh", "-c", "read x", nullptr};
  auto pid = proc::spawn("/bin/sh", argv, nullptr, session);
  REQUIRE(pid.has_value());
  CHECK(sys::getsid(*pid).value_or(-1) == *pid);
  CHECK(sys::getpgid(*pid).value_or(-1) == *pid);
  (void)in->write.close();
  REQUIRE(sys::wait4(*pid).has_value());

  auto in2 = sys::pipe2(sys::OpenFlags::CloseOnExec);
  REQUIRE(in2.has_value());
  proc::SpawnActions group;
  group.dup2(in2->read.get(), 0).setpgid(0);
  pid = proc::spawn("/bin/sh", argv, nullptr, group);
  REQUIRE(pid.has_value());
  CHECK(sys::getpgid(*pid).value_or(-1) == *pid);
  CHECK(sys::getsid(*pid).value_or(-1) == ::getsid(0));
  (void)in2->write.close();
  REQUIRE(sys::wait4(*pid).has_value());

  // An ignored signal stays ignored across spawn unless signal_default names it.
  struct sigaction ign = {}, old = {};
  ign.sa_handler = SIG_IGN;
  REQUIRE(::sigaction(SIGUSR1, &ign, &old) == 0);
  auto kept = run_sh("kill -USR1 $$; exit 4");
  proc::SpawnActions dfl;
  dfl.signal_default(1ull << (SIGUSR1 - 1));
  auto reset = run_sh("kill -USR1 $$; exit 4", dfl);
  REQUIRE(::sigaction(SIGUSR1, &old, nullptr) == 0);
  CHECK(kept.exit_code() == 4);
  CHECK(reset.signaled());
  CHECK(reset.signal() == SIGUSR1);

  // The signal mask the program starts with (SigBlk in /proc/<pid>/status, in hex).
  auto out = sys::pipe2(sys::OpenFlags::CloseOnExec);
  REQUIRE(out.has_value());
  proc::SpawnActions masked;
  masked.dup2(out->write.get(), 1).signal_mask(1ull << (SIGUSR2 - 1));
  const char *grep[] = {"sh", "-c", "exec grep SigBlk /proc/self/status", nullptr};
  pid = proc::spawn("/bin/sh", grep, nullptr, masked);
  REQUIRE(pid.has_value());
  (void)out->write.close();
  std::string line = read_all(out->read);
  REQUIRE(sys::wait4(*pid).has_value());
  CHECK(line == "SigBlk:\t0000000000000800\n");
}

TEST_CASE("spawnp runs a script without #! through /bin/sh, as execvp does; spawn and the opt-out do not") {
  TempDir dir;
  std::string script = dir / "greet";
  std::string out = dir / "out";
  {
    FILE *f = ::fopen(script.c_str(), "w");
    REQUIRE(f != nullptr);
    ::fprintf(f, "echo \"from the script: $0 $*\" > '%s'\nexit 3\n", out.c_str());
    ::fclose(f);
  }
  REQUIRE(::chmod(script.c_str(), 0755) == 0);
  const char *envp[] = {"PATH=/usr/bin:/bin", nullptr};
  const char *argv[] = {"greet", "one", "two words", nullptr};

  // The shell runs it with its path as $0 and the rest of argv after it. (A name with a '/' is used as it
  // is; the PATH search itself is env::find_in_path's test.)
  auto pid = proc::spawnp(CStr(script.c_str()), argv, envp);
  REQUIRE(pid.has_value());
  auto w = sys::wait4(*pid);
  REQUIRE(w.has_value());
  CHECK(w->status.exit_code() == 3);
  int fd = ::open(out.c_str(), O_RDONLY);
  REQUIRE(fd >= 0);
  CHECK(read_all(fd) == "from the script: " + script + " one two words\n");
  ::close(fd);

  // Many arguments: the shell's argv no longer fits the spawn's stack and is mapped for the time of the call.
  std::vector<std::string> many;
  std::vector<const char *> long_argv = {"greet"};
  std::string expected = "from the script: " + script;
  for (int i = 0; i < 200; ++i) many.push_back("arg" + std::to_string(i));
  for (auto &m : many) {
    long_argv.push_back(m.c_str());
    expected += " " + m;
  }
  long_argv.push_back(nullptr);
  pid = proc::spawnp(CStr(script.c_str()), long_argv.data(), envp);
  REQUIRE(pid.has_value());
  CHECK(sys::wait4(*pid).value().status.exit_code() == 3);
  fd = ::open(out.c_str(), O_RDONLY);
  REQUIRE(fd >= 0);
  CHECK(read_all(fd) == expected + "\n");
  ::close(fd);

  // spawn runs exactly what it is given, as execve does.
  CHECK(proc::spawn(CStr(script.c_str()), argv, envp).error() == Errno::ENOEXEC);
  // And spawnp does not when asked not to.
  proc::SpawnActions exact;
  exact.no_shell_for_scripts();
  CHECK(proc::spawnp(CStr(script.c_str()), argv, envp, exact).error() == Errno::ENOEXEC);
}
