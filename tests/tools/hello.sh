# The example everyone starts from: one line, exit status 0.
source "$(dirname "$0")/lib.sh"
check "hello prints its line" [ "$(solo hello)" = "Hello from solo!" ]
check "hello exits 0" solo hello
finish
