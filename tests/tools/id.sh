# id: this process (the default format, -u -g -G with -n and -r, -z), named users (by name and number, one
# with supplementary groups in /etc/group, several at once, unknown ones), other ids as root can set them
# (real and effective ids that differ, supplementary groups without names, a user without a name), usage
# errors, /dev/full.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
for opts in "" -u -g -G -un -gn -Gn -ur -gr -Gr -urn -uz -Gz -Gnz -a -n -r -z -ug -uG; do
  read -r -a o <<<"$opts"
  compare id "${o[@]}"
done
members=$(awk -F: '$4 != "" { split($4, m, ","); print m[1]; exit }' /etc/group)
for who in root nobody 0 65534 "$members" nosuchuser 99999; do
  [ -n "$who" ] || continue
  for opts in "" -u -g -G -Gn -un -gn; do
    read -r -a o <<<"$opts"
    compare id "${o[@]}" "$who"
  done
done
compare id root nobody
compare id root nosuchuser nobody
compare id -x
compare id --bogus
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  as() {
    local what=$1
    shift
    g=$(setpriv "$@" id $what 2>&1; echo $?)
    s=$(setpriv "$@" "$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/id" $what 2>&1 | sed -e 's#[^ ]*/id:#id:#g'; echo "${PIPESTATUS[0]}")
    check "id $what as setpriv $*: '$s' (GNU '$g')" [ "$g" = "$s" ]
  }
  for what in "" -G -Gn -u -un -ur -g -gr; do
    as "$what" --reuid=65534 --regid=65534 --clear-groups
    as "$what" --reuid=65534 --regid=65534 --groups=4,1234
    as "$what" --reuid=4242 --regid=4243 --groups=4243
  done
  # Effective ids apart from the real ones: only natively and untraced, since a script between (qemu/run, the
  # sandbox suites' strace wrapper) would drop or change them.
  if [ "$SOLO_ARCH" = "$(uname -m)" ] && [ -z "${SOLO_TOOLS_TRACED:-}" ]; then
    for what in "" -G -u -ur -g -gr; do
      g=$(setpriv --euid=65534 --egid=65534 --keep-groups id $what 2>&1; echo $?)
      s=$(setpriv --euid=65534 --egid=65534 --keep-groups "$SOLO_TOOLS/id" $what 2>&1 | normalize_stderr id; echo "${PIPESTATUS[0]}")
      check "id $what with other effective ids: '$s' (GNU '$g')" [ "$g" = "$s" ]
    done
  fi
fi
to_full id
to_full id -Gn
check "id --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/id' --help >/dev/null"
finish
