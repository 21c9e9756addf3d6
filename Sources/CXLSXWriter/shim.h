#ifndef TANBA_CXLSXWRITER_SHIM_H
#define TANBA_CXLSXWRITER_SHIM_H

/*
 * libxlsxwriter from the system (Debian: libxlsxwriter-dev): report exports as Excel workbooks
 * that spreadsheet programs open as they are, numbers as numbers, with a native chart.
 */
#include <xlsxwriter.h>

#endif /* TANBA_CXLSXWRITER_SHIM_H */
