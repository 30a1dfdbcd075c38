// solo::Vector<Element>: a growable array whose allocation failure is a value. Every operation that may allocate
// has a fallible form returning Result (ENOMEM, and then the vector is exactly as it was) and a panicking
// convenience form for programs that treat running out of memory as fatal:
//
//   solo::Vector<int> v;
//   if (!v.try_push(1)) return Errno::ENOMEM;   // or: v.push(1);
//   std::ranges::sort(v);                        // pointer iterators: <algorithm> and <ranges> work on it
//   std::span<const int> s = v;                  // so does std::span
//
// Nothing is copied behind your back: there is no copy constructor, a copy is try_clone() (or clone()).
// Iterators are plain pointers; like std::vector's they are invalidated by anything that reallocates.
#pragma once

#include <compare>
#include <initializer_list>
#include <memory>
#include <solo/detail/out_of_memory.hpp>
#include <solo/detail/try_copy.hpp>
#include <solo/mem/heap.hpp>
#include <solo/result.hpp>
#include <span>
#include <type_traits>
#include <utility>

namespace solo {

// Only pointers and counts: a Vector may be moved by copying its bytes (trivial_abi, and a Vector of Vectors
// grows with memcpy).
template <class Element, class Memory = mem::Heap> class [[clang::trivial_abi]] Vector {
public:
  using value_type = Element;
  using size_type = size_t;
  using difference_type = ptrdiff_t;
  using reference = Element &;
  using const_reference = const Element &;
  using pointer = Element *;
  using const_pointer = const Element *;
  using iterator = Element *;
  using const_iterator = const Element *;

  constexpr Vector() noexcept = default;
  Vector(Vector &&o) noexcept : data_(o.data_), size_(o.size_), capacity_(o.capacity_) { o.forget(); }
  Vector &operator=(Vector &&o) noexcept {
    if (this != &o) {
      destroy_all();
      data_ = o.data_;
      size_ = o.size_;
      capacity_ = o.capacity_;
      o.forget();
    }
    return *this;
  }
  Vector(const Vector &) = delete; // copies are explicit: try_clone()
  Vector &operator=(const Vector &) = delete;
  ~Vector() { destroy_all(); }

  // A vector holding copies of `items`.
  static Result<Vector> try_from(std::span<const Element> items) {
    Vector v;
    if (auto r = v.try_extend(items); !r) return r.error();
    return v;
  }
  static Result<Vector> try_from(std::initializer_list<Element> items) {
    return try_from(std::span<const Element>(items.begin(), items.size()));
  }
  static Vector from(std::span<const Element> items) { return detail::must_value(try_from(items)); }
  static Vector from(std::initializer_list<Element> items) { return detail::must_value(try_from(items)); }
  // A copy of every element (each through its own try_clone() where it has one, like a String's).
  Result<Vector> try_clone() const {
    Vector v;
    if (auto r = v.try_reserve(size_); !r) return r.error();
    for (const Element &item : *this) {
      auto copy = detail::try_copy(item);
      if (!copy) return copy.error(); // v drops what was copied so far
      std::construct_at(v.data_ + v.size_++, std::move(*copy));
    }
    return v;
  }
  Vector clone() const { return detail::must_value(try_clone()); }

  // ---- access ----
  Element *data() noexcept { return data_; }
  const Element *data() const noexcept { return data_; }
  size_t size() const noexcept { return size_; }
  size_t capacity() const noexcept { return capacity_; }
  bool empty() const noexcept { return size_ == 0; }
  static constexpr size_t max_size() noexcept { return static_cast<size_t>(PTRDIFF_MAX) / sizeof(Element); }
  Element &operator[](size_t i) noexcept { return data_[i]; }
  const Element &operator[](size_t i) const noexcept { return data_[i]; }
  Element &front() noexcept { return data_[0]; }
  const Element &front() const noexcept { return data_[0]; }
  Element &back() noexcept { return data_[size_ - 1]; }
  const Element &back() const noexcept { return data_[size_ - 1]; }
  Element *begin() noexcept { return data_; }
  Element *end() noexcept { return data_ + size_; }
  const Element *begin() const noexcept { return data_; }
  const Element *end() const noexcept { return data_ + size_; }
  const Element *cbegin() const noexcept { return data_; }
  const Element *cend() const noexcept { return data_ + size_; }
  std::span<Element> span() noexcept { return {data_, size_}; }
  std::span<const Element> span() const noexcept { return {data_, size_}; }
  operator std::span<Element>() noexcept { return span(); }
  operator std::span<const Element>() const noexcept { return span(); }

  // ---- capacity ----
  // Room for at least `n` elements in all (like std::vector::reserve), so that pushing up to n allocates
  // nothing (see push_within_capacity).
  Result<void> try_reserve(size_t n) {
    if (n <= capacity_) return {};
    return reallocate(n);
  }
  void reserve(size_t n) { detail::must(try_reserve(n)); }
  // Gives back unused capacity (a smaller block, or none when empty).
  Result<void> try_shrink_to_fit() {
    if (size_ == capacity_) return {};
    if (size_ == 0) {
      release_storage();
      return {};
    }
    return reallocate(size_);
  }

  // ---- adding ----
  Result<void> try_push(const Element &v) { return emplace_result(v); }
  Result<void> try_push(Element &&v) { return emplace_result(std::move(v)); }
  // Constructs the new last element from `args`; a pointer to it.
  template <class... Args> Result<Element *> try_emplace(Args &&...args) {
    if (size_ == capacity_) return grow_and_emplace(std::forward<Args>(args)...);
    Element *p = std::construct_at(data_ + size_, std::forward<Args>(args)...);
    ++size_;
    return p;
  }
  Element &push(const Element &v) { return emplace(v); }
  Element &push(Element &&v) { return emplace(std::move(v)); }
  template <class... Args> Element &emplace(Args &&...args) {
    return *detail::must_value(try_emplace(std::forward<Args>(args)...));
  }
  // The names std::back_inserter and generic code look for (the same as push).
  void push_back(const Element &v) { push(v); }
  void push_back(Element &&v) { push(std::move(v)); }
  // Never allocates: ENOMEM when the vector is full (reserve first).
  Result<void> push_within_capacity(Element v) {
    if (size_ == capacity_) return Errno::ENOMEM;
    std::construct_at(data_ + size_, std::move(v));
    ++size_;
    return {};
  }
  // Appends copies of `items` (which may be part of this vector).
  Result<void> try_extend(std::span<const Element> items) {
    if (items.size() > capacity_ - size_) {
      if (items.size() > max_size() - size_) return Errno::ENOMEM;
      if (contains(items.data())) { // the source moves with the buffer
        size_t offset = static_cast<size_t>(items.data() - data_);
        if (auto r = reallocate(grown(size_ + items.size())); !r) return r;
        items = std::span<const Element>(data_ + offset, items.size());
      } else if (auto r = reallocate(grown(size_ + items.size())); !r) {
        return r;
      }
    }
    std::uninitialized_copy(items.begin(), items.end(), data_ + size_);
    size_ += items.size();
    return {};
  }
  void extend(std::span<const Element> items) { detail::must(try_extend(items)); }
  // Inserts before `pos` (begin() to end()); a pointer to the new element.
  Result<Element *> try_insert(const Element *pos, Element v) {
    size_t i = static_cast<size_t>(pos - data_);
    if (size_ == capacity_)
      if (auto r = reallocate(grown(size_ + 1)); !r) return r.error();
    if (i == size_) {
      std::construct_at(data_ + size_, std::move(v));
    } else {
      std::construct_at(data_ + size_, std::move(data_[size_ - 1]));
      for (size_t k = size_ - 1; k > i; --k) data_[k] = std::move(data_[k - 1]);
      data_[i] = std::move(v);
    }
    ++size_;
    return data_ + i;
  }
  Element *insert(const Element *pos, Element v) { return detail::must_value(try_insert(pos, std::move(v))); }
  // Grows to `n` elements, the new ones value-initialized (0 for numbers), or shrinks to n.
  Result<void> try_resize(size_t n) {
    if (n <= size_) {
      truncate(n);
      return {};
    }
    if (auto r = try_reserve(n); !r) return r;
    std::uninitialized_value_construct(data_ + size_, data_ + n);
    size_ = n;
    return {};
  }
  Result<void> try_resize(size_t n, const Element &fill) {
    if (n <= size_) {
      truncate(n);
      return {};
    }
    if (n > capacity_) {
      if (contains(&fill)) return try_resize(n, Element(fill)); // `fill` moves with the buffer
      if (auto r = reallocate(n); !r) return r;
    }
    std::uninitialized_fill(data_ + size_, data_ + n, fill);
    size_ = n;
    return {};
  }
  void resize(size_t n) { detail::must(try_resize(n)); }
  void resize(size_t n, const Element &fill) { detail::must(try_resize(n, fill)); }
  // Grows to `n` elements without initializing the new ones, for a caller that writes them next (a read into
  // the spare room). Only for types that need no construction.
  Result<void> try_resize_for_overwrite(size_t n)
    requires std::is_trivially_default_constructible_v<Element>
  {
    if (auto r = try_reserve(n); !r) return r;
    size_ = n;
    return {};
  }

  // ---- removing: never allocates, never fails ----
  void clear() noexcept { truncate(0); }
  // Drops the elements from `n` on (nothing when n >= size()).
  void truncate(size_t n) noexcept {
    if (n >= size_) return;
    std::destroy(data_ + n, data_ + size_);
    size_ = n;
  }
  // Removes and returns the last element; the vector must not be empty.
  Element pop() noexcept {
    if (size_ == 0) panic("solo::Vector::pop on an empty vector");
    Element last = std::move(data_[size_ - 1]);
    std::destroy_at(data_ + --size_);
    return last;
  }
  // Removes element i by moving the last one into its place (order not kept, no shifting); returns it.
  Element swap_remove(size_t i) noexcept {
    if (i >= size_) panic("solo::Vector::swap_remove past the end");
    Element removed = std::move(data_[i]);
    if (i != size_ - 1) data_[i] = std::move(data_[size_ - 1]);
    std::destroy_at(data_ + --size_);
    return removed;
  }
  // Removes [first, last), shifting the rest down; where the first element after them now is.
  Element *erase(const Element *first, const Element *last) noexcept {
    Element *f = data_ + (first - data_), *l = data_ + (last - data_);
    if (f != l) {
      Element *to = f;
      for (Element *from = l; from != end(); ++from, ++to) *to = std::move(*from);
      std::destroy(to, end());
      size_ -= static_cast<size_t>(l - f);
    }
    return f;
  }
  Element *erase(const Element *pos) noexcept { return erase(pos, pos + 1); }
  // Removes every element for which pred is true, keeping the order of the rest; how many went.
  template <class Pred> size_t erase_if(Pred pred) {
    Element *kept = begin();
    for (Element *p = begin(); p != end(); ++p)
      if (!pred(static_cast<const Element &>(*p))) {
        if (kept != p) *kept = std::move(*p);
        ++kept;
      }
    size_t removed = static_cast<size_t>(end() - kept);
    truncate(size_ - removed);
    return removed;
  }

  void swap(Vector &o) noexcept {
    std::swap(data_, o.data_);
    std::swap(size_, o.size_);
    std::swap(capacity_, o.capacity_);
  }
  friend void swap(Vector &a, Vector &b) noexcept { a.swap(b); }

  friend bool operator==(const Vector &a, const Vector &b) {
    if (a.size_ != b.size_) return false;
    for (size_t i = 0; i < a.size_; ++i)
      if (!(a.data_[i] == b.data_[i])) return false;
    return true;
  }
  friend auto operator<=>(const Vector &a, const Vector &b)
    requires std::three_way_comparable<Element>
  {
    for (size_t i = 0; i < a.size_ && i < b.size_; ++i)
      if (auto c = a.data_[i] <=> b.data_[i]; c != 0) return c;
    return static_cast<std::compare_three_way_result_t<Element>>(a.size_ <=> b.size_);
  }

private:
  // Moving by copying bytes is right for types that are trivially relocatable: those without their own copy
  // or destruction, and those marked so (solo's String and containers, and what is made of them).
  static constexpr bool bytewise = __is_trivially_relocatable(Element);

  bool contains(const Element *p) const noexcept {
    // Through integers: comparing pointers into different objects is unspecified.
    auto a = reinterpret_cast<uintptr_t>(p), b = reinterpret_cast<uintptr_t>(data_);
    return a >= b && a < b + size_ * sizeof(Element);
  }

  // The capacity to grow to when `needed` elements must fit: doubling, so pushes cost amortised O(1).
  size_t grown(size_t needed) const noexcept {
    size_t minimum = sizeof(Element) >= 64 ? 1 : 64 / sizeof(Element);
    size_t doubled = capacity_ > max_size() / 2 ? max_size() : capacity_ * 2;
    size_t n = doubled > needed ? doubled : needed;
    return n > minimum ? n : minimum;
  }

  // Moves the elements into a block of exactly `capacity` (>= size_) elements.
  Result<void> reallocate(size_t capacity) {
    if (capacity > max_size()) return Errno::ENOMEM;
    Element *fresh = static_cast<Element *>(Memory::allocate(capacity * sizeof(Element), alignof(Element)));
    if (fresh == nullptr) return Errno::ENOMEM;
    relocate_to(fresh);
    data_ = fresh;
    capacity_ = capacity;
    return {};
  }

  // A push into a full vector: the new element is built in the new block before the old elements move, so an
  // argument referring into the vector itself is read while it is still there.
  template <class... Args> Result<Element *> grow_and_emplace(Args &&...args) {
    if (size_ == max_size()) return Errno::ENOMEM;
    size_t capacity = grown(size_ + 1);
    Element *fresh = static_cast<Element *>(Memory::allocate(capacity * sizeof(Element), alignof(Element)));
    if (fresh == nullptr) return Errno::ENOMEM;
    Element *p = std::construct_at(fresh + size_, std::forward<Args>(args)...);
    relocate_to(fresh);
    data_ = fresh;
    capacity_ = capacity;
    ++size_;
    return p;
  }

  // Moves the elements into `fresh` and gives the old block back.
  void relocate_to(Element *fresh) noexcept {
    if (data_ == nullptr) return;
    if constexpr (bytewise) {
      if (size_) __builtin_memcpy(static_cast<void *>(fresh), data_, size_ * sizeof(Element));
    } else {
      std::uninitialized_move(data_, data_ + size_, fresh);
      std::destroy(data_, data_ + size_);
    }
    Memory::release(data_, capacity_ * sizeof(Element));
  }

  template <class Other> Result<void> emplace_result(Other &&v) {
    if (auto r = try_emplace(std::forward<Other>(v)); !r) return r.error();
    return {};
  }

  void release_storage() noexcept {
    if (data_) Memory::release(data_, capacity_ * sizeof(Element));
    data_ = nullptr;
    capacity_ = 0;
  }
  void destroy_all() noexcept {
    std::destroy(data_, data_ + size_);
    size_ = 0;
    release_storage();
  }
  void forget() noexcept {
    data_ = nullptr;
    size_ = capacity_ = 0;
  }

  Element *data_ = nullptr;
  size_t size_ = 0;
  size_t capacity_ = 0;
};

} // namespace solo
