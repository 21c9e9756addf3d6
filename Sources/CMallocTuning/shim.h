#ifndef TANBA_CMALLOCTUNING_SHIM_H
#define TANBA_CMALLOCTUNING_SHIM_H

/* glibc's mallopt(3); <malloc.h> is not part of Swift's Glibc module. */
#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>

/* Sets how much freed memory glibc keeps at the top of a heap; returns 1 on success. */
static inline int tanba_set_trim_threshold(int bytes) {
    return mallopt(M_TRIM_THRESHOLD, bytes);
}
#else
static inline int tanba_set_trim_threshold(int bytes) {
    (void)bytes;
    return 0;
}
#endif

#endif /* TANBA_CMALLOCTUNING_SHIM_H */
