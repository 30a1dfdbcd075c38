// Must not compile: solo programs are built with -fno-exceptions.
int main() { throw 1; }
