// A copy that may allocate: try_clone() where the type has one (solo's containers and strings), else the copy
// constructor. What try_clone() of a container does with each element.
#pragma once

#include <solo/result.hpp>

namespace solo::detail {

template <class T> Result<T> try_copy(const T &v) {
  if constexpr (requires { v.try_clone(); })
    return v.try_clone();
  else
    return T(v);
}

} // namespace solo::detail
