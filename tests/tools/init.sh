# init outside process 1: it refuses (status 1, one line on stderr) instead of mounting or powering off.
# Its real behaviour is tested on real kernels (tests/kernel/init_pidns.cpp: kernel.init_main_exits and
# kernel.init_sigterm; tests/kernel/init_boot_probe.cpp: kernel.initboot.*), and its command-line parsing in
# tests/unit/init_cmdline_test.cpp.
source "$(dirname "$0")/lib.sh"
err=$(solo init /bin/true 2>&1 >/dev/null)
status=$?
check "init not as process 1 exits 1" [ $status = 1 ]
check "init says why" [ "$err" = "init: must run as process 1" ]
check "init --help prints its usage" [ "$(solo init --help | head -1)" = "Usage: init [PROGRAM [ARG]...]" ]
finish
