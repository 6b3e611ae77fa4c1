#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, and its encoding.h then includes the system's <unicode/ucnv.h>, whose enums clash
// with the ICU copy inside Foundation. We never touch the ICU-dependent fields, so hide them.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parser.h>

// Swift cannot declare a C variadic function, which is what libxml2's generic error handler is, so the handlers that
// swallow libxml2's diagnostics live here. Without them libxml2 prints parser complaints to stderr.
static void quotebase_libxml2_ignore_generic(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static void quotebase_libxml2_ignore_structured(void *context, xmlErrorPtr error) {
    (void)context;
    (void)error;
}

/// Routes libxml2's diagnostics for the calling thread to handlers that drop them. libxml2 keeps these handlers per
/// thread, so call it on every thread that parses.
static inline void quotebase_libxml2_silence(void) {
    xmlSetGenericErrorFunc(NULL, quotebase_libxml2_ignore_generic);
    xmlSetStructuredErrorFunc(NULL, quotebase_libxml2_ignore_structured);
}

#include <libxml/parserInternals.h>

/// Makes `context` read its input as `encoding` (an IANA name) and records it as the document's encoding, so that a
/// `<meta charset>` does not switch it again: what htmlReadMemory does with its encoding argument. Returns 0 when
/// libxml2 knows no such encoding (the input is then read as before).
static inline int quotebase_html_use_encoding(htmlParserCtxtPtr context, const char *encoding) {
    xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(encoding);
    if (handler == NULL || context->input == NULL) return 0;
    xmlSwitchToEncoding(context, handler);
    if (context->input->encoding != NULL) xmlFree((xmlChar *)context->input->encoding);
    context->input->encoding = xmlStrdup((const xmlChar *)encoding);
    return 1;
}
