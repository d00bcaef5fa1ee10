/* jsstring.c - JavaScript strings (UTF-16 code units) in arenas, and UTF-8 decoding and encoding
 * as node does it (invalid sequences become U+FFFD). */
#include "assets_internal.h"

/* ---- JS strings (UTF-16 code units) ---------------------------------- */

void jsb_init(jsb *b, arena *a)
{
    b->s = NULL;
    b->n = b->cap = 0;
    b->a = a;
}

static void jsb_reserve(jsb *b, size_t extra)
{
    if (b->n + extra <= b->cap) return;
    size_t nc = b->cap ? b->cap * 2 : 32;
    while (nc < b->n + extra) nc *= 2;
    u16 *ns = aalloc(b->a, nc * sizeof(u16));
    if (b->n) memcpy(ns, b->s, b->n * sizeof(u16));
    b->s = ns;
    b->cap = nc;
}

void jsb_putc(jsb *b, u16 c)
{
    jsb_reserve(b, 1);
    b->s[b->n++] = c;
}

void jsb_put(jsb *b, js s)
{
    if (!s.n) return;
    jsb_reserve(b, s.n);
    memcpy(b->s + b->n, s.s, s.n * sizeof(u16));
    b->n += s.n;
}

void jsb_puta(jsb *b, const char *ascii)
{
    size_t n = strlen(ascii);
    jsb_reserve(b, n);
    for (size_t i = 0; i < n; i++) b->s[b->n++] = (unsigned char)ascii[i];
}

js jsb_js(const jsb *b)
{
    js r = { b->s, b->n };
    return r;
}

js js_a(arena *a, const char *ascii)
{
    jsb b;
    jsb_init(&b, a);
    jsb_puta(&b, ascii);
    return jsb_js(&b);
}

js js_sub(js s, size_t from, size_t to)
{
    if (to > s.n) to = s.n;
    if (from > to) from = to;
    js r = { s.s + from, to - from };
    return r;
}

int js_eq(js a, js b)
{
    return a.n == b.n && (a.n == 0 || memcmp(a.s, b.s, a.n * sizeof(u16)) == 0);
}

int js_eqa(js a, const char *ascii)
{
    size_t n = strlen(ascii);
    if (a.n != n) return 0;
    for (size_t i = 0; i < n; i++)
        if (a.s[i] != (unsigned char)ascii[i]) return 0;
    return 1;
}

int js_cmp(js a, js b)
{
    size_t n = a.n < b.n ? a.n : b.n;
    for (size_t i = 0; i < n; i++)
        if (a.s[i] != b.s[i]) return a.s[i] < b.s[i] ? -1 : 1;
    return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
}

long js_indexof_c(js s, u16 c, size_t from)
{
    for (size_t i = from; i < s.n; i++)
        if (s.s[i] == c) return (long)i;
    return -1;
}

static long js_indexof(js s, js needle, size_t from)
{
    if (needle.n == 0) return from <= s.n ? (long)from : (long)s.n;
    for (size_t i = from; i + needle.n <= s.n; i++)
        if (memcmp(s.s + i, needle.s, needle.n * sizeof(u16)) == 0) return (long)i;
    return -1;
}

int js_startsa(js s, const char *ascii, size_t at)
{
    size_t n = strlen(ascii);
    if (at > s.n || s.n - at < n) return 0;
    for (size_t i = 0; i < n; i++)
        if (s.s[at + i] != (unsigned char)ascii[i]) return 0;
    return 1;
}

int js_ends(js s, js suf)
{
    if (s.n < suf.n) return 0;
    return suf.n == 0 || memcmp(s.s + s.n - suf.n, suf.s, suf.n * sizeof(u16)) == 0;
}

js js_cat(arena *a, js x, js y)
{
    jsb b;
    jsb_init(&b, a);
    jsb_reserve(&b, x.n + y.n);
    jsb_put(&b, x);
    jsb_put(&b, y);
    return jsb_js(&b);
}

js js_cat3(arena *a, js x, js y, js z)
{
    jsb b;
    jsb_init(&b, a);
    jsb_reserve(&b, x.n + y.n + z.n);
    jsb_put(&b, x);
    jsb_put(&b, y);
    jsb_put(&b, z);
    return jsb_js(&b);
}

void jsvec_push(arena *a, jsvec *v, js s)
{
    AVEC_PUSH(a, v->v, v->n, v->cap, s);
}

/* JS WhiteSpace or LineTerminator (String.prototype.trim, \s) */
int js_is_space(uint32_t c)
{
    switch (c) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20:
    case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F:
    case 0x205F: case 0x3000: case 0xFEFF:
        return 1;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

js js_trim(js s)
{
    size_t b = 0, e = s.n;
    while (b < e && js_is_space(s.s[b])) b++;
    while (e > b && js_is_space(s.s[e - 1])) e--;
    return js_sub(s, b, e);
}

/* split on a single code unit (String.prototype.split with a one-char string) */
jsvec js_split_c(arena *a, js s, u16 c)
{
    jsvec v = { 0 };
    size_t st = 0;
    for (size_t i = 0; i <= s.n; i++) {
        if (i == s.n || s.s[i] == c) {
            jsvec_push(a, &v, js_sub(s, st, i));
            st = i + 1;
        }
    }
    return v;
}

/* split on a literal string (non-empty) */
jsvec js_split_s(arena *a, js s, js sep)
{
    jsvec v = { 0 };
    size_t st = 0;
    for (;;) {
        long k = js_indexof(s, sep, st);
        if (k < 0) break;
        jsvec_push(a, &v, js_sub(s, st, (size_t)k));
        st = (size_t)k + sep.n;
    }
    jsvec_push(a, &v, js_sub(s, st, s.n));
    return v;
}

/* p.split(/\/+/) */
jsvec js_split_slashes(arena *a, js s)
{
    jsvec v = { 0 };
    size_t st = 0, i = 0;
    while (i < s.n) {
        if (s.s[i] == '/') {
            jsvec_push(a, &v, js_sub(s, st, i));
            while (i < s.n && s.s[i] == '/') i++;
            st = i;
        } else {
            i++;
        }
    }
    jsvec_push(a, &v, js_sub(s, st, s.n));
    return v;
}

/* str.split(/\r?\n/) */
jsvec js_split_lines(arena *a, js s)
{
    jsvec v = { 0 };
    size_t st = 0;
    for (size_t i = 0; i < s.n; i++) {
        if (s.s[i] == '\n') {
            size_t e = i;
            if (e > st && s.s[e - 1] == '\r') e--;
            jsvec_push(a, &v, js_sub(s, st, e));
            st = i + 1;
        }
    }
    jsvec_push(a, &v, js_sub(s, st, s.n));
    return v;
}

js js_join(arena *a, const js *parts, size_t n, js sep)
{
    jsb b;
    jsb_init(&b, a);
    for (size_t i = 0; i < n; i++) {
        if (i) jsb_put(&b, sep);
        jsb_put(&b, parts[i]);
    }
    return jsb_js(&b);
}

/* replace every occurrence of literal `from` by `to` (left to right, non-overlapping) */
js js_replace_all_lit(arena *a, js s, js from, js to)
{
    if (js_indexof(s, from, 0) < 0) return s;
    jsb b;
    jsb_init(&b, a);
    size_t st = 0;
    for (;;) {
        long k = js_indexof(s, from, st);
        if (k < 0) break;
        jsb_put(&b, js_sub(s, st, (size_t)k));
        jsb_put(&b, to);
        st = (size_t)k + from.n;
    }
    jsb_put(&b, js_sub(s, st, s.n));
    return jsb_js(&b);
}

/* ---- UTF-8 ------------------------------------------------------------ */

/* Decode one UTF-8 sequence at p[0..n) following the WHATWG decoder (which is
 * what V8 / Buffer#toString use): returns the number of bytes consumed and
 * the code point in *cp, or 0xFFFD for a maximal invalid subpart. */
static size_t utf8_decode1(const unsigned char *p, size_t n, uint32_t *cp)
{
    unsigned b = p[0];
    if (b < 0x80) {
        *cp = b;
        return 1;
    }
    unsigned need, lo = 0x80, hi = 0xBF;
    uint32_t c;
    if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
        c = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        c = b & 0x0F;
        if (b == 0xE0) lo = 0xA0;
        if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        c = b & 0x07;
        if (b == 0xF0) lo = 0x90;
        if (b == 0xF4) hi = 0x8F;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    for (unsigned k = 1; k <= need; k++) {
        if (k >= n) {
            *cp = 0xFFFD;
            return k;
        }
        unsigned x = p[k];
        if (x < lo || x > hi) {
            *cp = 0xFFFD;
            return k;
        }
        lo = 0x80;
        hi = 0xBF;
        c = (c << 6) | (x & 0x3F);
    }
    *cp = c;
    return need + 1;
}

static size_t utf8_encode1(uint32_t c, unsigned char *o)
{
    if (c < 0x80) {
        o[0] = (unsigned char)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (unsigned char)(0xC0 | (c >> 6));
        o[1] = (unsigned char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (c >> 12));
        o[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (c >> 18));
    o[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (c & 0x3F));
    return 4;
}

/* Is p[0..n) entirely valid (and complete) UTF-8?  Fast for ASCII. */
int utf8_valid(const unsigned char *p, size_t n)
{
    size_t i = 0;
    for (;;) {
        /* ASCII fast path, 32 bytes at a time */
        while (i + 32 <= n) {
            uint64_t w0, w1, w2, w3;
            memcpy(&w0, p + i, 8);
            memcpy(&w1, p + i + 8, 8);
            memcpy(&w2, p + i + 16, 8);
            memcpy(&w3, p + i + 24, 8);
            if ((w0 | w1 | w2 | w3) & 0x8080808080808080ULL) break;
            i += 32;
        }
        while (i < n && p[i] < 0x80) {
            i++;
            if ((i & 31) == 0) break;
        }
        if (i >= n) return 1;
        if (p[i] < 0x80) continue;
        uint32_t cp;
        size_t k = utf8_decode1(p + i, n - i, &cp);
        if (cp == 0xFFFD) {
            /* a genuine U+FFFD (EF BF BD) is valid */
            if (!(k == 3 && p[i] == 0xEF && p[i + 1] == 0xBF && p[i + 2] == 0xBD)) return 0;
        }
        i += k;
    }
}

/* Decode then re-encode (node: Buffer.from(buf.toString())) into o, which must
 * hold 3*n bytes. Returns the output length. */
size_t utf8_sanitize(const unsigned char *p, size_t n, unsigned char *o)
{
    size_t i = 0, w = 0;
    while (i < n) {
        if (p[i] < 0x80) {
            o[w++] = p[i++];
            continue;
        }
        uint32_t cp;
        size_t k = utf8_decode1(p + i, n - i, &cp);
        if (cp == 0xFFFD) {
            o[w++] = 0xEF;
            o[w++] = 0xBF;
            o[w++] = 0xBD;
        } else {
            memcpy(o + w, p + i, k);
            w += k;
        }
        i += k;
    }
    return w;
}

/* A C string as node sees it once it has crossed into JS and back. */
char *utf8_sanitize_str(const char *s)
{
    size_t n = strlen(s);
    if (utf8_valid((const unsigned char *)s, n)) return xstrndup(s, n);
    char *o = xmalloc(3 * n + 1);
    size_t w = utf8_sanitize((const unsigned char *)s, n, (unsigned char *)o);
    o[w] = 0;
    return o;
}

static js js_from_utf8n(arena *a, const char *str, size_t n)
{
    const unsigned char *p = (const unsigned char *)str;
    u16 *o = aalloc(a, (n + 1) * sizeof(u16) * 2);
    size_t i = 0, w = 0;
    while (i < n) {
        if (p[i] < 0x80) {
            o[w++] = p[i++];
            continue;
        }
        uint32_t cp;
        i += utf8_decode1(p + i, n - i, &cp);
        if (cp >= 0x10000) {
            cp -= 0x10000;
            o[w++] = (u16)(0xD800 | (cp >> 10));
            o[w++] = (u16)(0xDC00 | (cp & 0x3FF));
        } else {
            o[w++] = (u16)cp;
        }
    }
    js r = { o, w };
    return r;
}

js js_from_utf8(arena *a, const char *s)
{
    return js_from_utf8n(a, s, strlen(s));
}

/* UTF-16 -> UTF-8; lone surrogates become U+FFFD (as Buffer.from(string)). */
char *js_to_utf8(arena *a, js s)
{
    char *o = aalloc(a, s.n * 3 + 1);
    size_t w = 0;
    for (size_t i = 0; i < s.n; i++) {
        uint32_t c = s.s[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.n && s.s[i + 1] >= 0xDC00 && s.s[i + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (s.s[i + 1] - 0xDC00);
            i++;
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            c = 0xFFFD;
        }
        w += utf8_encode1(c, (unsigned char *)o + w);
    }
    o[w] = 0;
    return o;
}
