#ifndef TANBA_CPANGOCAIRO_SHIM_H
#define TANBA_CPANGOCAIRO_SHIM_H

#include <pango/pangocairo.h>
#include <cairo/cairo-pdf.h>

/*
 * PDF metadata keys that exist whatever the cairo version, so Swift code compiles
 * against cairo < 1.16 too (where cairo_pdf_surface_set_metadata is missing and
 * setting metadata silently does nothing).
 */
typedef enum {
    TANBA_PDF_METADATA_TITLE = 0,
    TANBA_PDF_METADATA_AUTHOR = 1,
    TANBA_PDF_METADATA_SUBJECT = 2,
    TANBA_PDF_METADATA_KEYWORDS = 3,
    TANBA_PDF_METADATA_CREATOR = 4
} tanba_pdf_metadata_key;

/* Returns 1 when the linked cairo can write PDF document metadata. */
static inline int tanba_cairo_pdf_supports_metadata(void) {
#if CAIRO_VERSION >= CAIRO_VERSION_ENCODE(1, 16, 0)
    return 1;
#else
    return 0;
#endif
}

static inline void tanba_cairo_pdf_set_metadata(cairo_surface_t *surface,
                                                tanba_pdf_metadata_key key,
                                                const char *utf8) {
#if CAIRO_VERSION >= CAIRO_VERSION_ENCODE(1, 16, 0)
    cairo_pdf_metadata_t cairo_key;
    switch (key) {
    case TANBA_PDF_METADATA_TITLE: cairo_key = CAIRO_PDF_METADATA_TITLE; break;
    case TANBA_PDF_METADATA_AUTHOR: cairo_key = CAIRO_PDF_METADATA_AUTHOR; break;
    case TANBA_PDF_METADATA_SUBJECT: cairo_key = CAIRO_PDF_METADATA_SUBJECT; break;
    case TANBA_PDF_METADATA_KEYWORDS: cairo_key = CAIRO_PDF_METADATA_KEYWORDS; break;
    case TANBA_PDF_METADATA_CREATOR: cairo_key = CAIRO_PDF_METADATA_CREATOR; break;
    default: return;
    }
    cairo_pdf_surface_set_metadata(surface, cairo_key, utf8);
#else
    (void)surface;
    (void)key;
    (void)utf8;
#endif
}

#endif /* TANBA_CPANGOCAIRO_SHIM_H */
