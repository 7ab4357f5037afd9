#ifndef PLANPIPE_CXLSXWRITER_SHIM_H
#define PLANPIPE_CXLSXWRITER_SHIM_H

#include <xlsxwriter.h>

#endif
