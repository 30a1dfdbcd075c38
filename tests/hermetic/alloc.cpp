// The allocator for real in a freestanding program: every operator new/delete form and the C functions,
// contents checked, alignment checked, statistics back to zero at the end.
#include <solo/detail/placement_new.hpp>
#include <solo/mem.hpp>

#include "check.hpp"

extern "C" {
void *malloc(size_t);
void free(void *);
void *calloc(size_t, size_t);
void *realloc(void *, size_t);
void *aligned_alloc(size_t, size_t);
int posix_memalign(void **, size_t, size_t);
size_t malloc_usable_size(void *);
}

namespace {

int constructed = 0;
int destroyed = 0;

struct Node {
  Node *left = nullptr;
  Node *right = nullptr;
  long value;
  explicit Node(long v) : value(v) { ++constructed; }
  ~Node() { ++destroyed; }
};

struct alignas(256) Wide {
  unsigned char bytes[300];
};

Node *build(int depth, long &next) {
  if (depth == 0) return nullptr;
  Node *n = new Node(next++);
  n->left = build(depth - 1, next);
  n->right = build(depth - 1, next);
  return n;
}

long sum(const Node *n) { return n ? n->value + sum(n->left) + sum(n->right) : 0; }

void destroy(Node *n) {
  if (!n) return;
  destroy(n->left);
  destroy(n->right);
  delete n;
}

bool filled(const unsigned char *p, size_t n, unsigned char v) {
  for (size_t i = 0; i < n; ++i)
    if (p[i] != v) return false;
  return true;
}

uintptr_t addr(const void *p) { return reinterpret_cast<uintptr_t>(p); }

void test_new_delete() {
  long next = 1;
  Node *root = build(14, next); // 16383 nodes
  CHECK_EQ(constructed, 16383);
  CHECK_EQ(sum(root), 16383L * 16384 / 2);
  destroy(root);
  CHECK_EQ(destroyed, 16383);

  int *array = new int[1000];
  for (int i = 0; i < 1000; ++i) array[i] = i * 3;
  long total = 0;
  for (int i = 0; i < 1000; ++i) total += array[i];
  CHECK_EQ(total, 3L * 999 * 1000 / 2);
  delete[] array;

  Wide *w = new Wide; // over-aligned: operator new(size_t, align_val_t)
  CHECK_EQ(addr(w) % 256, 0);
  delete w; // operator delete(void *, size_t, align_val_t)
  Wide *ws = new Wide[5];
  CHECK_EQ(addr(ws) % 256, 0);
  delete[] ws;

  Node *n = new (std::nothrow) Node(7);
  CHECK(n != nullptr);
  delete n;
  void *huge = operator new(size_t{15} << (8 * sizeof(size_t) - 4), std::nothrow); // more than the address space
  CHECK(huge == nullptr);
  void *huge_aligned = operator new[](size_t{15} << (8 * sizeof(size_t) - 4), std::align_val_t{64}, std::nothrow);
  CHECK(huge_aligned == nullptr);
  void *raw = operator new(100, std::align_val_t{4096});
  CHECK_EQ(addr(raw) % 4096, 0);
  operator delete(raw, std::align_val_t{4096});
  void *sized = operator new[](48);
  operator delete[](sized, 48);
  operator delete(operator new(1, std::nothrow), std::nothrow);
  operator delete[](operator new[](1, std::align_val_t{32}, std::nothrow), std::align_val_t{32}, std::nothrow);
}

void test_c_functions() {
  auto *p = static_cast<unsigned char *>(malloc(1000));
  CHECK(p != nullptr);
  CHECK_EQ(addr(p) % 16, 0);
  CHECK(malloc_usable_size(p) >= 1000);
  for (int i = 0; i < 1000; ++i) p[i] = 0x5a;
  p = static_cast<unsigned char *>(realloc(p, 300000)); // small to large
  CHECK(p != nullptr && filled(p, 1000, 0x5a));
  p = static_cast<unsigned char *>(realloc(p, 8 << 20)); // large growth: mremap
  CHECK(p != nullptr && filled(p, 1000, 0x5a));
  p[(8 << 20) - 1] = 1;
  p = static_cast<unsigned char *>(realloc(p, 10));
  CHECK(p != nullptr && filled(p, 10, 0x5a));
  free(p);

  auto *z = static_cast<unsigned char *>(calloc(1000, 100));
  CHECK(z != nullptr && filled(z, 100000, 0));
  free(z);
  auto *zs = static_cast<unsigned char *>(calloc(10, 10));
  CHECK(zs != nullptr && filled(zs, 100, 0));
  free(zs);
  // Through volatile: the compiler may otherwise decide on its own that these allocations are unused.
  // big * big overflows a size_t on every architecture.
  volatile size_t big = size_t{1} << (sizeof(size_t) * 5), all_ones = ~size_t{0};
  void *volatile sink = calloc(big, big);
  CHECK(sink == nullptr);
  sink = malloc(all_ones);
  CHECK(sink == nullptr);

  for (size_t align = 1; align <= (size_t{1} << 20); align <<= 1) {
    void *a = aligned_alloc(align, 100);
    CHECK(a != nullptr && addr(a) % align == 0);
    free(a);
    void *b = nullptr;
    if (align >= sizeof(void *)) {
      CHECK_EQ(posix_memalign(&b, align, 5000), 0);
      CHECK(b != nullptr && addr(b) % align == 0);
      free(b);
    }
  }
  void *untouched = &untouched;
  CHECK_EQ(posix_memalign(&untouched, 24, 10), 22); // EINVAL: not a power of two
  CHECK(untouched == &untouched);
  volatile size_t three = 3; // hidden from the compiler's own check of the alignment
  CHECK(aligned_alloc(three, 10) == nullptr);
  free(nullptr);
  void *m0 = malloc(0);
  CHECK(m0 != nullptr);
  free(m0);
}

} // namespace

int main() {
  test_new_delete();
  test_c_functions();
  const solo::mem::Stats &s = solo::mem::stats();
  CHECK_EQ(s.in_use, 0);
  CHECK(s.peak_in_use >= (8 << 20));
  CHECK(s.mapped < (1 << 20));
  solo::mem::trim();
  CHECK_EQ(solo::mem::stats().mapped, solo::mem::stats().metadata);
  return check::summary();
}
