/* json_v8.c - the message of the SyntaxError JSON.parse throws for a text that is not JSON, as
 * V8 11.3 (node 20, the node aws-cdk-lib's tests and the conformance runner use) words it: what an
 * aws-cdk-lib error that embeds a JSON.parse error says (require() of a broken package.json).
 * Positions and the context of "Unexpected token" are in UTF-16 code units of the text as node
 * reads a file (UTF-8, invalid bytes as U+FFFD, a leading BOM dropped). Learned by running node on
 * broken texts (tests/unit/test_json_v8.c checks it against node on mutated texts). */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct {
    unsigned short *u; /* the text as UTF-16 */
    size_t n, i;
    const char *msg; /* set on the first error */
    ccdk_app *app;
    int depth;
} v8;

/* UTF-8 to UTF-16 as node's decoder: each maximal invalid subsequence one U+FFFD */
static unsigned short *to_utf16(const unsigned char *s, size_t len, size_t *n)
{
    unsigned short *u = malloc((len + 1) * sizeof *u);
    size_t k = 0, i = 0;
    while (i < len) {
        unsigned c = s[i], need, cp, lo = 0x80, hi = 0xBF;
        if (c < 0x80) {
            u[k++] = (unsigned short)c;
            i++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF)
            need = 1, cp = c & 0x1F;
        else if (c >= 0xE0 && c <= 0xEF)
            need = 2, cp = c & 0x0F, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        else if (c >= 0xF0 && c <= 0xF4)
            need = 3, cp = c & 0x07, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        else {
            u[k++] = 0xFFFD;
            i++;
            continue;
        }
        size_t j = i + 1;
        unsigned got = 0;
        while (got < need && j < len && s[j] >= (got ? 0x80 : lo) && s[j] <= (got ? 0xBF : hi)) {
            cp = (cp << 6) | (s[j] & 0x3F);
            j++;
            got++;
        }
        if (got < need) {
            u[k++] = 0xFFFD;
            i = j;
            continue;
        }
        if (cp >= 0x10000) {
            u[k++] = (unsigned short)(0xD800 + ((cp - 0x10000) >> 10));
            u[k++] = (unsigned short)(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else
            u[k++] = (unsigned short)cp;
        i = j;
    }
    *n = k;
    return u;
}

/* u[from, to) as UTF-8 (a lone surrogate as U+FFFD, as node writes it) */
static void put_utf8(ccdk__buf *b, const unsigned short *u, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        unsigned cp = u[i];
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < to && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (u[i + 1] - 0xDC00);
            i++;
        } else if (cp >= 0xD800 && cp <= 0xDFFF)
            cp = 0xFFFD;
        char o[4];
        int n;
        if (cp < 0x80)
            o[0] = (char)cp, n = 1;
        else if (cp < 0x800)
            o[0] = (char)(0xC0 | cp >> 6), o[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
        else if (cp < 0x10000)
            o[0] = (char)(0xE0 | cp >> 12), o[1] = (char)(0x80 | ((cp >> 6) & 0x3F)), o[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
        else
            o[0] = (char)(0xF0 | cp >> 18), o[1] = (char)(0x80 | ((cp >> 12) & 0x3F)),
            o[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), o[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
        ccdk__buf_put(b, o, (size_t)n);
    }
}

static int fail_at(v8 *p, const char *what)
{
    if (!p->msg)
        p->msg = ccdk__sprintf(p->app, "%s in JSON at position %zu", what, p->i);
    return -1;
}

/* the character at i is not what may come there: "Unexpected token", with the text or 10 code
 * units of context either side once the text is 21 or longer; the end of the text instead:
 * "Unexpected end of JSON input" */
static int unexpected(v8 *p)
{
    if (p->msg)
        return -1;
    if (p->i >= p->n) {
        p->msg = "Unexpected end of JSON input";
        return -1;
    }
    unsigned c = p->u[p->i];
    if (c == '-' || (c >= '0' && c <= '9'))
        return fail_at(p, "Unexpected number");
    if (c == '"')
        return fail_at(p, "Unexpected string");
    ccdk__buf b = {0};
    size_t pos = p->i, from = 0, to = p->n;
    ccdk__buf_puts(&b, "Unexpected token '");
    put_utf8(&b, p->u, pos, pos + 1);
    ccdk__buf_puts(&b, "', ");
    int pre = 0, post = 0;
    if (p->n >= 21) {
        if (pos < 10)
            to = pos + 10, post = 1;
        else if (pos < p->n - 10)
            from = pos - 10, to = pos + 10, pre = post = 1;
        else
            from = pos - 10, pre = 1;
    }
    ccdk__buf_puts(&b, pre ? "...\"" : "\"");
    put_utf8(&b, p->u, from, to);
    ccdk__buf_puts(&b, post ? "\"... is not valid JSON" : "\" is not valid JSON");
    p->msg = ccdk__strndup(p->app, b.data, b.len);
    ccdk__buf_free(&b);
    return -1;
}

static void ws(v8 *p)
{
    while (p->i < p->n && (p->u[p->i] == ' ' || p->u[p->i] == '\t' || p->u[p->i] == '\n' || p->u[p->i] == '\r'))
        p->i++;
}

static int is_digit(v8 *p) { return p->i < p->n && p->u[p->i] >= '0' && p->u[p->i] <= '9'; }

static int string(v8 *p) /* at the opening quote */
{
    p->i++;
    for (;;) {
        if (p->i >= p->n)
            return fail_at(p, "Unterminated string");
        unsigned c = p->u[p->i];
        if (c == '"') {
            p->i++;
            return 0;
        }
        if (c < 0x20)
            return fail_at(p, "Bad control character in string literal");
        if (c == '\\') {
            p->i++;
            if (p->i >= p->n)
                return unexpected(p); /* the end of the text: "Unexpected end of JSON input" */
            c = p->u[p->i];
            if (c == 'u') {
                for (int k = 0; k < 4; k++) {
                    p->i++;
                    unsigned h = p->i < p->n ? p->u[p->i] : 0;
                    if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F')))
                        return fail_at(p, "Bad Unicode escape");
                }
            } else if (c > 0xFF) /* V8 looks escapes up in a table of the first 256 characters */
                return unexpected(p);
            else if (!strchr("\"\\/bfnrt", (int)c) || c == 0)
                return fail_at(p, "Bad escaped character");
        }
        p->i++;
    }
}

static int number(v8 *p)
{
    if (p->u[p->i] == '-') {
        p->i++;
        if (!is_digit(p))
            return fail_at(p, "No number after minus sign");
    }
    if (p->u[p->i] == '0') {
        p->i++;
        if (is_digit(p))
            return fail_at(p, "Unexpected number");
    } else
        while (is_digit(p))
            p->i++;
    if (p->i < p->n && p->u[p->i] == '.') {
        p->i++;
        if (!is_digit(p))
            return fail_at(p, "Unterminated fractional number");
        while (is_digit(p))
            p->i++;
    }
    if (p->i < p->n && (p->u[p->i] == 'e' || p->u[p->i] == 'E')) {
        p->i++;
        if (p->i < p->n && (p->u[p->i] == '+' || p->u[p->i] == '-'))
            p->i++;
        if (!is_digit(p))
            return fail_at(p, "Exponent part is missing a number");
        while (is_digit(p))
            p->i++;
    }
    return 0;
}

static int value(v8 *p);

static int object(v8 *p) /* at '{' */
{
    p->i++;
    ws(p);
    if (p->i < p->n && p->u[p->i] == '}') {
        p->i++;
        return 0;
    }
    for (int first = 1;; first = 0) {
        if (p->i >= p->n || p->u[p->i] != '"')
            return fail_at(p, first ? "Expected property name or '}'" : "Expected double-quoted property name");
        if (string(p))
            return -1;
        ws(p);
        /* V8 names the missing colon only after an object's first property name; after a later
         * one it reports whatever comes there */
        if (p->i >= p->n || p->u[p->i] != ':')
            return first ? fail_at(p, "Expected ':' after property name") : unexpected(p);
        p->i++;
        if (value(p))
            return -1;
        ws(p);
        if (p->i < p->n && p->u[p->i] == '}') {
            p->i++;
            return 0;
        }
        if (p->i >= p->n || p->u[p->i] != ',')
            return fail_at(p, "Expected ',' or '}' after property value");
        p->i++;
        ws(p);
    }
}

static int array(v8 *p) /* at '[' */
{
    p->i++;
    ws(p);
    if (p->i < p->n && p->u[p->i] == ']') {
        p->i++;
        return 0;
    }
    for (;;) {
        if (value(p))
            return -1;
        ws(p);
        if (p->i < p->n && p->u[p->i] == ']') {
            p->i++;
            return 0;
        }
        if (p->i >= p->n || p->u[p->i] != ',')
            return fail_at(p, "Expected ',' or ']' after array element");
        p->i++;
    }
}

static int literal(v8 *p, const char *word)
{
    for (const char *w = word; *w; w++, p->i++)
        if (p->i >= p->n || p->u[p->i] != (unsigned char)*w)
            return unexpected(p);
    return 0;
}

static int value(v8 *p)
{
    ws(p);
    if (p->i >= p->n)
        return unexpected(p);
    if (++p->depth > 5000) /* far deeper than any package.json; V8 would overflow its stack later */
        return unexpected(p);
    int r;
    switch (p->u[p->i]) {
    case '"': r = string(p); break;
    case '{': r = object(p); break;
    case '[': r = array(p); break;
    case 't': r = literal(p, "true"); break;
    case 'f': r = literal(p, "false"); break;
    case 'n': r = literal(p, "null"); break;
    default:
        if (p->u[p->i] == '-' || (p->u[p->i] >= '0' && p->u[p->i] <= '9'))
            r = number(p);
        else
            r = unexpected(p);
    }
    p->depth--;
    return r;
}

const char *ccdk__json_v8_error(ccdk_app *app, const char *text, size_t len)
{
    v8 p = {0};
    p.app = app;
    p.u = to_utf16((const unsigned char *)text, len, &p.n);
    if (p.n && p.u[0] == 0xFEFF) { /* node's stripBOM */
        memmove(p.u, p.u + 1, (p.n - 1) * sizeof *p.u);
        p.n--;
    }
    if (value(&p) == 0) {
        ws(&p);
        if (p.i < p.n)
            p.msg = ccdk__sprintf(app, "Unexpected non-whitespace character after JSON at position %zu", p.i);
    }
    free(p.u);
    return p.msg;
}
