#ifndef TANBA_COATH_SHIM_H
#define TANBA_COATH_SHIM_H

/* liboath from the system (Debian: liboath-dev): RFC 6238 TOTP codes for the second factor. */
#include <liboath/oath.h>

#endif /* TANBA_COATH_SHIM_H */
