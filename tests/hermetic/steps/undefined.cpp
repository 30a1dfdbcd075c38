// A program with a link error of its own (tests/hermetic/steps/solo-ld-error).
void missing();

int main() {
  missing();
  return 0;
}
