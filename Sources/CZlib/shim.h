// The system zlib (gzip-transparent reading of session files).
#ifndef PSEI_CZLIB_SHIM_H
#define PSEI_CZLIB_SHIM_H
#include <zlib.h>
#endif
