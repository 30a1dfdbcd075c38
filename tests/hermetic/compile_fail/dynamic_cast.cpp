// Must not compile: solo programs are built with -fno-rtti.
struct B {
  virtual ~B() = default;
};
struct D : B {};
int main() {
  D d;
  B *b = &d;
  return dynamic_cast<D *>(b) != nullptr;
}
