// The system zlib (Debian: zlib1g-dev; macOS: in the SDK). Foundation on Linux exposes no
// compression API, and Bitstring Status Lists are GZIP-compressed.
#include <zlib.h>
