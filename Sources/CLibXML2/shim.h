#ifndef PLANPIPE_CLIBXML2_SHIM_H
#define PLANPIPE_CLIBXML2_SHIM_H

// xmlversion.h first, then drop ICU: otherwise a clean debug build fails on ICU's UErrorCode.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

// The push parser with SAX2 callbacks: pdftotext's output is parsed as it arrives.
#include <libxml/parser.h>

#endif
