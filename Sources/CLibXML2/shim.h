/* Debian's libxml2 is built with ICU, so encoding.h pulls in the system ICU headers, which clash
   with the ICU copy inside the Swift toolchain in any module that also imports Foundation
   ('UErrorCode' has different definitions). ICU only adds trailing fields to
   xmlCharEncodingHandler, which Swift never touches, so switch it off before anything else is
   included. See docs/platform-notes.md §3.1 in the shared notes. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

/* xmlFree is a global function-pointer variable, which Swift 6 refuses to touch. */
static inline void cxml_free(void *p) { xmlFree(p); }
