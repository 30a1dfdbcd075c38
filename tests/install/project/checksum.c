/* The C part of the example (built when the project enables C): a plain C function that C++ calls. */
unsigned example_checksum(const unsigned char *data, unsigned long size) {
  unsigned sum = 0;
  for (unsigned long i = 0; i < size; ++i) sum = sum * 31 + data[i];
  return sum;
}
