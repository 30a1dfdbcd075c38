#!/bin/sh
# links.sh DIR NAMES: a link DIR/NAME -> solo-box for each line of NAMES (make install's applet links).
set -eu
while read -r name; do
  ln -sfn solo-box "$1/$name"
done <"$2"
