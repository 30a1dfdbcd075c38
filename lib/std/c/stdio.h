/* libc++'s std::char_traits needs EOF from <stdio.h>; solo has no C stdio (solo::print, solo::io::Stream),
   so that is all there is. A program including <stdio.h> or <cstdio> itself gets an error naming solo's
   alternative (lib/std/headers/stdio.h). */
#pragma once

#define EOF (-1)

#ifdef __cplusplus
/* <cstdio> says `using ::remove` inside namespace std, next to std::remove of <algorithm>; with no ::remove at
   all that using-declaration collides with the algorithm. A deleted one is a function, so the two overload
   instead, and a call still does not compile. */
extern "C" int remove(const char *path) = delete;
#endif
