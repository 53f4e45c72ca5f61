// poppler-glib reads the text of PDFs and where each character stands (Signing, verify-signing).
#include <poppler.h>
