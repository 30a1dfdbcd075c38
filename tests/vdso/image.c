/* A stand-in vDSO for the parser tests: a tiny position-independent shared object whose functions return
 * values the test recognises. The names come from arch/<arch>/vdso_arch.hpp (passed in by CMake). */
/* struct __kernel_timespec: 64-bit seconds and nanoseconds on every architecture (the 32-bit ones' vDSO
 * clock_gettime64). */
struct ts {
  long long sec, nsec;
};

#ifdef AS_OBJECT
/* The same name as a data object (STT_OBJECT): a lookup must not take it for the function. */
const struct ts CLOCK_GETTIME = {1, 2};
#else
int CLOCK_GETTIME(int clock, struct ts *t) {
  t->sec = 42;
  t->nsec = clock;
  return 0;
}
#endif

#ifdef CLOCK_GETRES
int CLOCK_GETRES(int clock, struct ts *t) {
  t->sec = 0;
  t->nsec = 43 + clock;
  return 0;
}
#endif

#ifdef WITH_UNDEFINED
/* A reference to a function the image does not define: its dynamic symbol is undefined (SHN_UNDEF) and a
 * lookup of that name must skip it. Never called. */
int GETTIMEOFDAY(void *tv, void *tz);
int calls_undefined(void *tv) { return GETTIMEOFDAY(tv, 0) + 1; }
#endif
