// cairo draws the PDF pages, pango sets their text (Writers/PDF).
#include <cairo/cairo.h>
#include <cairo/cairo-pdf.h>
#include <pango/pangocairo.h>
