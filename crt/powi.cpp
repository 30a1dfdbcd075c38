// __powidf2 and __powisf2: x to an integer power, which clang calls for __builtin_powi. Squaring and
// multiplying, the same operations in the same order as the compiler runtimes, so results agree bit for bit.
namespace {
template <class Float> Float power(Float x, int n) {
  bool reciprocal = n < 0;
  unsigned k = reciprocal ? 0u - static_cast<unsigned>(n) : static_cast<unsigned>(n);
  Float r = 1;
  for (;;) {
    if (k & 1) r *= x;
    k >>= 1;
    if (k == 0) break;
    x *= x;
  }
  return reciprocal ? 1 / r : r;
}
} // namespace

extern "C" {
double __powidf2(double x, int n) { return power(x, n); }
float __powisf2(float x, int n) { return power(x, n); }
}
