// `int main()` with no parameters works too.
int main() { return 7; }
