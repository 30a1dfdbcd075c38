// <memory> and <new>: unique_ptr over solo's operator new/delete (the allocator's bytes in use go back to
// where they were), addressof, construct_at and the uninitialized algorithms; <functional>'s non-allocating
// parts: invoke, reference_wrapper, hash, function objects, bind_front, not_fn.
#include <functional>
#include <memory>
#include <new>
#include <solo/mem.hpp>
#include <string_view>

#include "../hermetic/check.hpp"

namespace {

int alive = 0;

struct Tracked {
  int value;
  explicit Tracked(int v) : value(v) { ++alive; }
  Tracked(const Tracked &o) : value(o.value) { ++alive; }
  Tracked(Tracked &&o) noexcept : value(o.value) { ++alive; }
  ~Tracked() { --alive; }
  Tracked *operator&() = delete; // addressof must still find it
};

struct Base {
  virtual ~Base() = default;
  virtual int id() const { return 1; }
};
struct Derived : Base {
  int id() const override { return 2; }
};

int add(int a, int b) { return a + b; }

} // namespace

int main() {
  const size_t in_use = solo::mem::stats().in_use;
  {
    auto p = std::make_unique<Tracked>(41);
    CHECK(alive == 1 && p->value == 41);
    Tracked *seen = p.get();
    asm volatile("" : "+r"(seen)); // the pointer escapes, so the allocation cannot be left out
    CHECK(solo::mem::stats().in_use > in_use);
    std::unique_ptr<Tracked> q = std::move(p);
    CHECK(!p && q && q->value == 41);
    q.reset(new Tracked(42));
    CHECK(alive == 1 && q->value == 42);
    auto array = std::make_unique<int[]>(1000);
    CHECK(array[999] == 0);
    std::unique_ptr<Base> poly = std::make_unique<Derived>();
    CHECK(poly->id() == 2);
    Tracked *raw = q.release();
    CHECK(alive == 1);
    delete raw;
    // Over-aligned objects go through the aligned operator new.
    struct alignas(256) Page {
      char bytes[256];
    };
    auto page = std::make_unique<Page>();
    CHECK(reinterpret_cast<uintptr_t>(page.get()) % 256 == 0);
  }
  CHECK(alive == 0);
  CHECK(solo::mem::stats().in_use == in_use);

  // Custom deleters.
  int closed = 0;
  {
    auto closer = [&closed](int *fd) { closed = *fd; };
    int fd = 7;
    std::unique_ptr<int, decltype(closer)> guard(&fd, closer);
  }
  CHECK(closed == 7);

  // addressof, construct_at, destroy_at, the uninitialized algorithms on raw storage.
  alignas(Tracked) unsigned char storage[4 * sizeof(Tracked)];
  auto *slots = reinterpret_cast<Tracked *>(storage);
  std::construct_at(slots, 1);
  CHECK(std::addressof(*slots) == slots && alive == 1);
  std::uninitialized_fill(slots + 1, slots + 3, Tracked(5));
  CHECK(alive == 3 && slots[2].value == 5);
  std::destroy(slots, slots + 3);
  CHECK(alive == 0);
  Tracked source[2] = {Tracked(8), Tracked(9)};
  std::uninitialized_copy(source, source + 2, slots);
  std::uninitialized_move(source, source + 2, slots + 2);
  CHECK(alive == 6 && slots[3].value == 9);
  std::destroy_n(slots, 4);
  CHECK(alive == 2);
  int numbers[3];
  std::uninitialized_value_construct(numbers, numbers + 3);
  CHECK(numbers[0] == 0 && numbers[2] == 0);
  std::destroy_at(std::addressof(source[0]));
  std::construct_at(std::addressof(source[0]), 10);
  CHECK(source[0].value == 10);

  // placement new and nothrow new
  void *buffer = ::operator new(sizeof(Tracked), std::nothrow);
  auto *t = new (buffer) Tracked(3);
  CHECK(alive == 3 && t->value == 3);
  t->~Tracked();
  ::operator delete(buffer);

  // <functional>: invoke, reference_wrapper, hash, function objects, bind_front, not_fn
  CHECK(std::invoke(add, 2, 3) == 5);
  CHECK(std::invoke(&Tracked::value, source[1]) == 9);
  int counter = 0;
  auto bump = [](int &c) { ++c; };
  bump(std::ref(counter));
  std::invoke(bump, std::ref(counter));
  CHECK(counter == 2);
  CHECK(std::plus<>{}(2, 3) == 5 && std::less<int>{}(1, 2) && std::equal_to<>{}('a', 'a'));
  auto add5 = std::bind_front(add, 5);
  CHECK(add5(1) == 6);
  auto is_odd = [](int v) { return v % 2 != 0; };
  CHECK(std::not_fn(is_odd)(4));
  std::hash<std::string_view> h;
  CHECK(h("same") == h(std::string_view("same-").substr(0, 4)));
  CHECK(std::hash<int>{}(42) == std::hash<int>{}(42));
  return check::summary();
}
