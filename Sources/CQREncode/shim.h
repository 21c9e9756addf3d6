#ifndef TANBA_CQRENCODE_SHIM_H
#define TANBA_CQRENCODE_SHIM_H

/*
 * libqrencode from the system (Debian: libqrencode-dev). Only the encoder is used: Tanba draws
 * the module matrix itself as vector rectangles, so the library's PNG/SVG writers are not needed.
 */
#include <qrencode.h>

#endif /* TANBA_CQRENCODE_SHIM_H */
