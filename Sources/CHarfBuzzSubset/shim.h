#ifndef TANBA_CHARFBUZZSUBSET_SHIM_H
#define TANBA_CHARFBUZZSUBSET_SHIM_H

/* HarfBuzz's font subsetter, used to derive unhinted copies of the document fonts. */
#include <hb.h>
#include <hb-ot.h>
#include <hb-subset.h>

/* HB_OT_TAG_GSUB and HB_OT_TAG_GPOS are function-like macros, which Swift cannot import. */
static const hb_tag_t TANBA_HB_TAG_GSUB = HB_OT_TAG_GSUB;
static const hb_tag_t TANBA_HB_TAG_GPOS = HB_OT_TAG_GPOS;

#endif /* TANBA_CHARFBUZZSUBSET_SHIM_H */
