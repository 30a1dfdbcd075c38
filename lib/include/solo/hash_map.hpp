// solo::HashMap<Key, Mapped> and solo::HashSet<Key>: hash tables with open addressing (detail/hash_table.hpp) whose
// allocation failure is a value. Inserting has a fallible form (Result, ENOMEM, the table unchanged) and a
// panicking one; finding gives a pointer or null; copies are explicit (try_clone).
//
//   solo::HashMap<solo::String, long> counts;
//   auto r = counts.try_emplace(line, 0);   // line is a string_view: a String key is made only if new
//   if (!r) return r.error();
//   ++*r->value;
//   if (const long *n = counts.find("the")) ...
//   for (auto [word, n] : counts) ...       // in no particular order
//
// Lookups are heterogeneous: a key type hashes and compares with whatever its Hash and Equal accept (a
// String key with a std::string_view or a C string). Pointers to entries stay valid until the table grows
// (an insert) or the entry is erased; erasing does not move other entries.
#pragma once

#include <iterator>
#include <solo/detail/hash_table.hpp>
#include <solo/detail/out_of_memory.hpp>
#include <solo/hash.hpp>

namespace solo {

template <class Key, class Mapped, class Hasher = Hash<Key>, class KeyEqual = Equal, class Memory = mem::Heap>
class HashMap {
  struct Entry {
    Key key;
    Mapped value;
    Result<Entry> try_clone() const {
      auto k = detail::try_copy(key);
      if (!k) return k.error();
      auto v = detail::try_copy(value);
      if (!v) return v.error();
      return Entry{std::move(*k), std::move(*v)};
    }
  };
  struct KeyOf {
    static const Key &get(const Entry &e) noexcept { return e.key; }
  };
  using Table = detail::HashTable<Entry, KeyOf, Hasher, KeyEqual, Memory>;

public:
  using key_type = Key;
  using mapped_type = Mapped;

  // What an insert found or made: the value in the table, and whether the key is new.
  struct Inserted {
    Mapped *value;
    bool inserted;
  };
  // What iterating gives: the key (which must not change) and the value.
  template <class Value> struct EntryRef {
    const Key &key;
    Value &value;
  };

  template <bool Const> class Iterator {
    using Map = std::conditional_t<Const, const HashMap, HashMap>;

  public:
    using iterator_concept = std::forward_iterator_tag;
    using value_type = EntryRef<std::conditional_t<Const, const Mapped, Mapped>>;
    using difference_type = ptrdiff_t;
    Iterator() = default;
    Iterator(Map *m, size_t i) noexcept : map_(m), i_(i) {}
    value_type operator*() const noexcept {
      auto &e = map_->table_.slot(i_);
      return {e.key, e.value};
    }
    Iterator &operator++() noexcept {
      i_ = map_->table_.next_full(i_ + 1);
      return *this;
    }
    Iterator operator++(int) noexcept {
      Iterator old = *this;
      ++*this;
      return old;
    }
    friend bool operator==(const Iterator &a, const Iterator &b) noexcept { return a.i_ == b.i_; }

  private:
    Map *map_ = nullptr;
    size_t i_ = 0;
  };
  using iterator = Iterator<false>;
  using const_iterator = Iterator<true>;

  HashMap() noexcept = default;
  HashMap(HashMap &&) noexcept = default;
  HashMap &operator=(HashMap &&) noexcept = default;

  size_t size() const noexcept { return table_.size(); }
  bool empty() const noexcept { return table_.size() == 0; }
  size_t capacity() const noexcept { return table_.capacity(); }

  // The value for `key`, or null.
  template <class Query> Mapped *find(const Query &key) noexcept {
    size_t i = table_.find(key);
    return i == Table::npos ? nullptr : &table_.slot(i).value;
  }
  template <class Query> const Mapped *find(const Query &key) const noexcept {
    size_t i = table_.find(key);
    return i == Table::npos ? nullptr : &table_.slot(i).value;
  }
  template <class Query> bool contains(const Query &key) const noexcept { return table_.find(key) != Table::npos; }

  // Adds key -> value unless the key is there already (then the table keeps its value).
  Result<Inserted> try_insert(Key key, Mapped value) {
    auto p = table_.find_or_place(key);
    if (!p) return p.error();
    if (p->found) return Inserted{&table_.slot(p->index).value, false};
    return Inserted{&table_.construct(*p, Entry{std::move(key), std::move(value)})->value, true};
  }
  // Like try_insert, but builds the key from `key` (a String from a string_view ...) and the value from
  // `args` only when the key is new.
  template <class Query, class... Args> Result<Inserted> try_emplace(Query &&key, Args &&...args) {
    auto p = table_.find_or_place(key);
    if (!p) return p.error();
    if (p->found) return Inserted{&table_.slot(p->index).value, false};
    auto k = detail::make_key<Key>(std::forward<Query>(key));
    if (!k) return k.error();
    return Inserted{&table_.construct(*p, Entry{std::move(*k), Mapped(std::forward<Args>(args)...)})->value, true};
  }
  // Adds key -> value, replacing the value of a key that is there already.
  Result<Inserted> try_insert_or_assign(Key key, Mapped value) {
    auto p = table_.find_or_place(key);
    if (!p) return p.error();
    if (p->found) {
      Mapped &v = table_.slot(p->index).value;
      v = std::move(value);
      return Inserted{&v, false};
    }
    return Inserted{&table_.construct(*p, Entry{std::move(key), std::move(value)})->value, true};
  }
  Inserted insert(Key key, Mapped value) { return detail::must_value(try_insert(std::move(key), std::move(value))); }
  template <class Query, class... Args> Inserted emplace(Query &&key, Args &&...args) {
    return detail::must_value(try_emplace(std::forward<Query>(key), std::forward<Args>(args)...));
  }
  Inserted insert_or_assign(Key key, Mapped value) {
    return detail::must_value(try_insert_or_assign(std::move(key), std::move(value)));
  }

  // Removes the entry for `key`; whether there was one. Never allocates.
  template <class Query> bool erase(const Query &key) noexcept { return table_.erase(key); }
  // Removes every entry for which pred(key, value) is true; how many went.
  template <class Pred> size_t erase_if(Pred pred) {
    return table_.erase_if([&](Entry &e) { return pred(static_cast<const Key &>(e.key), e.value); });
  }
  void clear() noexcept { table_.clear(); }
  // Room for n entries in all, so that inserting up to n allocates nothing.
  Result<void> try_reserve(size_t n) { return table_.reserve(n); }
  void reserve(size_t n) { detail::must(try_reserve(n)); }

  Result<HashMap> try_clone() const {
    auto t = table_.try_clone();
    if (!t) return t.error();
    return HashMap(std::move(*t));
  }
  HashMap clone() const { return detail::must_value(try_clone()); }
  void swap(HashMap &o) noexcept { table_.swap(o.table_); }

  iterator begin() noexcept { return {this, table_.next_full(0)}; }
  iterator end() noexcept { return {this, table_.capacity()}; }
  const_iterator begin() const noexcept { return {this, table_.next_full(0)}; }
  const_iterator end() const noexcept { return {this, table_.capacity()}; }

private:
  explicit HashMap(Table t) noexcept : table_(std::move(t)) {}

  Table table_;
};

template <class Key, class Hasher = Hash<Key>, class KeyEqual = Equal, class Memory = mem::Heap> class HashSet {
  struct KeyOf {
    static const Key &get(const Key &k) noexcept { return k; }
  };
  using Table = detail::HashTable<Key, KeyOf, Hasher, KeyEqual, Memory>;

public:
  using key_type = Key;
  using value_type = Key;

  class iterator {
  public:
    using iterator_concept = std::forward_iterator_tag;
    using value_type = Key;
    using difference_type = ptrdiff_t;
    iterator() = default;
    iterator(const HashSet *s, size_t i) noexcept : set_(s), i_(i) {}
    const Key &operator*() const noexcept { return set_->table_.slot(i_); }
    const Key *operator->() const noexcept { return &set_->table_.slot(i_); }
    iterator &operator++() noexcept {
      i_ = set_->table_.next_full(i_ + 1);
      return *this;
    }
    iterator operator++(int) noexcept {
      iterator old = *this;
      ++*this;
      return old;
    }
    friend bool operator==(const iterator &a, const iterator &b) noexcept { return a.i_ == b.i_; }

  private:
    const HashSet *set_ = nullptr;
    size_t i_ = 0;
  };
  using const_iterator = iterator;

  HashSet() noexcept = default;
  HashSet(HashSet &&) noexcept = default;
  HashSet &operator=(HashSet &&) noexcept = default;

  size_t size() const noexcept { return table_.size(); }
  bool empty() const noexcept { return table_.size() == 0; }
  size_t capacity() const noexcept { return table_.capacity(); }

  // The stored key equal to `key`, or null.
  template <class Query> const Key *find(const Query &key) const noexcept {
    size_t i = table_.find(key);
    return i == Table::npos ? nullptr : &table_.slot(i);
  }
  template <class Query> bool contains(const Query &key) const noexcept { return table_.find(key) != Table::npos; }

  // Adds `key` (built from what is given, only when it is new: a String from a string_view ...); whether it
  // was new.
  template <class Query> Result<bool> try_insert(Query &&key) {
    auto p = table_.find_or_place(key);
    if (!p) return p.error();
    if (p->found) return false;
    auto k = detail::make_key<Key>(std::forward<Query>(key));
    if (!k) return k.error();
    table_.construct(*p, std::move(*k));
    return true;
  }
  template <class Query> bool insert(Query &&key) { return detail::must_value(try_insert(std::forward<Query>(key))); }

  template <class Query> bool erase(const Query &key) noexcept { return table_.erase(key); }
  template <class Pred> size_t erase_if(Pred pred) {
    return table_.erase_if([&](const Key &k) { return pred(k); });
  }
  void clear() noexcept { table_.clear(); }
  Result<void> try_reserve(size_t n) { return table_.reserve(n); }
  void reserve(size_t n) { detail::must(try_reserve(n)); }

  Result<HashSet> try_clone() const {
    auto t = table_.try_clone();
    if (!t) return t.error();
    return HashSet(std::move(*t));
  }
  HashSet clone() const { return detail::must_value(try_clone()); }
  void swap(HashSet &o) noexcept { table_.swap(o.table_); }

  iterator begin() const noexcept { return {this, table_.next_full(0)}; }
  iterator end() const noexcept { return {this, table_.capacity()}; }

private:
  explicit HashSet(Table t) noexcept : table_(std::move(t)) {}

  Table table_;
};

} // namespace solo
