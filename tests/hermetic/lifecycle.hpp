#pragma once
#include <solo/io.hpp>

void say(const char *what);
extern "C" int atexit(void (*)());
