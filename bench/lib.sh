# Helpers the benchmarks share (sourced). Every figure is printed beside its target, and the targets of a whole
# `make bench` are listed again at the end (bench/run), each marked met or NOT met.

# The file the targets of this run are collected in (bench/run empties it first).
SOLO_BENCH_TARGETS=${SOLO_BENCH_TARGETS:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/build/bench/targets}
mkdir -p "$(dirname "$SOLO_BENCH_TARGETS")"

# target NAME VALUE OP LIMIT [UNIT]: prints "NAME VALUE UNIT (target OP LIMIT) met|NOT met" and records it.
# OP is one of < <= > >= ==; VALUE and LIMIT are numbers (decimals allowed).
target() {
  local name=$1 value=$2 op=$3 limit=$4 unit=${5:-} verdict
  if awk -v v="$value" -v l="$limit" -v op="$op" 'BEGIN {
       ok = op == "<" ? v < l : op == "<=" ? v <= l : op == ">" ? v > l : op == ">=" ? v >= l : v == l
       exit !ok }'; then
    verdict=met
  else
    verdict="NOT met"
  fi
  local line
  line=$(printf '%-64s %8s %-5s (target %s %s)  %s' "$name" "$value" "$unit" "$op" "$limit" "$verdict")
  echo "$line"
  echo "$line" >>"$SOLO_BENCH_TARGETS"
}

# ratio A B [DIGITS]: A / B with DIGITS decimals (2 by default).
ratio() { awk -v a="$1" -v b="$2" -v d="${3:-2}" 'BEGIN { printf "%.*f", d, a / b }'; }
