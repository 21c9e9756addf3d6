#ifndef TANBA_CRSVG_SHIM_H
#define TANBA_CRSVG_SHIM_H

#include <librsvg/rsvg.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Draws the SVG document in `data` on the cairo context `cr` (passed untyped so Swift need not
 * see cairo's types through two modules), fitted into the rectangle with its aspect ratio kept.
 * Documents come from memory with no base address, so librsvg loads nothing from elsewhere.
 * Returns 0 when drawn, 1 when the data is not an SVG librsvg reads, 2 when drawing failed.
 */
static inline int tanba_svg_draw(void *cr, const uint8_t *data, size_t length,
                                 double x, double y, double width, double height) {
    GError *error = NULL;
    RsvgHandle *handle = rsvg_handle_new_from_data(data, length, &error);
    if (handle == NULL) {
        if (error != NULL) g_error_free(error);
        return 1;
    }
    RsvgRectangle viewport = { x, y, width, height };
    gboolean drawn = rsvg_handle_render_document(handle, (cairo_t *)cr, &viewport, &error);
    if (error != NULL) g_error_free(error);
    g_object_unref(handle);
    return drawn ? 0 : 2;
}

#endif
