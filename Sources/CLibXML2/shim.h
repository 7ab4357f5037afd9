#ifndef PLANPIPE_CLIBXML2_SHIM_H
#define PLANPIPE_CLIBXML2_SHIM_H

// xmlversion.h first, then drop ICU: otherwise a clean debug build fails on ICU's UErrorCode.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/xmlreader.h>
#include <libxml/xmlmemory.h>

/// `xmlFree` is a macro that Swift cannot call; this wraps it.
static inline void planpipe_xmlFree(void *pointer) {
    xmlFree(pointer);
}

#endif
