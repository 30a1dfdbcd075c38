// The definition of std::__sort that libc++ keeps in its compiled library. For the arithmetic types with the
// default order, <algorithm> declares std::__sort<__less<T>&, T*> extern and never defines it, so every
// std::sort or std::ranges::sort of ints, chars or doubles links against the instances in sort.cpp and
// sort_long_double.cpp. Each runs libc++'s own introsort from the header, with its branch-free partitioning,
// as the header does for every other type; __less<T> only names the instance, the order is operator<.
#pragma once

#include <algorithm>

_LIBCPP_BEGIN_NAMESPACE_STD

template <class Compare, class Iterator> void __sort(Iterator first, Iterator last, Compare) {
  ranges::less less;
  std::__introsort<_ClassicAlgPolicy, ranges::less &, Iterator, __use_branchless_sort<ranges::less &, Iterator>::value>(
      first, last, less, 2 * std::__log2i(last - first));
}

_LIBCPP_END_NAMESPACE_STD
