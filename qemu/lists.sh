# Sourced by the qemu/ scripts: reading qemu/architectures.list, qemu/kernels.list and qemu/emulators.list
# (whitespace-separated words, `#` starts a comment). Each function returns non-zero, with the reason on stderr,
# when the list has no such line.
qemu_lists=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

qemu_list() { sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$qemu_lists/$1.list"; }

# qemu_architecture ARCH: sets arch_debian, arch_qemu_user, arch_system_package, arch_console, arch_system (the
# qemu-system command and its options, an array).
qemu_architecture() {
  local line words
  line=$(qemu_list architectures | awk -v a="$1" '$1 == a' | head -1)
  [ -n "$line" ] || { echo "qemu/architectures.list has no line for $1" >&2; return 1; }
  read -r -a words <<<"$line"
  arch_debian=${words[1]} arch_qemu_user=${words[2]} arch_system_package=${words[3]} arch_console=${words[4]}
  arch_system=("${words[@]:5}")
}

# qemu_kernel ARCH VERSION: sets kernel_suite, kernel_flavour and kernel_options (its KEY=VALUE words, an array).
# Without VERSION, the first kernel listed for ARCH.
qemu_kernel() {
  local line words
  line=$(qemu_list kernels | awk -v a="$1" -v v="${2:-}" '$1 == a && (v == "" || $2 == v)' | head -1)
  [ -n "$line" ] || { echo "qemu/kernels.list has no ${2:+Linux $2 }kernel for $1" >&2; return 1; }
  read -r -a words <<<"$line"
  kernel_version=${words[1]} kernel_suite=${words[2]} kernel_flavour=${words[3]}
  kernel_options=("${words[@]:4}")
}

# qemu_kernel_option KEY [DEFAULT]: the value of KEY=... among kernel_options.
qemu_kernel_option() {
  local option
  for option in "${kernel_options[@]}"; do
    [[ $option == "$1"=* ]] && { echo "${option#*=}"; return; }
  done
  echo "${2:-}"
}

# qemu_emulator NAME: sets emulator_series, emulator_source (`system` or SUITE:PACKAGE) and emulator_gives (its
# GIVES words, an array). Without NAME, the first emulator listed: the default.
qemu_emulator() {
  local line words
  line=$(qemu_list emulators | awk -v n="${1:-}" 'n == "" || $1 == n' | head -1)
  [ -n "$line" ] || { echo "qemu/emulators.list has no emulator ${1:-at all}" >&2; return 1; }
  read -r -a words <<<"$line"
  emulator_name=${words[0]} emulator_series=${words[1]} emulator_source=${words[2]}
  emulator_gives=("${words[@]:3}")
}
