#ifndef TANBA_CPOPPLERGLIB_SHIM_H
#define TANBA_CPOPPLERGLIB_SHIM_H

/*
 * poppler-glib from the system (Debian: libpoppler-glib-dev) reads an issued PDF back, page by
 * page, onto a cairo PDF surface, so a copy can carry a stamp over the unchanged document.
 * The whole routine lives here, in C: Swift never sees poppler's or cairo's types.
 */
#include <poppler.h>
#include <cairo.h>
#include <cairo-pdf.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    unsigned char *bytes;
    size_t length;
    size_t capacity;
} tanba_stamp_buffer;

static inline cairo_status_t tanba_stamp_write(void *closure, const unsigned char *data, unsigned int length) {
    tanba_stamp_buffer *buffer = (tanba_stamp_buffer *)closure;
    if (buffer->length + length > buffer->capacity) {
        size_t capacity = buffer->capacity ? buffer->capacity : 65536;
        while (capacity < buffer->length + length) capacity *= 2;
        unsigned char *grown = (unsigned char *)realloc(buffer->bytes, capacity);
        if (grown == NULL) return CAIRO_STATUS_NO_MEMORY;
        buffer->bytes = grown;
        buffer->capacity = capacity;
    }
    memcpy(buffer->bytes + buffer->length, data, length);
    buffer->length += length;
    return CAIRO_STATUS_SUCCESS;
}

/*
 * Copies the PDF in `pdf` with `line1` (large) and `line2` (smaller) set diagonally across every
 * page in translucent red. On success returns 0 and a malloc'd copy in *out (free it); else a
 * negative number: -1 the PDF does not open, -2 a page fails, -3 cairo fails.
 */
static inline int tanba_stamp_pdf(const unsigned char *pdf, size_t length, const char *line1, const char *line2,
                                  unsigned char **out, size_t *out_length) {
    *out = NULL;
    *out_length = 0;
    GBytes *bytes = g_bytes_new(pdf, length);
    GError *error = NULL;
    PopplerDocument *document = poppler_document_new_from_bytes(bytes, NULL, &error);
    g_bytes_unref(bytes);
    if (document == NULL) {
        if (error != NULL) g_error_free(error);
        return -1;
    }
    tanba_stamp_buffer buffer = {NULL, 0, 0};
    int pages = poppler_document_get_n_pages(document);
    cairo_surface_t *surface = NULL;
    int status = 0;
    for (int index = 0; index < pages && status == 0; index++) {
        PopplerPage *page = poppler_document_get_page(document, index);
        if (page == NULL) { status = -2; break; }
        double width = 0, height = 0;
        poppler_page_get_size(page, &width, &height);
        if (surface == NULL) {
            surface = cairo_pdf_surface_create_for_stream(tanba_stamp_write, &buffer, width, height);
        } else {
            cairo_pdf_surface_set_size(surface, width, height);
        }
        cairo_t *cr = cairo_create(surface);
        poppler_page_render_for_printing(page, cr);
        g_object_unref(page);
        /* The stamp: across the page's diagonal, centred. */
        cairo_save(cr);
        cairo_translate(cr, width / 2, height / 2);
        cairo_rotate(cr, -atan2(height, width));
        cairo_select_font_face(cr, "Noto Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
        cairo_set_source_rgba(cr, 0.75, 0.05, 0.05, 0.55);
        double size = (width < height ? width : height) / 7.5;
        cairo_set_font_size(cr, size);
        cairo_text_extents_t extents;
        cairo_text_extents(cr, line1, &extents);
        cairo_move_to(cr, -extents.width / 2 - extents.x_bearing, 0);
        cairo_show_text(cr, line1);
        cairo_set_font_size(cr, size / 3);
        cairo_text_extents(cr, line2, &extents);
        cairo_move_to(cr, -extents.width / 2 - extents.x_bearing, size * 0.65);
        cairo_show_text(cr, line2);
        cairo_restore(cr);
        cairo_show_page(cr);
        if (cairo_status(cr) != CAIRO_STATUS_SUCCESS) status = -3;
        cairo_destroy(cr);
    }
    g_object_unref(document);
    if (surface != NULL) {
        cairo_surface_finish(surface);
        if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS && status == 0) status = -3;
        cairo_surface_destroy(surface);
    } else if (status == 0) {
        status = -2;
    }
    if (status != 0) {
        free(buffer.bytes);
        return status;
    }
    *out = buffer.bytes;
    *out_length = buffer.length;
    return 0;
}

#endif /* TANBA_CPOPPLERGLIB_SHIM_H */
