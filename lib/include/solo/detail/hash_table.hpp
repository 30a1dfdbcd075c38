// The open-addressing table behind solo::HashMap and solo::HashSet: one block holding `capacity` slots (a
// power of two) and one tag byte per slot. A tag is 0 for an empty slot, 1 for a deleted one, and 0x80 plus
// the top 7 bits of the key's hash for a full one, so a probe compares keys only on a 1-in-128 false match.
// The home of a key is its hash's low bits; probing is linear. Erasing leaves a tombstone, unless the next
// slot is empty (then no probe ever runs past this one); tombstones are cleared by the next rehash. At most
// 7/8 of the slots are full or deleted, so every probe meets an empty slot.
#pragma once

#include <memory>
#include <solo/detail/try_copy.hpp>
#include <solo/mem/heap.hpp>
#include <solo/result.hpp>
#include <type_traits>
#include <utility>

namespace solo::detail {

inline constexpr uint8_t tag_empty = 0;
inline constexpr uint8_t tag_deleted = 1;
inline constexpr uint8_t tag_full = 0x80;
// What a table without a block probes: one empty slot (never written).
inline uint8_t no_tags[1] = {tag_empty};

// Builds a stored key from the one a caller searched with: the same type is moved in; String from a
// string_view goes through String::try_from (which may fail); anything else through K's constructor.
template <class Key, class Query> Result<Key> make_key(Query &&q) {
  if constexpr (std::is_same_v<std::remove_cvref_t<Query>, Key>)
    return Key(std::forward<Query>(q));
  else if constexpr (requires { Key::try_from(q); })
    return Key::try_from(q);
  else
    return Key(std::forward<Query>(q));
}

// Slot is what is stored (the key, or a key and a value); KeyOf::get(slot) gives its key.
template <class Slot, class KeyOf, class Hasher, class Eq, class Memory> class [[clang::trivial_abi]] HashTable {
public:
  HashTable() noexcept = default;
  HashTable(HashTable &&o) noexcept { take(o); }
  HashTable &operator=(HashTable &&o) noexcept {
    if (this != &o) {
      destroy();
      take(o);
    }
    return *this;
  }
  HashTable(const HashTable &) = delete;
  HashTable &operator=(const HashTable &) = delete;
  ~HashTable() { destroy(); }

  size_t size() const noexcept { return size_; }
  size_t capacity() const noexcept { return mask_ + (slots_ != nullptr); }
  bool full(size_t i) const noexcept { return tags_[i] & tag_full; }
  Slot &slot(size_t i) noexcept { return slots_[i]; }
  const Slot &slot(size_t i) const noexcept { return slots_[i]; }
  // The first full slot at or after i, or capacity().
  size_t next_full(size_t i) const noexcept {
    size_t n = capacity();
    while (i < n && !full(i)) ++i;
    return i;
  }

  static constexpr size_t npos = static_cast<size_t>(-1);

  template <class Query> size_t find(const Query &key) const {
    size_t h = hasher_(key);
    uint8_t tag = tag_of(h);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      uint8_t t = tags_[i];
      if (t == tag && eq_(KeyOf::get(slots_[i]), key)) return i;
      if (t == tag_empty) return npos;
    }
  }

  struct Place {
    size_t index;
    size_t hash;
    bool found;
  };
  // Where `key` is, or where it would go (growing the table first if it is too full: ENOMEM then, and the
  // table is unchanged). A slot that is not found must be filled with construct() right away.
  template <class Query> Result<Place> find_or_place(const Query &key) {
    size_t h = hasher_(key);
    Place p = probe(key, h);
    if (p.found) return p;
    if (used_ + 1 > max_load(capacity())) {
      // Mostly tombstones: clean them up in place; mostly entries: double.
      size_t c = capacity();
      if (auto r = rehash(size_ + 1 > max_load(c) / 2 ? (c ? 2 * c : 8) : c); !r) return r.error();
      p = probe(key, h);
    }
    return p;
  }
  // Fills the slot find_or_place gave (not found) with a slot built from args.
  template <class... Args> Slot *construct(const Place &p, Args &&...args) {
    Slot *s = std::construct_at(slots_ + p.index, std::forward<Args>(args)...);
    if (tags_[p.index] == tag_empty) ++used_;
    tags_[p.index] = tag_of(p.hash);
    ++size_;
    return s;
  }

  void erase_at(size_t i) noexcept {
    std::destroy_at(slots_ + i);
    --size_;
    // A slot followed by an empty one ends every probe that reaches it: it may become empty again.
    if (tags_[(i + 1) & mask_] == tag_empty) {
      tags_[i] = tag_empty;
      --used_;
    } else {
      tags_[i] = tag_deleted;
    }
  }
  template <class Query> bool erase(const Query &key) noexcept {
    size_t i = find(key);
    if (i == npos) return false;
    erase_at(i);
    return true;
  }

  // Erases every full slot for which pred(slot) is true; how many went. Erasing moves nothing, so the walk
  // sees every slot once.
  template <class Pred> size_t erase_if(Pred pred) {
    size_t removed = 0;
    for (size_t i = next_full(0); i < capacity(); i = next_full(i + 1))
      if (pred(slots_[i])) {
        erase_at(i);
        ++removed;
      }
    return removed;
  }

  void clear() noexcept {
    if (!slots_) return;
    for (size_t i = 0; i < capacity(); ++i)
      if (full(i)) std::destroy_at(slots_ + i);
    __builtin_memset(tags_, tag_empty, capacity());
    size_ = used_ = 0;
  }

  // Room for n entries without growing.
  Result<void> reserve(size_t n) {
    if (n > static_cast<size_t>(PTRDIFF_MAX) / 2) return Errno::ENOMEM;
    if (n + (used_ - size_) <= max_load(capacity())) return {};
    return rehash(grown_capacity(n > size_ ? n : size_));
  }

  Result<HashTable> try_clone() const {
    HashTable t;
    if (!slots_) return t;
    if (auto r = t.allocate(capacity()); !r) return r.error();
    // The same slots with the same tags, tombstones too: every probe runs as it does here.
    for (size_t i = 0; i < capacity(); ++i) {
      if (full(i)) {
        auto copy = try_copy(slots_[i]);
        if (!copy) return copy.error(); // t's destructor drops what was copied so far
        std::construct_at(t.slots_ + i, std::move(*copy));
        ++t.size_;
      }
      t.tags_[i] = tags_[i];
    }
    t.used_ = used_;
    return t;
  }

  void swap(HashTable &o) noexcept {
    HashTable t(std::move(o));
    o = std::move(*this);
    *this = std::move(t);
  }

private:
  static uint8_t tag_of(size_t h) noexcept { return static_cast<uint8_t>(tag_full | h >> (8 * sizeof h - 7)); }
  static size_t max_load(size_t capacity) noexcept { return capacity - capacity / 8; }
  static size_t grown_capacity(size_t n) noexcept {
    size_t c = 8;
    while (max_load(c) < n) c *= 2;
    return c;
  }

  template <class Query> Place probe(const Query &key, size_t h) const {
    uint8_t tag = tag_of(h);
    size_t reuse = npos;
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      uint8_t t = tags_[i];
      if (t == tag && eq_(KeyOf::get(slots_[i]), key)) return {i, h, true};
      if (t == tag_empty) return {reuse != npos ? reuse : i, h, false};
      if (t == tag_deleted && reuse == npos) reuse = i;
    }
  }

  Result<void> allocate(size_t capacity) {
    if (capacity > (static_cast<size_t>(PTRDIFF_MAX) - capacity) / sizeof(Slot)) return Errno::ENOMEM;
    void *block = Memory::allocate(capacity * sizeof(Slot) + capacity, alignof(Slot));
    if (block == nullptr) return Errno::ENOMEM;
    slots_ = static_cast<Slot *>(block);
    tags_ = reinterpret_cast<uint8_t *>(slots_ + capacity);
    __builtin_memset(tags_, tag_empty, capacity);
    mask_ = capacity - 1;
    return {};
  }

  // Moves every entry into a fresh block of `capacity` slots, dropping the tombstones.
  Result<void> rehash(size_t capacity) {
    HashTable fresh;
    if (auto r = fresh.allocate(capacity); !r) return r;
    for (size_t i = 0; i < this->capacity(); ++i) {
      if (!full(i)) continue;
      size_t h = hasher_(KeyOf::get(slots_[i]));
      size_t j = h & fresh.mask_;
      while (fresh.tags_[j] != tag_empty) j = (j + 1) & fresh.mask_;
      std::construct_at(fresh.slots_ + j, std::move(slots_[i]));
      std::destroy_at(slots_ + i);
      fresh.tags_[j] = tag_of(h);
    }
    fresh.size_ = fresh.used_ = size_;
    size_ = used_ = 0;
    release();
    take(fresh);
    return {};
  }

  void release() noexcept {
    if (slots_) Memory::release(slots_, capacity() * sizeof(Slot) + capacity());
    slots_ = nullptr;
    tags_ = no_tags;
    mask_ = 0;
  }
  void destroy() noexcept {
    clear();
    release();
  }
  void take(HashTable &o) noexcept {
    slots_ = o.slots_;
    tags_ = o.tags_;
    mask_ = o.mask_;
    size_ = o.size_;
    used_ = o.used_;
    o.slots_ = nullptr;
    o.tags_ = no_tags;
    o.mask_ = o.size_ = o.used_ = 0;
  }

  Slot *slots_ = nullptr;
  uint8_t *tags_ = no_tags;
  size_t mask_ = 0;
  size_t size_ = 0; // full slots
  size_t used_ = 0; // full and deleted slots
  [[no_unique_address]] Hasher hasher_;
  [[no_unique_address]] Eq eq_;
};

} // namespace solo::detail
