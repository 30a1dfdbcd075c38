// Synchronisation between threads, all on futexes: Mutex and LockGuard, CondVar, Once, RwLock with ReadGuard and
// WriteGuard, Semaphore, Latch and Barrier; solo/sync/futex.hpp for waiting on a word of one's own.
#pragma once

#include <solo/sync/condvar.hpp>
#include <solo/sync/futex.hpp>
#include <solo/sync/latch.hpp>
#include <solo/sync/mutex.hpp>
#include <solo/sync/once.hpp>
#include <solo/sync/rwlock.hpp>
#include <solo/sync/semaphore.hpp>
