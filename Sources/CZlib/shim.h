// zlib's inflate API, for gunzipping pprof profiles.
// inflateInit2 is a macro, which Swift cannot call, so it is wrapped in a function.
#ifndef BENCHQ_CZLIB_SHIM_H
#define BENCHQ_CZLIB_SHIM_H

#include <zlib.h>

static inline int czlib_inflateInit2(z_streamp stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}

#endif
