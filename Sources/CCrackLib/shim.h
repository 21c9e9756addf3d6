#ifndef TANBA_CCRACKLIB_SHIM_H
#define TANBA_CCRACKLIB_SHIM_H

/*
 * cracklib from the system (Debian: libcrack2-dev, its dictionary in cracklib-runtime): new
 * passwords are checked against dictionary words, keyboard patterns and the user's own names.
 */
#include <stddef.h> /* crack.h uses size_t without including it */
#include <crack.h>

#endif /* TANBA_CCRACKLIB_SHIM_H */
