#ifndef PLANPIPE_CHUNSPELL_SHIM_H
#define PLANPIPE_CHUNSPELL_SHIM_H

// libhunspell's C API (libhunspell-dev): Hunspell_create, Hunspell_spell, Hunspell_add, Hunspell_destroy.
#include <hunspell/hunspell.h>

#endif
