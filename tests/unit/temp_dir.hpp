// A fresh directory under /tmp for one test, removed (with everything in it) when the test ends.
#pragma once

#include <stdlib.h>

#include <string>

struct TempDir {
  std::string path;
  TempDir() {
    char tmpl[] = "/tmp/solo-test-XXXXXX";
    path = ::mkdtemp(tmpl) ? tmpl : "";
  }
  ~TempDir() {
    if (!path.empty()) (void)::system(("rm -rf '" + path + "'").c_str());
  }
  std::string operator/(const std::string &name) const { return path + "/" + name; }
};

// Runs fn() in a forked child and returns its exit status as a wait status (for EACCES and other checks that
// need a different identity or must not disturb the test process).
template <class F> int in_child(F fn) {
  pid_t pid = ::fork();
  if (pid == 0) ::_exit(fn());
  int status = 0;
  ::waitpid(pid, &status, 0);
  return status;
}
