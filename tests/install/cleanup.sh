#!/usr/bin/env bash
# The end of the tests/install fixture: the temporary install and the projects built from it go away.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
if [ -d "$SOLO_INSTALL_TEST_DIR" ]; then chmod -R u+w "$SOLO_INSTALL_TEST_DIR" && rm -rf "$SOLO_INSTALL_TEST_DIR"; fi
echo "removed $SOLO_INSTALL_TEST_DIR"
