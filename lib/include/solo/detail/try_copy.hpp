// A copy that may allocate: try_clone() where the type has one (solo's containers and strings), else the copy
// constructor. What try_clone() of a container does with each element.
#pragma once

#include <solo/result.hpp>

namespace solo::detail {

template <class Type> Result<Type> try_copy(const Type &v) {
  if constexpr (requires { v.try_clone(); })
    return v.try_clone();
  else
    return Type(v);
}

} // namespace solo::detail
