// One kind of allocator misuse per run, chosen by argv[1]; each must end the program with a message on stderr
// and SIGABRT (tests/hermetic/CMakeLists.txt checks both). The thread-* cases free the main thread's blocks
// from another thread (onto the remote list of a span that thread does not own).
#include <solo/string_view.hpp>
#include <solo/thread.hpp>

extern "C" {
void *malloc(size_t);
void free(void *);
void *realloc(void *, size_t);
}

// Pointers live in volatile variables so the compiler cannot pair up and remove the allocations itself.
int main(int argc, char **argv) {
  if (argc < 2) return 2;
  solo::StringView what = argv[1];
  if (what == "double-free") {
    void *volatile p = malloc(32);
    void *volatile keep = malloc(32);
    free(p);
    free(p);
    free(keep);
  } else if (what == "foreign") {
    static char not_from_the_heap[64];
    void *volatile first = malloc(8); // the heap exists
    free(first);
    char *volatile victim = not_from_the_heap; // hidden from the compiler's own warning
    free(victim);
  } else if (what == "overflow") {
    char *volatile p = static_cast<char *>(malloc(64));
    void *volatile q = malloc(64);
    free(q);
    for (int i = 0; i < 72; ++i) p[i] = 'x'; // eight bytes into the free neighbour
    void *volatile again = malloc(64);       // q
    again = malloc(64);                      // follows q's damaged link
    free(again);
  } else if (what == "thread-double-free" || what == "thread-middle") {
    static void *volatile p;
    p = malloc(64);
    void *volatile keep = malloc(64);
    bool twice = what == "thread-double-free";
    auto t = solo::Thread::spawn([twice] {
      if (twice) {
        free(p);
        free(p);
      } else {
        free(static_cast<char *>(p) + 16);
      }
    });
    if (!t) return 3;
    (void)t->join();
    free(keep);
  } else if (what == "out-of-memory") {
    volatile size_t huge = size_t{15} << (8 * sizeof(size_t) - 4); // more than the address space
    int *volatile p = new int[huge / sizeof(int)];
    p[0] = 1;
  }
  return 0;
}
