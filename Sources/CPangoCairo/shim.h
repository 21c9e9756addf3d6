#ifndef TANBA_CPANGOCAIRO_SHIM_H
#define TANBA_CPANGOCAIRO_SHIM_H

#include <pango/pangocairo.h>
#include <cairo/cairo-pdf.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangofc-fontmap.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/*
 * A pango context for `cr` whose fonts come from the fontconfig configuration `config`
 * (NULL: the default one). Each call makes its own font map: font maps are not thread-safe.
 * The casts between GObject types live here because Swift cannot use GObject's cast macros.
 */
static inline PangoContext *tanba_pango_context_new(cairo_t *cr, FcConfig *config) {
    if (config == NULL) {
        return pango_cairo_create_context(cr);
    }
    PangoFontMap *map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
    if (map == NULL) {
        return NULL;
    }
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), config);
    PangoContext *context = pango_font_map_create_context(map);
    g_object_unref(map); /* the context keeps its own reference */
    if (context != NULL) {
        pango_cairo_update_context(cr, context);
    }
    return context;
}

/*
 * A growable byte buffer cairo writes a PDF into. cairo calls the write function once per token
 * it prints (thousands per document); appending in C keeps each call to a memcpy.
 */
typedef struct {
    unsigned char *bytes;
    size_t length;
    size_t capacity;
} tanba_byte_buffer;

static inline cairo_status_t tanba_byte_buffer_write(void *closure, const unsigned char *data, unsigned int length) {
    tanba_byte_buffer *buffer = (tanba_byte_buffer *)closure;
    if (buffer == NULL || (data == NULL && length > 0)) {
        return CAIRO_STATUS_WRITE_ERROR;
    }
    if (length > buffer->capacity - buffer->length) {
        size_t capacity = buffer->capacity > 0 ? buffer->capacity : 65536;
        while (capacity - buffer->length < length) {
            if (capacity > SIZE_MAX / 2) {
                return CAIRO_STATUS_NO_MEMORY;
            }
            capacity *= 2;
        }
        unsigned char *grown = (unsigned char *)realloc(buffer->bytes, capacity);
        if (grown == NULL) {
            return CAIRO_STATUS_NO_MEMORY;
        }
        buffer->bytes = grown;
        buffer->capacity = capacity;
    }
    if (length > 0) {
        memcpy(buffer->bytes + buffer->length, data, length);
        buffer->length += length;
    }
    return CAIRO_STATUS_SUCCESS;
}

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

/* Reads a PNG from memory for cairo, which only reads PNGs from files or a stream callback. */
struct tanba_png_cursor {
    const unsigned char *data;
    size_t length;
    size_t offset;
};

static cairo_status_t tanba_png_read(void *closure, unsigned char *out, unsigned int length) {
    struct tanba_png_cursor *cursor = (struct tanba_png_cursor *)closure;
    if (cursor->length - cursor->offset < length) {
        return CAIRO_STATUS_READ_ERROR;
    }
    memcpy(out, cursor->data + cursor->offset, length);
    cursor->offset += length;
    return CAIRO_STATUS_SUCCESS;
}

/* An image surface of the PNG in `data`; check cairo_surface_status before use, destroy after. */
static inline cairo_surface_t *tanba_png_surface(const unsigned char *data, size_t length) {
    struct tanba_png_cursor cursor = { data, length, 0 };
    return cairo_image_surface_create_from_png_stream(tanba_png_read, &cursor);
}

#endif /* TANBA_CPANGOCAIRO_SHIM_H */
