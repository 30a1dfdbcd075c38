// Container operations, timed: Vector push against std::vector push_back, and HashMap insert, find (hits and
// misses) and erase against std::unordered_map, with 64-bit integer keys and with short string keys. Built as
// a solo program (SOLO_BENCH) and as ordinary C++ with libstdc++; prints "<phase> <ns per operation>".
#include "xorshift.hpp"

#include <cstdint>
#include <string_view>

#ifdef SOLO_BENCH
#include <solo.hpp>
using IntMap = solo::HashMap<uint64_t, uint64_t>;
using StringMap = solo::HashMap<solo::String, uint64_t>;
template <class T> using Vector = solo::Vector<T>;
static long long now_ns() {
  auto t = solo::time::clock_gettime(solo::time::Clock::Monotonic);
  return t->tv_sec * 1000000000LL + t->tv_nsec;
}
static void report(const char *phase, long long ns, long ops) { solo::println("{} {:.2f}", phase, double(ns) / ops); }
template <class M, class K, class V> static void put(M &m, const K &k, V v) { m.emplace(k, v); }
template <class M, class K> static bool has(const M &m, const K &k) { return m.find(k) != nullptr; }
template <class M, class K> static void drop(M &m, const K &k) { m.erase(k); }
template <class V, class T> static void append(V &v, T x) { v.push(x); }
#else
#include <cstdio>
#include <ctime>
#include <string>
#include <unordered_map>
#include <vector>
using IntMap = std::unordered_map<uint64_t, uint64_t>;
using StringMap = std::unordered_map<std::string, uint64_t>;
template <class T> using Vector = std::vector<T>;
static long long now_ns() {
  timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1000000000LL + t.tv_nsec;
}
static void report(const char *phase, long long ns, long ops) { printf("%s %.2f\n", phase, double(ns) / ops); }
template <class M, class K, class V> static void put(M &m, const K &k, V v) { m.emplace(typename M::key_type(k), v); }
template <class M, class K> static bool has(const M &m, const K &k) {
  return m.find(typename M::key_type(k)) != m.end();
}
template <class M, class K> static void drop(M &m, const K &k) { m.erase(typename M::key_type(k)); }
template <class V, class T> static void append(V &v, T x) { v.push_back(x); }
#endif

static XorShift rng{88172645463325252ull};

int main() {
  constexpr long pushes = 20000000, keys = 1000000, strings = 500000;
  volatile uint64_t sink = 0;

  long long t = now_ns();
  {
    Vector<uint64_t> v;
    for (long i = 0; i < pushes; ++i) append(v, static_cast<uint64_t>(i));
    sink = sink + v[pushes / 2];
  }
  report("vector_push", now_ns() - t, pushes);

  Vector<uint64_t> present, absent;
  for (long i = 0; i < keys; ++i) append(present, rng.next()), append(absent, rng.next());
  IntMap m;
  t = now_ns();
  for (long i = 0; i < keys; ++i) put(m, present[i], static_cast<uint64_t>(i));
  report("map_insert", now_ns() - t, keys);
  t = now_ns();
  uint64_t found = 0;
  for (long i = keys - 1; i >= 0; --i) found += has(m, present[i]);
  report("map_find_hit", now_ns() - t, keys);
  t = now_ns();
  for (long i = 0; i < keys; ++i) found += has(m, absent[i]);
  report("map_find_miss", now_ns() - t, keys);
  t = now_ns();
  for (long i = 0; i < keys; ++i) drop(m, present[i]);
  report("map_erase", now_ns() - t, keys);
  sink = sink + found;

  // Short text keys (15 bytes: inside the string object in both libraries).
  static char text[strings][16];
  for (long i = 0; i < strings; ++i) {
    uint64_t v = rng.next();
    for (int k = 0; k < 15; ++k) text[i][k] = "0123456789abcdefghijklmnopqrstuv"[(v >> (4 * k)) & 31];
  }
  StringMap s;
  t = now_ns();
  for (long i = 0; i < strings; ++i) put(s, std::string_view(text[i], 15), static_cast<uint64_t>(i));
  report("string_map_insert", now_ns() - t, strings);
  t = now_ns();
  for (long i = strings - 1; i >= 0; --i) found += has(s, std::string_view(text[i], 15));
  report("string_map_find", now_ns() - t, strings);
  sink = sink + found;
  return 0;
}
