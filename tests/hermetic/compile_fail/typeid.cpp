// Must not compile: solo programs are built with -fno-rtti. (There is no <typeinfo> either; the declaration
// below stands in for it so the compiler reaches the RTTI check itself.)
namespace std {
class type_info;
}
struct S {
  virtual ~S() = default;
};
int main() {
  S s;
  return &typeid(s) == &typeid(s);
}
