// Returns the number given as its argument: main's return value must reach the parent through exit_group.
int main(int argc, char **argv) {
  if (argc < 2) return 99;
  int value = 0;
  for (const char *p = argv[1]; *p; ++p) value = value * 10 + (*p - '0');
  return value;
}
