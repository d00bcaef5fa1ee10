/* fmt.c - ccdk_fmt: printf into the App's memory, for strings that carry tokens. */
#include <stdarg.h>

#include "synth.h"

const char *ccdk_fmt(void *owner, const char *fmt, ...)
{
    ccdk_app *app = ccdk__app_of(owner);
    if (!app || !fmt)
        return NULL;
    va_list ap;
    va_start(ap, fmt);
    const char *s = ccdk__vsprintf(app, fmt, ap);
    va_end(ap);
    return s;
}
