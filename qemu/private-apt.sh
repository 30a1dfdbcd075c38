# Sourced by qemu/fetch-kernel, qemu/fetch-qemu-user and bench/box/run: apt with a private state, to download a
# package (or a source package) of any Debian suite and architecture without touching the machine's apt set-up.
#
#   private_apt_init DIR SUITE DEBIAN-ARCH [deb-src]
#                                            package lists of SUITE for DEBIAN-ARCH under DIR (its own sources,
#                                            lists, cache and an empty dpkg status; apt's only architecture);
#                                            with deb-src the source lists too, for `apt-get source`
#   private_apt apt-get|apt-cache ARGS...    runs apt in that state
#   private_apt_download PACKAGE[=VERSION]   downloads the .deb into DIR/download and prints its path
#
# The sources are the machine's own Debian mirrors (apt-get indextargets), asked for SUITE instead of the
# machine's release: for another release (trixie) its main, -updates and -security parts, each from the mirror
# that serves the machine's own; for a part of the machine's release (bookworm-backports) the main mirror. The
# machine's trusted keys check the signatures as usual. Errors go to stderr with apt's own output; the functions
# return non-zero.

private_apt_quiet() { # runs a command, showing its output only if it fails
  local out
  if ! out=$("$@" 2>&1); then
    echo "'$*' failed:" >&2
    echo "$out" >&2
    return 1
  fi
}

private_apt_sources() { # SUITE [deb-src]: one-line sources for it, from the machine's
  local suite=$1 kinds=deb release codename kind
  [ "${2:-}" != deb-src ] || kinds="deb deb-src"
  codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
  [ -n "$codename" ] || { echo "private-apt: /etc/os-release names no release" >&2; return 1; }
  apt-get indextargets --no-release-info --format '$(REPO_URI) $(RELEASE) $(TARGET_OF)' 2>/dev/null | sort -u |
    while read -r uri release type; do
      [ "$type" = deb ] || continue
      for kind in $kinds; do
        if [[ $suite == "$codename"-* ]]; then
          if [ "$release" = "$codename" ]; then echo "$kind $uri $suite main"; fi
        elif [[ $release == "$codename" || $release == "$codename"-* ]]; then
          echo "$kind $uri $suite${release#"$codename"} main"
        fi
      done
    done
}

private_apt_init() {
  private_apt_dir=$1
  local suite=$2 debarch=$3 kinds=${4:-}
  mkdir -p "$private_apt_dir/lists/partial" "$private_apt_dir/cache/archives/partial"
  : >"$private_apt_dir/status"
  private_apt_sources "$suite" "$kinds" >"$private_apt_dir/sources.list" || return 1
  if [ ! -s "$private_apt_dir/sources.list" ]; then
    echo "private-apt: the machine's apt sources have no Debian mirror to ask for $suite" >&2
    return 1
  fi
  private_apt_options=(
    -o "Dir::State::Lists=$private_apt_dir/lists" -o "Dir::Cache=$private_apt_dir/cache"
    -o "Dir::State::status=$private_apt_dir/status"
    -o "Dir::Etc::SourceList=$private_apt_dir/sources.list" -o "Dir::Etc::SourceParts=$private_apt_dir/none"
    -o "APT::Architecture=$debarch" -o "APT::Architectures::=$debarch"
    -o APT::Sandbox::User=root -o Debug::NoLocking=1 -q
  )
  private_apt_quiet private_apt apt-get update
}

private_apt() {
  local tool=$1
  shift
  "$tool" "${private_apt_options[@]}" "$@"
}

private_apt_download() {
  local work=$private_apt_dir/download
  rm -rf "$work"
  mkdir -p "$work"
  (cd "$work" && private_apt_quiet private_apt apt-get download "$1") || return 1
  ls "$work"/*.deb
}
