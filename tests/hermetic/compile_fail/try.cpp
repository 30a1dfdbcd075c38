// Must not compile: solo programs are built with -fno-exceptions.
int main() {
  try {
    return 0;
  } catch (...) {
    return 1;
  }
}
