// std::sort of long doubles (see sort.cpp). On aarch64 and riscv64 long double is IEEE binary128, compared by
// the compiler's soft-float helper __lttf2, which solo does not provide: sorting long doubles there is a link
// error, as is any other long double comparison. Its own file, so that sorting other types never links it.
#include "sort.hpp"

_LIBCPP_BEGIN_NAMESPACE_STD

template void __sort<__less<long double> &, long double *>(long double *, long double *, __less<long double> &);

_LIBCPP_END_NAMESPACE_STD
