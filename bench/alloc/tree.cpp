// C++: build a binary search tree of 1 million nodes with new (random keys), then destroy it with delete;
// three times. With a C library, new and delete forward to malloc and free (what libstdc++ does too).
#include "workload.hpp"

#ifndef SOLO_BENCH
void *operator new(size_t n) { return malloc(n); }
void operator delete(void *p) noexcept { free(p); }
void operator delete(void *p, size_t) noexcept { free(p); }
#endif

namespace {
struct Node {
  unsigned long key;
  Node *left = nullptr;
  Node *right = nullptr;
  unsigned long value;
};

void insert(Node *&root, unsigned long key) {
  Node **at = &root;
  while (*at) at = key < (*at)->key ? &(*at)->left : &(*at)->right;
  *at = new Node{key, nullptr, nullptr, key * 3};
}

void destroy(Node *n) {
  while (n) { // recursion on the left, a loop on the right: depth stays that of the left spines
    destroy(n->left);
    Node *right = n->right;
    delete n;
    n = right;
  }
}
} // namespace

int main() {
  constexpr long nodes = 1'000'000;
  Random rng;
  unsigned long start = bench_now_ns(), checksum = 0, peak_rss = 0;
  for (int round = 0; round < 3; ++round) {
    Node *root = nullptr;
    for (long i = 0; i < nodes; ++i) insert(root, rng.next());
    checksum += root->value;
    destroy(root);
  }
  bench_report("ns", bench_now_ns() - start);
  bench_report("ops", 2 * 3 * nodes);
  bench_report("peak_live_bytes", nodes * sizeof(Node));
  bench_report("checksum", checksum + peak_rss);
  bench_report("rss_after_free_kib", bench_rss_kib());
  bench_heap_report();
  return 0;
}
