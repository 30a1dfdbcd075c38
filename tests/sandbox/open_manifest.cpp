// A call whose number only run time knows: the manifest records the site as unknown and is incomplete.
// lock() then refuses to guess (ENODATA) unless only{} says what is allowed; toolchain/solo-syscalls shows the
// site and exits 1.
#include "check.hpp"

#include <solo/sandbox.hpp>
#include <solo/sys/process.hpp>

namespace sandbox = solo::sandbox;
namespace nr = solo::sys::nr;

long set[sandbox::allowed_capacity];

int main(int argc, char **) {
  volatile long number = nr::getppid;
  CHECK(solo::sys::raw(number + (argc > 1000)) > 0);
  auto m = sandbox::manifest();
  CHECK(!m.complete());
  bool unknown = false;
  for (size_t i = 0; i < m.size(); ++i) unknown |= m[i].number == -1;
  CHECK(unknown);
  CHECK(sandbox::allowed({}, set, sandbox::allowed_capacity).error() == solo::Errno::ENODATA);
  CHECK(sandbox::lock().error() == solo::Errno::ENODATA);
  // only{} is taken as it is: the unknown site may be any call.
  auto n = sandbox::allowed(sandbox::Policy{sandbox::Mode::Kill, true, {nullptr, 0}, {}, {}}, set,
                            sandbox::allowed_capacity);
  CHECK(n && *n == 4); // the implicit calls alone
  const long only[] = {nr::mount, nr::getppid};
  sandbox::Policy p;
  p.has_only = true;
  p.only = {only, 2};
  n = sandbox::allowed(p, set, sandbox::allowed_capacity);
  CHECK(n && *n == 6);
  return check::summary();
}
