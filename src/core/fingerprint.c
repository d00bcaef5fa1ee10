/*
 * ccdk — asset fingerprinting and staging.
 *
 * Re-implements, byte for byte, what aws-cdk-lib 2.276.0 computes in
 * FileSystem.fingerprint() and what AssetStaging does when it copies an asset
 * into the cloud assembly.  The exclude dialects are faithful ports of the
 * behaviour of minimatch 10.2.6 (+ brace-expansion 5), node-ignore 5.3.2 and
 * @balena/dockerignore 1.0.2 as used by aws-cdk-lib; since those libraries
 * compile globs into JavaScript regular expressions, this file carries a small
 * backtracking engine with ECMAScript (Annex B) semantics over UTF-16 code
 * units, so that the generated expressions behave exactly as in node.
 *
 * Layout:
 *   1. utilities: allocation, arenas, errors, JS (UTF-16) strings, UTF-8
 *   2. ECMAScript regular expressions
 *   3. node's posix path functions
 *   4. brace-expansion
 *   5. minimatch                       (IgnoreMode.GLOB)
 *   6. node-ignore                     (IgnoreMode.GIT)
 *   7. @balena/dockerignore            (IgnoreMode.DOCKER)
 *   8. ignore strategies
 *   9. file content fingerprints
 *  10. directory walk (utils.js walkDirectory)
 *  11. worker pool
 *  12. FileSystem.fingerprint
 *  13. staging copy
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "fingerprint.h"
#include "digest.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sched.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>


/* ===================================================================== */
/* 1. utilities                                                           */
/* ===================================================================== */

static void oom(void)
{
    fputs("ccdk: out of memory\n", stderr);
    abort();
}

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) oom();
    return p;
}

static void *xcalloc(size_t n, size_t m)
{
    void *p = calloc(n ? n : 1, m ? m : 1);
    if (!p) oom();
    return p;
}

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) oom();
    return p;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s);
    char *p = xmalloc(n + 1);
    memcpy(p, s, n + 1);
    return p;
}

static char *xstrndup(const char *s, size_t n)
{
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

__attribute__((format(printf, 1, 2)))
static char *xasprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    if (vasprintf(&s, fmt, ap) < 0) oom();
    va_end(ap);
    return s;
}

/* Set *err (if not already set) to a formatted message. Always returns -1. */
__attribute__((format(printf, 2, 3)))
static int fail(char **err, const char *fmt, ...)
{
    if (err && !*err) {
        va_list ap;
        va_start(ap, fmt);
        char *s = NULL;
        if (vasprintf(&s, fmt, ap) < 0) oom();
        va_end(ap);
        /* keep it one line */
        for (char *q = s; *q; q++)
            if (*q == '\n' || *q == '\r') *q = ' ';
        *err = s;
    }
    return -1;
}

/* libuv-style error text, as node formats fs errors: "ENOENT: no such file or directory, open '/x'" */
static const char *errno_name(int e)
{
    switch (e) {
    case ENOENT: return "ENOENT";
    case EACCES: return "EACCES";
    case EPERM: return "EPERM";
    case ENOTDIR: return "ENOTDIR";
    case EISDIR: return "EISDIR";
    case ELOOP: return "ELOOP";
    case EEXIST: return "EEXIST";
    case ENAMETOOLONG: return "ENAMETOOLONG";
    case EIO: return "EIO";
    case EMFILE: return "EMFILE";
    case ENFILE: return "ENFILE";
    case ENOSPC: return "ENOSPC";
    case EROFS: return "EROFS";
    case EXDEV: return "EXDEV";
    case EINVAL: return "EINVAL";
    case EBUSY: return "EBUSY";
    case ENOMEM: return "ENOMEM";
    case EFBIG: return "EFBIG";
    case EDQUOT: return "EDQUOT";
    default: return "EUNKNOWN";
    }
}

static const char *errno_text(int e)
{
    switch (e) {
    case ENOENT: return "no such file or directory";
    case EACCES: return "permission denied";
    case EPERM: return "operation not permitted";
    case ENOTDIR: return "not a directory";
    case EISDIR: return "illegal operation on a directory";
    case ELOOP: return "too many symbolic links encountered";
    case EEXIST: return "file already exists";
    case ENAMETOOLONG: return "name too long";
    case EIO: return "i/o error";
    case EMFILE: return "too many open files";
    case ENFILE: return "file table overflow";
    case ENOSPC: return "no space left on device";
    case EROFS: return "read-only file system";
    case EXDEV: return "cross-device link not permitted";
    case EINVAL: return "invalid argument";
    case EBUSY: return "resource busy or locked";
    case ENOMEM: return "not enough memory";
    case EFBIG: return "file too large";
    default: return "unknown error";
    }
}

static int fail_errno(char **err, int e, const char *syscall, const char *path)
{
    return fail(err, "%s: %s, %s '%s'", errno_name(e), errno_text(e), syscall, path);
}

static int fail_errno2(char **err, int e, const char *syscall, const char *p1, const char *p2)
{
    return fail(err, "%s: %s, %s '%s' -> '%s'", errno_name(e), errno_text(e), syscall, p1, p2);
}

/* ---- arenas ---------------------------------------------------------- */

typedef struct ablk {
    struct ablk *next;
    size_t used, cap;
    _Alignas(max_align_t) unsigned char data[];
} ablk;

typedef struct {
    ablk *head;
} arena;

typedef struct {
    ablk *blk;
    size_t used;
} amark;

#define ARENA_BLOCK 32768

static void *aalloc(arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (!a->head || a->head->cap - a->head->used < n) {
        size_t cap = n > ARENA_BLOCK ? n : ARENA_BLOCK;
        ablk *b = xmalloc(sizeof *b + cap);
        b->next = a->head;
        b->used = 0;
        b->cap = cap;
        a->head = b;
    }
    void *p = a->head->data + a->head->used;
    a->head->used += n;
    return p;
}

static void *azalloc(arena *a, size_t n)
{
    void *p = aalloc(a, n);
    memset(p, 0, n);
    return p;
}

static amark arena_mark(arena *a)
{
    amark m = { a->head, a->head ? a->head->used : 0 };
    return m;
}

static void arena_reset(arena *a, amark m)
{
    while (a->head && a->head != m.blk) {
        ablk *n = a->head->next;
        free(a->head);
        a->head = n;
    }
    if (a->head) a->head->used = m.used;
}

static void arena_free(arena *a)
{
    amark m = { NULL, 0 };
    arena_reset(a, m);
}

/* Growable array in an arena (for pointer-sized or struct elements). */
#define AVEC_PUSH(A, arr, n, cap, val)                                       \
    do {                                                                     \
        if ((n) == (cap)) {                                                  \
            size_t nc_ = (cap) ? (cap) * 2 : 8;                              \
            void *np_ = aalloc((A), nc_ * sizeof *(arr));                    \
            if (n) memcpy(np_, (arr), (n) * sizeof *(arr));                  \
            (arr) = np_;                                                     \
            (cap) = nc_;                                                     \
        }                                                                    \
        (arr)[(n)++] = (val);                                                \
    } while (0)

/* ---- JS strings (UTF-16 code units) ---------------------------------- */

typedef uint16_t u16;

typedef struct {
    const u16 *s;
    size_t n;
} js;

typedef struct {
    u16 *s;
    size_t n, cap;
    arena *a;
} jsb;

static const js JS_EMPTY = { NULL, 0 };

static void jsb_init(jsb *b, arena *a)
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

static void jsb_putc(jsb *b, u16 c)
{
    jsb_reserve(b, 1);
    b->s[b->n++] = c;
}

static void jsb_put(jsb *b, js s)
{
    if (!s.n) return;
    jsb_reserve(b, s.n);
    memcpy(b->s + b->n, s.s, s.n * sizeof(u16));
    b->n += s.n;
}

static void jsb_puta(jsb *b, const char *ascii)
{
    size_t n = strlen(ascii);
    jsb_reserve(b, n);
    for (size_t i = 0; i < n; i++) b->s[b->n++] = (unsigned char)ascii[i];
}

static js jsb_js(const jsb *b)
{
    js r = { b->s, b->n };
    return r;
}

static js js_a(arena *a, const char *ascii)
{
    jsb b;
    jsb_init(&b, a);
    jsb_puta(&b, ascii);
    return jsb_js(&b);
}

static js js_sub(js s, size_t from, size_t to)
{
    if (to > s.n) to = s.n;
    if (from > to) from = to;
    js r = { s.s + from, to - from };
    return r;
}

static int js_eq(js a, js b)
{
    return a.n == b.n && (a.n == 0 || memcmp(a.s, b.s, a.n * sizeof(u16)) == 0);
}

static int js_eqa(js a, const char *ascii)
{
    size_t n = strlen(ascii);
    if (a.n != n) return 0;
    for (size_t i = 0; i < n; i++)
        if (a.s[i] != (unsigned char)ascii[i]) return 0;
    return 1;
}

static int js_cmp(js a, js b)
{
    size_t n = a.n < b.n ? a.n : b.n;
    for (size_t i = 0; i < n; i++)
        if (a.s[i] != b.s[i]) return a.s[i] < b.s[i] ? -1 : 1;
    return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
}

static long js_indexof_c(js s, u16 c, size_t from)
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

static int js_startsa(js s, const char *ascii, size_t at)
{
    size_t n = strlen(ascii);
    if (at > s.n || s.n - at < n) return 0;
    for (size_t i = 0; i < n; i++)
        if (s.s[at + i] != (unsigned char)ascii[i]) return 0;
    return 1;
}

static int js_ends(js s, js suf)
{
    if (s.n < suf.n) return 0;
    return suf.n == 0 || memcmp(s.s + s.n - suf.n, suf.s, suf.n * sizeof(u16)) == 0;
}

static js js_cat(arena *a, js x, js y)
{
    jsb b;
    jsb_init(&b, a);
    jsb_reserve(&b, x.n + y.n);
    jsb_put(&b, x);
    jsb_put(&b, y);
    return jsb_js(&b);
}

static js js_cat3(arena *a, js x, js y, js z)
{
    jsb b;
    jsb_init(&b, a);
    jsb_reserve(&b, x.n + y.n + z.n);
    jsb_put(&b, x);
    jsb_put(&b, y);
    jsb_put(&b, z);
    return jsb_js(&b);
}

/* a vector of JS strings */
typedef struct {
    js *v;
    size_t n, cap;
} jsvec;

static void jsvec_push(arena *a, jsvec *v, js s)
{
    AVEC_PUSH(a, v->v, v->n, v->cap, s);
}

/* JS WhiteSpace or LineTerminator (String.prototype.trim, \s) */
static int js_is_space(uint32_t c)
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

static js js_trim(js s)
{
    size_t b = 0, e = s.n;
    while (b < e && js_is_space(s.s[b])) b++;
    while (e > b && js_is_space(s.s[e - 1])) e--;
    return js_sub(s, b, e);
}

/* split on a single code unit (String.prototype.split with a one-char string) */
static jsvec js_split_c(arena *a, js s, u16 c)
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
static jsvec js_split_s(arena *a, js s, js sep)
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
static jsvec js_split_slashes(arena *a, js s)
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
static jsvec js_split_lines(arena *a, js s)
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

static js js_join(arena *a, const js *parts, size_t n, js sep)
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
static js js_replace_all_lit(arena *a, js s, js from, js to)
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
static int utf8_valid(const unsigned char *p, size_t n)
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
static size_t utf8_sanitize(const unsigned char *p, size_t n, unsigned char *o)
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
static char *utf8_sanitize_str(const char *s)
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

static js js_from_utf8(arena *a, const char *s)
{
    return js_from_utf8n(a, s, strlen(s));
}

/* UTF-16 -> UTF-8; lone surrogates become U+FFFD (as Buffer.from(string)). */
static char *js_to_utf8(arena *a, js s)
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

/* ===================================================================== */
/* 2. ECMAScript regular expressions                                      */
/* ===================================================================== */
/*
 * Enough of ES2023 RegExp (with the Annex B web-compatibility grammar) for the
 * expressions the ported libraries generate: alternation, (capturing,
 * non-capturing, named) groups, look-ahead/behind, greedy and lazy
 * quantifiers, classes, escapes, backreferences, ^ $ \b, flags i and u.
 * Matching is backtracking over UTF-16 code units (code points with u).
 */

enum {
    R_CHAR, R_ANY, R_CLASS, R_BOL, R_EOL, R_WORDB, R_NWORDB,
    R_GROUP, R_LOOK, R_BACKREF, R_REPEAT, R_ALT
};

/* \p{..} property ids used by minimatch's POSIX classes */
enum { P_L = 1, P_NL, P_ND, P_ZS, P_CC, P_Z, P_C, P_LL, P_P, P_LU, P_PC };

typedef struct {
    uint32_t lo, hi;
} rrange;

typedef struct {
    rrange *r;
    size_t nr, capr;
    int *props; /* negative = \P{} */
    size_t np, capp;
    int neg;
} rclass;

typedef struct rnode rnode;
struct rnode {
    int type;
    rnode *next;
    uint32_t c;       /* R_CHAR (canonicalised when icase) */
    rclass *cls;      /* R_CLASS */
    rnode **alts;     /* R_ALT */
    size_t nalts;
    rnode *body;      /* R_GROUP, R_LOOK, R_REPEAT */
    int idx;          /* R_GROUP capture index (0: non-capturing), R_BACKREF */
    int neg, behind;  /* R_LOOK */
    long min, max;    /* R_REPEAT, max < 0: infinity */
    int greedy;
    int caplo, caphi; /* captures inside a repeat: [caplo, caphi) */
    int simple;       /* R_REPEAT whose body is a single R_CHAR/R_ANY/R_CLASS */
};

typedef struct {
    rnode *root;
    int ngroups; /* number of capturing groups */
    int icase, uni;
    int anchored;
} jsre;

/* Unicode General_Category runs as (first code point << 5 | category), generated from
 * node v20.20.2 (V8 11.3.244.8-node.38, ICU 78.2, Unicode 17.0) \p{gc=..} data.
 * Categories: 0 Cn 1 Lu 2 Ll 3 Lt 4 Lm 5 Lo 6 Mn 7 Mc 8 Me 9 Nd 10 Nl 11 No 12 Pc 13 Pd 14 Ps 15 Pe
 * 16 Pi 17 Pf 18 Po 19 Sm 20 Sc 21 Sk 22 So 23 Zs 24 Zl 25 Zp 26 Cc 27 Cf 28 Cs 29 Co */
static const uint32_t GC_RUNS[4144] = {
    0x1a, 0x417, 0x432, 0x494, 0x4b2, 0x50e, 0x52f, 0x552,
    0x573, 0x592, 0x5ad, 0x5d2, 0x609, 0x752, 0x793, 0x7f2,
    0x821, 0xb6e, 0xb92, 0xbaf, 0xbd5, 0xbec, 0xc15, 0xc22,
    0xf6e, 0xf93, 0xfaf, 0xfd3, 0xffa, 0x1417, 0x1432, 0x1454,
    0x14d6, 0x14f2, 0x1515, 0x1536, 0x1545, 0x1570, 0x1593, 0x15bb,
    0x15d6, 0x15f5, 0x1616, 0x1633, 0x164b, 0x1695, 0x16a2, 0x16d2,
    0x1715, 0x172b, 0x1745, 0x1771, 0x178b, 0x17f2, 0x1801, 0x1af3,
    0x1b01, 0x1be2, 0x1ef3, 0x1f02, 0x2001, 0x2022, 0x2041, 0x2062,
    0x2081, 0x20a2, 0x20c1, 0x20e2, 0x2101, 0x2122, 0x2141, 0x2162,
    0x2181, 0x21a2, 0x21c1, 0x21e2, 0x2201, 0x2222, 0x2241, 0x2262,
    0x2281, 0x22a2, 0x22c1, 0x22e2, 0x2301, 0x2322, 0x2341, 0x2362,
    0x2381, 0x23a2, 0x23c1, 0x23e2, 0x2401, 0x2422, 0x2441, 0x2462,
    0x2481, 0x24a2, 0x24c1, 0x24e2, 0x2501, 0x2522, 0x2541, 0x2562,
    0x2581, 0x25a2, 0x25c1, 0x25e2, 0x2601, 0x2622, 0x2641, 0x2662,
    0x2681, 0x26a2, 0x26c1, 0x26e2, 0x2721, 0x2742, 0x2761, 0x2782,
    0x27a1, 0x27c2, 0x27e1, 0x2802, 0x2821, 0x2842, 0x2861, 0x2882,
    0x28a1, 0x28c2, 0x28e1, 0x2902, 0x2941, 0x2962, 0x2981, 0x29a2,
    0x29c1, 0x29e2, 0x2a01, 0x2a22, 0x2a41, 0x2a62, 0x2a81, 0x2aa2,
    0x2ac1, 0x2ae2, 0x2b01, 0x2b22, 0x2b41, 0x2b62, 0x2b81, 0x2ba2,
    0x2bc1, 0x2be2, 0x2c01, 0x2c22, 0x2c41, 0x2c62, 0x2c81, 0x2ca2,
    0x2cc1, 0x2ce2, 0x2d01, 0x2d22, 0x2d41, 0x2d62, 0x2d81, 0x2da2,
    0x2dc1, 0x2de2, 0x2e01, 0x2e22, 0x2e41, 0x2e62, 0x2e81, 0x2ea2,
    0x2ec1, 0x2ee2, 0x2f01, 0x2f42, 0x2f61, 0x2f82, 0x2fa1, 0x2fc2,
    0x3021, 0x3062, 0x3081, 0x30a2, 0x30c1, 0x3102, 0x3121, 0x3182,
    0x31c1, 0x3242, 0x3261, 0x32a2, 0x32c1, 0x3322, 0x3381, 0x33c2,
    0x33e1, 0x3422, 0x3441, 0x3462, 0x3481, 0x34a2, 0x34c1, 0x3502,
    0x3521, 0x3542, 0x3581, 0x35a2, 0x35c1, 0x3602, 0x3621, 0x3682,
    0x36a1, 0x36c2, 0x36e1, 0x3722, 0x3765, 0x3781, 0x37a2, 0x3805,
    0x3881, 0x38a3, 0x38c2, 0x38e1, 0x3903, 0x3922, 0x3941, 0x3963,
    0x3982, 0x39a1, 0x39c2, 0x39e1, 0x3a02, 0x3a21, 0x3a42, 0x3a61,
    0x3a82, 0x3aa1, 0x3ac2, 0x3ae1, 0x3b02, 0x3b21, 0x3b42, 0x3b61,
    0x3b82, 0x3bc1, 0x3be2, 0x3c01, 0x3c22, 0x3c41, 0x3c62, 0x3c81,
    0x3ca2, 0x3cc1, 0x3ce2, 0x3d01, 0x3d22, 0x3d41, 0x3d62, 0x3d81,
    0x3da2, 0x3dc1, 0x3de2, 0x3e21, 0x3e43, 0x3e62, 0x3e81, 0x3ea2,
    0x3ec1, 0x3f22, 0x3f41, 0x3f62, 0x3f81, 0x3fa2, 0x3fc1, 0x3fe2,
    0x4001, 0x4022, 0x4041, 0x4062, 0x4081, 0x40a2, 0x40c1, 0x40e2,
    0x4101, 0x4122, 0x4141, 0x4162, 0x4181, 0x41a2, 0x41c1, 0x41e2,
    0x4201, 0x4222, 0x4241, 0x4262, 0x4281, 0x42a2, 0x42c1, 0x42e2,
    0x4301, 0x4322, 0x4341, 0x4362, 0x4381, 0x43a2, 0x43c1, 0x43e2,
    0x4401, 0x4422, 0x4441, 0x4462, 0x4481, 0x44a2, 0x44c1, 0x44e2,
    0x4501, 0x4522, 0x4541, 0x4562, 0x4581, 0x45a2, 0x45c1, 0x45e2,
    0x4601, 0x4622, 0x4641, 0x4662, 0x4741, 0x4782, 0x47a1, 0x47e2,
    0x4821, 0x4842, 0x4861, 0x48e2, 0x4901, 0x4922, 0x4941, 0x4962,
    0x4981, 0x49a2, 0x49c1, 0x49e2, 0x5285, 0x52c2, 0x5604, 0x5855,
    0x58c4, 0x5a55, 0x5c04, 0x5cb5, 0x5d84, 0x5db5, 0x5dc4, 0x5df5,
    0x6006, 0x6e01, 0x6e22, 0x6e41, 0x6e62, 0x6e84, 0x6eb5, 0x6ec1,
    0x6ee2, 0x6f00, 0x6f44, 0x6f62, 0x6fd2, 0x6fe1, 0x7000, 0x7095,
    0x70c1, 0x70f2, 0x7101, 0x7160, 0x7181, 0x71a0, 0x71c1, 0x7202,
    0x7221, 0x7440, 0x7461, 0x7582, 0x79e1, 0x7a02, 0x7a41, 0x7aa2,
    0x7b01, 0x7b22, 0x7b41, 0x7b62, 0x7b81, 0x7ba2, 0x7bc1, 0x7be2,
    0x7c01, 0x7c22, 0x7c41, 0x7c62, 0x7c81, 0x7ca2, 0x7cc1, 0x7ce2,
    0x7d01, 0x7d22, 0x7d41, 0x7d62, 0x7d81, 0x7da2, 0x7dc1, 0x7de2,
    0x7e81, 0x7ea2, 0x7ed3, 0x7ee1, 0x7f02, 0x7f21, 0x7f62, 0x7fa1,
    0x8602, 0x8c01, 0x8c22, 0x8c41, 0x8c62, 0x8c81, 0x8ca2, 0x8cc1,
    0x8ce2, 0x8d01, 0x8d22, 0x8d41, 0x8d62, 0x8d81, 0x8da2, 0x8dc1,
    0x8de2, 0x8e01, 0x8e22, 0x8e41, 0x8e62, 0x8e81, 0x8ea2, 0x8ec1,
    0x8ee2, 0x8f01, 0x8f22, 0x8f41, 0x8f62, 0x8f81, 0x8fa2, 0x8fc1,
    0x8fe2, 0x9001, 0x9022, 0x9056, 0x9066, 0x9108, 0x9141, 0x9162,
    0x9181, 0x91a2, 0x91c1, 0x91e2, 0x9201, 0x9222, 0x9241, 0x9262,
    0x9281, 0x92a2, 0x92c1, 0x92e2, 0x9301, 0x9322, 0x9341, 0x9362,
    0x9381, 0x93a2, 0x93c1, 0x93e2, 0x9401, 0x9422, 0x9441, 0x9462,
    0x9481, 0x94a2, 0x94c1, 0x94e2, 0x9501, 0x9522, 0x9541, 0x9562,
    0x9581, 0x95a2, 0x95c1, 0x95e2, 0x9601, 0x9622, 0x9641, 0x9662,
    0x9681, 0x96a2, 0x96c1, 0x96e2, 0x9701, 0x9722, 0x9741, 0x9762,
    0x9781, 0x97a2, 0x97c1, 0x97e2, 0x9801, 0x9842, 0x9861, 0x9882,
    0x98a1, 0x98c2, 0x98e1, 0x9902, 0x9921, 0x9942, 0x9961, 0x9982,
    0x99a1, 0x99c2, 0x9a01, 0x9a22, 0x9a41, 0x9a62, 0x9a81, 0x9aa2,
    0x9ac1, 0x9ae2, 0x9b01, 0x9b22, 0x9b41, 0x9b62, 0x9b81, 0x9ba2,
    0x9bc1, 0x9be2, 0x9c01, 0x9c22, 0x9c41, 0x9c62, 0x9c81, 0x9ca2,
    0x9cc1, 0x9ce2, 0x9d01, 0x9d22, 0x9d41, 0x9d62, 0x9d81, 0x9da2,
    0x9dc1, 0x9de2, 0x9e01, 0x9e22, 0x9e41, 0x9e62, 0x9e81, 0x9ea2,
    0x9ec1, 0x9ee2, 0x9f01, 0x9f22, 0x9f41, 0x9f62, 0x9f81, 0x9fa2,
    0x9fc1, 0x9fe2, 0xa001, 0xa022, 0xa041, 0xa062, 0xa081, 0xa0a2,
    0xa0c1, 0xa0e2, 0xa101, 0xa122, 0xa141, 0xa162, 0xa181, 0xa1a2,
    0xa1c1, 0xa1e2, 0xa201, 0xa222, 0xa241, 0xa262, 0xa281, 0xa2a2,
    0xa2c1, 0xa2e2, 0xa301, 0xa322, 0xa341, 0xa362, 0xa381, 0xa3a2,
    0xa3c1, 0xa3e2, 0xa401, 0xa422, 0xa441, 0xa462, 0xa481, 0xa4a2,
    0xa4c1, 0xa4e2, 0xa501, 0xa522, 0xa541, 0xa562, 0xa581, 0xa5a2,
    0xa5c1, 0xa5e2, 0xa600, 0xa621, 0xaae0, 0xab24, 0xab52, 0xac02,
    0xb132, 0xb14d, 0xb160, 0xb1b6, 0xb1f4, 0xb200, 0xb226, 0xb7cd,
    0xb7e6, 0xb812, 0xb826, 0xb872, 0xb886, 0xb8d2, 0xb8e6, 0xb900,
    0xba05, 0xbd60, 0xbde5, 0xbe72, 0xbea0, 0xc01b, 0xc0d3, 0xc132,
    0xc174, 0xc192, 0xc1d6, 0xc206, 0xc372, 0xc39b, 0xc3b2, 0xc405,
    0xc804, 0xc825, 0xc966, 0xcc09, 0xcd52, 0xcdc5, 0xce06, 0xce25,
    0xda92, 0xdaa5, 0xdac6, 0xdbbb, 0xdbd6, 0xdbe6, 0xdca4, 0xdce6,
    0xdd36, 0xdd46, 0xddc5, 0xde09, 0xdf45, 0xdfb6, 0xdfe5, 0xe012,
    0xe1c0, 0xe1fb, 0xe205, 0xe226, 0xe245, 0xe606, 0xe960, 0xe9a5,
    0xf4c6, 0xf625, 0xf640, 0xf809, 0xf945, 0xfd66, 0xfe84, 0xfed6,
    0xfef2, 0xff44, 0xff60, 0xffa6, 0xffd4, 0x10005, 0x102c6, 0x10344,
    0x10366, 0x10484, 0x104a6, 0x10504, 0x10526, 0x105c0, 0x10612, 0x107e0,
    0x10805, 0x10b26, 0x10b80, 0x10bd2, 0x10be0, 0x10c05, 0x10d60, 0x10e05,
    0x11115, 0x11125, 0x1121b, 0x11240, 0x112e6, 0x11405, 0x11924, 0x11946,
    0x11c5b, 0x11c66, 0x12067, 0x12085, 0x12746, 0x12767, 0x12786, 0x127a5,
    0x127c7, 0x12826, 0x12927, 0x129a6, 0x129c7, 0x12a05, 0x12a26, 0x12b05,
    0x12c46, 0x12c92, 0x12cc9, 0x12e12, 0x12e24, 0x12e45, 0x13026, 0x13047,
    0x13080, 0x130a5, 0x131a0, 0x131e5, 0x13220, 0x13265, 0x13520, 0x13545,
    0x13620, 0x13645, 0x13660, 0x136c5, 0x13740, 0x13786, 0x137a5, 0x137c7,
    0x13826, 0x138a0, 0x138e7, 0x13920, 0x13967, 0x139a6, 0x139c5, 0x139e0,
    0x13ae7, 0x13b00, 0x13b85, 0x13bc0, 0x13be5, 0x13c46, 0x13c80, 0x13cc9,
    0x13e05, 0x13e54, 0x13e8b, 0x13f56, 0x13f74, 0x13f85, 0x13fb2, 0x13fc6,
    0x13fe0, 0x14026, 0x14067, 0x14080, 0x140a5, 0x14160, 0x141e5, 0x14220,
    0x14265, 0x14520, 0x14545, 0x14620, 0x14645, 0x14680, 0x146a5, 0x146e0,
    0x14705, 0x14740, 0x14786, 0x147a0, 0x147c7, 0x14826, 0x14860, 0x148e6,
    0x14920, 0x14966, 0x149c0, 0x14a26, 0x14a40, 0x14b25, 0x14ba0, 0x14bc5,
    0x14be0, 0x14cc9, 0x14e06, 0x14e45, 0x14ea6, 0x14ed2, 0x14ee0, 0x15026,
    0x15067, 0x15080, 0x150a5, 0x151c0, 0x151e5, 0x15240, 0x15265, 0x15520,
    0x15545, 0x15620, 0x15645, 0x15680, 0x156a5, 0x15740, 0x15786, 0x157a5,
    0x157c7, 0x15826, 0x158c0, 0x158e6, 0x15927, 0x15940, 0x15967, 0x159a6,
    0x159c0, 0x15a05, 0x15a20, 0x15c05, 0x15c46, 0x15c80, 0x15cc9, 0x15e12,
    0x15e34, 0x15e40, 0x15f25, 0x15f46, 0x16000, 0x16026, 0x16047, 0x16080,
    0x160a5, 0x161a0, 0x161e5, 0x16220, 0x16265, 0x16520, 0x16545, 0x16620,
    0x16645, 0x16680, 0x166a5, 0x16740, 0x16786, 0x167a5, 0x167c7, 0x167e6,
    0x16807, 0x16826, 0x168a0, 0x168e7, 0x16920, 0x16967, 0x169a6, 0x169c0,
    0x16aa6, 0x16ae7, 0x16b00, 0x16b85, 0x16bc0, 0x16be5, 0x16c46, 0x16c80,
    0x16cc9, 0x16e16, 0x16e25, 0x16e4b, 0x16f00, 0x17046, 0x17065, 0x17080,
    0x170a5, 0x17160, 0x171c5, 0x17220, 0x17245, 0x172c0, 0x17325, 0x17360,
    0x17385, 0x173a0, 0x173c5, 0x17400, 0x17465, 0x174a0, 0x17505, 0x17560,
    0x175c5, 0x17740, 0x177c7, 0x17806, 0x17827, 0x17860, 0x178c7, 0x17920,
    0x17947, 0x179a6, 0x179c0, 0x17a05, 0x17a20, 0x17ae7, 0x17b00, 0x17cc9,
    0x17e0b, 0x17e76, 0x17f34, 0x17f56, 0x17f60, 0x18006, 0x18027, 0x18086,
    0x180a5, 0x181a0, 0x181c5, 0x18220, 0x18245, 0x18520, 0x18545, 0x18740,
    0x18786, 0x187a5, 0x187c6, 0x18827, 0x188a0, 0x188c6, 0x18920, 0x18946,
    0x189c0, 0x18aa6, 0x18ae0, 0x18b05, 0x18b60, 0x18b85, 0x18bc0, 0x18c05,
    0x18c46, 0x18c80, 0x18cc9, 0x18e00, 0x18ef2, 0x18f0b, 0x18ff6, 0x19005,
    0x19026, 0x19047, 0x19092, 0x190a5, 0x191a0, 0x191c5, 0x19220, 0x19245,
    0x19520, 0x19545, 0x19680, 0x196a5, 0x19740, 0x19786, 0x197a5, 0x197c7,
    0x197e6, 0x19807, 0x198a0, 0x198c6, 0x198e7, 0x19920, 0x19947, 0x19986,
    0x199c0, 0x19aa7, 0x19ae0, 0x19b85, 0x19be0, 0x19c05, 0x19c46, 0x19c80,
    0x19cc9, 0x19e00, 0x19e25, 0x19e67, 0x19e80, 0x1a006, 0x1a047, 0x1a085,
    0x1a1a0, 0x1a1c5, 0x1a220, 0x1a245, 0x1a766, 0x1a7a5, 0x1a7c7, 0x1a826,
    0x1a8a0, 0x1a8c7, 0x1a920, 0x1a947, 0x1a9a6, 0x1a9c5, 0x1a9f6, 0x1aa00,
    0x1aa85, 0x1aae7, 0x1ab0b, 0x1abe5, 0x1ac46, 0x1ac80, 0x1acc9, 0x1ae0b,
    0x1af36, 0x1af45, 0x1b000, 0x1b026, 0x1b047, 0x1b080, 0x1b0a5, 0x1b2e0,
    0x1b345, 0x1b640, 0x1b665, 0x1b780, 0x1b7a5, 0x1b7c0, 0x1b805, 0x1b8e0,
    0x1b946, 0x1b960, 0x1b9e7, 0x1ba46, 0x1baa0, 0x1bac6, 0x1bae0, 0x1bb07,
    0x1bc00, 0x1bcc9, 0x1be00, 0x1be47, 0x1be92, 0x1bea0, 0x1c025, 0x1c626,
    0x1c645, 0x1c686, 0x1c760, 0x1c7f4, 0x1c805, 0x1c8c4, 0x1c8e6, 0x1c9f2,
    0x1ca09, 0x1cb52, 0x1cb80, 0x1d025, 0x1d060, 0x1d085, 0x1d0a0, 0x1d0c5,
    0x1d160, 0x1d185, 0x1d480, 0x1d4a5, 0x1d4c0, 0x1d4e5, 0x1d626, 0x1d645,
    0x1d686, 0x1d7a5, 0x1d7c0, 0x1d805, 0x1d8a0, 0x1d8c4, 0x1d8e0, 0x1d906,
    0x1d9e0, 0x1da09, 0x1db40, 0x1db85, 0x1dc00, 0x1e005, 0x1e036, 0x1e092,
    0x1e276, 0x1e292, 0x1e2b6, 0x1e306, 0x1e356, 0x1e409, 0x1e54b, 0x1e696,
    0x1e6a6, 0x1e6d6, 0x1e6e6, 0x1e716, 0x1e726, 0x1e74e, 0x1e76f, 0x1e78e,
    0x1e7af, 0x1e7c7, 0x1e805, 0x1e900, 0x1e925, 0x1eda0, 0x1ee26, 0x1efe7,
    0x1f006, 0x1f0b2, 0x1f0c6, 0x1f105, 0x1f1a6, 0x1f300, 0x1f326, 0x1f7a0,
    0x1f7d6, 0x1f8c6, 0x1f8f6, 0x1f9a0, 0x1f9d6, 0x1fa12, 0x1fab6, 0x1fb32,
    0x1fb60, 0x20005, 0x20567, 0x205a6, 0x20627, 0x20646, 0x20707, 0x20726,
    0x20767, 0x207a6, 0x207e5, 0x20809, 0x20952, 0x20a05, 0x20ac7, 0x20b06,
    0x20b45, 0x20bc6, 0x20c25, 0x20c47, 0x20ca5, 0x20ce7, 0x20dc5, 0x20e26,
    0x20ea5, 0x21046, 0x21067, 0x210a6, 0x210e7, 0x211a6, 0x211c5, 0x211e7,
    0x21209, 0x21347, 0x213a6, 0x213d6, 0x21401, 0x218c0, 0x218e1, 0x21900,
    0x219a1, 0x219c0, 0x21a02, 0x21f72, 0x21f84, 0x21fa2, 0x22005, 0x24920,
    0x24945, 0x249c0, 0x24a05, 0x24ae0, 0x24b05, 0x24b20, 0x24b45, 0x24bc0,
    0x24c05, 0x25120, 0x25145, 0x251c0, 0x25205, 0x25620, 0x25645, 0x256c0,
    0x25705, 0x257e0, 0x25805, 0x25820, 0x25845, 0x258c0, 0x25905, 0x25ae0,
    0x25b05, 0x26220, 0x26245, 0x262c0, 0x26305, 0x26b60, 0x26ba6, 0x26c12,
    0x26d2b, 0x26fa0, 0x27005, 0x27216, 0x27340, 0x27401, 0x27ec0, 0x27f02,
    0x27fc0, 0x2800d, 0x28025, 0x2cdb6, 0x2cdd2, 0x2cde5, 0x2d017, 0x2d025,
    0x2d36e, 0x2d38f, 0x2d3a0, 0x2d405, 0x2dd72, 0x2ddca, 0x2de25, 0x2df20,
    0x2e005, 0x2e246, 0x2e2a7, 0x2e2c0, 0x2e3e5, 0x2e646, 0x2e687, 0x2e6b2,
    0x2e6e0, 0x2e805, 0x2ea46, 0x2ea80, 0x2ec05, 0x2eda0, 0x2edc5, 0x2ee20,
    0x2ee46, 0x2ee80, 0x2f005, 0x2f686, 0x2f6c7, 0x2f6e6, 0x2f7c7, 0x2f8c6,
    0x2f8e7, 0x2f926, 0x2fa92, 0x2fae4, 0x2fb12, 0x2fb74, 0x2fb85, 0x2fba6,
    0x2fbc0, 0x2fc09, 0x2fd40, 0x2fe0b, 0x2ff40, 0x30012, 0x300cd, 0x300f2,
    0x30166, 0x301db, 0x301e6, 0x30209, 0x30340, 0x30405, 0x30864, 0x30885,
    0x30f20, 0x31005, 0x310a6, 0x310e5, 0x31526, 0x31545, 0x31560, 0x31605,
    0x31ec0, 0x32005, 0x323e0, 0x32406, 0x32467, 0x324e6, 0x32527, 0x32580,
    0x32607, 0x32646, 0x32667, 0x32726, 0x32780, 0x32816, 0x32820, 0x32892,
    0x328c9, 0x32a05, 0x32dc0, 0x32e05, 0x32ea0, 0x33005, 0x33580, 0x33605,
    0x33940, 0x33a09, 0x33b4b, 0x33b60, 0x33bd6, 0x34005, 0x342e6, 0x34327,
    0x34366, 0x34380, 0x343d2, 0x34405, 0x34aa7, 0x34ac6, 0x34ae7, 0x34b06,
    0x34be0, 0x34c06, 0x34c27, 0x34c46, 0x34c67, 0x34ca6, 0x34da7, 0x34e66,
    0x34fa0, 0x34fe6, 0x35009, 0x35140, 0x35209, 0x35340, 0x35412, 0x354e4,
    0x35512, 0x355c0, 0x35606, 0x357c8, 0x357e6, 0x35bc0, 0x35c06, 0x35d80,
    0x36006, 0x36087, 0x360a5, 0x36686, 0x366a7, 0x366c6, 0x36767, 0x36786,
    0x367a7, 0x36846, 0x36867, 0x368a5, 0x369a0, 0x369d2, 0x36a09, 0x36b52,
    0x36c36, 0x36d66, 0x36e96, 0x36fb2, 0x37006, 0x37047, 0x37065, 0x37427,
    0x37446, 0x374c7, 0x37506, 0x37547, 0x37566, 0x375c5, 0x37609, 0x37745,
    0x37cc6, 0x37ce7, 0x37d06, 0x37d47, 0x37da6, 0x37dc7, 0x37de6, 0x37e47,
    0x37e80, 0x37f92, 0x38005, 0x38487, 0x38586, 0x38687, 0x386c6, 0x38700,
    0x38772, 0x38809, 0x38940, 0x389a5, 0x38a09, 0x38b45, 0x38f04, 0x38fd2,
    0x39002, 0x39121, 0x39142, 0x39160, 0x39201, 0x39760, 0x397a1, 0x39812,
    0x39900, 0x39a06, 0x39a72, 0x39a86, 0x39c27, 0x39c46, 0x39d25, 0x39da6,
    0x39dc5, 0x39e86, 0x39ea5, 0x39ee7, 0x39f06, 0x39f45, 0x39f60, 0x3a002,
    0x3a584, 0x3ad62, 0x3af04, 0x3af22, 0x3b364, 0x3b806, 0x3c001, 0x3c022,
    0x3c041, 0x3c062, 0x3c081, 0x3c0a2, 0x3c0c1, 0x3c0e2, 0x3c101, 0x3c122,
    0x3c141, 0x3c162, 0x3c181, 0x3c1a2, 0x3c1c1, 0x3c1e2, 0x3c201, 0x3c222,
    0x3c241, 0x3c262, 0x3c281, 0x3c2a2, 0x3c2c1, 0x3c2e2, 0x3c301, 0x3c322,
    0x3c341, 0x3c362, 0x3c381, 0x3c3a2, 0x3c3c1, 0x3c3e2, 0x3c401, 0x3c422,
    0x3c441, 0x3c462, 0x3c481, 0x3c4a2, 0x3c4c1, 0x3c4e2, 0x3c501, 0x3c522,
    0x3c541, 0x3c562, 0x3c581, 0x3c5a2, 0x3c5c1, 0x3c5e2, 0x3c601, 0x3c622,
    0x3c641, 0x3c662, 0x3c681, 0x3c6a2, 0x3c6c1, 0x3c6e2, 0x3c701, 0x3c722,
    0x3c741, 0x3c762, 0x3c781, 0x3c7a2, 0x3c7c1, 0x3c7e2, 0x3c801, 0x3c822,
    0x3c841, 0x3c862, 0x3c881, 0x3c8a2, 0x3c8c1, 0x3c8e2, 0x3c901, 0x3c922,
    0x3c941, 0x3c962, 0x3c981, 0x3c9a2, 0x3c9c1, 0x3c9e2, 0x3ca01, 0x3ca22,
    0x3ca41, 0x3ca62, 0x3ca81, 0x3caa2, 0x3cac1, 0x3cae2, 0x3cb01, 0x3cb22,
    0x3cb41, 0x3cb62, 0x3cb81, 0x3cba2, 0x3cbc1, 0x3cbe2, 0x3cc01, 0x3cc22,
    0x3cc41, 0x3cc62, 0x3cc81, 0x3cca2, 0x3ccc1, 0x3cce2, 0x3cd01, 0x3cd22,
    0x3cd41, 0x3cd62, 0x3cd81, 0x3cda2, 0x3cdc1, 0x3cde2, 0x3ce01, 0x3ce22,
    0x3ce41, 0x3ce62, 0x3ce81, 0x3cea2, 0x3cec1, 0x3cee2, 0x3cf01, 0x3cf22,
    0x3cf41, 0x3cf62, 0x3cf81, 0x3cfa2, 0x3cfc1, 0x3cfe2, 0x3d001, 0x3d022,
    0x3d041, 0x3d062, 0x3d081, 0x3d0a2, 0x3d0c1, 0x3d0e2, 0x3d101, 0x3d122,
    0x3d141, 0x3d162, 0x3d181, 0x3d1a2, 0x3d1c1, 0x3d1e2, 0x3d201, 0x3d222,
    0x3d241, 0x3d262, 0x3d281, 0x3d2a2, 0x3d3c1, 0x3d3e2, 0x3d401, 0x3d422,
    0x3d441, 0x3d462, 0x3d481, 0x3d4a2, 0x3d4c1, 0x3d4e2, 0x3d501, 0x3d522,
    0x3d541, 0x3d562, 0x3d581, 0x3d5a2, 0x3d5c1, 0x3d5e2, 0x3d601, 0x3d622,
    0x3d641, 0x3d662, 0x3d681, 0x3d6a2, 0x3d6c1, 0x3d6e2, 0x3d701, 0x3d722,
    0x3d741, 0x3d762, 0x3d781, 0x3d7a2, 0x3d7c1, 0x3d7e2, 0x3d801, 0x3d822,
    0x3d841, 0x3d862, 0x3d881, 0x3d8a2, 0x3d8c1, 0x3d8e2, 0x3d901, 0x3d922,
    0x3d941, 0x3d962, 0x3d981, 0x3d9a2, 0x3d9c1, 0x3d9e2, 0x3da01, 0x3da22,
    0x3da41, 0x3da62, 0x3da81, 0x3daa2, 0x3dac1, 0x3dae2, 0x3db01, 0x3db22,
    0x3db41, 0x3db62, 0x3db81, 0x3dba2, 0x3dbc1, 0x3dbe2, 0x3dc01, 0x3dc22,
    0x3dc41, 0x3dc62, 0x3dc81, 0x3dca2, 0x3dcc1, 0x3dce2, 0x3dd01, 0x3dd22,
    0x3dd41, 0x3dd62, 0x3dd81, 0x3dda2, 0x3ddc1, 0x3dde2, 0x3de01, 0x3de22,
    0x3de41, 0x3de62, 0x3de81, 0x3dea2, 0x3dec1, 0x3dee2, 0x3df01, 0x3df22,
    0x3df41, 0x3df62, 0x3df81, 0x3dfa2, 0x3dfc1, 0x3dfe2, 0x3e101, 0x3e202,
    0x3e2c0, 0x3e301, 0x3e3c0, 0x3e402, 0x3e501, 0x3e602, 0x3e701, 0x3e802,
    0x3e8c0, 0x3e901, 0x3e9c0, 0x3ea02, 0x3eb00, 0x3eb21, 0x3eb40, 0x3eb61,
    0x3eb80, 0x3eba1, 0x3ebc0, 0x3ebe1, 0x3ec02, 0x3ed01, 0x3ee02, 0x3efc0,
    0x3f002, 0x3f103, 0x3f202, 0x3f303, 0x3f402, 0x3f503, 0x3f602, 0x3f6a0,
    0x3f6c2, 0x3f701, 0x3f783, 0x3f7b5, 0x3f7c2, 0x3f7f5, 0x3f842, 0x3f8a0,
    0x3f8c2, 0x3f901, 0x3f983, 0x3f9b5, 0x3fa02, 0x3fa80, 0x3fac2, 0x3fb01,
    0x3fb80, 0x3fbb5, 0x3fc02, 0x3fd01, 0x3fdb5, 0x3fe00, 0x3fe42, 0x3fea0,
    0x3fec2, 0x3ff01, 0x3ff83, 0x3ffb5, 0x3ffe0, 0x40017, 0x4017b, 0x4020d,
    0x402d2, 0x40310, 0x40331, 0x4034e, 0x40370, 0x403b1, 0x403ce, 0x403f0,
    0x40412, 0x40518, 0x40539, 0x4055b, 0x405f7, 0x40612, 0x40730, 0x40751,
    0x40772, 0x407ec, 0x40832, 0x40893, 0x408ae, 0x408cf, 0x408f2, 0x40a53,
    0x40a72, 0x40a8c, 0x40ab2, 0x40bf7, 0x40c1b, 0x40ca0, 0x40cdb, 0x40e0b,
    0x40e24, 0x40e40, 0x40e8b, 0x40f53, 0x40fae, 0x40fcf, 0x40fe4, 0x4100b,
    0x41153, 0x411ae, 0x411cf, 0x411e0, 0x41204, 0x413a0, 0x41414, 0x41840,
    0x41a06, 0x41ba8, 0x41c26, 0x41c48, 0x41ca6, 0x41e20, 0x42016, 0x42041,
    0x42076, 0x420e1, 0x42116, 0x42142, 0x42161, 0x421c2, 0x42201, 0x42262,
    0x42296, 0x422a1, 0x422d6, 0x42313, 0x42321, 0x423d6, 0x42481, 0x424b6,
    0x424c1, 0x424f6, 0x42501, 0x42536, 0x42541, 0x425d6, 0x425e2, 0x42601,
    0x42682, 0x426a5, 0x42722, 0x42756, 0x42782, 0x427c1, 0x42813, 0x428a1,
    0x428c2, 0x42956, 0x42973, 0x42996, 0x429c2, 0x429f6, 0x42a0b, 0x42c0a,
    0x43061, 0x43082, 0x430aa, 0x4312b, 0x43156, 0x43180, 0x43213, 0x432b6,
    0x43353, 0x43396, 0x43413, 0x43436, 0x43473, 0x43496, 0x434d3, 0x434f6,
    0x435d3, 0x435f6, 0x439d3, 0x43a16, 0x43a53, 0x43a76, 0x43a93, 0x43ab6,
    0x43e93, 0x46016, 0x4610e, 0x4612f, 0x4614e, 0x4616f, 0x46196, 0x46413,
    0x46456, 0x4652e, 0x4654f, 0x46576, 0x46f93, 0x46fb6, 0x47373, 0x47696,
    0x47b93, 0x47c56, 0x48540, 0x48816, 0x48960, 0x48c0b, 0x49396, 0x49d4b,
    0x4a016, 0x4b6f3, 0x4b716, 0x4b833, 0x4b856, 0x4bf13, 0x4c016, 0x4cdf3,
    0x4ce16, 0x4ed0e, 0x4ed2f, 0x4ed4e, 0x4ed6f, 0x4ed8e, 0x4edaf, 0x4edce,
    0x4edef, 0x4ee0e, 0x4ee2f, 0x4ee4e, 0x4ee6f, 0x4ee8e, 0x4eeaf, 0x4eecb,
    0x4f296, 0x4f813, 0x4f8ae, 0x4f8cf, 0x4f8f3, 0x4fcce, 0x4fcef, 0x4fd0e,
    0x4fd2f, 0x4fd4e, 0x4fd6f, 0x4fd8e, 0x4fdaf, 0x4fdce, 0x4fdef, 0x4fe13,
    0x50016, 0x52013, 0x5306e, 0x5308f, 0x530ae, 0x530cf, 0x530ee, 0x5310f,
    0x5312e, 0x5314f, 0x5316e, 0x5318f, 0x531ae, 0x531cf, 0x531ee, 0x5320f,
    0x5322e, 0x5324f, 0x5326e, 0x5328f, 0x532ae, 0x532cf, 0x532ee, 0x5330f,
    0x53333, 0x53b0e, 0x53b2f, 0x53b4e, 0x53b6f, 0x53b93, 0x53f8e, 0x53faf,
    0x53fd3, 0x56016, 0x56613, 0x568b6, 0x568f3, 0x569b6, 0x56e80, 0x56ed6,
    0x58001, 0x58602, 0x58c01, 0x58c22, 0x58c41, 0x58ca2, 0x58ce1, 0x58d02,
    0x58d21, 0x58d42, 0x58d61, 0x58d82, 0x58da1, 0x58e22, 0x58e41, 0x58e62,
    0x58ea1, 0x58ec2, 0x58f84, 0x58fc1, 0x59022, 0x59041, 0x59062, 0x59081,
    0x590a2, 0x590c1, 0x590e2, 0x59101, 0x59122, 0x59141, 0x59162, 0x59181,
    0x591a2, 0x591c1, 0x591e2, 0x59201, 0x59222, 0x59241, 0x59262, 0x59281,
    0x592a2, 0x592c1, 0x592e2, 0x59301, 0x59322, 0x59341, 0x59362, 0x59381,
    0x593a2, 0x593c1, 0x593e2, 0x59401, 0x59422, 0x59441, 0x59462, 0x59481,
    0x594a2, 0x594c1, 0x594e2, 0x59501, 0x59522, 0x59541, 0x59562, 0x59581,
    0x595a2, 0x595c1, 0x595e2, 0x59601, 0x59622, 0x59641, 0x59662, 0x59681,
    0x596a2, 0x596c1, 0x596e2, 0x59701, 0x59722, 0x59741, 0x59762, 0x59781,
    0x597a2, 0x597c1, 0x597e2, 0x59801, 0x59822, 0x59841, 0x59862, 0x59881,
    0x598a2, 0x598c1, 0x598e2, 0x59901, 0x59922, 0x59941, 0x59962, 0x59981,
    0x599a2, 0x599c1, 0x599e2, 0x59a01, 0x59a22, 0x59a41, 0x59a62, 0x59a81,
    0x59aa2, 0x59ac1, 0x59ae2, 0x59b01, 0x59b22, 0x59b41, 0x59b62, 0x59b81,
    0x59ba2, 0x59bc1, 0x59be2, 0x59c01, 0x59c22, 0x59c41, 0x59c62, 0x59cb6,
    0x59d61, 0x59d82, 0x59da1, 0x59dc2, 0x59de6, 0x59e41, 0x59e62, 0x59e80,
    0x59f32, 0x59fab, 0x59fd2, 0x5a002, 0x5a4c0, 0x5a4e2, 0x5a500, 0x5a5a2,
    0x5a5c0, 0x5a605, 0x5ad00, 0x5ade4, 0x5ae12, 0x5ae20, 0x5afe6, 0x5b005,
    0x5b2e0, 0x5b405, 0x5b4e0, 0x5b505, 0x5b5e0, 0x5b605, 0x5b6e0, 0x5b705,
    0x5b7e0, 0x5b805, 0x5b8e0, 0x5b905, 0x5b9e0, 0x5ba05, 0x5bae0, 0x5bb05,
    0x5bbe0, 0x5bc06, 0x5c012, 0x5c050, 0x5c071, 0x5c090, 0x5c0b1, 0x5c0d2,
    0x5c130, 0x5c151, 0x5c172, 0x5c190, 0x5c1b1, 0x5c1d2, 0x5c2ed, 0x5c312,
    0x5c34d, 0x5c372, 0x5c390, 0x5c3b1, 0x5c3d2, 0x5c410, 0x5c431, 0x5c44e,
    0x5c46f, 0x5c48e, 0x5c4af, 0x5c4ce, 0x5c4ef, 0x5c50e, 0x5c52f, 0x5c552,
    0x5c5e4, 0x5c612, 0x5c74d, 0x5c792, 0x5c80d, 0x5c832, 0x5c84e, 0x5c872,
    0x5ca16, 0x5ca52, 0x5caae, 0x5cacf, 0x5caee, 0x5cb0f, 0x5cb2e, 0x5cb4f,
    0x5cb6e, 0x5cb8f, 0x5cbad, 0x5cbc0, 0x5d016, 0x5d340, 0x5d376, 0x5de80,
    0x5e016, 0x5fac0, 0x5fe16, 0x60017, 0x60032, 0x60096, 0x600a4, 0x600c5,
    0x600ea, 0x6010e, 0x6012f, 0x6014e, 0x6016f, 0x6018e, 0x601af, 0x601ce,
    0x601ef, 0x6020e, 0x6022f, 0x60256, 0x6028e, 0x602af, 0x602ce, 0x602ef,
    0x6030e, 0x6032f, 0x6034e, 0x6036f, 0x6038d, 0x603ae, 0x603cf, 0x60416,
    0x6042a, 0x60546, 0x605c7, 0x6060d, 0x60624, 0x606d6, 0x6070a, 0x60764,
    0x60785, 0x607b2, 0x607d6, 0x60800, 0x60825, 0x612e0, 0x61326, 0x61375,
    0x613a4, 0x613e5, 0x6140d, 0x61425, 0x61f72, 0x61f84, 0x61fe5, 0x62000,
    0x620a5, 0x62600, 0x62625, 0x631e0, 0x63216, 0x6324b, 0x632d6, 0x63405,
    0x63816, 0x63cc0, 0x63df6, 0x63e05, 0x64016, 0x643e0, 0x6440b, 0x64556,
    0x6490b, 0x64a16, 0x64a2b, 0x64c16, 0x6500b, 0x65156, 0x6562b, 0x65816,
    0x68005, 0x9b816, 0x9c005, 0x1402a4, 0x1402c5, 0x1491a0, 0x149216, 0x1498e0,
    0x149a05, 0x149f04, 0x149fd2, 0x14a005, 0x14c184, 0x14c1b2, 0x14c205, 0x14c409,
    0x14c545, 0x14c580, 0x14c801, 0x14c822, 0x14c841, 0x14c862, 0x14c881, 0x14c8a2,
    0x14c8c1, 0x14c8e2, 0x14c901, 0x14c922, 0x14c941, 0x14c962, 0x14c981, 0x14c9a2,
    0x14c9c1, 0x14c9e2, 0x14ca01, 0x14ca22, 0x14ca41, 0x14ca62, 0x14ca81, 0x14caa2,
    0x14cac1, 0x14cae2, 0x14cb01, 0x14cb22, 0x14cb41, 0x14cb62, 0x14cb81, 0x14cba2,
    0x14cbc1, 0x14cbe2, 0x14cc01, 0x14cc22, 0x14cc41, 0x14cc62, 0x14cc81, 0x14cca2,
    0x14ccc1, 0x14cce2, 0x14cd01, 0x14cd22, 0x14cd41, 0x14cd62, 0x14cd81, 0x14cda2,
    0x14cdc5, 0x14cde6, 0x14ce08, 0x14ce72, 0x14ce86, 0x14cfd2, 0x14cfe4, 0x14d001,
    0x14d022, 0x14d041, 0x14d062, 0x14d081, 0x14d0a2, 0x14d0c1, 0x14d0e2, 0x14d101,
    0x14d122, 0x14d141, 0x14d162, 0x14d181, 0x14d1a2, 0x14d1c1, 0x14d1e2, 0x14d201,
    0x14d222, 0x14d241, 0x14d262, 0x14d281, 0x14d2a2, 0x14d2c1, 0x14d2e2, 0x14d301,
    0x14d322, 0x14d341, 0x14d362, 0x14d384, 0x14d3c6, 0x14d405, 0x14dcca, 0x14de06,
    0x14de52, 0x14df00, 0x14e015, 0x14e2e4, 0x14e415, 0x14e441, 0x14e462, 0x14e481,
    0x14e4a2, 0x14e4c1, 0x14e4e2, 0x14e501, 0x14e522, 0x14e541, 0x14e562, 0x14e581,
    0x14e5a2, 0x14e5c1, 0x14e5e2, 0x14e641, 0x14e662, 0x14e681, 0x14e6a2, 0x14e6c1,
    0x14e6e2, 0x14e701, 0x14e722, 0x14e741, 0x14e762, 0x14e781, 0x14e7a2, 0x14e7c1,
    0x14e7e2, 0x14e801, 0x14e822, 0x14e841, 0x14e862, 0x14e881, 0x14e8a2, 0x14e8c1,
    0x14e8e2, 0x14e901, 0x14e922, 0x14e941, 0x14e962, 0x14e981, 0x14e9a2, 0x14e9c1,
    0x14e9e2, 0x14ea01, 0x14ea22, 0x14ea41, 0x14ea62, 0x14ea81, 0x14eaa2, 0x14eac1,
    0x14eae2, 0x14eb01, 0x14eb22, 0x14eb41, 0x14eb62, 0x14eb81, 0x14eba2, 0x14ebc1,
    0x14ebe2, 0x14ec01, 0x14ec22, 0x14ec41, 0x14ec62, 0x14ec81, 0x14eca2, 0x14ecc1,
    0x14ece2, 0x14ed01, 0x14ed22, 0x14ed41, 0x14ed62, 0x14ed81, 0x14eda2, 0x14edc1,
    0x14ede2, 0x14ee04, 0x14ee22, 0x14ef21, 0x14ef42, 0x14ef61, 0x14ef82, 0x14efa1,
    0x14efe2, 0x14f001, 0x14f022, 0x14f041, 0x14f062, 0x14f081, 0x14f0a2, 0x14f0c1,
    0x14f0e2, 0x14f104, 0x14f135, 0x14f161, 0x14f182, 0x14f1a1, 0x14f1c2, 0x14f1e5,
    0x14f201, 0x14f222, 0x14f241, 0x14f262, 0x14f2c1, 0x14f2e2, 0x14f301, 0x14f322,
    0x14f341, 0x14f362, 0x14f381, 0x14f3a2, 0x14f3c1, 0x14f3e2, 0x14f401, 0x14f422,
    0x14f441, 0x14f462, 0x14f481, 0x14f4a2, 0x14f4c1, 0x14f4e2, 0x14f501, 0x14f522,
    0x14f541, 0x14f5e2, 0x14f601, 0x14f6a2, 0x14f6c1, 0x14f6e2, 0x14f701, 0x14f722,
    0x14f741, 0x14f762, 0x14f781, 0x14f7a2, 0x14f7c1, 0x14f7e2, 0x14f801, 0x14f822,
    0x14f841, 0x14f862, 0x14f881, 0x14f902, 0x14f921, 0x14f942, 0x14f961, 0x14f9a2,
    0x14f9c1, 0x14f9e2, 0x14fa01, 0x14fa22, 0x14fa41, 0x14fa62, 0x14fa81, 0x14faa2,
    0x14fac1, 0x14fae2, 0x14fb01, 0x14fb22, 0x14fb41, 0x14fb62, 0x14fb81, 0x14fba0,
    0x14fe24, 0x14fea1, 0x14fec2, 0x14fee5, 0x14ff04, 0x14ff42, 0x14ff65, 0x150046,
    0x150065, 0x1500c6, 0x1500e5, 0x150166, 0x150185, 0x150467, 0x1504a6, 0x1504e7,
    0x150516, 0x150586, 0x1505a0, 0x15060b, 0x1506d6, 0x150714, 0x150736, 0x150740,
    0x150805, 0x150e92, 0x150f00, 0x151007, 0x151045, 0x151687, 0x151886, 0x1518c0,
    0x1519d2, 0x151a09, 0x151b40, 0x151c06, 0x151e45, 0x151f12, 0x151f65, 0x151f92,
    0x151fa5, 0x151fe6, 0x152009, 0x152145, 0x1524c6, 0x1525d2, 0x152605, 0x1528e6,
    0x152a47, 0x152a80, 0x152bf2, 0x152c05, 0x152fa0, 0x153006, 0x153067, 0x153085,
    0x153666, 0x153687, 0x1536c6, 0x153747, 0x153786, 0x1537c7, 0x153832, 0x1539c0,
    0x1539e4, 0x153a09, 0x153b40, 0x153bd2, 0x153c05, 0x153ca6, 0x153cc4, 0x153ce5,
    0x153e09, 0x153f45, 0x153fe0, 0x154005, 0x154526, 0x1545e7, 0x154626, 0x154667,
    0x1546a6, 0x1546e0, 0x154805, 0x154866, 0x154885, 0x154986, 0x1549a7, 0x1549c0,
    0x154a09, 0x154b40, 0x154b92, 0x154c05, 0x154e04, 0x154e25, 0x154ef6, 0x154f45,
    0x154f67, 0x154f86, 0x154fa7, 0x154fc5, 0x155606, 0x155625, 0x155646, 0x1556a5,
    0x1556e6, 0x155725, 0x1557c6, 0x155805, 0x155826, 0x155845, 0x155860, 0x155b65,
    0x155ba4, 0x155bd2, 0x155c05, 0x155d67, 0x155d86, 0x155dc7, 0x155e12, 0x155e45,
    0x155e64, 0x155ea7, 0x155ec6, 0x155ee0, 0x156025, 0x1560e0, 0x156125, 0x1561e0,
    0x156225, 0x1562e0, 0x156405, 0x1564e0, 0x156505, 0x1565e0, 0x156602, 0x156b75,
    0x156b84, 0x156c02, 0x156d24, 0x156d55, 0x156d80, 0x156e02, 0x157805, 0x157c67,
    0x157ca6, 0x157cc7, 0x157d06, 0x157d27, 0x157d72, 0x157d87, 0x157da6, 0x157dc0,
    0x157e09, 0x157f40, 0x158005, 0x1af480, 0x1af605, 0x1af8e0, 0x1af965, 0x1aff80,
    0x1b001c, 0x1c001d, 0x1f2005, 0x1f4dc0, 0x1f4e05, 0x1f5b40, 0x1f6002, 0x1f60e0,
    0x1f6262, 0x1f6300, 0x1f63a5, 0x1f63c6, 0x1f63e5, 0x1f6533, 0x1f6545, 0x1f66e0,
    0x1f6705, 0x1f67a0, 0x1f67c5, 0x1f67e0, 0x1f6805, 0x1f6840, 0x1f6865, 0x1f68a0,
    0x1f68c5, 0x1f7655, 0x1f7876, 0x1f7a65, 0x1fa7cf, 0x1fa7ee, 0x1fa816, 0x1faa05,
    0x1fb216, 0x1fb245, 0x1fb916, 0x1fba00, 0x1fbe05, 0x1fbf94, 0x1fbfb6, 0x1fc006,
    0x1fc212, 0x1fc2ee, 0x1fc30f, 0x1fc332, 0x1fc340, 0x1fc406, 0x1fc612, 0x1fc62d,
    0x1fc66c, 0x1fc6ae, 0x1fc6cf, 0x1fc6ee, 0x1fc70f, 0x1fc72e, 0x1fc74f, 0x1fc76e,
    0x1fc78f, 0x1fc7ae, 0x1fc7cf, 0x1fc7ee, 0x1fc80f, 0x1fc82e, 0x1fc84f, 0x1fc86e,
    0x1fc88f, 0x1fc8b2, 0x1fc8ee, 0x1fc90f, 0x1fc932, 0x1fc9ac, 0x1fca12, 0x1fca60,
    0x1fca92, 0x1fcb0d, 0x1fcb2e, 0x1fcb4f, 0x1fcb6e, 0x1fcb8f, 0x1fcbae, 0x1fcbcf,
    0x1fcbf2, 0x1fcc53, 0x1fcc6d, 0x1fcc93, 0x1fcce0, 0x1fcd12, 0x1fcd34, 0x1fcd52,
    0x1fcd80, 0x1fce05, 0x1fcea0, 0x1fcec5, 0x1fdfa0, 0x1fdffb, 0x1fe000, 0x1fe032,
    0x1fe094, 0x1fe0b2, 0x1fe10e, 0x1fe12f, 0x1fe152, 0x1fe173, 0x1fe192, 0x1fe1ad,
    0x1fe1d2, 0x1fe209, 0x1fe352, 0x1fe393, 0x1fe3f2, 0x1fe421, 0x1fe76e, 0x1fe792,
    0x1fe7af, 0x1fe7d5, 0x1fe7ec, 0x1fe815, 0x1fe822, 0x1feb6e, 0x1feb93, 0x1febaf,
    0x1febd3, 0x1febee, 0x1fec0f, 0x1fec32, 0x1fec4e, 0x1fec6f, 0x1fec92, 0x1fecc5,
    0x1fee04, 0x1fee25, 0x1ff3c4, 0x1ff405, 0x1ff7e0, 0x1ff845, 0x1ff900, 0x1ff945,
    0x1ffa00, 0x1ffa45, 0x1ffb00, 0x1ffb45, 0x1ffba0, 0x1ffc14, 0x1ffc53, 0x1ffc75,
    0x1ffc96, 0x1ffcb4, 0x1ffce0, 0x1ffd16, 0x1ffd33, 0x1ffdb6, 0x1ffde0, 0x1fff3b,
    0x1fff96, 0x1fffc0, 0x200005, 0x200180, 0x2001a5, 0x2004e0, 0x200505, 0x200760,
    0x200785, 0x2007c0, 0x2007e5, 0x2009c0, 0x200a05, 0x200bc0, 0x201005, 0x201f60,
    0x202012, 0x202060, 0x2020eb, 0x202680, 0x2026f6, 0x20280a, 0x202eab, 0x202f36,
    0x20314b, 0x203196, 0x2031e0, 0x203216, 0x2033a0, 0x203416, 0x203420, 0x203a16,
    0x203fa6, 0x203fc0, 0x205005, 0x2053a0, 0x205405, 0x205a20, 0x205c06, 0x205c2b,
    0x205f80, 0x206005, 0x20640b, 0x206480, 0x2065a5, 0x20682a, 0x206845, 0x20694a,
    0x206960, 0x206a05, 0x206ec6, 0x206f60, 0x207005, 0x2073c0, 0x2073f2, 0x207405,
    0x207880, 0x207905, 0x207a12, 0x207a2a, 0x207ac0, 0x208001, 0x208502, 0x208a05,
    0x2093c0, 0x209409, 0x209540, 0x209601, 0x209a80, 0x209b02, 0x209f80, 0x20a005,
    0x20a500, 0x20a605, 0x20ac80, 0x20adf2, 0x20ae01, 0x20af60, 0x20af81, 0x20b160,
    0x20b181, 0x20b260, 0x20b281, 0x20b2c0, 0x20b2e2, 0x20b440, 0x20b462, 0x20b640,
    0x20b662, 0x20b740, 0x20b762, 0x20b7a0, 0x20b805, 0x20be80, 0x20c005, 0x20e6e0,
    0x20e805, 0x20eac0, 0x20ec05, 0x20ed00, 0x20f004, 0x20f0c0, 0x20f0e4, 0x20f620,
    0x20f644, 0x20f760, 0x210005, 0x2100c0, 0x210105, 0x210120, 0x210145, 0x2106c0,
    0x2106e5, 0x210720, 0x210785, 0x2107a0, 0x2107e5, 0x210ac0, 0x210af2, 0x210b0b,
    0x210c05, 0x210ef6, 0x210f2b, 0x211005, 0x2113e0, 0x2114eb, 0x211600, 0x211c05,
    0x211e60, 0x211e85, 0x211ec0, 0x211f6b, 0x212005, 0x2122cb, 0x212380, 0x2123f2,
    0x212405, 0x212740, 0x2127f2, 0x212805, 0x212b40, 0x213005, 0x213700, 0x21378b,
    0x2137c5, 0x21380b, 0x213a00, 0x213a4b, 0x214005, 0x214026, 0x214080, 0x2140a6,
    0x2140e0, 0x214186, 0x214205, 0x214280, 0x2142a5, 0x214300, 0x214325, 0x2146c0,
    0x214706, 0x214760, 0x2147e6, 0x21480b, 0x214920, 0x214a12, 0x214b20, 0x214c05,
    0x214fab, 0x214ff2, 0x215005, 0x2153ab, 0x215400, 0x215805, 0x215916, 0x215925,
    0x215ca6, 0x215ce0, 0x215d6b, 0x215e12, 0x215ee0, 0x216005, 0x2166c0, 0x216732,
    0x216805, 0x216ac0, 0x216b0b, 0x216c05, 0x216e60, 0x216f0b, 0x217005, 0x217240,
    0x217332, 0x2173a0, 0x21752b, 0x217600, 0x218005, 0x218920, 0x219001, 0x219660,
    0x219802, 0x219e60, 0x219f4b, 0x21a005, 0x21a486, 0x21a500, 0x21a609, 0x21a740,
    0x21a809, 0x21a945, 0x21a9c4, 0x21a9e5, 0x21aa01, 0x21acc0, 0x21ad26, 0x21adcd,
    0x21ade4, 0x21ae02, 0x21b0c0, 0x21b1d3, 0x21b200, 0x21cc0b, 0x21cfe0, 0x21d005,
    0x21d540, 0x21d566, 0x21d5ad, 0x21d5c0, 0x21d605, 0x21d640, 0x21d845, 0x21d8a4,
    0x21d8c5, 0x21d900, 0x21da12, 0x21da36, 0x21db20, 0x21df46, 0x21e005, 0x21e3ab,
    0x21e4e5, 0x21e500, 0x21e605, 0x21e8c6, 0x21ea2b, 0x21eab2, 0x21eb40, 0x21ee05,
    0x21f046, 0x21f0d2, 0x21f140, 0x21f605, 0x21f8ab, 0x21f980, 0x21fc05, 0x21fee0,
    0x220007, 0x220026, 0x220047, 0x220065, 0x220706, 0x2208f2, 0x2209c0, 0x220a4b,
    0x220cc9, 0x220e06, 0x220e25, 0x220e66, 0x220ea5, 0x220ec0, 0x220fe6, 0x221047,
    0x221065, 0x221607, 0x221666, 0x2216e7, 0x221726, 0x221772, 0x2217bb, 0x2217d2,
    0x221846, 0x221860, 0x2219bb, 0x2219c0, 0x221a05, 0x221d20, 0x221e09, 0x221f40,
    0x222006, 0x222065, 0x2224e6, 0x222587, 0x2225a6, 0x2226a0, 0x2226c9, 0x222812,
    0x222885, 0x2228a7, 0x2228e5, 0x222900, 0x222a05, 0x222e66, 0x222e92, 0x222ec5,
    0x222ee0, 0x223006, 0x223047, 0x223065, 0x223667, 0x2236c6, 0x2237e7, 0x223825,
    0x2238b2, 0x223926, 0x2239b2, 0x2239c7, 0x2239e6, 0x223a09, 0x223b45, 0x223b72,
    0x223b85, 0x223bb2, 0x223c00, 0x223c2b, 0x223ea0, 0x224005, 0x224240, 0x224265,
    0x224587, 0x2245e6, 0x224647, 0x224686, 0x2246a7, 0x2246c6, 0x224712, 0x2247c6,
    0x2247e5, 0x224826, 0x224840, 0x225005, 0x2250e0, 0x225105, 0x225120, 0x225145,
    0x2251c0, 0x2251e5, 0x2253c0, 0x2253e5, 0x225532, 0x225540, 0x225605, 0x225be6,
    0x225c07, 0x225c66, 0x225d60, 0x225e09, 0x225f40, 0x226006, 0x226047, 0x226080,
    0x2260a5, 0x2261a0, 0x2261e5, 0x226220, 0x226265, 0x226520, 0x226545, 0x226620,
    0x226645, 0x226680, 0x2266a5, 0x226740, 0x226766, 0x2267a5, 0x2267c7, 0x226806,
    0x226827, 0x2268a0, 0x2268e7, 0x226920, 0x226967, 0x2269c0, 0x226a05, 0x226a20,
    0x226ae7, 0x226b00, 0x226ba5, 0x226c47, 0x226c80, 0x226cc6, 0x226da0, 0x226e06,
    0x226ea0, 0x227005, 0x227140, 0x227165, 0x227180, 0x2271c5, 0x2271e0, 0x227205,
    0x2276c0, 0x2276e5, 0x227707, 0x227766, 0x227820, 0x227847, 0x227860, 0x2278a7,
    0x2278c0, 0x2278e7, 0x227960, 0x227987, 0x2279c6, 0x2279e7, 0x227a06, 0x227a25,
    0x227a46, 0x227a65, 0x227a92, 0x227ac0, 0x227af2, 0x227b20, 0x227c26, 0x227c60,
    0x228005, 0x2286a7, 0x228706, 0x228807, 0x228846, 0x2288a7, 0x2288c6, 0x2288e5,
    0x228972, 0x228a09, 0x228b52, 0x228b80, 0x228bb2, 0x228bc6, 0x228be5, 0x228c40,
    0x229005, 0x229607, 0x229666, 0x229727, 0x229746, 0x229767, 0x2297e6, 0x229827,
    0x229846, 0x229885, 0x2298d2, 0x2298e5, 0x229900, 0x229a09, 0x229b40, 0x22b005,
    0x22b5e7, 0x22b646, 0x22b6c0, 0x22b707, 0x22b786, 0x22b7c7, 0x22b7e6, 0x22b832,
    0x22bb05, 0x22bb86, 0x22bbc0, 0x22c005, 0x22c607, 0x22c666, 0x22c767, 0x22c7a6,
    0x22c7c7, 0x22c7e6, 0x22c832, 0x22c885, 0x22c8a0, 0x22ca09, 0x22cb40, 0x22cc12,
    0x22cda0, 0x22d005, 0x22d566, 0x22d587, 0x22d5a6, 0x22d5c7, 0x22d606, 0x22d6c7,
    0x22d6e6, 0x22d705, 0x22d732, 0x22d740, 0x22d809, 0x22d940, 0x22da09, 0x22dc80,
    0x22e005, 0x22e360, 0x22e3a6, 0x22e3c7, 0x22e3e6, 0x22e407, 0x22e446, 0x22e4c7,
    0x22e4e6, 0x22e580, 0x22e609, 0x22e74b, 0x22e792, 0x22e7f6, 0x22e805, 0x22e8e0,
    0x230005, 0x230587, 0x2305e6, 0x230707, 0x230726, 0x230772, 0x230780, 0x231401,
    0x231802, 0x231c09, 0x231d4b, 0x231e60, 0x231fe5, 0x2320e0, 0x232125, 0x232140,
    0x232185, 0x232280, 0x2322a5, 0x2322e0, 0x232305, 0x232607, 0x2326c0, 0x2326e7,
    0x232720, 0x232766, 0x2327a7, 0x2327c6, 0x2327e5, 0x232807, 0x232825, 0x232847,
    0x232866, 0x232892, 0x2328e0, 0x232a09, 0x232b40, 0x233405, 0x233500, 0x233545,
    0x233a27, 0x233a86, 0x233b00, 0x233b46, 0x233b87, 0x233c06, 0x233c25, 0x233c52,
    0x233c65, 0x233c87, 0x233ca0, 0x234005, 0x234026, 0x234165, 0x234666, 0x234727,
    0x234745, 0x234766, 0x2347f2, 0x2348e6, 0x234900, 0x234a05, 0x234a26, 0x234ae7,
    0x234b26, 0x234b85, 0x235146, 0x2352e7, 0x235306, 0x235352, 0x2353a5, 0x2353d2,
    0x235460, 0x235605, 0x235f20, 0x236012, 0x236140, 0x236c06, 0x236c27, 0x236c46,
    0x236ca7, 0x236cc6, 0x236ce7, 0x236d00, 0x237805, 0x237c32, 0x237c40, 0x237e09,
    0x237f40, 0x238005, 0x238120, 0x238145, 0x2385e7, 0x238606, 0x2386e0, 0x238706,
    0x2387c7, 0x2387e6, 0x238805, 0x238832, 0x2388c0, 0x238a09, 0x238b4b, 0x238da0,
    0x238e12, 0x238e45, 0x239200, 0x239246, 0x239500, 0x239527, 0x239546, 0x239627,
    0x239646, 0x239687, 0x2396a6, 0x2396e0, 0x23a005, 0x23a0e0, 0x23a105, 0x23a140,
    0x23a165, 0x23a626, 0x23a6e0, 0x23a746, 0x23a760, 0x23a786, 0x23a7c0, 0x23a7e6,
    0x23a8c5, 0x23a8e6, 0x23a900, 0x23aa09, 0x23ab40, 0x23ac05, 0x23acc0, 0x23ace5,
    0x23ad20, 0x23ad45, 0x23b147, 0x23b1e0, 0x23b206, 0x23b240, 0x23b267, 0x23b2a6,
    0x23b2c7, 0x23b2e6, 0x23b305, 0x23b320, 0x23b409, 0x23b540, 0x23b605, 0x23bb24,
    0x23bb45, 0x23bb80, 0x23bc09, 0x23bd40, 0x23dc05, 0x23de66, 0x23dea7, 0x23def2,
    0x23df20, 0x23e006, 0x23e045, 0x23e067, 0x23e085, 0x23e220, 0x23e245, 0x23e687,
    0x23e6c6, 0x23e760, 0x23e7c7, 0x23e806, 0x23e827, 0x23e846, 0x23e872, 0x23ea09,
    0x23eb46, 0x23eb60, 0x23f605, 0x23f620, 0x23f80b, 0x23fab6, 0x23fbb4, 0x23fc36,
    0x23fe40, 0x23fff2, 0x240005, 0x247340, 0x24800a, 0x248de0, 0x248e12, 0x248ea0,
    0x249005, 0x24a880, 0x25f205, 0x25fe32, 0x25fe60, 0x260005, 0x26861b, 0x268806,
    0x268825, 0x2688e6, 0x268ac0, 0x268c05, 0x287f60, 0x288005, 0x28c8e0, 0x2c2005,
    0x2c23c6, 0x2c2547, 0x2c25a6, 0x2c2609, 0x2c2740, 0x2d0005, 0x2d4720, 0x2d4805,
    0x2d4be0, 0x2d4c09, 0x2d4d40, 0x2d4dd2, 0x2d4e05, 0x2d57e0, 0x2d5809, 0x2d5940,
    0x2d5a05, 0x2d5dc0, 0x2d5e06, 0x2d5eb2, 0x2d5ec0, 0x2d6005, 0x2d6606, 0x2d66f2,
    0x2d6796, 0x2d6804, 0x2d6892, 0x2d68b6, 0x2d68c0, 0x2d6a09, 0x2d6b40, 0x2d6b6b,
    0x2d6c40, 0x2d6c65, 0x2d6f00, 0x2d6fa5, 0x2d7200, 0x2da804, 0x2da865, 0x2dad64,
    0x2dadb2, 0x2dae09, 0x2daf40, 0x2dc801, 0x2dcc02, 0x2dd00b, 0x2dd2f2, 0x2dd360,
    0x2dd401, 0x2dd720, 0x2dd762, 0x2dda80, 0x2de005, 0x2de960, 0x2de9e6, 0x2dea05,
    0x2dea27, 0x2df100, 0x2df1e6, 0x2df264, 0x2df400, 0x2dfc04, 0x2dfc52, 0x2dfc64,
    0x2dfc86, 0x2dfca0, 0x2dfe07, 0x2dfe44, 0x2dfe8a, 0x2dfee0, 0x2e0005, 0x319ac0,
    0x319fe5, 0x31a3e0, 0x31b005, 0x31be60, 0x35fe04, 0x35fe80, 0x35fea4, 0x35ff80,
    0x35ffa4, 0x35ffe0, 0x360005, 0x362460, 0x362645, 0x362660, 0x362a05, 0x362a60,
    0x362aa5, 0x362ac0, 0x362c85, 0x362d00, 0x362e05, 0x365f80, 0x378005, 0x378d60,
    0x378e05, 0x378fa0, 0x379005, 0x379120, 0x379205, 0x379340, 0x379396, 0x3793a6,
    0x3793f2, 0x37941b, 0x379480, 0x398016, 0x399e09, 0x399f56, 0x399fa0, 0x39a016,
    0x39d680, 0x39d756, 0x39da20, 0x39dc16, 0x39de13, 0x39de20, 0x39e006, 0x39e5c0,
    0x39e606, 0x39e8e0, 0x39ea16, 0x39f880, 0x3a0016, 0x3a1ec0, 0x3a2016, 0x3a24e0,
    0x3a2536, 0x3a2ca7, 0x3a2ce6, 0x3a2d56, 0x3a2da7, 0x3a2e7b, 0x3a2f66, 0x3a3076,
    0x3a30a6, 0x3a3196, 0x3a3546, 0x3a35d6, 0x3a3d60, 0x3a4016, 0x3a4846, 0x3a48b6,
    0x3a48c0, 0x3a580b, 0x3a5a80, 0x3a5c0b, 0x3a5e80, 0x3a6016, 0x3a6ae0, 0x3a6c0b,
    0x3a6f20, 0x3a8001, 0x3a8342, 0x3a8681, 0x3a89c2, 0x3a8aa0, 0x3a8ac2, 0x3a8d01,
    0x3a9042, 0x3a9381, 0x3a93a0, 0x3a93c1, 0x3a9400, 0x3a9441, 0x3a9460, 0x3a94a1,
    0x3a94e0, 0x3a9521, 0x3a95a0, 0x3a95c1, 0x3a96c2, 0x3a9740, 0x3a9762, 0x3a9780,
    0x3a97a2, 0x3a9880, 0x3a98a2, 0x3a9a01, 0x3a9d42, 0x3aa081, 0x3aa0c0, 0x3aa0e1,
    0x3aa160, 0x3aa1a1, 0x3aa2a0, 0x3aa2c1, 0x3aa3a0, 0x3aa3c2, 0x3aa701, 0x3aa740,
    0x3aa761, 0x3aa7e0, 0x3aa801, 0x3aa8a0, 0x3aa8c1, 0x3aa8e0, 0x3aa941, 0x3aaa20,
    0x3aaa42, 0x3aad81, 0x3ab0c2, 0x3ab401, 0x3ab742, 0x3aba81, 0x3abdc2, 0x3ac101,
    0x3ac442, 0x3ac781, 0x3acac2, 0x3ace01, 0x3ad142, 0x3ad4c0, 0x3ad501, 0x3ad833,
    0x3ad842, 0x3adb73, 0x3adb82, 0x3adc41, 0x3adf73, 0x3adf82, 0x3ae2b3, 0x3ae2c2,
    0x3ae381, 0x3ae6b3, 0x3ae6c2, 0x3ae9f3, 0x3aea02, 0x3aeac1, 0x3aedf3, 0x3aee02,
    0x3af133, 0x3af142, 0x3af201, 0x3af533, 0x3af542, 0x3af873, 0x3af882, 0x3af941,
    0x3af962, 0x3af980, 0x3af9c9, 0x3b0016, 0x3b4006, 0x3b46f6, 0x3b4766, 0x3b4db6,
    0x3b4ea6, 0x3b4ed6, 0x3b5086, 0x3b50b6, 0x3b50f2, 0x3b5180, 0x3b5366, 0x3b5400,
    0x3b5426, 0x3b5600, 0x3be002, 0x3be145, 0x3be162, 0x3be3e0, 0x3be4a2, 0x3be560,
    0x3c0006, 0x3c00e0, 0x3c0106, 0x3c0320, 0x3c0366, 0x3c0440, 0x3c0466, 0x3c04a0,
    0x3c04c6, 0x3c0560, 0x3c0604, 0x3c0dc0, 0x3c11e6, 0x3c1200, 0x3c2005, 0x3c25a0,
    0x3c2606, 0x3c26e4, 0x3c27c0, 0x3c2809, 0x3c2940, 0x3c29c5, 0x3c29f6, 0x3c2a00,
    0x3c5205, 0x3c55c6, 0x3c55e0, 0x3c5805, 0x3c5d86, 0x3c5e09, 0x3c5f40, 0x3c5ff4,
    0x3c6000, 0x3c9a05, 0x3c9d64, 0x3c9d86, 0x3c9e09, 0x3c9f40, 0x3cba05, 0x3cbdc6,
    0x3cbe05, 0x3cbe29, 0x3cbf60, 0x3cbff2, 0x3cc000, 0x3cd805, 0x3cdbe0, 0x3cdc05,
    0x3cdc66, 0x3cdc85, 0x3cdcc6, 0x3cdce5, 0x3cddc6, 0x3cde05, 0x3cdea6, 0x3cdec0,
    0x3cdfc5, 0x3cdfe4, 0x3ce000, 0x3cfc05, 0x3cfce0, 0x3cfd05, 0x3cfd80, 0x3cfda5,
    0x3cfde0, 0x3cfe05, 0x3cffe0, 0x3d0005, 0x3d18a0, 0x3d18eb, 0x3d1a06, 0x3d1ae0,
    0x3d2001, 0x3d2442, 0x3d2886, 0x3d2964, 0x3d2980, 0x3d2a09, 0x3d2b40, 0x3d2bd2,
    0x3d2c00, 0x3d8e2b, 0x3d9596, 0x3d95ab, 0x3d9614, 0x3d962b, 0x3d96a0, 0x3da02b,
    0x3da5d6, 0x3da5eb, 0x3da7c0, 0x3dc005, 0x3dc080, 0x3dc0a5, 0x3dc400, 0x3dc425,
    0x3dc460, 0x3dc485, 0x3dc4a0, 0x3dc4e5, 0x3dc500, 0x3dc525, 0x3dc660, 0x3dc685,
    0x3dc700, 0x3dc725, 0x3dc740, 0x3dc765, 0x3dc780, 0x3dc845, 0x3dc860, 0x3dc8e5,
    0x3dc900, 0x3dc925, 0x3dc940, 0x3dc965, 0x3dc980, 0x3dc9a5, 0x3dca00, 0x3dca25,
    0x3dca60, 0x3dca85, 0x3dcaa0, 0x3dcae5, 0x3dcb00, 0x3dcb25, 0x3dcb40, 0x3dcb65,
    0x3dcb80, 0x3dcba5, 0x3dcbc0, 0x3dcbe5, 0x3dcc00, 0x3dcc25, 0x3dcc60, 0x3dcc85,
    0x3dcca0, 0x3dcce5, 0x3dcd60, 0x3dcd85, 0x3dce60, 0x3dce85, 0x3dcf00, 0x3dcf25,
    0x3dcfa0, 0x3dcfc5, 0x3dcfe0, 0x3dd005, 0x3dd140, 0x3dd165, 0x3dd380, 0x3dd425,
    0x3dd480, 0x3dd4a5, 0x3dd540, 0x3dd565, 0x3dd780, 0x3dde13, 0x3dde40, 0x3e0016,
    0x3e0580, 0x3e0616, 0x3e1280, 0x3e1416, 0x3e15e0, 0x3e1636, 0x3e1800, 0x3e1836,
    0x3e1a00, 0x3e1a36, 0x3e1ec0, 0x3e200b, 0x3e21b6, 0x3e35c0, 0x3e3cd6, 0x3e4060,
    0x3e4216, 0x3e4780, 0x3e4816, 0x3e4920, 0x3e4a16, 0x3e4a40, 0x3e4c16, 0x3e4cc0,
    0x3e6016, 0x3e7f75, 0x3e8016, 0x3edb20, 0x3edb96, 0x3edda0, 0x3ede16, 0x3edfa0,
    0x3ee016, 0x3efb40, 0x3efc16, 0x3efd80, 0x3efe16, 0x3efe20, 0x3f0016, 0x3f0180,
    0x3f0216, 0x3f0900, 0x3f0a16, 0x3f0b40, 0x3f0c16, 0x3f1100, 0x3f1216, 0x3f15c0,
    0x3f1616, 0x3f1780, 0x3f1816, 0x3f1840, 0x3f1a13, 0x3f1b20, 0x3f2016, 0x3f4b00,
    0x3f4c16, 0x3f4dc0, 0x3f4e16, 0x3f4fa0, 0x3f5016, 0x3f5160, 0x3f51d6, 0x3f58e0,
    0x3f5916, 0x3f5920, 0x3f59b6, 0x3f5ba0, 0x3f5bf6, 0x3f5d60, 0x3f5df6, 0x3f5f20,
    0x3f6016, 0x3f7260, 0x3f7296, 0x3f7e09, 0x3f7f56, 0x3f7f60, 0x400005, 0x54dc00,
    0x54e005, 0x5703c0, 0x570405, 0x59d5c0, 0x59d605, 0x5d7c20, 0x5d7e05, 0x5dcbc0,
    0x5f0005, 0x5f43c0, 0x600005, 0x626960, 0x626a05, 0x668f40, 0x1c0003b, 0x1c00040,
    0x1c0041b, 0x1c01000, 0x1c02006, 0x1c03e00, 0x1e0001d, 0x1ffffc0, 0x200001d, 0x21fffc0,
};

/* ES Canonicalize(ch) (non-unicode ignoreCase) for U+0080..U+FFFF: runs {first, last, step, delta}
 * meaning ch -> ch + delta for first <= ch <= last, (ch - first) % step == 0; generated from
 * node v20.20.2 String.prototype.toUpperCase (single-unit results that stay >= U+0080). */
static const struct { uint16_t first, last; uint8_t step; int32_t delta; } CANON_RUNS[183] = {
    { 0xb5, 0xb5, 1, 743 }, { 0xe0, 0xf6, 1, -32 }, { 0xf8, 0xfe, 1, -32 }, { 0xff, 0xff, 1, 121 },
    { 0x101, 0x12f, 2, -1 }, { 0x133, 0x137, 2, -1 }, { 0x13a, 0x148, 2, -1 }, { 0x14b, 0x177, 2, -1 },
    { 0x17a, 0x17e, 2, -1 }, { 0x180, 0x180, 1, 195 }, { 0x183, 0x185, 2, -1 }, { 0x188, 0x188, 1, -1 },
    { 0x18c, 0x18c, 1, -1 }, { 0x192, 0x192, 1, -1 }, { 0x195, 0x195, 1, 97 }, { 0x199, 0x199, 1, -1 },
    { 0x19a, 0x19a, 1, 163 }, { 0x19b, 0x19b, 1, 42561 }, { 0x19e, 0x19e, 1, 130 }, { 0x1a1, 0x1a5, 2, -1 },
    { 0x1a8, 0x1a8, 1, -1 }, { 0x1ad, 0x1ad, 1, -1 }, { 0x1b0, 0x1b0, 1, -1 }, { 0x1b4, 0x1b6, 2, -1 },
    { 0x1b9, 0x1b9, 1, -1 }, { 0x1bd, 0x1bd, 1, -1 }, { 0x1bf, 0x1bf, 1, 56 }, { 0x1c5, 0x1c5, 1, -1 },
    { 0x1c6, 0x1c6, 1, -2 }, { 0x1c8, 0x1c8, 1, -1 }, { 0x1c9, 0x1c9, 1, -2 }, { 0x1cb, 0x1cb, 1, -1 },
    { 0x1cc, 0x1cc, 1, -2 }, { 0x1ce, 0x1dc, 2, -1 }, { 0x1dd, 0x1dd, 1, -79 }, { 0x1df, 0x1ef, 2, -1 },
    { 0x1f2, 0x1f2, 1, -1 }, { 0x1f3, 0x1f3, 1, -2 }, { 0x1f5, 0x1f5, 1, -1 }, { 0x1f9, 0x21f, 2, -1 },
    { 0x223, 0x233, 2, -1 }, { 0x23c, 0x23c, 1, -1 }, { 0x23f, 0x240, 1, 10815 }, { 0x242, 0x242, 1, -1 },
    { 0x247, 0x24f, 2, -1 }, { 0x250, 0x250, 1, 10783 }, { 0x251, 0x251, 1, 10780 }, { 0x252, 0x252, 1, 10782 },
    { 0x253, 0x253, 1, -210 }, { 0x254, 0x254, 1, -206 }, { 0x256, 0x257, 1, -205 }, { 0x259, 0x259, 1, -202 },
    { 0x25b, 0x25b, 1, -203 }, { 0x25c, 0x25c, 1, 42319 }, { 0x260, 0x260, 1, -205 }, { 0x261, 0x261, 1, 42315 },
    { 0x263, 0x263, 1, -207 }, { 0x264, 0x264, 1, 42343 }, { 0x265, 0x265, 1, 42280 }, { 0x266, 0x266, 1, 42308 },
    { 0x268, 0x268, 1, -209 }, { 0x269, 0x269, 1, -211 }, { 0x26a, 0x26a, 1, 42308 }, { 0x26b, 0x26b, 1, 10743 },
    { 0x26c, 0x26c, 1, 42305 }, { 0x26f, 0x26f, 1, -211 }, { 0x271, 0x271, 1, 10749 }, { 0x272, 0x272, 1, -213 },
    { 0x275, 0x275, 1, -214 }, { 0x27d, 0x27d, 1, 10727 }, { 0x280, 0x280, 1, -218 }, { 0x282, 0x282, 1, 42307 },
    { 0x283, 0x283, 1, -218 }, { 0x287, 0x287, 1, 42282 }, { 0x288, 0x288, 1, -218 }, { 0x289, 0x289, 1, -69 },
    { 0x28a, 0x28b, 1, -217 }, { 0x28c, 0x28c, 1, -71 }, { 0x292, 0x292, 1, -219 }, { 0x29d, 0x29d, 1, 42261 },
    { 0x29e, 0x29e, 1, 42258 }, { 0x345, 0x345, 1, 84 }, { 0x371, 0x373, 2, -1 }, { 0x377, 0x377, 1, -1 },
    { 0x37b, 0x37d, 1, 130 }, { 0x3ac, 0x3ac, 1, -38 }, { 0x3ad, 0x3af, 1, -37 }, { 0x3b1, 0x3c1, 1, -32 },
    { 0x3c2, 0x3c2, 1, -31 }, { 0x3c3, 0x3cb, 1, -32 }, { 0x3cc, 0x3cc, 1, -64 }, { 0x3cd, 0x3ce, 1, -63 },
    { 0x3d0, 0x3d0, 1, -62 }, { 0x3d1, 0x3d1, 1, -57 }, { 0x3d5, 0x3d5, 1, -47 }, { 0x3d6, 0x3d6, 1, -54 },
    { 0x3d7, 0x3d7, 1, -8 }, { 0x3d9, 0x3ef, 2, -1 }, { 0x3f0, 0x3f0, 1, -86 }, { 0x3f1, 0x3f1, 1, -80 },
    { 0x3f2, 0x3f2, 1, 7 }, { 0x3f3, 0x3f3, 1, -116 }, { 0x3f5, 0x3f5, 1, -96 }, { 0x3f8, 0x3f8, 1, -1 },
    { 0x3fb, 0x3fb, 1, -1 }, { 0x430, 0x44f, 1, -32 }, { 0x450, 0x45f, 1, -80 }, { 0x461, 0x481, 2, -1 },
    { 0x48b, 0x4bf, 2, -1 }, { 0x4c2, 0x4ce, 2, -1 }, { 0x4cf, 0x4cf, 1, -15 }, { 0x4d1, 0x52f, 2, -1 },
    { 0x561, 0x586, 1, -48 }, { 0x10d0, 0x10fa, 1, 3008 }, { 0x10fd, 0x10ff, 1, 3008 }, { 0x13f8, 0x13fd, 1, -8 },
    { 0x1c80, 0x1c80, 1, -6254 }, { 0x1c81, 0x1c81, 1, -6253 }, { 0x1c82, 0x1c82, 1, -6244 }, { 0x1c83, 0x1c84, 1, -6242 },
    { 0x1c85, 0x1c85, 1, -6243 }, { 0x1c86, 0x1c86, 1, -6236 }, { 0x1c87, 0x1c87, 1, -6181 }, { 0x1c88, 0x1c88, 1, 35266 },
    { 0x1c8a, 0x1c8a, 1, -1 }, { 0x1d79, 0x1d79, 1, 35332 }, { 0x1d7d, 0x1d7d, 1, 3814 }, { 0x1d8e, 0x1d8e, 1, 35384 },
    { 0x1e01, 0x1e95, 2, -1 }, { 0x1e9b, 0x1e9b, 1, -59 }, { 0x1ea1, 0x1eff, 2, -1 }, { 0x1f00, 0x1f07, 1, 8 },
    { 0x1f10, 0x1f15, 1, 8 }, { 0x1f20, 0x1f27, 1, 8 }, { 0x1f30, 0x1f37, 1, 8 }, { 0x1f40, 0x1f45, 1, 8 },
    { 0x1f51, 0x1f57, 2, 8 }, { 0x1f60, 0x1f67, 1, 8 }, { 0x1f70, 0x1f71, 1, 74 }, { 0x1f72, 0x1f75, 1, 86 },
    { 0x1f76, 0x1f77, 1, 100 }, { 0x1f78, 0x1f79, 1, 128 }, { 0x1f7a, 0x1f7b, 1, 112 }, { 0x1f7c, 0x1f7d, 1, 126 },
    { 0x1fb0, 0x1fb1, 1, 8 }, { 0x1fbe, 0x1fbe, 1, -7205 }, { 0x1fd0, 0x1fd1, 1, 8 }, { 0x1fe0, 0x1fe1, 1, 8 },
    { 0x1fe5, 0x1fe5, 1, 7 }, { 0x214e, 0x214e, 1, -28 }, { 0x2170, 0x217f, 1, -16 }, { 0x2184, 0x2184, 1, -1 },
    { 0x24d0, 0x24e9, 1, -26 }, { 0x2c30, 0x2c5f, 1, -48 }, { 0x2c61, 0x2c61, 1, -1 }, { 0x2c65, 0x2c65, 1, -10795 },
    { 0x2c66, 0x2c66, 1, -10792 }, { 0x2c68, 0x2c6c, 2, -1 }, { 0x2c73, 0x2c73, 1, -1 }, { 0x2c76, 0x2c76, 1, -1 },
    { 0x2c81, 0x2ce3, 2, -1 }, { 0x2cec, 0x2cee, 2, -1 }, { 0x2cf3, 0x2cf3, 1, -1 }, { 0x2d00, 0x2d25, 1, -7264 },
    { 0x2d27, 0x2d27, 1, -7264 }, { 0x2d2d, 0x2d2d, 1, -7264 }, { 0xa641, 0xa66d, 2, -1 }, { 0xa681, 0xa69b, 2, -1 },
    { 0xa723, 0xa72f, 2, -1 }, { 0xa733, 0xa76f, 2, -1 }, { 0xa77a, 0xa77c, 2, -1 }, { 0xa77f, 0xa787, 2, -1 },
    { 0xa78c, 0xa78c, 1, -1 }, { 0xa791, 0xa793, 2, -1 }, { 0xa794, 0xa794, 1, 48 }, { 0xa797, 0xa7a9, 2, -1 },
    { 0xa7b5, 0xa7c3, 2, -1 }, { 0xa7c8, 0xa7ca, 2, -1 }, { 0xa7cd, 0xa7db, 2, -1 }, { 0xa7f6, 0xa7f6, 1, -1 },
    { 0xab53, 0xab53, 1, -928 }, { 0xab70, 0xabbf, 1, -38864 }, { 0xff41, 0xff5a, 1, -32 },
};

static int gc_of(uint32_t c)
{
    size_t lo = 0, hi = sizeof GC_RUNS / sizeof GC_RUNS[0];
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if ((GC_RUNS[mid] >> 5) <= c)
            lo = mid;
        else
            hi = mid;
    }
    return (int)(GC_RUNS[lo] & 31);
}

/* ES Canonicalize(ch) for the non-unicode ignoreCase case. */
static uint32_t re_canon(uint32_t ch)
{
    if (ch < 128) return (ch >= 'a' && ch <= 'z') ? ch - 32 : ch;
    if (ch > 0xFFFF) return ch;
    size_t lo = 0, hi = sizeof CANON_RUNS / sizeof CANON_RUNS[0];
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (CANON_RUNS[mid].first <= ch)
            lo = mid;
        else
            hi = mid;
    }
    if (ch >= CANON_RUNS[lo].first && ch <= CANON_RUNS[lo].last && (ch - CANON_RUNS[lo].first) % CANON_RUNS[lo].step == 0)
        return (uint32_t)((int32_t)ch + CANON_RUNS[lo].delta);
    return ch;
}

static int re_is_lt(uint32_t c)
{
    return c == 0x0A || c == 0x0D || c == 0x2028 || c == 0x2029;
}

static int re_is_word(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

static int re_prop(int prop, uint32_t c)
{
    int g = gc_of(c);
    switch (prop) {
    case P_L: return g >= 1 && g <= 5;
    case P_LU: return g == 1;
    case P_LL: return g == 2;
    case P_NL: return g == 10;
    case P_ND: return g == 9;
    case P_ZS: return g == 23;
    case P_Z: return g >= 23 && g <= 25;
    case P_CC: return g == 26;
    case P_C: return g == 0 || g >= 26;
    case P_P: return g >= 12 && g <= 18;
    case P_PC: return g == 12;
    default: return 0;
    }
}

static int cls_has(const rclass *k, uint32_t c)
{
    for (size_t i = 0; i < k->nr; i++)
        if (c >= k->r[i].lo && c <= k->r[i].hi) return 1;
    for (size_t i = 0; i < k->np; i++) {
        int p = k->props[i];
        if (p > 0 ? re_prop(p, c) : !re_prop(-p, c)) return 1;
    }
    return 0;
}

/* is there a character x != cc, x != not with Canonicalize(x) == cc in k? */
static int cls_has_preimage(const rclass *k, uint32_t cc, uint32_t not)
{
    if (cc >= 'A' && cc <= 'Z') return cc + 32 != not && cls_has(k, cc + 32);
    for (size_t i = 0; i < sizeof CANON_RUNS / sizeof CANON_RUNS[0]; i++) {
        int32_t x = (int32_t)cc - CANON_RUNS[i].delta;
        if (x < CANON_RUNS[i].first || x > CANON_RUNS[i].last) continue;
        if ((uint32_t)(x - CANON_RUNS[i].first) % CANON_RUNS[i].step) continue;
        if ((uint32_t)x != not && (uint32_t)x != cc && cls_has(k, (uint32_t)x)) return 1;
    }
    return 0;
}

static int cls_match(const rclass *k, uint32_t c, int icase)
{
    int found = cls_has(k, c);
    if (!found && icase) {
        /* exists a in k with Canonicalize(a) == Canonicalize(c) */
        uint32_t cc = re_canon(c);
        if (cc != c && re_canon(cc) == cc && cls_has(k, cc)) found = 1;
        if (!found) found = cls_has_preimage(k, cc, c);
    }
    return k->neg ? !found : found;
}

/* ---- parser ---------------------------------------------------------- */

typedef struct {
    const u16 *s;
    size_t n, i;
    arena *a;
    int icase, uni;
    int ngroups_total; /* from the pre-scan */
    int ngroups;       /* assigned so far */
    js *names;         /* group names by index (1-based), NULL if none */
    int has_named;
    int depth;
    const char *err;
} rparser;

static rnode *rp_node(rparser *p, int type)
{
    rnode *n = azalloc(p->a, sizeof *n);
    n->type = type;
    return n;
}

static int rp_err(rparser *p, const char *msg)
{
    if (!p->err) p->err = msg;
    return -1;
}

/* read a pattern character (a code point with /u) */
static uint32_t rp_getc(rparser *p, size_t *w)
{
    uint32_t c = p->s[p->i];
    *w = 1;
    if (p->uni && c >= 0xD800 && c <= 0xDBFF && p->i + 1 < p->n && p->s[p->i + 1] >= 0xDC00 &&
        p->s[p->i + 1] <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (p->s[p->i + 1] - 0xDC00);
        *w = 2;
    }
    return c;
}

static void cls_add(rparser *p, rclass *k, uint32_t lo, uint32_t hi)
{
    rrange r = { lo, hi };
    AVEC_PUSH(p->a, k->r, k->nr, k->capr, r);
}

static void cls_add_prop(rparser *p, rclass *k, int prop)
{
    AVEC_PUSH(p->a, k->props, k->np, k->capp, prop);
}

static const rrange SPACE_RANGES[] = {
    { 0x09, 0x0D }, { 0x20, 0x20 }, { 0xA0, 0xA0 }, { 0x1680, 0x1680 }, { 0x2000, 0x200A },
    { 0x2028, 0x2029 }, { 0x202F, 0x202F }, { 0x205F, 0x205F }, { 0x3000, 0x3000 }, { 0xFEFF, 0xFEFF }
};
static const rrange DIGIT_RANGES[] = { { '0', '9' } };
static const rrange WORD_RANGES[] = { { '0', '9' }, { 'A', 'Z' }, { '_', '_' }, { 'a', 'z' } };

/* add ranges, or their complement within [0, maxc] */
static void cls_add_set(rparser *p, rclass *k, const rrange *r, size_t n, int negate)
{
    uint32_t maxc = p->uni ? 0x10FFFF : 0xFFFF;
    if (!negate) {
        for (size_t i = 0; i < n; i++) cls_add(p, k, r[i].lo, r[i].hi);
        return;
    }
    uint32_t lo = 0;
    for (size_t i = 0; i < n; i++) {
        if (r[i].lo > lo) cls_add(p, k, lo, r[i].lo - 1);
        lo = r[i].hi + 1;
    }
    if (lo <= maxc) cls_add(p, k, lo, maxc);
}

/* \d \D \w \W \s \S into k; returns 1 if c was one of them */
static int cls_escape_set(rparser *p, rclass *k, uint32_t c)
{
    switch (c) {
    case 'd': cls_add_set(p, k, DIGIT_RANGES, 1, 0); return 1;
    case 'D': cls_add_set(p, k, DIGIT_RANGES, 1, 1); return 1;
    case 'w': cls_add_set(p, k, WORD_RANGES, 4, 0); return 1;
    case 'W': cls_add_set(p, k, WORD_RANGES, 4, 1); return 1;
    case 's': cls_add_set(p, k, SPACE_RANGES, sizeof SPACE_RANGES / sizeof SPACE_RANGES[0], 0); return 1;
    case 'S': cls_add_set(p, k, SPACE_RANGES, sizeof SPACE_RANGES / sizeof SPACE_RANGES[0], 1); return 1;
    default: return 0;
    }
}

static int hexval(uint32_t c)
{
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

static int rp_hex(rparser *p, size_t at, int count, uint32_t *out)
{
    uint32_t v = 0;
    for (int k = 0; k < count; k++) {
        if (at + (size_t)k >= p->n) return 0;
        int h = hexval(p->s[at + (size_t)k]);
        if (h < 0) return 0;
        v = v * 16 + (uint32_t)h;
    }
    *out = v;
    return 1;
}

/* \p{Name} (only the names minimatch generates) */
static int rp_property(rparser *p, int negate, rclass *k)
{
    /* p->i is at '{' */
    if (p->i >= p->n || p->s[p->i] != '{') return rp_err(p, "Invalid property name");
    size_t st = ++p->i;
    while (p->i < p->n && p->s[p->i] != '}') p->i++;
    if (p->i >= p->n) return rp_err(p, "Invalid property name");
    js name = { p->s + st, p->i - st };
    p->i++;
    static const struct { const char *n; int id; } names[] = {
        { "L", P_L }, { "Letter", P_L }, { "Nl", P_NL }, { "Nd", P_ND }, { "Zs", P_ZS },
        { "Cc", P_CC }, { "Z", P_Z }, { "C", P_C }, { "Ll", P_LL }, { "P", P_P },
        { "Lu", P_LU }, { "Pc", P_PC },
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (js_eqa(name, names[i].n)) {
            cls_add_prop(p, k, negate ? -names[i].id : names[i].id);
            return 0;
        }
    }
    return rp_err(p, "Invalid property name");
}

/* Legacy octal escape (Annex B); p->i at the first octal digit */
static uint32_t rp_legacy_octal(rparser *p)
{
    uint32_t v = p->s[p->i++] - '0';
    if (p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '7') {
        v = v * 8 + (p->s[p->i++] - '0');
        if (v < 32 && p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '7') v = v * 8 + (p->s[p->i++] - '0');
    }
    return v;
}

/* CharacterEscape common to atoms and classes. p->i is after the backslash.
 * Returns 1 with *out set to a character, 0 if the escape is a class (set into
 * k if k != NULL), -1 on error. in_class: inside [...]. */
static int rp_char_escape(rparser *p, int in_class, uint32_t *out, rclass *k)
{
    if (p->i >= p->n) return rp_err(p, "\\ at end of pattern");
    size_t w;
    uint32_t c = rp_getc(p, &w);
    switch (c) {
    case 'f': p->i++; *out = 0x0C; return 1;
    case 'n': p->i++; *out = 0x0A; return 1;
    case 'r': p->i++; *out = 0x0D; return 1;
    case 't': p->i++; *out = 0x09; return 1;
    case 'v': p->i++; *out = 0x0B; return 1;
    case 'b':
        if (in_class) {
            p->i++;
            *out = 0x08;
            return 1;
        }
        break;
    case '-':
        if (in_class) {
            p->i++;
            *out = '-';
            return 1;
        }
        break;
    case 'd': case 'D': case 'w': case 'W': case 's': case 'S':
        p->i++;
        if (k) cls_escape_set(p, k, c);
        return 0;
    case 'p': case 'P':
        if (p->uni) {
            p->i++;
            if (!k) return rp_err(p, "Invalid property name");
            if (rp_property(p, c == 'P', k) < 0) return -1;
            return 0;
        }
        break;
    case 'c':
        if (p->i + 1 < p->n) {
            uint32_t l = p->s[p->i + 1];
            if ((l >= 'a' && l <= 'z') || (l >= 'A' && l <= 'Z') ||
                (in_class && !p->uni && ((l >= '0' && l <= '9') || l == '_'))) {
                p->i += 2;
                *out = l % 32;
                return 1;
            }
        }
        if (p->uni) return rp_err(p, "Invalid unicode escape");
        /* Annex B: the backslash is a literal, 'c' is read next */
        *out = '\\';
        return 1;
    case 'x': {
        uint32_t v;
        if (rp_hex(p, p->i + 1, 2, &v)) {
            p->i += 3;
            *out = v;
            return 1;
        }
        if (p->uni) return rp_err(p, "Invalid escape");
        p->i++;
        *out = 'x';
        return 1;
    }
    case 'u': {
        uint32_t v;
        if (rp_hex(p, p->i + 1, 4, &v)) {
            p->i += 5;
            if (p->uni && v >= 0xD800 && v <= 0xDBFF && p->i + 1 < p->n && p->s[p->i] == '\\' &&
                p->s[p->i + 1] == 'u') {
                uint32_t lo;
                if (rp_hex(p, p->i + 2, 4, &lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
                    p->i += 6;
                    v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
                }
            }
            *out = v;
            return 1;
        }
        if (p->uni && p->i + 1 < p->n && p->s[p->i + 1] == '{') {
            size_t j = p->i + 2;
            uint32_t cp = 0;
            int nd = 0;
            while (j < p->n && hexval(p->s[j]) >= 0) {
                cp = cp * 16 + (uint32_t)hexval(p->s[j]);
                if (cp > 0x10FFFF) return rp_err(p, "Invalid Unicode escape");
                j++;
                nd++;
            }
            if (!nd || j >= p->n || p->s[j] != '}') return rp_err(p, "Invalid Unicode escape");
            p->i = j + 1;
            *out = cp;
            return 1;
        }
        if (p->uni) return rp_err(p, "Invalid Unicode escape");
        p->i++;
        *out = 'u';
        return 1;
    }
    case '0':
        if (!(p->i + 1 < p->n && p->s[p->i + 1] >= '0' && p->s[p->i + 1] <= '9')) {
            p->i++;
            *out = 0;
            return 1;
        }
        if (p->uni) return rp_err(p, "Invalid decimal escape");
        *out = rp_legacy_octal(p);
        return 1;
    default:
        break;
    }
    if (c >= '1' && c <= '9') {
        /* only reached for classes, or atoms that are not backreferences */
        if (p->uni) return rp_err(p, in_class ? "Invalid class escape" : "Invalid escape");
        if (c >= '8') {
            p->i++;
            *out = c;
            return 1;
        }
        *out = rp_legacy_octal(p);
        return 1;
    }
    if (p->uni) {
        if (c == '^' || c == '$' || c == '\\' || c == '.' || c == '*' || c == '+' || c == '?' ||
            c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' || c == '|' || c == '/') {
            p->i += w;
            *out = c;
            return 1;
        }
        return rp_err(p, "Invalid escape");
    }
    p->i += w;
    *out = c;
    return 1;
}

static rnode *rp_char_node(rparser *p, uint32_t c)
{
    rnode *n = rp_node(p, R_CHAR);
    n->c = p->icase ? re_canon(c) : c;
    return n;
}

static rnode *rp_class(rparser *p)
{
    /* p->i is after '[' */
    rnode *n = rp_node(p, R_CLASS);
    rclass *k = azalloc(p->a, sizeof *k);
    n->cls = k;
    if (p->i < p->n && p->s[p->i] == '^') {
        k->neg = 1;
        p->i++;
    }
    for (;;) {
        if (p->i >= p->n) {
            rp_err(p, "Unterminated character class");
            return NULL;
        }
        if (p->s[p->i] == ']') {
            p->i++;
            return n;
        }
        /* first atom */
        uint32_t c1 = 0;
        int is_set1 = 0;
        rclass tmp1 = { 0 };
        size_t w;
        if (p->s[p->i] == '\\') {
            p->i++;
            int r = rp_char_escape(p, 1, &c1, &tmp1);
            if (r < 0) return NULL;
            is_set1 = (r == 0);
        } else {
            c1 = rp_getc(p, &w);
            p->i += w;
        }
        if (p->i + 1 < p->n && p->s[p->i] == '-' && p->s[p->i + 1] != ']') {
            p->i++;
            uint32_t c2 = 0;
            int is_set2 = 0;
            rclass tmp2 = { 0 };
            if (p->s[p->i] == '\\') {
                p->i++;
                int r = rp_char_escape(p, 1, &c2, &tmp2);
                if (r < 0) return NULL;
                is_set2 = (r == 0);
            } else {
                c2 = rp_getc(p, &w);
                p->i += w;
            }
            if (is_set1 || is_set2) {
                if (p->uni) {
                    rp_err(p, "Invalid character class");
                    return NULL;
                }
                /* Annex B: [\d-z] is \d, '-', 'z' */
                if (is_set1) {
                    for (size_t i = 0; i < tmp1.nr; i++) cls_add(p, k, tmp1.r[i].lo, tmp1.r[i].hi);
                } else {
                    cls_add(p, k, c1, c1);
                }
                cls_add(p, k, '-', '-');
                if (is_set2) {
                    for (size_t i = 0; i < tmp2.nr; i++) cls_add(p, k, tmp2.r[i].lo, tmp2.r[i].hi);
                } else {
                    cls_add(p, k, c2, c2);
                }
                continue;
            }
            if (c1 > c2) {
                rp_err(p, "Range out of order in character class");
                return NULL;
            }
            cls_add(p, k, c1, c2);
            continue;
        }
        if (is_set1) {
            for (size_t i = 0; i < tmp1.nr; i++) cls_add(p, k, tmp1.r[i].lo, tmp1.r[i].hi);
            for (size_t i = 0; i < tmp1.np; i++) cls_add_prop(p, k, tmp1.props[i]);
        } else {
            cls_add(p, k, c1, c1);
        }
    }
}

/* is there a braced quantifier {n}, {n,}, {n,m} at p->i? fills min/max, returns length */
static size_t rp_braced(rparser *p, long *mn, long *mx)
{
    size_t j = p->i;
    if (j >= p->n || p->s[j] != '{') return 0;
    j++;
    size_t st = j;
    long a = 0, b;
    while (j < p->n && p->s[j] >= '0' && p->s[j] <= '9') {
        if (a < 100000000L) a = a * 10 + (p->s[j] - '0');
        j++;
    }
    if (j == st) return 0;
    b = a;
    if (j < p->n && p->s[j] == ',') {
        j++;
        size_t st2 = j;
        b = 0;
        while (j < p->n && p->s[j] >= '0' && p->s[j] <= '9') {
            if (b < 100000000L) b = b * 10 + (p->s[j] - '0');
            j++;
        }
        if (j == st2) b = -1;
    }
    if (j >= p->n || p->s[j] != '}') return 0;
    *mn = a;
    *mx = b;
    return j + 1 - p->i;
}

static rnode *rp_disj(rparser *p);
static rnode *rp_disj_(rparser *p);

static int rp_group_name(rparser *p, js *name)
{
    /* p->i after '<' */
    size_t st = p->i;
    while (p->i < p->n && p->s[p->i] != '>') p->i++;
    if (p->i >= p->n || p->i == st) return rp_err(p, "Invalid capture group name");
    name->s = p->s + st;
    name->n = p->i - st;
    p->i++;
    return 0;
}

static rnode *rp_term(rparser *p)
{
    size_t w;
    uint32_t c = rp_getc(p, &w);
    rnode *atom = NULL;
    int quantifiable = 1;
    int grp_lo = p->ngroups + 1;
    switch (c) {
    case '^':
        p->i++;
        atom = rp_node(p, R_BOL);
        quantifiable = 0;
        break;
    case '$':
        p->i++;
        atom = rp_node(p, R_EOL);
        quantifiable = 0;
        break;
    case '.':
        p->i++;
        atom = rp_node(p, R_ANY);
        break;
    case '[':
        p->i++;
        atom = rp_class(p);
        if (!atom) return NULL;
        break;
    case '(': {
        p->i++;
        int type = R_GROUP, idx = 0, neg = 0, behind = 0;
        if (p->i < p->n && p->s[p->i] == '?') {
            if (p->i + 1 >= p->n) {
                rp_err(p, "Invalid group");
                return NULL;
            }
            u16 d = p->s[p->i + 1];
            if (d == ':') {
                p->i += 2;
            } else if (d == '=' || d == '!') {
                type = R_LOOK;
                neg = d == '!';
                p->i += 2;
                if (p->uni) quantifiable = 0;
            } else if (d == '<' && p->i + 2 < p->n && (p->s[p->i + 2] == '=' || p->s[p->i + 2] == '!')) {
                type = R_LOOK;
                behind = 1;
                neg = p->s[p->i + 2] == '!';
                p->i += 3;
                quantifiable = 0;
            } else if (d == '<') {
                p->i += 2;
                js name;
                if (rp_group_name(p, &name) < 0) return NULL;
                idx = ++p->ngroups;
                if (p->names && idx <= p->ngroups_total) p->names[idx] = name;
            } else {
                rp_err(p, "Invalid group");
                return NULL;
            }
        } else {
            idx = ++p->ngroups;
        }
        rnode *body = rp_disj(p);
        if (p->err) return NULL;
        if (p->i >= p->n || p->s[p->i] != ')') {
            rp_err(p, "Unterminated group");
            return NULL;
        }
        p->i++;
        atom = rp_node(p, type);
        atom->body = body;
        atom->idx = idx;
        atom->neg = neg;
        atom->behind = behind;
        break;
    }
    case '*': case '+': case '?':
        rp_err(p, "Nothing to repeat");
        return NULL;
    case '{': {
        long a, b;
        if (rp_braced(p, &a, &b)) {
            rp_err(p, "Nothing to repeat");
            return NULL;
        }
        if (p->uni) {
            rp_err(p, "Lone quantifier brackets");
            return NULL;
        }
        p->i++;
        atom = rp_char_node(p, c);
        break;
    }
    case '}': case ']':
        if (p->uni) {
            rp_err(p, "Lone quantifier brackets");
            return NULL;
        }
        p->i++;
        atom = rp_char_node(p, c);
        break;
    case '\\': {
        p->i++;
        if (p->i >= p->n) {
            rp_err(p, "\\ at end of pattern");
            return NULL;
        }
        u16 d = p->s[p->i];
        if (d == 'b' || d == 'B') {
            p->i++;
            atom = rp_node(p, d == 'b' ? R_WORDB : R_NWORDB);
            quantifiable = 0;
            break;
        }
        if (d >= '1' && d <= '9') {
            size_t j = p->i;
            long v = 0;
            while (j < p->n && p->s[j] >= '0' && p->s[j] <= '9') {
                if (v < 100000) v = v * 10 + (p->s[j] - '0');
                j++;
            }
            if (v <= p->ngroups_total) {
                p->i = j;
                atom = rp_node(p, R_BACKREF);
                atom->idx = (int)v;
                break;
            }
        }
        if (d == 'k' && (p->uni || p->has_named)) {
            p->i++;
            if (p->i >= p->n || p->s[p->i] != '<') {
                rp_err(p, "Invalid named reference");
                return NULL;
            }
            p->i++;
            js name;
            if (rp_group_name(p, &name) < 0) return NULL;
            int found = 0;
            for (int g = 1; p->names && g <= p->ngroups_total; g++)
                if (p->names[g].s && js_eq(p->names[g], name)) found = g;
            if (!found) {
                rp_err(p, "Invalid named capture referenced");
                return NULL;
            }
            atom = rp_node(p, R_BACKREF);
            atom->idx = found;
            break;
        }
        uint32_t ch;
        rclass *k = azalloc(p->a, sizeof *k);
        int r = rp_char_escape(p, 0, &ch, k);
        if (r < 0) return NULL;
        if (r == 0) {
            atom = rp_node(p, R_CLASS);
            atom->cls = k;
        } else {
            atom = rp_char_node(p, ch);
        }
        break;
    }
    default:
        p->i += w;
        atom = rp_char_node(p, c);
        break;
    }
    int grp_hi = p->ngroups + 1;

    /* quantifier */
    if (p->i < p->n) {
        u16 q = p->s[p->i];
        long mn = -2, mx = -2;
        size_t ql = 0;
        if (q == '*') { mn = 0; mx = -1; ql = 1; }
        else if (q == '+') { mn = 1; mx = -1; ql = 1; }
        else if (q == '?') { mn = 0; mx = 1; ql = 1; }
        else if (q == '{') ql = rp_braced(p, &mn, &mx);
        if (ql) {
            if (!quantifiable) {
                rp_err(p, "Nothing to repeat");
                return NULL;
            }
            if (mx >= 0 && mn > mx) {
                rp_err(p, "numbers out of order in {} quantifier");
                return NULL;
            }
            p->i += ql;
            int greedy = 1;
            if (p->i < p->n && p->s[p->i] == '?') {
                greedy = 0;
                p->i++;
            }
            rnode *r = rp_node(p, R_REPEAT);
            r->body = atom;
            r->min = mn;
            r->max = mx;
            r->greedy = greedy;
            r->caplo = grp_lo;
            r->caphi = grp_hi;
            r->simple = (atom->type == R_CHAR || atom->type == R_ANY || atom->type == R_CLASS) && !p->uni;
            atom = r;
        }
    }
    return atom;
}

static rnode *rp_alternative(rparser *p)
{
    rnode *head = NULL, *tail = NULL;
    while (p->i < p->n && p->s[p->i] != '|' && p->s[p->i] != ')') {
        rnode *t = rp_term(p);
        if (!t) return NULL;
        if (tail) tail->next = t;
        else head = t;
        tail = t;
    }
    return head;
}

#define RE_MAX_NESTING 2000

static rnode *rp_disj(rparser *p)
{
    if (++p->depth > RE_MAX_NESTING) {
        rp_err(p, "Maximum call stack size exceeded");
        return NULL;
    }
    rnode *r = rp_disj_(p);
    p->depth--;
    return r;
}

static rnode *rp_disj_(rparser *p)
{
    rnode **alts = NULL;
    size_t n = 0, cap = 0;
    rnode *a = rp_alternative(p);
    if (p->err) return NULL;
    AVEC_PUSH(p->a, alts, n, cap, a);
    while (p->i < p->n && p->s[p->i] == '|') {
        p->i++;
        a = rp_alternative(p);
        if (p->err) return NULL;
        AVEC_PUSH(p->a, alts, n, cap, a);
    }
    if (n == 1) return alts[0];
    rnode *alt = rp_node(p, R_ALT);
    alt->alts = alts;
    alt->nalts = n;
    return alt;
}

/* count capturing groups (and whether any is named) */
static void rp_prescan(rparser *p)
{
    int in_cls = 0;
    for (size_t i = 0; i < p->n; i++) {
        u16 c = p->s[i];
        if (c == '\\') {
            i++;
            continue;
        }
        if (in_cls) {
            if (c == ']') in_cls = 0;
            continue;
        }
        if (c == '[') {
            in_cls = 1;
            continue;
        }
        if (c == '(') {
            if (i + 1 < p->n && p->s[i + 1] == '?') {
                if (i + 2 < p->n && p->s[i + 2] == '<' && i + 3 < p->n && p->s[i + 3] != '=' &&
                    p->s[i + 3] != '!') {
                    p->ngroups_total++;
                    p->has_named = 1;
                }
            } else {
                p->ngroups_total++;
            }
        }
    }
}

/* Compile. On error returns NULL and *err is "Invalid regular expression: /src/flags: msg". */
static jsre *jsre_compile(arena *a, js src, const char *flags, char **err)
{
    rparser p = { 0 };
    p.s = src.s;
    p.n = src.n;
    p.a = a;
    p.icase = strchr(flags, 'i') != NULL;
    p.uni = strchr(flags, 'u') != NULL;
    rp_prescan(&p);
    if (p.has_named) p.names = azalloc(a, sizeof(js) * ((size_t)p.ngroups_total + 1));
    rnode *root = rp_disj(&p);
    if (!p.err && p.i < p.n) p.err = p.s[p.i] == ')' ? "Unmatched ')'" : "Unexpected character";
    if (p.err) {
        if (err) {
            arena t = { 0 };
            char *s = js_to_utf8(&t, src);
            fail(err, "Invalid regular expression: /%s/%s: %s", s, flags, p.err);
            arena_free(&t);
        }
        return NULL;
    }
    jsre *re = azalloc(a, sizeof *re);
    re->root = root;
    re->ngroups = p.ngroups;
    re->icase = p.icase;
    re->uni = p.uni;
    re->anchored = root && root->type == R_BOL;
    return re;
}

/* ---- matcher --------------------------------------------------------- */

typedef struct {
    const u16 *s;
    size_t n;
    const jsre *re;
    long *caps; /* 2 * (ngroups + 1), -1 = undefined */
    size_t endpos;
} rmatch;

typedef struct kont kont;
struct kont {
    int (*fn)(rmatch *m, const kont *k, size_t pos);
    const kont *up;
    const rnode *node;
    size_t start;
    long count;
};

static int m_seq(rmatch *m, const rnode *n, size_t pos, const kont *k);

static int m_read(const rmatch *m, size_t pos, uint32_t *c)
{
    if (pos >= m->n) return 0;
    uint32_t x = m->s[pos];
    if (m->re->uni && x >= 0xD800 && x <= 0xDBFF && pos + 1 < m->n && m->s[pos + 1] >= 0xDC00 &&
        m->s[pos + 1] <= 0xDFFF) {
        *c = 0x10000 + ((x - 0xD800) << 10) + (m->s[pos + 1] - 0xDC00);
        return 2;
    }
    *c = x;
    return 1;
}

/* single-character atom at pos: returns width or 0 */
static int m_atom1(const rmatch *m, const rnode *n, size_t pos)
{
    uint32_t c;
    int w = m_read(m, pos, &c);
    if (!w) return 0;
    switch (n->type) {
    case R_CHAR:
        if (m->re->icase) c = re_canon(c);
        return c == n->c ? w : 0;
    case R_ANY:
        return re_is_lt(c) ? 0 : w;
    case R_CLASS:
        return cls_match(n->cls, c, m->re->icase) ? w : 0;
    default:
        return 0;
    }
}

static int k_seq(rmatch *m, const kont *k, size_t pos)
{
    return m_seq(m, k->node, pos, k->up);
}

static int k_accept(rmatch *m, const kont *k, size_t pos)
{
    (void)m;
    (void)k;
    (void)pos;
    return 1;
}

static int k_behind(rmatch *m, const kont *k, size_t pos)
{
    (void)m;
    return pos == k->start;
}

static int k_group(rmatch *m, const kont *k, size_t pos)
{
    const rnode *n = k->node;
    long o0 = m->caps[2 * n->idx], o1 = m->caps[2 * n->idx + 1];
    m->caps[2 * n->idx] = (long)k->start;
    m->caps[2 * n->idx + 1] = (long)pos;
    if (m_seq(m, n->next, pos, k->up)) return 1;
    m->caps[2 * n->idx] = o0;
    m->caps[2 * n->idx + 1] = o1;
    return 0;
}

static int m_rep(rmatch *m, const rnode *n, size_t pos, long count, const kont *k);

static int k_rep(rmatch *m, const kont *k, size_t pos)
{
    const rnode *n = k->node;
    if (pos == k->start && k->count - 1 >= n->min) return 0;
    return m_rep(m, n, pos, k->count, k->up);
}

static int m_rep(rmatch *m, const rnode *n, size_t pos, long count, const kont *k)
{
    if (n->simple) {
        size_t maxc = n->max < 0 ? SIZE_MAX : (size_t)n->max;
        size_t minc = (size_t)n->min;
        if (n->greedy) {
            size_t c = 0;
            while (c < maxc && m_atom1(m, n->body, pos + c)) c++;
            if (c < minc) return 0;
            for (size_t i = c;; i--) {
                if (m_seq(m, n->next, pos + i, k)) return 1;
                if (i == minc) break;
            }
            return 0;
        }
        size_t i = 0;
        while (i < minc) {
            if (!m_atom1(m, n->body, pos + i)) return 0;
            i++;
        }
        for (;;) {
            if (m_seq(m, n->next, pos + i, k)) return 1;
            if (i >= maxc || !m_atom1(m, n->body, pos + i)) return 0;
            i++;
        }
    }
    kont kk = { k_rep, k, n, pos, count + 1 };
    int ncap = n->caphi - n->caplo;
    long saved[ncap > 0 ? 2 * ncap : 1];
    int can_iter = n->max < 0 || count < n->max;
    if (n->greedy) {
        if (can_iter) {
            if (ncap > 0) {
                memcpy(saved, m->caps + 2 * n->caplo, sizeof(long) * 2 * (size_t)ncap);
                for (int g = n->caplo; g < n->caphi; g++) m->caps[2 * g] = m->caps[2 * g + 1] = -1;
            }
            if (m_seq(m, n->body, pos, &kk)) return 1;
            if (ncap > 0) memcpy(m->caps + 2 * n->caplo, saved, sizeof(long) * 2 * (size_t)ncap);
        }
        if (count >= n->min) return m_seq(m, n->next, pos, k);
        return 0;
    }
    if (count >= n->min && m_seq(m, n->next, pos, k)) return 1;
    if (can_iter) {
        if (ncap > 0) {
            memcpy(saved, m->caps + 2 * n->caplo, sizeof(long) * 2 * (size_t)ncap);
            for (int g = n->caplo; g < n->caphi; g++) m->caps[2 * g] = m->caps[2 * g + 1] = -1;
        }
        if (m_seq(m, n->body, pos, &kk)) return 1;
        if (ncap > 0) memcpy(m->caps + 2 * n->caplo, saved, sizeof(long) * 2 * (size_t)ncap);
    }
    return 0;
}

static int m_seq(rmatch *m, const rnode *n, size_t pos, const kont *k)
{
    for (;;) {
        if (!n) {
            if (k) return k->fn(m, k, pos);
            m->endpos = pos;
            return 1;
        }
        switch (n->type) {
        case R_CHAR:
        case R_ANY:
        case R_CLASS: {
            int w = m_atom1(m, n, pos);
            if (!w) return 0;
            pos += (size_t)w;
            n = n->next;
            continue;
        }
        case R_BOL:
            if (pos != 0) return 0;
            n = n->next;
            continue;
        case R_EOL:
            if (pos != m->n) return 0;
            n = n->next;
            continue;
        case R_WORDB:
        case R_NWORDB: {
            int a = pos > 0 && re_is_word(m->s[pos - 1]);
            int b = pos < m->n && re_is_word(m->s[pos]);
            if ((a != b) != (n->type == R_WORDB)) return 0;
            n = n->next;
            continue;
        }
        case R_ALT: {
            kont kk = { k_seq, k, n->next, 0, 0 };
            for (size_t i = 0; i < n->nalts; i++)
                if (m_seq(m, n->alts[i], pos, &kk)) return 1;
            return 0;
        }
        case R_GROUP: {
            if (!n->idx) {
                kont kk = { k_seq, k, n->next, 0, 0 };
                return m_seq(m, n->body, pos, &kk);
            }
            kont kk = { k_group, k, n, pos, 0 };
            return m_seq(m, n->body, pos, &kk);
        }
        case R_LOOK: {
            size_t nc = 2 * ((size_t)m->re->ngroups + 1);
            long saved[nc];
            memcpy(saved, m->caps, sizeof saved);
            int r = 0;
            if (!n->behind) {
                kont kk = { k_accept, NULL, NULL, 0, 0 };
                r = m_seq(m, n->body, pos, &kk);
            } else {
                for (size_t j = pos + 1; j-- > 0;) {
                    kont kk = { k_behind, NULL, NULL, pos, 0 };
                    if (m_seq(m, n->body, j, &kk)) {
                        r = 1;
                        break;
                    }
                }
            }
            if (n->neg) {
                memcpy(m->caps, saved, sizeof saved);
                if (r) return 0;
                n = n->next;
                continue;
            }
            if (!r) {
                memcpy(m->caps, saved, sizeof saved);
                return 0;
            }
            if (m_seq(m, n->next, pos, k)) return 1;
            memcpy(m->caps, saved, sizeof saved);
            return 0;
        }
        case R_BACKREF: {
            long s0 = m->caps[2 * n->idx], s1 = m->caps[2 * n->idx + 1];
            if (s0 >= 0 && s1 >= s0) {
                size_t len = (size_t)(s1 - s0);
                if (pos + len > m->n) return 0;
                for (size_t i = 0; i < len; i++) {
                    uint32_t x = m->s[(size_t)s0 + i], y = m->s[pos + i];
                    if (m->re->icase) {
                        x = re_canon(x);
                        y = re_canon(y);
                    }
                    if (x != y) return 0;
                }
                pos += len;
            }
            n = n->next;
            continue;
        }
        case R_REPEAT:
            return m_rep(m, n, pos, 0, k);
        default:
            return 0;
        }
    }
}

/* RegExp exec from `start`; caps must hold 2*(ngroups+1) longs. */
static int jsre_exec(const jsre *re, js s, size_t start, long *caps)
{
    rmatch m = { s.s, s.n, re, caps, 0 };
    size_t nc = 2 * ((size_t)re->ngroups + 1);
    for (size_t pos = start; pos <= s.n;) {
        for (size_t i = 0; i < nc; i++) caps[i] = -1;
        if (m_seq(&m, re->root, pos, NULL)) {
            caps[0] = (long)pos;
            caps[1] = (long)m.endpos;
            return 1;
        }
        if (re->anchored) break;
        uint32_t c;
        int w = m_read(&m, pos, &c);
        pos += w ? (size_t)w : 1;
    }
    return 0;
}

static int jsre_test(const jsre *re, js s)
{
    size_t nc = 2 * ((size_t)re->ngroups + 1);
    long caps[nc];
    return jsre_exec(re, s, 0, caps);
}

/* Capture i of the last match (JS `undefined` -> .s == NULL && .n == 0 and *defined = 0) */
static js re_cap(js s, const long *caps, int i, int *defined)
{
    if (caps[2 * i] < 0) {
        if (defined) *defined = 0;
        return JS_EMPTY;
    }
    if (defined) *defined = 1;
    return js_sub(s, (size_t)caps[2 * i], (size_t)caps[2 * i + 1]);
}

typedef js (*re_replacer)(arena *a, void *ud, js subject, const long *caps, int ngroups);

/* String.prototype.replace(regex, fn) */
static js jsre_replace(arena *a, const jsre *re, int global, js s, re_replacer fn, void *ud)
{
    size_t nc = 2 * ((size_t)re->ngroups + 1);
    long caps[nc];
    jsb b;
    jsb_init(&b, a);
    size_t last = 0, pos = 0;
    int any = 0;
    while (pos <= s.n && jsre_exec(re, s, pos, caps)) {
        any = 1;
        jsb_put(&b, js_sub(s, last, (size_t)caps[0]));
        jsb_put(&b, fn(a, ud, s, caps, re->ngroups));
        last = (size_t)caps[1];
        if (!global) break;
        if (caps[1] == caps[0]) {
            uint32_t c;
            rmatch m = { s.s, s.n, re, caps, 0 };
            int w = m_read(&m, (size_t)caps[1], &c);
            pos = (size_t)caps[1] + (w ? (size_t)w : 1);
        } else {
            pos = (size_t)caps[1];
        }
    }
    if (!any) return s;
    jsb_put(&b, js_sub(s, last, s.n));
    return jsb_js(&b);
}

/* ===================================================================== */
/* 3. node's path (posix) on byte strings                                 */
/* ===================================================================== */

typedef struct {
    char *s;
    size_t n, cap;
} sbuf;

static void sb_reserve(sbuf *b, size_t extra)
{
    if (b->n + extra + 1 <= b->cap) return;
    size_t nc = b->cap ? b->cap * 2 : 64;
    while (nc < b->n + extra + 1) nc *= 2;
    b->s = xrealloc(b->s, nc);
    b->cap = nc;
}

static void sb_putn(sbuf *b, const char *s, size_t n)
{
    sb_reserve(b, n);
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
}

static void sb_puts(sbuf *b, const char *s)
{
    sb_putn(b, s, strlen(s));
}

static char *sb_take(sbuf *b)
{
    if (!b->s) return xstrdup("");
    char *s = b->s;
    b->s = NULL;
    b->n = b->cap = 0;
    return s;
}

static size_t sb_lastslash(const sbuf *b)
{
    for (size_t i = b->n; i-- > 0;)
        if (b->s[i] == '/') return i;
    return (size_t)-1;
}

/* node's normalizeString(path, allowAboveRoot, '/') */
static char *normalize_string(const char *path, size_t len, int allow_above_root)
{
    sbuf res = { 0 };
    sb_reserve(&res, len);
    res.s[0] = 0;
    size_t last_seg_len = 0;
    long last_slash = -1;
    int dots = 0;
    int code = 0;
    for (size_t i = 0; i <= len; ++i) {
        if (i < len)
            code = (unsigned char)path[i];
        else if (code == '/')
            break;
        else
            code = '/';
        if (code == '/') {
            if (last_slash == (long)i - 1 || dots == 1) {
                /* NOOP */
            } else if (dots == 2) {
                if (res.n < 2 || last_seg_len != 2 || res.s[res.n - 1] != '.' || res.s[res.n - 2] != '.') {
                    if (res.n > 2) {
                        size_t k = sb_lastslash(&res);
                        if (k == (size_t)-1) {
                            res.n = 0;
                            last_seg_len = 0;
                        } else {
                            res.n = k;
                            size_t k2 = sb_lastslash(&res);
                            last_seg_len = res.n - 1 - (k2 == (size_t)-1 ? (size_t)-1 : k2);
                        }
                        res.s[res.n] = 0;
                        last_slash = (long)i;
                        dots = 0;
                        continue;
                    } else if (res.n != 0) {
                        res.n = 0;
                        res.s[0] = 0;
                        last_seg_len = 0;
                        last_slash = (long)i;
                        dots = 0;
                        continue;
                    }
                }
                if (allow_above_root) {
                    sb_puts(&res, res.n > 0 ? "/.." : "..");
                    last_seg_len = 2;
                }
            } else {
                if (res.n > 0) sb_putn(&res, "/", 1);
                sb_putn(&res, path + last_slash + 1, i - (size_t)(last_slash + 1));
                last_seg_len = i - (size_t)last_slash - 1;
            }
            last_slash = (long)i;
            dots = 0;
        } else if (code == '.' && dots != -1) {
            ++dots;
        } else {
            dots = -1;
        }
    }
    return sb_take(&res);
}

static char *path_normalize(const char *p)
{
    size_t len = strlen(p);
    if (len == 0) return xstrdup(".");
    int abs = p[0] == '/';
    int trailing = p[len - 1] == '/';
    char *r = normalize_string(p, len, !abs);
    if (!*r) {
        free(r);
        return xstrdup(abs ? "/" : trailing ? "./" : ".");
    }
    char *o = xasprintf("%s%s%s", abs ? "/" : "", r, trailing ? "/" : "");
    free(r);
    return o;
}

/* path.join(a, b) */
static char *path_join(const char *a, const char *b)
{
    if (!*a && !*b) return xstrdup(".");
    if (!*a) return path_normalize(b);
    if (!*b) return path_normalize(a);
    char *j = xasprintf("%s/%s", a, b);
    char *r = path_normalize(j);
    free(j);
    return r;
}

/* path.resolve(p) / path.resolve(base, p) (base may be NULL) */
static char *path_resolve2(const char *base, const char *p)
{
    sbuf acc = { 0 };
    int absolute = 0;
    const char *args[2] = { base, p };
    for (int i = 1; i >= 0 && !absolute; i--) {
        const char *x = args[i];
        if (!x || !*x) continue;
        char *t = xasprintf("%s/%s", x, acc.s ? acc.s : "");
        free(acc.s);
        acc.s = t;
        acc.n = strlen(t);
        acc.cap = acc.n + 1;
        absolute = x[0] == '/';
    }
    if (!absolute) {
        char cwd[PATH_MAX];
        if (!getcwd(cwd, sizeof cwd)) strcpy(cwd, "/");
        char *t = xasprintf("%s/%s", cwd, acc.s ? acc.s : "");
        free(acc.s);
        acc.s = t;
        acc.n = strlen(t);
        absolute = cwd[0] == '/';
    }
    char *r = normalize_string(acc.s, acc.n, !absolute);
    free(acc.s);
    char *o = absolute ? xasprintf("/%s", r) : (*r ? xstrdup(r) : xstrdup("."));
    free(r);
    return o;
}

static char *path_resolve(const char *p)
{
    return path_resolve2(NULL, p);
}

static char *path_dirname(const char *p)
{
    size_t len = strlen(p);
    if (len == 0) return xstrdup(".");
    int has_root = p[0] == '/';
    long end = -1;
    int matched_slash = 1;
    for (size_t i = len - 1; i >= 1; --i) {
        if (p[i] == '/') {
            if (!matched_slash) {
                end = (long)i;
                break;
            }
        } else {
            matched_slash = 0;
        }
    }
    if (end == -1) return xstrdup(has_root ? "/" : ".");
    if (has_root && end == 1) return xstrdup("//");
    return xstrndup(p, (size_t)end);
}

static char *path_basename(const char *p)
{
    size_t len = strlen(p);
    size_t start = 0;
    long end = -1;
    int matched_slash = 1;
    for (size_t i = len; i-- > 0;) {
        if (p[i] == '/') {
            if (!matched_slash) {
                start = i + 1;
                break;
            }
        } else if (end == -1) {
            matched_slash = 0;
            end = (long)i + 1;
        }
    }
    if (end == -1) return xstrdup("");
    return xstrndup(p + start, (size_t)end - start);
}

/* path.extname into out (size outsz); returns length */
static size_t path_extname(const char *p, char *out, size_t outsz)
{
    size_t len = strlen(p);
    long start_dot = -1, end = -1;
    size_t start_part = 0;
    int matched_slash = 1, pre_dot = 0;
    for (size_t i = len; i-- > 0;) {
        char c = p[i];
        if (c == '/') {
            if (!matched_slash) {
                start_part = i + 1;
                break;
            }
            continue;
        }
        if (end == -1) {
            matched_slash = 0;
            end = (long)i + 1;
        }
        if (c == '.') {
            if (start_dot == -1)
                start_dot = (long)i;
            else if (pre_dot != 1)
                pre_dot = 1;
        } else if (start_dot != -1) {
            pre_dot = -1;
        }
    }
    size_t n = 0;
    if (!(start_dot == -1 || end == -1 || pre_dot == 0 ||
          (pre_dot == 1 && start_dot == end - 1 && start_dot == (long)start_part + 1)))
        n = (size_t)(end - start_dot);
    if (outsz) {
        size_t c = n < outsz - 1 ? n : outsz - 1;
        if (c) memcpy(out, p + start_dot, c);
        out[c] = 0;
    }
    return n;
}

/* path.relative(from, to) */
static char *path_relative(const char *from0, const char *to0)
{
    if (strcmp(from0, to0) == 0) return xstrdup("");
    char *from = path_resolve(from0), *to = path_resolve(to0);
    if (strcmp(from, to) == 0) {
        free(from);
        free(to);
        return xstrdup("");
    }
    size_t from_start = 1, from_end = strlen(from), from_len = from_end - from_start;
    size_t to_start = 1, to_len = strlen(to) - to_start;
    size_t length = from_len < to_len ? from_len : to_len;
    long last_common = -1;
    size_t i = 0;
    for (; i < length; i++) {
        char fc = from[from_start + i];
        if (fc != to[to_start + i]) break;
        if (fc == '/') last_common = (long)i;
    }
    char *res = NULL;
    if (i == length) {
        if (to_len > length) {
            if (to[to_start + i] == '/') res = xstrdup(to + to_start + i + 1);
            else if (i == 0) res = xstrdup(to + to_start + i);
        } else if (from_len > length) {
            if (from[from_start + i] == '/') last_common = (long)i;
            else if (i == 0) last_common = 0;
        }
    }
    if (!res) {
        sbuf out = { 0 };
        for (i = from_start + (size_t)(last_common + 1); i <= from_end; ++i) {
            if (i == from_end || from[i] == '/') sb_puts(&out, out.n == 0 ? ".." : "/..");
        }
        sb_puts(&out, to + (size_t)((long)to_start + last_common));
        res = sb_take(&out);
    }
    free(from);
    free(to);
    return res;
}

/* ===================================================================== */
/* 4. brace-expansion 5 (as used by minimatch.braceExpand)                */
/* ===================================================================== */

typedef struct {
    arena *a;
    js esc_slash, esc_open, esc_close, esc_comma, esc_period;
} bexp;

/* balanced-match's range('{', '}', str) */
static int bm_range(js str, long *r0, long *r1)
{
    long ai = js_indexof_c(str, '{', 0);
    long bi = js_indexof_c(str, '}', (size_t)(ai + 1));
    long i = ai;
    long *begs = NULL;
    size_t nb = 0, capb = 0;
    long left = 0, right = -1;
    int have_right = 0, have_result = 0;
    long res0 = 0, res1 = 0;
    if (ai >= 0 && bi > 0) {
        left = (long)str.n;
        while (i >= 0 && !have_result) {
            if (i == ai) {
                if (nb == capb) {
                    capb = capb ? capb * 2 : 8;
                    begs = xrealloc(begs, capb * sizeof *begs);
                }
                begs[nb++] = i;
                ai = js_indexof_c(str, '{', (size_t)i + 1);
            } else if (nb == 1) {
                long r = begs[--nb];
                res0 = r;
                res1 = bi;
                have_result = 1;
            } else {
                if (nb) {
                    long beg = begs[--nb];
                    if (beg < left) {
                        left = beg;
                        right = bi;
                        have_right = 1;
                    }
                }
                bi = js_indexof_c(str, '}', (size_t)i + 1);
            }
            i = (ai < bi && ai >= 0) ? ai : bi;
        }
        if (nb && have_right) {
            res0 = left;
            res1 = right;
            have_result = 1;
        }
    }
    free(begs);
    if (!have_result) return 0;
    *r0 = res0;
    *r1 = res1;
    return 1;
}

typedef struct {
    js pre, body, post;
} bm_t;

static int bm_balanced(js str, bm_t *m)
{
    long r0, r1;
    if (!bm_range(str, &r0, &r1)) return 0;
    m->pre = js_sub(str, 0, (size_t)r0);
    m->body = js_sub(str, (size_t)r0 + 1, (size_t)r1);
    m->post = js_sub(str, (size_t)r1 + 1, str.n);
    return 1;
}

static jsvec bx_parse_comma_parts(bexp *B, js str)
{
    jsvec parts = { 0 };
    js carry = JS_EMPTY;
    js comma = js_a(B->a, ",");
    for (;;) {
        bm_t m;
        if (!bm_balanced(str, &m)) {
            jsvec tail = js_split_s(B->a, str, comma);
            tail.v[0] = js_cat(B->a, carry, tail.v[0]);
            for (size_t i = 0; i < tail.n; i++) jsvec_push(B->a, &parts, tail.v[i]);
            return parts;
        }
        jsvec p = js_split_s(B->a, m.pre, comma);
        p.v[0] = js_cat(B->a, carry, p.v[0]);
        {
            jsb b;
            jsb_init(&b, B->a);
            jsb_put(&b, p.v[p.n - 1]);
            jsb_putc(&b, '{');
            jsb_put(&b, m.body);
            jsb_putc(&b, '}');
            p.v[p.n - 1] = jsb_js(&b);
        }
        if (!m.post.n) {
            for (size_t i = 0; i < p.n; i++) jsvec_push(B->a, &parts, p.v[i]);
            return parts;
        }
        carry = p.v[--p.n];
        for (size_t i = 0; i < p.n; i++) jsvec_push(B->a, &parts, p.v[i]);
        str = m.post;
    }
}

#define BX_MAX 100000
#define BX_MAX_LENGTH 4000000
#define BX_MAX_DEPTH 1000
#define BX_MAX_REWRITES 1000

static jsvec bx_combine(bexp *B, jsvec acc, js pre, const jsvec *values, int drop_empties)
{
    jsvec out = { 0 };
    size_t length = 0;
    for (size_t a = 0; a < acc.n; a++) {
        for (size_t v = 0; v < values->n; v++) {
            if (out.n >= BX_MAX) return out;
            js e = js_cat3(B->a, acc.v[a], pre, values->v[v]);
            if (drop_empties && !e.n) continue;
            if (length + e.n > BX_MAX_LENGTH) return out;
            jsvec_push(B->a, &out, e);
            length += e.n;
        }
    }
    return out;
}

static jsvec bx_one_empty(bexp *B)
{
    jsvec v = { 0 };
    jsvec_push(B->a, &v, JS_EMPTY);
    return v;
}

/* /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/ and /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/ */
static size_t bx_int(js s, size_t i)
{
    size_t j = i;
    if (j < s.n && s.s[j] == '-') j++;
    size_t d = j;
    while (j < s.n && s.s[j] >= '0' && s.s[j] <= '9') j++;
    return j > d ? j - i : 0;
}

static int bx_is_numeric_seq(js s)
{
    size_t i = 0, k;
    if (!(k = bx_int(s, i))) return 0;
    i += k;
    if (!js_startsa(s, "..", i)) return 0;
    i += 2;
    if (!(k = bx_int(s, i))) return 0;
    i += k;
    if (i == s.n) return 1;
    if (!js_startsa(s, "..", i)) return 0;
    i += 2;
    if (!(k = bx_int(s, i))) return 0;
    return i + k == s.n;
}

static int bx_alpha(u16 c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int bx_is_alpha_seq(js s)
{
    if (s.n < 4 || !bx_alpha(s.s[0]) || s.s[1] != '.' || s.s[2] != '.' || !bx_alpha(s.s[3])) return 0;
    if (s.n == 4) return 1;
    if (!js_startsa(s, "..", 4)) return 0;
    size_t k = bx_int(s, 6);
    return k && 6 + k == s.n;
}

/* numeric(str): !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0) */
static double bx_numeric(js s)
{
    size_t k = bx_int(s, 0);
    if (k && k == s.n) {
        double v = 0;
        size_t i = 0;
        int neg = 0;
        if (s.s[0] == '-') {
            neg = 1;
            i = 1;
        }
        for (; i < s.n; i++) v = v * 10 + (s.s[i] - '0');
        return neg ? -v : v;
    }
    return s.n ? (double)s.s[0] : 0;
}

static int bx_is_padded(js s)
{
    size_t i = 0;
    if (i < s.n && s.s[i] == '-') i++;
    return i + 1 < s.n && s.s[i] == '0' && s.s[i + 1] >= '0' && s.s[i + 1] <= '9';
}

static js bx_num_str(arena *a, double v)
{
    char buf[64];
    if (v == 0) v = 0; /* -0 -> "0" */
    snprintf(buf, sizeof buf, "%.0f", v);
    return js_a(a, buf);
}

static jsvec bx_expand_sequence(bexp *B, js body, int is_alpha)
{
    jsvec N = { 0 };
    jsvec n = js_split_s(B->a, body, js_a(B->a, ".."));
    if (n.n < 2) return N;
    double x = bx_numeric(n.v[0]);
    double y = bx_numeric(n.v[1]);
    size_t width = n.v[0].n > n.v[1].n ? n.v[0].n : n.v[1].n;
    double incr = 1;
    if (n.n == 3) {
        double t = bx_numeric(n.v[2]);
        if (t < 0) t = -t;
        incr = t > 1 ? t : 1;
    }
    int reverse = y < x;
    if (reverse) incr = -incr;
    int pad = 0;
    for (size_t i = 0; i < n.n; i++) pad |= bx_is_padded(n.v[i]);
    size_t length = 0;
    for (double i = x; (reverse ? i >= y : i <= y) && N.n < BX_MAX; i += incr) {
        js c;
        if (is_alpha) {
            u16 ch = (u16)(long)i;
            if (ch == '\\') {
                c = JS_EMPTY;
            } else {
                u16 *p = aalloc(B->a, sizeof(u16));
                *p = ch;
                c.s = p;
                c.n = 1;
            }
        } else {
            c = bx_num_str(B->a, i);
            if (pad) {
                if (width > c.n) {
                    size_t need = width - c.n;
                    jsb b;
                    jsb_init(&b, B->a);
                    if (i < 0) {
                        jsb_putc(&b, '-');
                        for (size_t z = 0; z < need; z++) jsb_putc(&b, '0');
                        jsb_put(&b, js_sub(c, 1, c.n));
                    } else {
                        for (size_t z = 0; z < need; z++) jsb_putc(&b, '0');
                        jsb_put(&b, c);
                    }
                    c = jsb_js(&b);
                }
            }
        }
        if (length + c.n > BX_MAX_LENGTH) break;
        jsvec_push(B->a, &N, c);
        length += c.n;
    }
    return N;
}

/* /,(?!,).*\}/ : a ',' not followed by ',' and later a '}' with no line terminator between */
static int bx_post_rewrite_test(js post)
{
    for (size_t i = 0; i < post.n; i++) {
        if (post.s[i] != ',' || (i + 1 < post.n && post.s[i + 1] == ',')) continue;
        for (size_t j = i + 1; j < post.n; j++) {
            if (post.s[j] == '}') return 1;
            if (re_is_lt(post.s[j])) break;
        }
    }
    return 0;
}

static jsvec bx_expand_(bexp *B, js str, int depth, int is_top)
{
    if (depth > BX_MAX_DEPTH) {
        jsvec v = { 0 };
        jsvec_push(B->a, &v, str);
        return v;
    }
    jsvec acc = bx_one_empty(B);
    jsvec one = bx_one_empty(B);
    int rewrites = 0, drop_empties = 0, first_group = 1;
    for (;;) {
        bm_t m;
        if (!bm_balanced(str, &m)) return bx_combine(B, acc, str, &one, drop_empties);
        js pre = m.pre;
        js braced;
        {
            jsb b;
            jsb_init(&b, B->a);
            jsb_put(&b, pre);
            jsb_putc(&b, '{');
            jsb_put(&b, m.body);
            jsb_putc(&b, '}');
            braced = jsb_js(&b);
        }
        if (pre.n && pre.s[pre.n - 1] == '$') {
            acc = bx_combine(B, acc, braced, &one, drop_empties && !m.post.n);
            first_group = 0;
            if (!m.post.n) break;
            str = m.post;
            continue;
        }
        int is_num = bx_is_numeric_seq(m.body);
        int is_alpha = bx_is_alpha_seq(m.body);
        int is_seq = is_num || is_alpha;
        int is_opts = js_indexof_c(m.body, ',', 0) >= 0;
        if (!is_seq && !is_opts) {
            if (rewrites < BX_MAX_REWRITES && bx_post_rewrite_test(m.post)) {
                rewrites++;
                jsb b;
                jsb_init(&b, B->a);
                jsb_put(&b, m.pre);
                jsb_putc(&b, '{');
                jsb_put(&b, m.body);
                jsb_put(&b, B->esc_close);
                jsb_put(&b, m.post);
                str = jsb_js(&b);
                is_top = 1;
                continue;
            }
            return bx_combine(B, acc, js_cat(B->a, braced, m.post), &one, drop_empties);
        }
        if (first_group) {
            drop_empties = is_top && !is_seq;
            first_group = 0;
        }
        jsvec values = { 0 };
        if (is_seq) {
            values = bx_expand_sequence(B, m.body, is_alpha);
        } else {
            jsvec n = bx_parse_comma_parts(B, m.body);
            if (n.n == 1) {
                jsvec e = bx_expand_(B, n.v[0], depth + 1, 0);
                jsvec n2 = { 0 };
                for (size_t i = 0; i < e.n; i++) {
                    jsb b;
                    jsb_init(&b, B->a);
                    jsb_putc(&b, '{');
                    jsb_put(&b, e.v[i]);
                    jsb_putc(&b, '}');
                    jsvec_push(B->a, &n2, jsb_js(&b));
                }
                n = n2;
                if (n.n == 1) {
                    acc = bx_combine(B, acc, js_cat(B->a, pre, n.v[0]), &one, drop_empties && !m.post.n);
                    if (!m.post.n) break;
                    str = m.post;
                    continue;
                }
            }
            int drops = drop_empties && !m.post.n && !pre.n;
            for (size_t d = 0; drops && d < acc.n; d++)
                if (acc.v[d].n) drops = 0;
            size_t vlen = 0;
            int stop = 0;
            for (size_t j = 0; j < n.n && !stop; j++) {
                jsvec ex = bx_expand_(B, n.v[j], depth + 1, 0);
                for (size_t k = 0; k < ex.n; k++) {
                    js v = ex.v[k];
                    if (drops && !v.n) continue;
                    if (values.n >= BX_MAX || vlen + v.n > BX_MAX_LENGTH) {
                        stop = 1;
                        break;
                    }
                    jsvec_push(B->a, &values, v);
                    vlen += v.n;
                }
            }
        }
        acc = bx_combine(B, acc, pre, &values, drop_empties && !m.post.n);
        if (!m.post.n) break;
        str = m.post;
    }
    return acc;
}

static js bx_sentinel(arena *a, u16 kind)
{
    u16 *p = aalloc(a, 3 * sizeof(u16));
    p[0] = 0;
    p[1] = kind;
    p[2] = 0;
    js r = { p, 3 };
    return r;
}

/* brace-expansion expand(str) */
static jsvec brace_expand(arena *a, js str)
{
    jsvec out = { 0 };
    if (!str.n) return out;
    bexp B;
    B.a = a;
    B.esc_slash = bx_sentinel(a, 0xFDD0);
    B.esc_open = bx_sentinel(a, 0xFDD1);
    B.esc_close = bx_sentinel(a, 0xFDD2);
    B.esc_comma = bx_sentinel(a, 0xFDD3);
    B.esc_period = bx_sentinel(a, 0xFDD4);
    if (js_startsa(str, "{}", 0)) str = js_cat(a, js_a(a, "\\{\\}"), js_sub(str, 2, str.n));
    /* escapeBraces */
    str = js_replace_all_lit(a, str, js_a(a, "\\\\"), B.esc_slash);
    str = js_replace_all_lit(a, str, js_a(a, "\\{"), B.esc_open);
    str = js_replace_all_lit(a, str, js_a(a, "\\}"), B.esc_close);
    str = js_replace_all_lit(a, str, js_a(a, "\\,"), B.esc_comma);
    str = js_replace_all_lit(a, str, js_a(a, "\\."), B.esc_period);
    jsvec r = bx_expand_(&B, str, 0, 1);
    for (size_t i = 0; i < r.n; i++) {
        js s = r.v[i];
        s = js_replace_all_lit(a, s, B.esc_slash, js_a(a, "\\"));
        s = js_replace_all_lit(a, s, B.esc_open, js_a(a, "{"));
        s = js_replace_all_lit(a, s, B.esc_close, js_a(a, "}"));
        s = js_replace_all_lit(a, s, B.esc_comma, js_a(a, ","));
        s = js_replace_all_lit(a, s, B.esc_period, js_a(a, "."));
        jsvec_push(a, &out, s);
    }
    return out;
}

/* ===================================================================== */
/* 5. minimatch 10 (options used by aws-cdk-lib: matchBase, flipNegate)   */
/* ===================================================================== */

/* regexes compiled once (immutable afterwards, shared by all threads) */
typedef struct {
    arena a;
    jsre *star_re, *star_dot_ext_re, *qmarks_re, *star_dot_star_re, *dot_star_re;
    jsre *brace_test;
    jsre *unesc1, *unesc2;
    /* node-ignore */
    jsre *ig_blank, *ig_bad_trailing_bs, *ig_lead_excl, *ig_lead_hash, *ig_invalid_path;
    jsre *ig_range, *ig_slash_not_end, *ig_escaped_star, *ig_trailing_slash;
    jsre *ig_rep[16];
    /* dockerignore strategy */
    jsre *dk_negative;
} consts_t;

static pthread_once_t g_consts_once = PTHREAD_ONCE_INIT;
static consts_t g_consts;
static int g_consts_ok;

static jsre *const_re(const char *src, const char *flags)
{
    char *e = NULL;
    jsre *re = jsre_compile(&g_consts.a, js_from_utf8(&g_consts.a, src), flags, &e);
    if (!re) {
        fprintf(stderr, "ccdk: internal regex failed: %s\n", e ? e : src);
        free(e);
        g_consts_ok = 0;
    }
    return re;
}

static const char *const IG_REPLACER_SRC[16] = {
    "^\\uFEFF",
    "((?:\\\\\\\\)*?)(\\\\?\\s+)$",
    "(\\\\+?)\\s",
    "[\\\\$.|*+(){^]",
    "(?!\\\\)\\?",
    "^\\/",
    "\\/",
    "^\\^*\\\\\\*\\\\\\*\\\\\\/",
    "^(?=[^^])",
    "\\\\\\/\\\\\\*\\\\\\*(?=\\\\\\/|$)",
    "(^|[^\\\\]+)(\\\\\\*)+(?=.+)",
    "\\\\\\\\\\\\(?=[$.|*+(){^])",
    "\\\\\\\\",
    "(\\\\)?\\[([^\\]/]*?)(\\\\*)($|\\])",
    "(?:[^*])$",
    "(\\^|\\\\\\/)?\\\\\\*$",
};
static const int IG_REPLACER_GLOBAL[16] = { 0, 0, 1, 1, 1, 0, 1, 0, 0, 1, 1, 1, 1, 1, 0, 0 };

static void consts_init(void)
{
    g_consts_ok = 1;
    g_consts.star_re = const_re("^\\*+$", "");
    g_consts.star_dot_ext_re = const_re("^\\*+([^+@!?*[(]*)$", "");
    g_consts.qmarks_re = const_re("^\\?+([^+@!?*[(]*)?$", "");
    g_consts.star_dot_star_re = const_re("^\\*+\\.\\*+$", "");
    g_consts.dot_star_re = const_re("^\\.\\*+$", "");
    g_consts.brace_test = const_re("\\{(?:(?!\\{).)*\\}", "");
    g_consts.unesc1 = const_re("((?!\\\\).|^)\\[([^/\\\\])\\]", "g");
    g_consts.unesc2 = const_re("\\\\([^/])", "g");
    g_consts.ig_blank = const_re("^\\s+$", "");
    g_consts.ig_bad_trailing_bs = const_re("(?:[^\\\\]|^)\\\\$", "");
    g_consts.ig_lead_excl = const_re("^\\\\!", "");
    g_consts.ig_lead_hash = const_re("^\\\\#", "");
    g_consts.ig_invalid_path = const_re("^\\.*\\/|^\\.+$", "");
    g_consts.ig_range = const_re("([0-z])-([0-z])", "g");
    g_consts.ig_slash_not_end = const_re("\\/(?!$)", "");
    g_consts.ig_escaped_star = const_re("\\\\\\*", "g");
    g_consts.ig_trailing_slash = const_re("\\/$", "");
    for (int i = 0; i < 16; i++) g_consts.ig_rep[i] = const_re(IG_REPLACER_SRC[i], IG_REPLACER_GLOBAL[i] ? "g" : "");
    g_consts.dk_negative = const_re("^\\s*(\\!|\\/\\!)(.*)", "");
}

static const consts_t *consts(void)
{
    pthread_once(&g_consts_once, consts_init);
    return g_consts_ok ? &g_consts : NULL;
}

/* ---- unescape / regExpEscape ---------------------------------------- */

static js rep_cap12(arena *a, void *ud, js s, const long *caps, int ng)
{
    (void)ud;
    (void)ng;
    return js_cat(a, re_cap(s, caps, 1, NULL), re_cap(s, caps, 2, NULL));
}

static js rep_cap1(arena *a, void *ud, js s, const long *caps, int ng)
{
    (void)a;
    (void)ud;
    (void)ng;
    return re_cap(s, caps, 1, NULL);
}

/* minimatch unescape(s) (magicalBraces: true, windowsPathsNoEscape: false) */
static js mm_unescape(arena *a, js s)
{
    const consts_t *C = consts();
    s = jsre_replace(a, C->unesc1, 1, s, rep_cap12, NULL);
    return jsre_replace(a, C->unesc2, 1, s, rep_cap1, NULL);
}

/* s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&') */
static void mm_re_escape_into(jsb *b, js s)
{
    for (size_t i = 0; i < s.n; i++) {
        u16 c = s.s[i];
        if (c == '-' || c == '[' || c == ']' || c == '{' || c == '}' || c == '(' || c == ')' || c == '*' ||
            c == '+' || c == '?' || c == '.' || c == ',' || c == '\\' || c == '^' || c == '$' || c == '|' ||
            c == '#' || js_is_space(c))
            jsb_putc(b, '\\');
        jsb_putc(b, c);
    }
}

/* s.replace(/[[\]\\-]/g, '\\$&') */
static void mm_brace_escape_into(jsb *b, js s)
{
    for (size_t i = 0; i < s.n; i++) {
        u16 c = s.s[i];
        if (c == '[' || c == ']' || c == '\\' || c == '-') jsb_putc(b, '\\');
        jsb_putc(b, c);
    }
}

/* ---- brace-expressions.js parseClass --------------------------------- */

typedef struct {
    js src;
    int uflag;
    size_t consumed;
    int magic;
} pclass_res;

static const struct {
    const char *cls, *unip;
    int u, neg;
} POSIX_CLASSES[] = {
    { "[:alnum:]", "\\p{L}\\p{Nl}\\p{Nd}", 1, 0 },
    { "[:alpha:]", "\\p{L}\\p{Nl}", 1, 0 },
    { "[:ascii:]", "\\x00-\\x7f", 0, 0 },
    { "[:blank:]", "\\p{Zs}\\t", 1, 0 },
    { "[:cntrl:]", "\\p{Cc}", 1, 0 },
    { "[:digit:]", "\\p{Nd}", 1, 0 },
    { "[:graph:]", "\\p{Z}\\p{C}", 1, 1 },
    { "[:lower:]", "\\p{Ll}", 1, 0 },
    { "[:print:]", "\\p{C}", 1, 0 },
    { "[:punct:]", "\\p{P}", 1, 0 },
    { "[:space:]", "\\p{Z}\\t\\r\\n\\v\\f", 1, 0 },
    { "[:upper:]", "\\p{Lu}", 1, 0 },
    { "[:word:]", "\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", 1, 0 },
    { "[:xdigit:]", "A-Fa-f0-9", 0, 0 },
};

static pclass_res mm_parse_class(arena *a, js glob, size_t position)
{
    pclass_res R = { JS_EMPTY, 0, 0, 0 };
    size_t pos = position;
    jsvec ranges = { 0 }, negs = { 0 };
    size_t i = pos + 1;
    int saw_start = 0, uflag = 0, escaping = 0, negate = 0;
    size_t end_pos = pos;
    int have_range_start = 0;
    u16 range_start = 0;
    while (i < glob.n) {
        u16 c = glob.s[i];
        if ((c == '!' || c == '^') && i == pos + 1) {
            negate = 1;
            i++;
            continue;
        }
        if (c == ']' && saw_start && !escaping) {
            end_pos = i + 1;
            break;
        }
        saw_start = 1;
        if (c == '\\') {
            if (!escaping) {
                escaping = 1;
                i++;
                continue;
            }
        }
        if (c == '[' && !escaping) {
            int matched = 0;
            for (size_t k = 0; k < sizeof POSIX_CLASSES / sizeof POSIX_CLASSES[0]; k++) {
                if (js_startsa(glob, POSIX_CLASSES[k].cls, i)) {
                    if (have_range_start) {
                        R.src = js_a(a, "$.");
                        R.consumed = glob.n - pos;
                        R.magic = 1;
                        return R;
                    }
                    i += strlen(POSIX_CLASSES[k].cls);
                    if (POSIX_CLASSES[k].neg)
                        jsvec_push(a, &negs, js_a(a, POSIX_CLASSES[k].unip));
                    else
                        jsvec_push(a, &ranges, js_a(a, POSIX_CLASSES[k].unip));
                    uflag = uflag || POSIX_CLASSES[k].u;
                    matched = 1;
                    break;
                }
            }
            if (matched) continue;
        }
        escaping = 0;
        if (have_range_start) {
            if (c > range_start) {
                jsb b;
                jsb_init(&b, a);
                js x = { &range_start, 1 }, y = { &glob.s[i], 1 };
                mm_brace_escape_into(&b, x);
                jsb_putc(&b, '-');
                mm_brace_escape_into(&b, y);
                jsvec_push(a, &ranges, jsb_js(&b));
            } else if (c == range_start) {
                jsb b;
                jsb_init(&b, a);
                js y = { &glob.s[i], 1 };
                mm_brace_escape_into(&b, y);
                jsvec_push(a, &ranges, jsb_js(&b));
            }
            have_range_start = 0;
            i++;
            continue;
        }
        if (js_startsa(glob, "-]", i + 1)) {
            jsb b;
            jsb_init(&b, a);
            js y = { &glob.s[i], 1 };
            mm_brace_escape_into(&b, y);
            jsb_puta(&b, "\\-");
            jsvec_push(a, &ranges, jsb_js(&b));
            i += 2;
            continue;
        }
        if (js_startsa(glob, "-", i + 1)) {
            range_start = c;
            have_range_start = 1;
            i += 2;
            continue;
        }
        {
            jsb b;
            jsb_init(&b, a);
            js y = { &glob.s[i], 1 };
            mm_brace_escape_into(&b, y);
            jsvec_push(a, &ranges, jsb_js(&b));
        }
        i++;
    }
    if (end_pos < i) return R; /* ['', false, 0, false] */
    if (!ranges.n && !negs.n) {
        R.src = js_a(a, "$.");
        R.consumed = glob.n - pos;
        R.magic = 1;
        return R;
    }
    /* /^\\?.$/.test(ranges[0]) */
    if (negs.n == 0 && ranges.n == 1 && !negate) {
        js r0 = ranges.v[0];
        int single = (r0.n == 1 && !re_is_lt(r0.s[0])) || (r0.n == 2 && r0.s[0] == '\\' && !re_is_lt(r0.s[1]));
        if (single) {
            js r = r0.n == 2 ? js_sub(r0, 1, 2) : r0;
            jsb b;
            jsb_init(&b, a);
            mm_re_escape_into(&b, r);
            R.src = jsb_js(&b);
            R.uflag = 0;
            R.consumed = end_pos - pos;
            R.magic = 0;
            return R;
        }
    }
    jsb sr, sn;
    jsb_init(&sr, a);
    jsb_init(&sn, a);
    jsb_putc(&sr, '[');
    if (negate) jsb_putc(&sr, '^');
    for (size_t k = 0; k < ranges.n; k++) jsb_put(&sr, ranges.v[k]);
    jsb_putc(&sr, ']');
    jsb_putc(&sn, '[');
    if (!negate) jsb_putc(&sn, '^');
    for (size_t k = 0; k < negs.n; k++) jsb_put(&sn, negs.v[k]);
    jsb_putc(&sn, ']');
    if (ranges.n && negs.n) {
        jsb c;
        jsb_init(&c, a);
        jsb_putc(&c, '(');
        jsb_put(&c, jsb_js(&sr));
        jsb_putc(&c, '|');
        jsb_put(&c, jsb_js(&sn));
        jsb_putc(&c, ')');
        R.src = jsb_js(&c);
    } else if (ranges.n) {
        R.src = jsb_js(&sr);
    } else {
        R.src = jsb_js(&sn);
    }
    R.uflag = uflag;
    R.consumed = end_pos - pos;
    R.magic = 1;
    return R;
}

/* ---- ast.js ------------------------------------------------------------ */

typedef struct mast mast;
typedef struct {
    js str;
    mast *node; /* NULL: a string part */
} mpart;

struct mast {
    int type; /* 0 (null) or one of ! ? + * @ */
    mast *root, *parent;
    int has_magic; /* -1 undefined, 0, 1 */
    int uflag;
    mpart *parts;
    size_t nparts, capparts;
    size_t parent_index;
    /* root only */
    mast **negs;
    size_t nnegs, capnegs;
    int filled_negs;
    /* toString cache */
    int has_tostr;
    js tostr;
    int empty_ext;
};

typedef struct {
    arena *a;
    char **err;
    int failed;
    int depth;
} mctx;

/* node would throw RangeError on absurd nesting; we refuse before the C stack does */
#define MM_MAX_NESTING 2000

static int mm_is_ext_type(u16 c)
{
    return c == '!' || c == '?' || c == '+' || c == '*' || c == '@';
}

static mast *mast_new(mctx *X, int type, mast *parent)
{
    mast *x = azalloc(X->a, sizeof *x);
    x->type = type;
    x->has_magic = type ? 1 : -1;
    x->parent = parent;
    x->root = parent ? parent->root : x;
    if (type == '!' && !x->root->filled_negs) AVEC_PUSH(X->a, x->root->negs, x->root->nnegs, x->root->capnegs, x);
    x->parent_index = parent ? parent->nparts : 0;
    return x;
}

static void mast_push_str(mctx *X, mast *x, js s)
{
    if (!s.n) return;
    mpart p = { s, NULL };
    AVEC_PUSH(X->a, x->parts, x->nparts, x->capparts, p);
}

static void mast_push_node(mctx *X, mast *x, mast *n)
{
    mpart p = { JS_EMPTY, n };
    AVEC_PUSH(X->a, x->parts, x->nparts, x->capparts, p);
}

static js mast_tostring(mctx *X, mast *x)
{
    if (x->has_tostr) return x->tostr;
    jsb b;
    jsb_init(&b, X->a);
    if (x->type) {
        jsb_putc(&b, (u16)x->type);
        jsb_putc(&b, '(');
    }
    for (size_t i = 0; i < x->nparts; i++) {
        if (x->type && i) jsb_putc(&b, '|');
        if (x->parts[i].node)
            jsb_put(&b, mast_tostring(X, x->parts[i].node));
        else
            jsb_put(&b, x->parts[i].str);
    }
    if (x->type) jsb_putc(&b, ')');
    x->tostr = jsb_js(&b);
    x->has_tostr = 1;
    return x->tostr;
}

static mast *mast_clone(mctx *X, mast *x, mast *parent);

static void mast_copy_in(mctx *X, mast *x, mpart part)
{
    if (!part.node)
        mast_push_str(X, x, part.str);
    else
        mast_push_node(X, x, mast_clone(X, part.node, x));
}

static mast *mast_clone(mctx *X, mast *x, mast *parent)
{
    mast *c = mast_new(X, x->type, parent);
    for (size_t i = 0; i < x->nparts; i++) mast_copy_in(X, c, x->parts[i]);
    return c;
}

static void mast_fill_negs(mctx *X, mast *root)
{
    if (root->filled_negs) return;
    mast_tostring(X, root);
    root->filled_negs = 1;
    while (root->nnegs) {
        mast *n = root->negs[--root->nnegs];
        if (n->type != '!') continue;
        mast *p = n, *pp = p->parent;
        while (pp) {
            for (size_t i = p->parent_index + 1; !pp->type && i < pp->nparts; i++) {
                for (size_t j = 0; j < n->nparts; j++) {
                    mast *part = n->parts[j].node;
                    if (!part) {
                        X->failed = 1;
                        fail(X->err, "string part in extglob AST??");
                        return;
                    }
                    mast_copy_in(X, part, pp->parts[i]);
                }
            }
            p = pp;
            pp = p->parent;
        }
    }
}

static int mast_is_start(mast *x)
{
    if (x->root == x) return 1;
    if (!x->parent || !mast_is_start(x->parent)) return 0;
    if (x->parent_index == 0) return 1;
    mast *p = x->parent;
    for (size_t i = 0; i < x->parent_index; i++) {
        if (i >= p->nparts) return 0; /* p.#parts[i] undefined: not an AST */
        mast *pp = p->parts[i].node;
        if (!(pp && pp->type == '!')) return 0;
    }
    return 1;
}

static int mast_is_end(mast *x)
{
    if (x->root == x) return 1;
    if (x->parent && x->parent->type == '!') return 1;
    if (!x->parent || !mast_is_end(x->parent)) return 0;
    if (!x->type) return mast_is_end(x->parent);
    size_t pl = x->parent ? x->parent->nparts : 0;
    return x->parent_index == pl - 1;
}

/* adoption maps */
static int mm_map_has(const char *const *map, int type, int c)
{
    /* map: strings "T:chars" */
    for (size_t i = 0; map[i]; i++)
        if (map[i][0] == type) return c > 0 && c < 128 && strchr(map[i] + 2, c) != NULL;
    return 0;
}
static const char *const ADOPTION_MAP[] = { "!:@", "?:?@", "@:@", "*:*+?@", "+:+@", NULL };
static const char *const ADOPTION_WITH_SPACE_MAP[] = { "!:?", "@:?", "+:?*", NULL };
static const char *const ADOPTION_ANY_MAP[] = { "!:?@", "?:?@", "@:?@", "*:*+?@", "+:+@?*", NULL };

static int mast_can_adopt_type(mast *x, int c, const char *const *map)
{
    return mm_map_has(map, x->type, c);
}

static int mast_can_adopt(mast *x, mpart child, const char *const *map)
{
    mast *ch = child.node;
    if (!ch || ch->type != 0 || ch->nparts != 1 || x->type == 0) return 0;
    mast *gc = ch->parts[0].node;
    if (!gc || gc->type == 0) return 0;
    return mast_can_adopt_type(x, gc->type, map);
}

static void mast_adopt(mctx *X, mast *x, mast *child, size_t index)
{
    mast *gc = child->parts[0].node;
    size_t add = gc->nparts;
    /* splice(index, 1, ...gc.parts) */
    size_t nn = x->nparts - 1 + add;
    mpart *np = aalloc(X->a, (nn ? nn : 1) * sizeof *np);
    memcpy(np, x->parts, index * sizeof *np);
    memcpy(np + index, gc->parts, add * sizeof *np);
    memcpy(np + index + add, x->parts + index + 1, (x->nparts - index - 1) * sizeof *np);
    x->parts = np;
    x->nparts = x->capparts = nn;
    for (size_t i = 0; i < gc->nparts; i++)
        if (gc->parts[i].node) gc->parts[i].node->parent = x;
    x->has_tostr = 0;
}

static void mast_adopt_with_space(mctx *X, mast *x, mast *child, size_t index)
{
    mast *gc = child->parts[0].node;
    mast *blank = mast_new(X, 0, gc);
    mpart e = { JS_EMPTY, NULL };
    AVEC_PUSH(X->a, blank->parts, blank->nparts, blank->capparts, e); /* #parts.push('') */
    mast_push_node(X, gc, blank);
    mast_adopt(X, x, child, index);
}

static int mast_can_usurp_type(int parent_type, int c, int *nt)
{
    /* usurpMap */
    int r = 0;
    switch (parent_type) {
    case '!': if (c == '!') r = '@'; break;
    case '?': if (c == '*' || c == '+') r = '*'; break;
    case '@': if (c == '!' || c == '?' || c == '@' || c == '*' || c == '+') r = c; break;
    case '+': if (c == '?' || c == '*') r = '*'; break;
    default: break;
    }
    if (nt) *nt = r;
    return r != 0;
}

static int mast_can_usurp(mast *x, mpart child)
{
    mast *ch = child.node;
    if (!ch || ch->type != 0 || ch->nparts != 1 || x->type == 0 || x->nparts != 1) return 0;
    mast *gc = ch->parts[0].node;
    if (!gc || gc->type == 0) return 0;
    return mast_can_usurp_type(x->type, gc->type, NULL);
}

static void mast_usurp(mast *x, mast *child)
{
    mast *gc = child->parts[0].node;
    int nt;
    if (!mast_can_usurp_type(x->type, gc->type, &nt)) return;
    x->parts = gc->parts;
    x->nparts = gc->nparts;
    x->capparts = gc->capparts;
    for (size_t i = 0; i < x->nparts; i++)
        if (x->parts[i].node) x->parts[i].node->parent = x;
    x->type = nt;
    x->has_tostr = 0;
    x->empty_ext = 0;
}

static void mast_flatten(mctx *X, mast *x)
{
    if (!x->type) {
        for (size_t i = 0; i < x->nparts; i++)
            if (x->parts[i].node) mast_flatten(X, x->parts[i].node);
    } else {
        int iterations = 0, done;
        do {
            done = 1;
            for (size_t i = 0; i < x->nparts; i++) {
                mast *c = x->parts[i].node;
                if (c) {
                    mast_flatten(X, c);
                    if (mast_can_adopt(x, x->parts[i], ADOPTION_MAP)) {
                        done = 0;
                        mast_adopt(X, x, c, i);
                    } else if (mast_can_adopt(x, x->parts[i], ADOPTION_WITH_SPACE_MAP)) {
                        done = 0;
                        mast_adopt_with_space(X, x, c, i);
                    } else if (mast_can_usurp(x, x->parts[i])) {
                        done = 0;
                        mast_usurp(x, c);
                    }
                }
            }
        } while (!done && ++iterations < 10);
    }
    x->has_tostr = 0;
}

#define MM_MAX_EXTGLOB_RECURSION 2

/* AST#parseAST's scan: an escape and everything inside [...] are taken literally. Returns 1 when
 * c (at index i - 1) is such a character; the state is the scan's. */
static int mast_literal(u16 c, size_t i, int *escaping, int *in_brace, int *brace_neg, size_t *brace_start)
{
    if (*escaping || c == '\\') {
        *escaping = !*escaping;
        return 1;
    }
    if (*in_brace) {
        if (i == *brace_start + 1) {
            if (c == '^' || c == '!') *brace_neg = 1;
        } else if (c == ']' && !(i == *brace_start + 2 && *brace_neg)) {
            *in_brace = 0;
        }
        return 1;
    }
    if (c == '[') {
        *in_brace = 1;
        *brace_start = i;
        *brace_neg = 0;
        return 1;
    }
    return 0;
}

static size_t mast_parse(mctx *X, js str, mast *ast, size_t pos, int ext_depth)
{
    int escaping = 0, in_brace = 0, brace_neg = 0;
    size_t brace_start = (size_t)-1;
    if (ast->type == 0) {
        size_t i = pos;
        jsb acc;
        jsb_init(&acc, X->a);
        while (i < str.n) {
            u16 c = str.s[i++];
            if (mast_literal(c, i, &escaping, &in_brace, &brace_neg, &brace_start)) {
                jsb_putc(&acc, c);
                continue;
            }
            int do_recurse = mm_is_ext_type(c) && i < str.n && str.s[i] == '(' &&
                             ext_depth <= MM_MAX_EXTGLOB_RECURSION;
            if (do_recurse) {
                mast_push_str(X, ast, jsb_js(&acc));
                jsb_init(&acc, X->a);
                mast *ext = mast_new(X, c, ast);
                if (++X->depth > MM_MAX_NESTING) {
                    X->failed = 1;
                    fail(X->err, "Maximum call stack size exceeded");
                    return str.n;
                }
                i = mast_parse(X, str, ext, i, ext_depth + 1);
                X->depth--;
                mast_push_node(X, ast, ext);
                continue;
            }
            jsb_putc(&acc, c);
        }
        mast_push_str(X, ast, jsb_js(&acc));
        return i;
    }
    /* an extglob; pos is at the '(' */
    size_t i = pos + 1;
    mast *part = mast_new(X, 0, ast);
    mast **parts = NULL;
    size_t nparts = 0, capparts = 0;
    jsb acc;
    jsb_init(&acc, X->a);
    while (i < str.n) {
        u16 c = str.s[i++];
        if (mast_literal(c, i, &escaping, &in_brace, &brace_neg, &brace_start)) {
            jsb_putc(&acc, c);
            continue;
        }
        int do_recurse = mm_is_ext_type(c) && i < str.n && str.s[i] == '(' &&
                         (ext_depth <= MM_MAX_EXTGLOB_RECURSION || mast_can_adopt_type(ast, c, ADOPTION_ANY_MAP));
        if (do_recurse) {
            int depth_add = mast_can_adopt_type(ast, c, ADOPTION_ANY_MAP) ? 0 : 1;
            mast_push_str(X, part, jsb_js(&acc));
            jsb_init(&acc, X->a);
            mast *ext = mast_new(X, c, part);
            mast_push_node(X, part, ext);
            if (++X->depth > MM_MAX_NESTING) {
                X->failed = 1;
                fail(X->err, "Maximum call stack size exceeded");
                return str.n;
            }
            i = mast_parse(X, str, ext, i, ext_depth + depth_add);
            X->depth--;
            continue;
        }
        if (c == '|') {
            mast_push_str(X, part, jsb_js(&acc));
            jsb_init(&acc, X->a);
            AVEC_PUSH(X->a, parts, nparts, capparts, part);
            part = mast_new(X, 0, ast);
            continue;
        }
        if (c == ')') {
            if (acc.n == 0 && ast->nparts == 0) ast->empty_ext = 1;
            mast_push_str(X, part, jsb_js(&acc));
            jsb_init(&acc, X->a);
            for (size_t k = 0; k < nparts; k++) mast_push_node(X, ast, parts[k]);
            mast_push_node(X, ast, part);
            return i;
        }
        jsb_putc(&acc, c);
    }
    /* unfinished extglob: becomes a literal */
    ast->type = 0;
    ast->has_magic = -1;
    ast->parts = NULL;
    ast->nparts = ast->capparts = 0;
    mast_push_str(X, ast, js_sub(str, pos - 1, str.n));
    return i;
}

typedef struct {
    js re, body;
    int has_magic, uflag;
} rsrc;

static const char *const MM_QMARK = "[^/]";
static const char *const MM_STAR = "[^/]*?";
static const char *const MM_STAR_NO_EMPTY = "[^/]+?";
static const char *const MM_START_NO_TRAVERSAL = "(?!(?:^|/)\\.\\.?(?:$|/))";
static const char *const MM_START_NO_DOT = "(?!\\.)";

/* AST.#parseGlob */
static rsrc mm_parse_glob(mctx *X, js glob, int has_magic, int no_empty)
{
    int escaping = 0, uflag = 0, in_star = 0;
    jsb re;
    jsb_init(&re, X->a);
    int all_stars = glob.n > 0;
    for (size_t k = 0; k < glob.n; k++)
        if (glob.s[k] != '*') all_stars = 0;
    for (size_t i = 0; i < glob.n; i++) {
        u16 c = glob.s[i];
        if (escaping) {
            escaping = 0;
            if (c < 128 && c && strchr("().*{}+?[]^$\\!", c)) jsb_putc(&re, '\\');
            jsb_putc(&re, c);
            continue;
        }
        if (c == '*') {
            if (in_star) continue;
            in_star = 1;
            jsb_puta(&re, no_empty && all_stars ? MM_STAR_NO_EMPTY : MM_STAR);
            has_magic = 1;
            continue;
        } else {
            in_star = 0;
        }
        if (c == '\\') {
            if (i == glob.n - 1)
                jsb_puta(&re, "\\\\");
            else
                escaping = 1;
            continue;
        }
        if (c == '[') {
            pclass_res pc = mm_parse_class(X->a, glob, i);
            if (pc.consumed) {
                jsb_put(&re, pc.src);
                uflag = uflag || pc.uflag;
                i += pc.consumed - 1;
                has_magic = has_magic || pc.magic;
                continue;
            }
        }
        if (c == '?') {
            jsb_puta(&re, MM_QMARK);
            has_magic = 1;
            continue;
        }
        js one = { &glob.s[i], 1 };
        mm_re_escape_into(&re, one);
    }
    rsrc r;
    r.re = jsb_js(&re);
    r.body = mm_unescape(X->a, glob);
    r.has_magic = !!has_magic;
    r.uflag = uflag;
    return r;
}

static rsrc mast_to_re(mctx *X, mast *x, int allow_dot /* -1 undefined */);

static js mast_parts_to_re(mctx *X, mast *x, int dot)
{
    jsb b;
    jsb_init(&b, X->a);
    int first = 1;
    int se = mast_is_start(x) && mast_is_end(x);
    for (size_t i = 0; i < x->nparts; i++) {
        mast *p = x->parts[i].node;
        if (!p) {
            X->failed = 1;
            fail(X->err, "string type in extglob ast??");
            return JS_EMPTY;
        }
        rsrc r = mast_to_re(X, p, dot);
        x->uflag = x->uflag || r.uflag;
        if (se && !r.re.n) continue;
        if (!first) jsb_putc(&b, '|');
        jsb_put(&b, r.re);
        first = 0;
    }
    return jsb_js(&b);
}

static rsrc mast_to_re(mctx *X, mast *x, int allow_dot)
{
    int dot = allow_dot < 0 ? 0 : allow_dot; /* allowDot ?? !!options.dot */
    rsrc R = { JS_EMPTY, JS_EMPTY, 0, 0 };
    if (x->root == x) {
        mast_flatten(X, x);
        mast_fill_negs(X, x);
        if (X->failed) return R;
    }
    if (x->type == 0) {
        int no_empty = mast_is_start(x) && mast_is_end(x);
        for (size_t i = 0; i < x->nparts && no_empty; i++)
            if (x->parts[i].node) no_empty = 0;
        jsb src;
        jsb_init(&src, X->a);
        for (size_t i = 0; i < x->nparts; i++) {
            rsrc r;
            if (!x->parts[i].node)
                r = mm_parse_glob(X, x->parts[i].str, x->has_magic == 1, no_empty);
            else
                r = mast_to_re(X, x->parts[i].node, allow_dot);
            if (X->failed) return R;
            x->has_magic = (x->has_magic == 1) ? 1 : r.has_magic;
            x->uflag = x->uflag || r.uflag;
            jsb_put(&src, r.re);
        }
        js s = jsb_js(&src);
        const char *start = "";
        if (mast_is_start(x)) {
            if (x->nparts > 0 && !x->parts[0].node) {
                js p0 = x->parts[0].str;
                int dot_trav_allowed = x->nparts == 1 && (js_eqa(p0, "..") || js_eqa(p0, "."));
                if (!dot_trav_allowed) {
#define APS(ch) ((ch) == '[' || (ch) == '.')
                    u16 c0 = s.n > 0 ? s.s[0] : 0, c2 = s.n > 2 ? s.s[2] : 0, c4 = s.n > 4 ? s.s[4] : 0;
                    int need_no_trav = (dot && s.n > 0 && APS(c0)) ||
                                       (js_startsa(s, "\\.", 0) && s.n > 2 && APS(c2)) ||
                                       (js_startsa(s, "\\.\\.", 0) && s.n > 4 && APS(c4));
                    int need_no_dot = !dot && allow_dot <= 0 && s.n > 0 && APS(c0);
#undef APS
                    start = need_no_trav ? MM_START_NO_TRAVERSAL : need_no_dot ? MM_START_NO_DOT : "";
                }
            }
        }
        const char *end = "";
        if (mast_is_end(x) && x->root->filled_negs && x->parent && x->parent->type == '!') end = "(?:$|\\/)";
        jsb fin;
        jsb_init(&fin, X->a);
        jsb_puta(&fin, start);
        jsb_put(&fin, s);
        jsb_puta(&fin, end);
        R.re = jsb_js(&fin);
        R.body = mm_unescape(X->a, s);
        x->has_magic = x->has_magic == 1;
        R.has_magic = x->has_magic;
        R.uflag = x->uflag;
        return R;
    }
    /* an extglob */
    int repeated = x->type == '*' || x->type == '+';
    const char *start = x->type == '!' ? "(?:(?!(?:" : "(?:";
    js body = mast_parts_to_re(X, x, dot);
    if (X->failed) return R;
    if (mast_is_start(x) && mast_is_end(x) && !body.n && x->type != '!') {
        js s = mast_tostring(X, x);
        x->parts = NULL;
        x->nparts = x->capparts = 0;
        mpart sp = { s, NULL };
        AVEC_PUSH(X->a, x->parts, x->nparts, x->capparts, sp);
        x->type = 0;
        x->has_magic = -1;
        R.re = s;
        R.body = mm_unescape(X->a, mast_tostring(X, x));
        R.has_magic = 0;
        R.uflag = 0;
        return R;
    }
    js body_dot_allowed = JS_EMPTY;
    if (!(!repeated || allow_dot > 0 || dot)) {
        body_dot_allowed = mast_parts_to_re(X, x, 1);
        if (X->failed) return R;
    }
    if (js_eq(body_dot_allowed, body)) body_dot_allowed = JS_EMPTY;
    if (body_dot_allowed.n) {
        jsb b;
        jsb_init(&b, X->a);
        jsb_puta(&b, "(?:");
        jsb_put(&b, body);
        jsb_puta(&b, ")(?:");
        jsb_put(&b, body_dot_allowed);
        jsb_puta(&b, ")*?");
        body = jsb_js(&b);
    }
    jsb fin;
    jsb_init(&fin, X->a);
    if (x->type == '!' && x->empty_ext) {
        if (mast_is_start(x) && !dot) jsb_puta(&fin, MM_START_NO_DOT);
        jsb_puta(&fin, MM_STAR_NO_EMPTY);
    } else {
        jsb_puta(&fin, start);
        jsb_put(&fin, body);
        if (x->type == '!') {
            jsb_puta(&fin, "))");
            if (mast_is_start(x) && !dot && allow_dot <= 0) jsb_puta(&fin, MM_START_NO_DOT);
            jsb_puta(&fin, MM_STAR);
            jsb_puta(&fin, ")");
        } else if (x->type == '@') {
            jsb_puta(&fin, ")");
        } else if (x->type == '?') {
            jsb_puta(&fin, ")?");
        } else if (x->type == '+' && body_dot_allowed.n) {
            jsb_puta(&fin, ")");
        } else if (x->type == '*' && body_dot_allowed.n) {
            jsb_puta(&fin, ")?");
        } else {
            jsb_putc(&fin, ')');
            jsb_putc(&fin, (u16)x->type);
        }
    }
    R.re = jsb_js(&fin);
    R.body = mm_unescape(X->a, body);
    x->has_magic = x->has_magic == 1;
    R.has_magic = x->has_magic;
    R.uflag = x->uflag;
    return R;
}

/* ---- Minimatch ------------------------------------------------------------ */

enum { MMP_STR, MMP_GLOBSTAR, MMP_RE };
enum { FT_NONE, FT_STAR, FT_STAR_DOT_EXT, FT_QMARKS, FT_STAR_DOT_STAR, FT_DOT_STAR };

typedef struct {
    int kind;
    js str;      /* MMP_STR */
    jsre *re;    /* MMP_RE */
    int fast;    /* FT_* overriding re.test */
    js ext;      /* fast-test extension */
    size_t qlen; /* FT_QMARKS: $0.length */
} mmpart;

typedef struct {
    mmpart *p;
    size_t n;
} mmpat;

typedef struct {
    int comment, empty, negate;
    mmpat *set;
    size_t nset;
} minimatch_t;

#define MM_MAX_PATTERN_LENGTH (1024 * 64)
#define MM_MAX_GLOBSTAR_RECURSION 200

static int mm_parse_part(mctx *X, js pattern, mmpart *out)
{
    memset(out, 0, sizeof *out);
    if (pattern.n > MM_MAX_PATTERN_LENGTH) return fail(X->err, "pattern is too long");
    if (js_eqa(pattern, "**")) {
        out->kind = MMP_GLOBSTAR;
        return 0;
    }
    if (!pattern.n) {
        out->kind = MMP_STR;
        out->str = JS_EMPTY;
        return 0;
    }
    const consts_t *C = consts();
    long caps[6];
    int fast = FT_NONE;
    js ext = JS_EMPTY;
    size_t qlen = 0;
    if (jsre_exec(C->star_re, pattern, 0, caps)) {
        fast = FT_STAR;
    } else if (jsre_exec(C->star_dot_ext_re, pattern, 0, caps)) {
        fast = FT_STAR_DOT_EXT;
        ext = re_cap(pattern, caps, 1, NULL);
    } else if (jsre_exec(C->qmarks_re, pattern, 0, caps)) {
        fast = FT_QMARKS;
        ext = re_cap(pattern, caps, 1, NULL);
        qlen = (size_t)(caps[1] - caps[0]);
    } else if (jsre_exec(C->star_dot_star_re, pattern, 0, caps)) {
        fast = FT_STAR_DOT_STAR;
    } else if (jsre_exec(C->dot_star_re, pattern, 0, caps)) {
        fast = FT_DOT_STAR;
    }
    /* AST.fromGlob(pattern).toMMPattern() */
    mast *root = mast_new(X, 0, NULL);
    mast_parse(X, pattern, root, 0, 0);
    if (X->failed) return -1;
    js glob = mast_tostring(X, root);
    (void)glob;
    rsrc r = mast_to_re(X, root, -1);
    if (X->failed) return -1;
    int any_magic = r.has_magic || root->has_magic == 1;
    if (!any_magic) {
        out->kind = MMP_STR;
        out->str = r.body;
        return 0;
    }
    jsb b;
    jsb_init(&b, X->a);
    jsb_putc(&b, '^');
    jsb_put(&b, r.re);
    jsb_putc(&b, '$');
    jsre *re = jsre_compile(X->a, jsb_js(&b), r.uflag ? "u" : "", X->err);
    if (!re) return -1;
    out->kind = MMP_RE;
    out->re = re;
    out->fast = fast;
    out->ext = ext;
    out->qlen = qlen;
    return 0;
}

/* Minimatch constructor. Returns 0, or -1 with *err. */
static int mm_compile(arena *a, js pattern, minimatch_t *mm, char **err)
{
    memset(mm, 0, sizeof *mm);
    mctx X = { a, err, 0, 0 };
    if (pattern.n > MM_MAX_PATTERN_LENGTH) return fail(err, "pattern is too long");
    if (pattern.n && pattern.s[0] == '#') {
        mm->comment = 1;
        return 0;
    }
    if (!pattern.n) {
        mm->empty = 1;
        return 0;
    }
    /* parseNegate */
    size_t off = 0;
    while (off < pattern.n && pattern.s[off] == '!') {
        mm->negate = !mm->negate;
        off++;
    }
    pattern = js_sub(pattern, off, pattern.n);
    /* braceExpand */
    jsvec gs;
    if (!jsre_test(consts()->brace_test, pattern)) {
        gs.v = NULL;
        gs.n = gs.cap = 0;
        jsvec_push(a, &gs, pattern);
    } else {
        gs = brace_expand(a, pattern);
    }
    /* new Set(...) */
    jsvec uniq = { 0 };
    for (size_t i = 0; i < gs.n; i++) {
        int dup = 0;
        for (size_t j = 0; j < uniq.n && !dup; j++) dup = js_eq(uniq.v[j], gs.v[i]);
        if (!dup) jsvec_push(a, &uniq, gs.v[i]);
    }
    mm->set = azalloc(a, (uniq.n ? uniq.n : 1) * sizeof *mm->set);
    mm->nset = uniq.n;
    for (size_t s = 0; s < uniq.n; s++) {
        jsvec raw = js_split_slashes(a, uniq.v[s]);
        /* levelOneOptimize */
        jsvec parts = { 0 };
        for (size_t i = 0; i < raw.n; i++) {
            js part = raw.v[i];
            js *prev = parts.n ? &parts.v[parts.n - 1] : NULL;
            if (js_eqa(part, "**") && prev && js_eqa(*prev, "**")) continue;
            if (js_eqa(part, "..")) {
                if (prev && prev->n && !js_eqa(*prev, "..") && !js_eqa(*prev, ".") && !js_eqa(*prev, "**")) {
                    parts.n--;
                    continue;
                }
            }
            jsvec_push(a, &parts, part);
        }
        if (parts.n == 0) jsvec_push(a, &parts, JS_EMPTY);
        mmpat *pat = &mm->set[s];
        pat->p = azalloc(a, parts.n * sizeof *pat->p);
        pat->n = parts.n;
        for (size_t i = 0; i < parts.n; i++)
            if (mm_parse_part(&X, parts.v[i], &pat->p[i]) < 0) return -1;
    }
    return 0;
}

static int mm_starts_dot(js f)
{
    return f.n > 0 && f.s[0] == '.';
}

static int mm_part_test(const mmpart *p, js f)
{
    switch (p->kind) {
    case MMP_STR:
        return js_eq(f, p->str);
    case MMP_RE:
        switch (p->fast) {
        case FT_STAR:
            return f.n != 0 && !mm_starts_dot(f);
        case FT_STAR_DOT_EXT:
            return !mm_starts_dot(f) && js_ends(f, p->ext);
        case FT_QMARKS:
            return f.n == p->qlen && !mm_starts_dot(f) && (!p->ext.n || js_ends(f, p->ext));
        case FT_STAR_DOT_STAR:
            return !mm_starts_dot(f) && js_indexof_c(f, '.', 0) >= 0;
        case FT_DOT_STAR:
            return !js_eqa(f, ".") && !js_eqa(f, "..") && mm_starts_dot(f);
        default:
            return jsre_test(p->re, f);
        }
    default:
        return 0;
    }
}

/* #matchOne; file = f[0..fl), pattern = p[0..pl) */
static int mm_match_one(const js *file, size_t fl, const mmpart *pattern, size_t pl, size_t fi, size_t pi)
{
    for (; fi < fl && pi < pl; fi++, pi++) {
        const mmpart *p = &pattern[pi];
        if (p->kind == MMP_GLOBSTAR) return 0;
        if (!mm_part_test(p, file[fi])) return 0;
    }
    if (fi == fl && pi == pl) return 1;
    if (fi == fl) return 0; /* partial = false */
    if (pi == pl) return fi == fl - 1 && file[fi].n == 0;
    return 0;
}

static int mm_bad_dot(js f)
{
    return js_eqa(f, ".") || js_eqa(f, "..") || mm_starts_dot(f);
}

typedef struct {
    const mmpart *p;
    size_t n;
    long after;
} mm_body_seg;

/* returns 1 match, 0 false, -1 null */
static int mm_match_body_sections(const js *file, size_t flen, mm_body_seg *segs, size_t nsegs, size_t file_index,
                                  size_t body_index, int depth, int saw_tail)
{
    if (body_index >= nsegs) {
        for (size_t i = file_index; i < flen; i++) {
            saw_tail = 1;
            if (mm_bad_dot(file[i])) return 0;
        }
        return saw_tail;
    }
    const mm_body_seg *bs = &segs[body_index];
    while ((long)file_index <= bs->after) {
        size_t lim = file_index + bs->n < flen ? file_index + bs->n : flen;
        int m = mm_match_one(file, lim, bs->p, bs->n, file_index, 0);
        if (m && depth < MM_MAX_GLOBSTAR_RECURSION) {
            int sub = mm_match_body_sections(file, flen, segs, nsegs, file_index + bs->n, body_index + 1, depth + 1,
                                             saw_tail);
            if (sub != 0) return sub;
        }
        if (file_index >= flen) return 0; /* file[fileIndex] undefined: .startsWith throws in JS; unreachable */
        if (mm_bad_dot(file[file_index])) return 0;
        file_index++;
    }
    return -1;
}

static int mm_match_globstar(arena *a, const js *file, size_t flen, const mmpart *pattern, size_t plen)
{
    size_t file_index = 0, pattern_index = 0;
    size_t firstgs = 0, lastgs = 0;
    for (size_t i = 0; i < plen; i++)
        if (pattern[i].kind == MMP_GLOBSTAR) {
            firstgs = i;
            break;
        }
    for (size_t i = plen; i-- > 0;)
        if (pattern[i].kind == MMP_GLOBSTAR) {
            lastgs = i;
            break;
        }
    const mmpart *head = pattern + pattern_index;
    size_t head_n = firstgs - pattern_index;
    const mmpart *body = pattern + firstgs + 1;
    size_t body_n = lastgs > firstgs ? lastgs - firstgs - 1 : 0;
    const mmpart *tail = pattern + lastgs + 1;
    size_t tail_n = plen - lastgs - 1;
    if (head_n) {
        size_t lim = file_index + head_n < flen ? file_index + head_n : flen;
        if (!mm_match_one(file + file_index, lim - file_index, head, head_n, 0, 0)) return 0;
        file_index += head_n;
        pattern_index += head_n;
    }
    size_t file_tail_match = 0;
    if (tail_n) {
        if (tail_n + file_index > flen) return 0;
        size_t tail_start = flen - tail_n;
        if (mm_match_one(file, flen, tail, tail_n, tail_start, 0)) {
            file_tail_match = tail_n;
        } else {
            if (flen == 0 || file[flen - 1].n != 0 || file_index + tail_n == flen) return 0;
            tail_start--;
            if (!mm_match_one(file, flen, tail, tail_n, tail_start, 0)) return 0;
            file_tail_match = tail_n + 1;
        }
    }
    if (!body_n) {
        int saw_some = !!file_tail_match;
        for (size_t i = file_index; i + file_tail_match < flen; i++) {
            saw_some = 1;
            if (mm_bad_dot(file[i])) return 0;
        }
        return saw_some;
    }
    /* body segments */
    mm_body_seg *segs = aalloc(a, (body_n + 1) * sizeof *segs);
    size_t *sums = aalloc(a, (body_n + 2) * sizeof *sums);
    size_t nsegs = 1, nsums = 1, non_gs = 0;
    segs[0].p = body;
    segs[0].n = 0;
    sums[0] = 0;
    for (size_t i = 0; i < body_n; i++) {
        if (body[i].kind == MMP_GLOBSTAR) {
            sums[nsums++] = non_gs;
            segs[nsegs].p = body + i + 1;
            segs[nsegs].n = 0;
            nsegs++;
        } else {
            segs[nsegs - 1].n++;
            non_gs++;
        }
    }
    long idx = (long)nsegs - 1;
    long file_length = (long)flen - (long)file_tail_match;
    for (size_t i = 0; i < nsegs; i++) segs[i].after = file_length - (long)(sums[idx--] + segs[i].n);
    return mm_match_body_sections(file, flen, segs, nsegs, file_index, 0, 0, !!file_tail_match) == 1;
}

/* Minimatch#match(f) with matchBase + flipNegate: does the (positive) pattern match? */
static int mm_match(arena *a, const minimatch_t *mm, js f)
{
    if (mm->comment) return 0;
    if (mm->empty) return f.n == 0;
    jsvec ff = js_split_slashes(a, f);
    js filename = ff.v[ff.n - 1];
    if (!filename.n) {
        for (size_t i = ff.n - 1; !filename.n && i-- > 0;) filename = ff.v[i];
    }
    for (size_t s = 0; s < mm->nset; s++) {
        const mmpat *pat = &mm->set[s];
        const js *file = ff.v;
        size_t flen = ff.n;
        if (pat->n == 1) {
            file = &filename;
            flen = 1;
        }
        int has_gs = 0;
        for (size_t i = 0; i < pat->n; i++)
            if (pat->p[i].kind == MMP_GLOBSTAR) has_gs = 1;
        int hit = has_gs ? mm_match_globstar(a, file, flen, pat->p, pat->n)
                         : mm_match_one(file, flen, pat->p, pat->n, 0, 0);
        if (hit) return 1;
    }
    return 0;
}

/* ===================================================================== */
/* 6. node-ignore 5.3.2 (IgnoreMode.GIT)                                  */
/* ===================================================================== */

typedef struct {
    jsre *regex;
    int negative;
} ig_rule;

typedef struct {
    ig_rule *rules;
    size_t n, cap;
} ig_t;

typedef struct {
    js pattern; /* `this` of the replacers */
} ig_ud;

static js ig_r0(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)a; (void)ud; (void)s; (void)c; (void)ng;
    return JS_EMPTY;
}

/* (a\ ) -> (a ) ; (a  ) -> (a) */
static js ig_r1(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)ng;
    js m1 = re_cap(s, c, 1, NULL), m2 = re_cap(s, c, 2, NULL);
    return js_cat(a, m1, (m2.n && m2.s[0] == '\\') ? js_a(a, " ") : JS_EMPTY);
}

static js ig_r2(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)ng;
    js m1 = re_cap(s, c, 1, NULL);
    return js_cat(a, js_sub(m1, 0, m1.n - m1.n % 2), js_a(a, " "));
}

static js ig_r3(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)ng;
    return js_cat(a, js_a(a, "\\"), re_cap(s, c, 0, NULL));
}

static js ig_r4(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)s; (void)c; (void)ng;
    return js_a(a, "[^/]");
}

static js ig_r5(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)s; (void)c; (void)ng;
    return js_a(a, "^");
}

static js ig_r6(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)s; (void)c; (void)ng;
    return js_a(a, "\\/");
}

static js ig_r7(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)s; (void)c; (void)ng;
    return js_a(a, "^(?:.*\\/)?");
}

static js ig_r8(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)s; (void)c; (void)ng;
    ig_ud *u = ud;
    return !jsre_test(consts()->ig_slash_not_end, u->pattern) ? js_a(a, "(?:^|\\/)") : js_a(a, "^");
}

static js ig_r9(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)ng;
    size_t index = (size_t)c[0];
    return index + 6 < s.n ? js_a(a, "(?:\\/[^\\/]+)*") : js_a(a, "\\/.+");
}

static js ig_r10(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)ng;
    js p1 = re_cap(s, c, 1, NULL), p2 = re_cap(s, c, 2, NULL);
    js unescaped = js_replace_all_lit(a, p2, js_a(a, "\\*"), js_a(a, "[^\\/]*"));
    return js_cat(a, p1, unescaped);
}

static js ig_r11(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)s; (void)c; (void)ng;
    return js_a(a, "\\");
}

static js ig_r12(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)s; (void)c; (void)ng;
    return js_a(a, "\\");
}

static js ig_sanitize_range_cb(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)a; (void)ud; (void)ng;
    js from = re_cap(s, c, 1, NULL), to = re_cap(s, c, 2, NULL);
    return from.s[0] <= to.s[0] ? re_cap(s, c, 0, NULL) : JS_EMPTY;
}

static js ig_r13(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)ng;
    int lead_def;
    js lead = re_cap(s, c, 1, &lead_def);
    js range = re_cap(s, c, 2, NULL), end_escape = re_cap(s, c, 3, NULL), close = re_cap(s, c, 4, NULL);
    jsb b;
    jsb_init(&b, a);
    if (lead_def && js_eqa(lead, "\\")) {
        jsb_puta(&b, "\\[");
        jsb_put(&b, range);
        jsb_put(&b, js_sub(end_escape, 0, end_escape.n - end_escape.n % 2));
        jsb_put(&b, close);
    } else if (js_eqa(close, "]")) {
        if (end_escape.n % 2 == 0) {
            jsb_putc(&b, '[');
            jsb_put(&b, jsre_replace(a, consts()->ig_range, 1, range, ig_sanitize_range_cb, NULL));
            jsb_put(&b, end_escape);
            jsb_putc(&b, ']');
        } else {
            jsb_puta(&b, "[]");
        }
    } else {
        jsb_puta(&b, "[]");
    }
    return jsb_js(&b);
}

static js ig_r14(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)ng;
    js match = re_cap(s, c, 0, NULL);
    if (jsre_test(consts()->ig_trailing_slash, match)) return js_cat(a, match, js_a(a, "$"));
    return js_cat(a, match, js_a(a, "(?=$|\\/$)"));
}

static js ig_r15(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)ng;
    int def;
    js p1 = re_cap(s, c, 1, &def);
    jsb b;
    jsb_init(&b, a);
    if (def && p1.n) {
        jsb_put(&b, p1);
        jsb_puta(&b, "[^/]+");
    } else {
        jsb_puta(&b, "[^/]*");
    }
    jsb_puta(&b, "(?=$|\\/$)");
    return jsb_js(&b);
}

static const re_replacer IG_REPLACERS[16] = {
    ig_r0, ig_r1, ig_r2, ig_r3, ig_r4, ig_r5, ig_r6, ig_r7,
    ig_r8, ig_r9, ig_r10, ig_r11, ig_r12, ig_r13, ig_r14, ig_r15,
};

/* ignore().add(patterns) with an array: each element is one rule. */
static int ig_add(arena *a, ig_t *ig, js pattern, char **err)
{
    const consts_t *C = consts();
    /* checkPattern */
    if (!pattern.n) return 0;
    if (jsre_test(C->ig_blank, pattern)) return 0;
    if (jsre_test(C->ig_bad_trailing_bs, pattern)) return 0;
    if (pattern.s[0] == '#') return 0;
    /* createRule */
    int negative = 0;
    if (pattern.s[0] == '!') {
        negative = 1;
        pattern = js_sub(pattern, 1, pattern.n);
    }
    if (jsre_test(C->ig_lead_excl, pattern)) pattern = js_cat(a, js_a(a, "!"), js_sub(pattern, 2, pattern.n));
    if (jsre_test(C->ig_lead_hash, pattern)) pattern = js_cat(a, js_a(a, "#"), js_sub(pattern, 2, pattern.n));
    /* makeRegex */
    ig_ud ud = { pattern };
    js source = pattern;
    for (int i = 0; i < 16; i++) source = jsre_replace(a, C->ig_rep[i], IG_REPLACER_GLOBAL[i], source, IG_REPLACERS[i], &ud);
    jsre *re = jsre_compile(a, source, "i", err);
    if (!re) return -1;
    ig_rule r = { re, negative };
    AVEC_PUSH(a, ig->rules, ig->n, ig->cap, r);
    return 0;
}

typedef struct {
    int ignored, unignored;
} ig_result;

static ig_result ig_test_one(const ig_t *ig, js path)
{
    ig_result r = { 0, 0 };
    for (size_t i = 0; i < ig->n; i++) {
        int negative = ig->rules[i].negative;
        if ((r.unignored == negative && r.ignored != r.unignored) || (negative && !r.ignored && !r.unignored)) continue;
        if (jsre_test(ig->rules[i].regex, path)) {
            r.ignored = !negative;
            r.unignored = negative;
        }
    }
    return r;
}

/* Ignore#_t: slices = path.split('/') (without the popped last element) */
static ig_result ig_t_rec(arena *a, const ig_t *ig, js path, jsvec *slices)
{
    slices->n--; /* slices.pop() */
    if (!slices->n) return ig_test_one(ig, path);
    jsb b;
    jsb_init(&b, a);
    for (size_t i = 0; i < slices->n; i++) {
        jsb_put(&b, slices->v[i]);
        jsb_putc(&b, '/');
    }
    ig_result parent = ig_t_rec(a, ig, jsb_js(&b), slices);
    return parent.ignored ? parent : ig_test_one(ig, path);
}

/* Ignore#ignores(path) */
static int ig_ignores(arena *a, const ig_t *ig, js path, int *out, char **err)
{
    if (!path.n) return fail(err, "path must not be empty");
    if (jsre_test(consts()->ig_invalid_path, path)) {
        char *u = js_to_utf8(a, path);
        return fail(err, "path should be a `path.relative()`d string, but got \"%s\"", u);
    }
    jsvec slices = js_split_c(a, path, '/');
    *out = ig_t_rec(a, ig, path, &slices).ignored;
    return 0;
}

/* ===================================================================== */
/* 7. @balena/dockerignore 1.0.2 (IgnoreMode.DOCKER)                      */
/* ===================================================================== */

typedef struct {
    js pattern;
    jsvec dirs;
    int negative;
    int ndirs_not_gs; /* dirs.filter(x => x !== '**').length */
    int has_gs;
    jsre *regexp;
    int compiled;
} dk_rule;

typedef struct {
    dk_rule *rules;
    size_t n, cap;
    char *compile_err; /* first compile error (malloc'd) */
    int compiled;
} dk_t;

/* cleanPath: path.normalize(file).replace(/(?<=.)\/$/, '') */
static js dk_clean(arena *a, js p)
{
    char *u = js_to_utf8(a, p);
    char *n = path_normalize(u);
    size_t len = strlen(n);
    if (len > 1 && n[len - 1] == '/') n[len - 1] = 0;
    js r = js_from_utf8(a, n);
    free(n);
    return r;
}

static js dk_dirname(arena *a, js p)
{
    char *u = js_to_utf8(a, p);
    char *d = path_dirname(u);
    js r = js_from_utf8(a, d);
    free(d);
    return r;
}

static void dk_add_one(arena *a, dk_t *dk, js pattern)
{
    /* _checkPattern */
    if (!pattern.n || pattern.s[0] == '#' || js_trim(pattern).n == 0) return;
    pattern = js_trim(pattern);
    /* _createRule */
    int negative = 0;
    if (pattern.s[0] == '!') {
        negative = 1;
        pattern = js_trim(js_sub(pattern, 1, pattern.n));
    }
    if (pattern.n > 0) {
        pattern = dk_clean(a, pattern);
        if (pattern.n > 1 && pattern.s[0] == '/') pattern = js_sub(pattern, 1, pattern.n);
    }
    if (negative) pattern = js_cat(a, js_a(a, "!"), pattern);
    pattern = js_trim(pattern);
    if (!pattern.n) return;
    pattern = dk_clean(a, pattern);
    if (pattern.s[0] == '!') {
        if (pattern.n == 1) return;
        negative = 1;
        pattern = js_sub(pattern, 1, pattern.n);
    } else {
        negative = 0;
    }
    dk_rule r;
    memset(&r, 0, sizeof r);
    r.pattern = pattern;
    r.dirs = js_split_c(a, pattern, '/');
    r.negative = negative;
    for (size_t i = 0; i < r.dirs.n; i++) {
        if (js_eqa(r.dirs.v[i], "**"))
            r.has_gs = 1;
        else
            r.ndirs_not_gs++;
    }
    AVEC_PUSH(a, dk->rules, dk->n, dk->cap, r);
}

/* IgnoreBase#add(string): split(/\r?\n/g) */
static void dk_add(arena *a, dk_t *dk, js pattern)
{
    jsvec lines = js_split_lines(a, pattern);
    for (size_t i = 0; i < lines.n; i++) dk_add_one(a, dk, lines.v[i]);
}

static int dk_compile(arena *a, dk_rule *rule, char **err)
{
    if (rule->compiled) return rule->regexp ? 0 : -1;
    js p = rule->pattern;
    jsb b;
    jsb_init(&b, a);
    jsb_putc(&b, '^');
    for (size_t i = 0; i < p.n; i++) {
        u16 ch = p.s[i];
        if (ch == '*') {
            if (i + 1 < p.n && p.s[i + 1] == '*') {
                i++;
                if (i + 1 < p.n && p.s[i + 1] == '/') i++;
                if (i + 1 >= p.n)
                    jsb_puta(&b, ".*");
                else
                    jsb_puta(&b, "(.*/)?");
            } else {
                jsb_puta(&b, "[^/]*");
            }
        } else if (ch == '?') {
            jsb_puta(&b, "[^/]");
        } else if (ch == '.' || ch == '$') {
            jsb_putc(&b, '\\');
            jsb_putc(&b, ch);
        } else if (ch == '\\') {
            if (i + 1 < p.n) {
                jsb_putc(&b, '\\');
                jsb_putc(&b, p.s[i + 1]);
                i++;
            } else {
                jsb_putc(&b, '\\');
            }
        } else {
            jsb_putc(&b, ch);
        }
    }
    jsb_putc(&b, '$');
    rule->regexp = jsre_compile(a, jsb_js(&b), "i", err);
    rule->compiled = 1;
    return rule->regexp ? 0 : -1;
}

/* IgnoreBase#ignores(path) for a non-empty path */
static int dk_ignores(arena *scratch, arena *perm, dk_t *dk, js file, int *out, char **err)
{
    if (!file.n) {
        *out = 1;
        return 0;
    }
    /* the cache is a plain object: `path in {}` is true for Object.prototype's members */
    static const char *const PROTO[] = { "constructor", "__defineGetter__", "__defineSetter__", "hasOwnProperty",
                                         "__lookupGetter__", "__lookupSetter__", "isPrototypeOf",
                                         "propertyIsEnumerable", "toString", "valueOf", "__proto__",
                                         "toLocaleString", NULL };
    for (size_t i = 0; PROTO[i]; i++)
        if (js_eqa(file, PROTO[i])) {
            *out = 0;
            return 0;
        }
    /* compile every rule (RegExp construction throws on the first use of a bad rule) */
    if (!dk->compiled) {
        dk->compiled = 1;
        for (size_t i = 0; i < dk->n; i++) {
            char *e = NULL;
            if (dk_compile(perm, &dk->rules[i], &e) < 0 && !dk->compile_err) dk->compile_err = e;
            else free(e);
        }
    }
    if (dk->compile_err) return fail(err, "%s", dk->compile_err);
    js parent_path = dk_clean(scratch, dk_dirname(scratch, file));
    jsvec parent_dirs = js_split_c(scratch, parent_path, '/');
    int matched = 0;
    int parent_is_dot = js_eqa(parent_path, ".");
    for (size_t r = 0; r < dk->n; r++) {
        dk_rule *rule = &dk->rules[r];
        int match = jsre_test(rule->regexp, file);
        if (!match && !parent_is_dot) {
            if (rule->has_gs) {
                for (size_t i = (size_t)rule->ndirs_not_gs; i <= parent_dirs.n; i++) {
                    if (match) break;
                    match = jsre_test(rule->regexp, js_join(scratch, parent_dirs.v, i, js_a(scratch, "/")));
                }
            } else if (rule->dirs.n <= parent_dirs.n) {
                match = jsre_test(rule->regexp, js_join(scratch, parent_dirs.v, rule->dirs.n, js_a(scratch, "/")));
            }
        }
        if (match) matched = !rule->negative;
    }
    *out = matched;
    return 0;
}

/* ===================================================================== */
/* 8. ignore strategies (core/lib/fs/ignore.js)                           */
/* ===================================================================== */

typedef struct {
    minimatch_t mm;
    int negate; /* pattern.startsWith('!') */
} glob_pat;

typedef struct {
    ccdk_ignore_mode mode;
    arena perm;
    /* GLOB */
    glob_pat *globs;
    size_t nglobs;
    char *glob_err; /* first bad pattern: thrown on first use */
    /* GIT */
    ig_t git;
    /* DOCKER */
    dk_t dk_ignore, dk_complete;
    pthread_mutex_t lock; /* DOCKER lazily compiles */
} strategy;

static void strategy_free(strategy *st)
{
    if (!st) return;
    free(st->glob_err);
    free(st->dk_ignore.compile_err);
    free(st->dk_complete.compile_err);
    pthread_mutex_destroy(&st->lock);
    arena_free(&st->perm);
    free(st);
}

/* IgnoreStrategy.fromCopyOptions(options, root). GIT rules compile here. */
static strategy *strategy_new(const ccdk__fingerprint_opts *o, char **err)
{
    if (!consts()) {
        fail(err, "ccdk: internal regular expressions failed to compile");
        return NULL;
    }
    strategy *st = xcalloc(1, sizeof *st);
    pthread_mutex_init(&st->lock, NULL);
    st->mode = o->ignore_mode;
    arena *a = &st->perm;
    size_t n = 0;
    if (o->exclude)
        while (o->exclude[n]) n++;
    switch (o->ignore_mode) {
    case CCDK_IGNORE_GLOB:
        st->globs = azalloc(a, (n ? n : 1) * sizeof *st->globs);
        st->nglobs = n;
        for (size_t i = 0; i < n; i++) {
            js p = js_from_utf8(a, o->exclude[i]);
            st->globs[i].negate = p.n > 0 && p.s[0] == '!';
            char *e = NULL;
            if (mm_compile(a, p, &st->globs[i].mm, &e) < 0) {
                if (!st->glob_err) st->glob_err = e ? e : xstrdup("invalid pattern");
                else free(e);
                memset(&st->globs[i].mm, 0, sizeof st->globs[i].mm);
                st->globs[i].mm.comment = 1;
            }
        }
        break;
    case CCDK_IGNORE_GIT:
        for (size_t i = 0; i < n; i++) {
            if (ig_add(a, &st->git, js_from_utf8(a, o->exclude[i]), err) < 0) {
                strategy_free(st);
                return NULL;
            }
        }
        break;
    case CCDK_IGNORE_DOCKER: {
        for (size_t i = 0; i < n; i++) {
            js p = js_from_utf8(a, o->exclude[i]);
            dk_add(a, &st->dk_ignore, p);
            /* completelyAdd */
            dk_add(a, &st->dk_complete, p);
            long caps[6];
            if (jsre_exec(consts()->dk_negative, p, 0, caps)) {
                js m1 = re_cap(p, caps, 1, NULL), m2 = re_cap(p, caps, 2, NULL);
                js dirname = m2;
                for (;;) {
                    dirname = dk_dirname(a, dirname);
                    if (js_eqa(dirname, "/") || js_eqa(dirname, ".")) break;
                    dk_add(a, &st->dk_complete, js_cat(a, m1, dirname));
                }
            }
        }
        break;
    }
    default:
        strategy_free(st);
        fail(err, "unknown ignore mode");
        return NULL;
    }
    return st;
}

/* ignores(rel) ; rel is the root-relative path (never empty) */
static int strategy_ignores(strategy *st, arena *scratch, const char *rel, int *out, char **err)
{
    amark m = arena_mark(scratch);
    js p = js_from_utf8(scratch, rel);
    int rc = 0;
    *out = 0;
    switch (st->mode) {
    case CCDK_IGNORE_GLOB: {
        if (st->glob_err) {
            rc = fail(err, "%s", st->glob_err);
            break;
        }
        int excl = 0;
        for (size_t i = 0; i < st->nglobs; i++) {
            int match = mm_match(scratch, &st->globs[i].mm, p);
            if (!st->globs[i].negate && match) excl = 1;
            if (st->globs[i].negate && match) excl = 0;
        }
        *out = excl;
        break;
    }
    case CCDK_IGNORE_GIT:
        rc = ig_ignores(scratch, &st->git, p, out, err);
        break;
    case CCDK_IGNORE_DOCKER:
        pthread_mutex_lock(&st->lock);
        rc = dk_ignores(scratch, &st->perm, &st->dk_ignore, p, out, err);
        pthread_mutex_unlock(&st->lock);
        break;
    }
    arena_reset(scratch, m);
    return rc;
}

static int strategy_completely_ignores(strategy *st, arena *scratch, const char *rel, int *out, char **err)
{
    switch (st->mode) {
    case CCDK_IGNORE_GIT: {
        amark m = arena_mark(scratch);
        size_t n = strlen(rel);
        js p = js_from_utf8(scratch, rel);
        if (!(n && rel[n - 1] == '/')) p = js_cat(scratch, p, js_a(scratch, "/"));
        int rc = ig_ignores(scratch, &st->git, p, out, err);
        arena_reset(scratch, m);
        return rc;
    }
    case CCDK_IGNORE_DOCKER: {
        if (strategy_ignores(st, scratch, rel, out, err) < 0) return -1;
        if (!*out) return 0;
        amark m = arena_mark(scratch);
        js p = js_from_utf8(scratch, rel);
        pthread_mutex_lock(&st->lock);
        int rc = dk_ignores(scratch, &st->perm, &st->dk_complete, p, out, err);
        pthread_mutex_unlock(&st->lock);
        arena_reset(scratch, m);
        return rc;
    }
    default:
        return strategy_ignores(st, scratch, rel, out, err);
    }
}

/* ===================================================================== */
/* 9. file content fingerprints (fingerprint.js contentFingerprintMiss)   */
/* ===================================================================== */
/*
 * node reads the file in 8 KiB chunks.  The first chunk (and, while nothing
 * has been hashed yet, every following one) decides "binary" by the presence
 * of a NUL byte; binary chunks are hashed raw.  Text chunks are decoded as
 * UTF-8 *per chunk* (so invalid bytes and sequences split by a chunk boundary
 * become U+FFFD), CRLF is turned into LF, and the result is re-encoded and
 * hashed.  A text chunk ending in CR is held back and prepended to the next
 * text chunk; if the file ends (or turns binary) while some text is held back,
 * that text is hashed raw at the very end and not counted in the size.
 * The result is "<hashed byte count>:<sha256 hex>".
 */

#define FP_CHUNK 8192
#define FP_READ (1u << 20) /* multiple of FP_CHUNK */

typedef struct {
    ccdk__sha256_ctx ctx;
    unsigned char *buf;  /* FP_READ */
    unsigned char *san;  /* 3 * FP_CHUNK */
    unsigned char *pend; /* held-back text */
    size_t pendn, pendcap;
} hasher;

static int hasher_init(hasher *h)
{
    memset(h, 0, sizeof *h);
    h->buf = xmalloc(FP_READ);
    h->san = xmalloc(3 * FP_CHUNK);
    return 0;
}

static void hasher_free(hasher *h)
{
    free(h->buf);
    free(h->san);
    free(h->pend);
    memset(h, 0, sizeof *h);
}

static void pend_append(hasher *h, const unsigned char *p, size_t n)
{
    if (h->pendn + n > h->pendcap) {
        size_t nc = h->pendcap ? h->pendcap * 2 : 4 * FP_CHUNK;
        while (nc < h->pendn + n) nc *= 2;
        h->pend = xrealloc(h->pend, nc);
        h->pendcap = nc;
    }
    memcpy(h->pend + h->pendn, p, n);
    h->pendn += n;
}

/* in-place "\r\n" -> "\n" */
static size_t crlf_compact(unsigned char *s, size_t n)
{
    unsigned char *q = memchr(s, '\r', n);
    if (!q) return n;
    size_t o = (size_t)(q - s), i = o;
    while (i < n) {
        unsigned char *r = memchr(s + i, '\r', n - i);
        size_t j = r ? (size_t)(r - s) : n;
        if (j > i) {
            memmove(s + o, s + i, j - i);
            o += j - i;
        }
        if (j >= n) break;
        if (j + 1 < n && s[j + 1] == '\n') {
            i = j + 1; /* drop the CR, the LF is copied with the next run */
        } else {
            s[o++] = '\r';
            i = j + 1;
        }
    }
    return o;
}

static void hex64(const unsigned char *d, char *out)
{
    static const char hx[] = "0123456789abcdef";
    for (int i = 0; i < 32; i++) {
        out[2 * i] = hx[d[i] >> 4];
        out[2 * i + 1] = hx[d[i] & 15];
    }
    out[64] = 0;
}

typedef struct {
    uint64_t size;
    int binary;
} fpstate;

/* one logical 8 KiB (or final shorter) chunk; p is writable scratch */
static void fp_chunk(hasher *h, fpstate *st, unsigned char *p, size_t n)
{
    if (st->binary) {
        ccdk__sha256_update(&h->ctx, p, n);
        st->size += n;
        return;
    }
    if (st->size == 0) {
        st->binary = memchr(p, 0, n) != NULL;
        if (st->binary) {
            ccdk__sha256_update(&h->ctx, p, n);
            st->size += n;
            return;
        }
    }
    unsigned char *s = p;
    size_t sn = n;
    if (!utf8_valid(p, n)) {
        sn = utf8_sanitize(p, n, h->san);
        s = h->san;
    }
    if (s[sn - 1] == '\r') {
        pend_append(h, s, sn);
        return;
    }
    if (h->pendn) {
        pend_append(h, s, sn);
        size_t m = crlf_compact(h->pend, h->pendn);
        ccdk__sha256_update(&h->ctx, h->pend, m);
        st->size += m;
        h->pendn = 0;
        return;
    }
    size_t m = crlf_compact(s, sn);
    ccdk__sha256_update(&h->ctx, s, m);
    st->size += m;
}

/* "<size>:<hex>" into out (>= 100 bytes) */
static int content_fingerprint(hasher *h, const char *file, char *out, char **err)
{
    int fd = open(file, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        /* node stats the file before opening it: report what it would */
        int e = errno;
        struct stat st;
        if (stat(file, &st) < 0) return fail_errno(err, errno, "stat", file);
        return fail_errno(err, e, "open", file);
    }
#ifdef POSIX_FADV_SEQUENTIAL
    posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
    ccdk__sha256_init(&h->ctx);
    fpstate st = { 0, 0 };
    h->pendn = 0;
    size_t have = 0; /* bytes in buf not yet processed (< FP_CHUNK after processing) */
    int rc = 0;
    for (;;) {
        ssize_t r = read(fd, h->buf + have, FP_READ - have);
        if (r < 0) {
            if (errno == EINTR) continue;
            rc = fail_errno(err, errno, "read", file);
            break;
        }
        if (r == 0) {
            if (have) fp_chunk(h, &st, h->buf, have);
            break;
        }
        have += (size_t)r;
        if (st.binary) {
            ccdk__sha256_update(&h->ctx, h->buf, have);
            st.size += have;
            have = 0;
            continue;
        }
        size_t off = 0;
        while (have - off >= FP_CHUNK) {
            fp_chunk(h, &st, h->buf + off, FP_CHUNK);
            off += FP_CHUNK;
            if (st.binary && have - off > 0) {
                ccdk__sha256_update(&h->ctx, h->buf + off, have - off);
                st.size += have - off;
                off = have;
            }
        }
        if (off) {
            memmove(h->buf, h->buf + off, have - off);
            have -= off;
        }
    }
    close(fd);
    if (rc < 0) return rc;
    if (h->pendn) {
        ccdk__sha256_update(&h->ctx, h->pend, h->pendn);
        h->pendn = 0;
    }
    unsigned char d[32];
    ccdk__sha256_final(&h->ctx, d);
    char hex[65];
    hex64(d, hex);
    snprintf(out, 100, "%llu:%s", (unsigned long long)st.size, hex);
    return 0;
}

/* ===================================================================== */
/* 10. directory walk (core/lib/fs/utils.js walkDirectory)                */
/* ===================================================================== */

typedef struct walker walker;
struct walker {
    ccdk_symlink_follow follow;
    strategy *ig;
    char *canonical_root;
    arena scratch;
    char **anc;
    size_t nanc, capanc;
    int want_dirs; /* copy: onDirectory needs `ignored` */
    void *ud;
    /* visitor: return 0 or -1 (error in *err) */
    int (*on_file)(walker *w, const char *sym, const char *rel, const char *real, char **err);
    int (*on_symlink)(walker *w, const char *sym, const char *rel, const char *real, const char *target,
                      const char *resolved, int internal, char **err);
    int (*on_directory)(walker *w, const char *sym, const char *rel, const char *real, int ignored, char **err);
    int (*on_unsupported)(walker *w, const char *sym, const char *rel, const char *real, char **err);
};

static int is_internal_path(const char *root, const char *target)
{
    size_t n = strlen(root);
    if (strcmp(root, target) == 0) return 1;
    return strncmp(target, root, n) == 0 && target[n] == '/';
}

/* fs.realpathSync, or the input on failure */
static char *realpath_or_self(const char *p)
{
    char *r = realpath(p, NULL);
    if (!r) return xstrdup(p);
    char *s = utf8_sanitize_str(r);
    free(r);
    return s;
}

/* canonicalLinkTarget(resolveLinkTarget(realPath, linkTarget)) */
static char *resolve_link(const char *real, const char *target)
{
    char *resolved;
    if (target[0] == '/') {
        resolved = path_resolve(target);
    } else {
        char *d = path_dirname(real);
        resolved = path_resolve2(d, target);
        free(d);
    }
    char *dir = path_dirname(resolved), *base = path_basename(resolved);
    char *rdir = realpath_or_self(dir);
    char *out = path_join(rdir, base);
    free(dir);
    free(base);
    free(rdir);
    free(resolved);
    return out;
}

static int should_follow(ccdk_symlink_follow f, int internal)
{
    switch (f) {
    case CCDK_SYMLINK_ALWAYS: return 1;
    case CCDK_SYMLINK_EXTERNAL: return !internal;
    case CCDK_SYMLINK_BLOCK_EXTERNAL: return internal;
    default: return 0;
    }
}

static char *child_rel(const char *rel, const char *name)
{
    return *rel ? xasprintf("%s/%s", rel, name) : xstrdup(name);
}

typedef struct {
    char *name;
    js key;
    int type; /* DT_* */
    size_t order;
} dent;

static int dent_cmp(const void *a, const void *b)
{
    const dent *x = a, *y = b;
    int c = js_cmp(x->key, y->key);
    if (c) return c;
    return x->order < y->order ? -1 : x->order > y->order;
}

static int walk_dir(walker *w, const char *sym, const char *rel, const char *real, const char *canonical, char **err);

static int visit_directory(walker *w, const char *sym, const char *rel, const char *real, const char *canonical,
                           char **err)
{
    int ign;
    if (strategy_completely_ignores(w->ig, &w->scratch, rel, &ign, err) < 0) return -1;
    if (ign) return 0;
    if (w->on_directory) {
        int ignored;
        if (strategy_ignores(w->ig, &w->scratch, rel, &ignored, err) < 0) return -1;
        if (w->on_directory(w, sym, rel, real, ignored, err) < 0) return -1;
    }
    return walk_dir(w, sym, rel, real, canonical, err);
}

static int visit_file(walker *w, const char *sym, const char *rel, const char *real, char **err)
{
    int ign;
    if (strategy_ignores(w->ig, &w->scratch, rel, &ign, err) < 0) return -1;
    if (ign || !w->on_file) return 0;
    return w->on_file(w, sym, rel, real, err);
}

static int visit_symlink(walker *w, const char *sym, const char *rel, const char *real, char **err)
{
    char buf[PATH_MAX + 1];
    ssize_t n = readlink(real, buf, PATH_MAX);
    if (n < 0) return fail_errno(err, errno, "readlink", real);
    buf[n] = 0;
    char *target = utf8_sanitize_str(buf);
    char *resolved = resolve_link(real, target);
    int internal = is_internal_path(w->canonical_root, resolved);
    struct stat stt;
    int have = should_follow(w->follow, internal) && stat(resolved, &stt) == 0;
    int rc = 0;
    if (!have) {
        int ign;
        if (strategy_ignores(w->ig, &w->scratch, rel, &ign, err) < 0)
            rc = -1;
        else if (!ign && w->on_symlink)
            rc = w->on_symlink(w, sym, rel, real, target, resolved, internal, err);
    } else if (S_ISDIR(stt.st_mode)) {
        char *canon = realpath_or_self(resolved);
        rc = visit_directory(w, sym, rel, resolved, canon, err);
        free(canon);
    } else if (S_ISREG(stt.st_mode)) {
        rc = visit_file(w, sym, rel, resolved, err);
    } else {
        int ign;
        if (strategy_ignores(w->ig, &w->scratch, rel, &ign, err) < 0)
            rc = -1;
        else if (!ign && w->on_unsupported)
            rc = w->on_unsupported(w, sym, rel, resolved, err);
    }
    free(target);
    free(resolved);
    return rc;
}

static int walk_dir(walker *w, const char *sym, const char *rel, const char *real, const char *canonical, char **err)
{
    for (size_t i = 0; i < w->nanc; i++)
        if (strcmp(w->anc[i], canonical) == 0) return 0;
    if (w->nanc == w->capanc) {
        w->capanc = w->capanc ? w->capanc * 2 : 16;
        w->anc = xrealloc(w->anc, w->capanc * sizeof *w->anc);
    }
    w->anc[w->nanc++] = xstrdup(canonical);

    int rc = 0;
    DIR *d = opendir(real);
    if (!d) {
        rc = fail_errno(err, errno, "scandir", real);
        goto out;
    }
    arena la = { 0 };
    dent *ents = NULL;
    size_t ne = 0, cap = 0;
    struct dirent *de;
    errno = 0;
    while ((de = readdir(d))) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
        if (ne == cap) {
            cap = cap ? cap * 2 : 64;
            ents = xrealloc(ents, cap * sizeof *ents);
        }
        dent *e = &ents[ne];
        e->name = utf8_sanitize_str(de->d_name);
        e->key = js_from_utf8(&la, e->name);
        e->type = de->d_type;
        e->order = ne;
        if (e->type == DT_UNKNOWN) {
            struct stat ls;
            char *p = path_join(real, e->name);
            if (lstat(p, &ls) == 0)
                e->type = S_ISLNK(ls.st_mode) ? DT_LNK : S_ISDIR(ls.st_mode) ? DT_DIR : S_ISREG(ls.st_mode) ? DT_REG : DT_FIFO;
            free(p);
        }
        ne++;
    }
    if (errno) rc = fail_errno(err, errno, "scandir", real);
    closedir(d);
    if (ne) qsort(ents, ne, sizeof *ents, dent_cmp);
    for (size_t i = 0; i < ne && rc == 0; i++) {
        dent *e = &ents[i];
        char *csym = path_join(sym, e->name);
        char *creal = path_join(real, e->name);
        char *crel = child_rel(rel, e->name);
        if (e->type == DT_LNK) {
            rc = visit_symlink(w, csym, crel, creal, err);
        } else if (e->type == DT_DIR) {
            char *ccanon = path_join(canonical, e->name);
            rc = visit_directory(w, csym, crel, creal, ccanon, err);
            free(ccanon);
        } else if (e->type == DT_REG) {
            rc = visit_file(w, csym, crel, creal, err);
        }
        free(csym);
        free(creal);
        free(crel);
    }
    for (size_t i = 0; i < ne; i++) free(ents[i].name);
    free(ents);
    arena_free(&la);
out:
    free(w->anc[--w->nanc]);
    return rc;
}

/* walkDirectory(directory, {follow, ignoreStrategy, root}) */
static int walk_directory(walker *w, const char *directory, const char *root, char **err)
{
    w->canonical_root = realpath_or_self(root ? root : directory);
    char *canon = realpath_or_self(directory);
    int rc = walk_dir(w, directory, "", directory, canon, err);
    free(canon);
    free(w->canonical_root);
    w->canonical_root = NULL;
    free(w->anc);
    w->anc = NULL;
    w->nanc = w->capanc = 0;
    arena_free(&w->scratch);
    return rc;
}

/* ===================================================================== */
/* 11. worker pool                                                        */
/* ===================================================================== */

typedef struct {
    size_t njobs;
    atomic_size_t next;
    void *ud;
    /* run job i with per-thread context; errors are stored by the job itself */
    void (*run)(void *ud, size_t i, void *tctx);
    void *(*tctx_new)(void *ud);
    void (*tctx_free)(void *tctx);
} pool_t;

static void *pool_thread(void *arg)
{
    pool_t *p = arg;
    void *t = p->tctx_new ? p->tctx_new(p->ud) : NULL;
    for (;;) {
        size_t i = atomic_fetch_add(&p->next, 1);
        if (i >= p->njobs) break;
        p->run(p->ud, i, t);
    }
    if (p->tctx_free) p->tctx_free(t);
    return NULL;
}

static long ncpus(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
#ifdef CPU_COUNT
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        long c = CPU_COUNT(&set);
        if (c > 0 && (n <= 0 || c < n)) n = c;
    }
#endif
    return n > 0 ? n : 1;
}

static void pool_run(pool_t *p)
{
    atomic_init(&p->next, 0);
    if (p->njobs == 0) return;
    long nt = ncpus();
    if ((size_t)nt > p->njobs) nt = (long)p->njobs;
    if (nt > 64) nt = 64;
    pthread_t th[64];
    long started = 0;
    for (long i = 1; i < nt; i++) {
        if (pthread_create(&th[started], NULL, pool_thread, p) != 0) break;
        started++;
    }
    pool_thread(p);
    for (long i = 0; i < started; i++) pthread_join(th[i], NULL);
}

/* ===================================================================== */
/* 12. FileSystem.fingerprint                                             */
/* ===================================================================== */

enum { REC_FILE, REC_LINK, REC_ERROR };

typedef struct {
    int kind;
    char *key;   /* "file:<rel>" / "link:<rel>" */
    char *value; /* link target, or the content fingerprint once hashed */
    char *path;  /* file to read */
    char *err;
} rec;

typedef struct {
    rec *r;
    size_t n, cap;
    const char *root;
} fpwalk;

/* hashKey(): path.relative(root, p).replace(/\\/g, "/") */
static void slashify(char *s)
{
    for (; *s; s++)
        if (*s == '\\') *s = '/';
}

static rec *rec_push(fpwalk *f, int kind)
{
    if (f->n == f->cap) {
        f->cap = f->cap ? f->cap * 2 : 256;
        f->r = xrealloc(f->r, f->cap * sizeof *f->r);
    }
    rec *r = &f->r[f->n++];
    memset(r, 0, sizeof *r);
    r->kind = kind;
    return r;
}

static int fp_on_file(walker *w, const char *sym, const char *rel, const char *real, char **err)
{
    (void)sym;
    (void)err;
    fpwalk *f = w->ud;
    rec *r = rec_push(f, REC_FILE);
    r->key = xasprintf("file:%s", rel);
    slashify(r->key);
    r->path = xstrdup(real);
    return 0;
}

static int fp_on_symlink(walker *w, const char *sym, const char *rel, const char *real, const char *target,
                         const char *resolved, int internal, char **err)
{
    (void)sym;
    (void)real;
    (void)err;
    fpwalk *f = w->ud;
    rec *r = rec_push(f, REC_LINK);
    r->key = xasprintf("link:%s", rel);
    slashify(r->key);
    if (internal && target[0] == '/') {
        r->value = path_relative(f->root, resolved);
        slashify(r->value);
    } else {
        r->value = xstrdup(target);
    }
    return 0;
}

static int fp_on_unsupported(walker *w, const char *sym, const char *rel, const char *real, char **err)
{
    (void)w;
    (void)rel;
    (void)real;
    return fail(err, "Unable to hash %s: it is neither a file nor a directory", sym);
}

static void *fp_tctx_new(void *ud)
{
    (void)ud;
    hasher *h = xmalloc(sizeof *h);
    if (hasher_init(h) < 0) {
        free(h);
        return NULL;
    }
    return h;
}

static void fp_tctx_free(void *t)
{
    if (!t) return;
    hasher_free(t);
    free(t);
}

typedef struct {
    rec **files;
} fpjobs;

static void fp_run(void *ud, size_t i, void *t)
{
    fpjobs *J = ud;
    rec *r = J->files[i];
    if (!t) {
        fail(&r->err, "cannot allocate a sha256 context");
        return;
    }
    char out[100];
    if (content_fingerprint(t, r->path, out, &r->err) == 0) r->value = xstrdup(out);
}

static void hash_field(ccdk__sha256_ctx *ctx, const char *header, const char *value)
{
    ccdk__sha256_update(ctx, "\x01", 1);
    ccdk__sha256_update(ctx, header, strlen(header));
    ccdk__sha256_update(ctx, "\x02", 1);
    ccdk__sha256_update(ctx, value, strlen(value));
    ccdk__sha256_update(ctx, "\x03", 1);
}

static const char *follow_name(ccdk_symlink_follow f)
{
    switch (f) {
    case CCDK_SYMLINK_NEVER: return "never";
    case CCDK_SYMLINK_ALWAYS: return "always";
    case CCDK_SYMLINK_EXTERNAL: return "external";
    case CCDK_SYMLINK_BLOCK_EXTERNAL: return "internal-only";
    default: return NULL;
    }
}

int ccdk__fingerprint(const char *path, const ccdk__fingerprint_opts *opts, char out[65], char **err)
{
    static const ccdk__fingerprint_opts defaults = { NULL, CCDK_SYMLINK_EXTERNAL, CCDK_IGNORE_GLOB, NULL };
    if (err) *err = NULL;
    if (!opts) opts = &defaults;
    char *e = NULL;
    const char *fname = follow_name(opts->follow);
    if (!fname) return fail(err, "unknown follow mode: %d", (int)opts->follow);
    if (opts->ignore_mode != CCDK_IGNORE_GLOB && opts->ignore_mode != CCDK_IGNORE_GIT &&
        opts->ignore_mode != CCDK_IGNORE_DOCKER)
        return fail(err, "unknown ignore mode: %d", (int)opts->ignore_mode);
    if (!path) return fail(err, "path must be a string");

    char *rp = realpath(path, NULL);
    if (!rp) return fail_errno(err, errno, "lstat", path);
    char *root = utf8_sanitize_str(rp);
    free(rp);
    struct stat st;
    if (stat(root, &st) < 0) {
        int en = errno;
        int r = fail_errno(err, en, "stat", root);
        free(root);
        return r;
    }
    int is_dir = S_ISDIR(st.st_mode);

    ccdk__sha256_ctx ctxs, *ctx = &ctxs;
    ccdk__sha256_init(ctx);
    char *extra = utf8_sanitize_str(opts->extra_hash ? opts->extra_hash : "");
    hash_field(ctx, "options.extra", extra);
    free(extra);
    hash_field(ctx, "options.follow", fname);
    if (opts->ignore_mode == CCDK_IGNORE_GIT) hash_field(ctx, "options.ignoreMode", "git");
    if (opts->ignore_mode == CCDK_IGNORE_DOCKER) hash_field(ctx, "options.ignoreMode", "docker");

    int rc = 0;
    strategy *ig = strategy_new(opts, &e);
    if (!ig) {
        rc = -1;
        goto done;
    }
    if (!is_dir) {
        hasher h;
        if (hasher_init(&h) < 0) {
            rc = fail(&e, "sha256 initialisation failed");
        } else {
            char fp[100];
            rc = content_fingerprint(&h, root, fp, &e);
            if (rc == 0) hash_field(ctx, "file:", fp);
            hasher_free(&h);
        }
    } else {
        fpwalk f = { NULL, 0, 0, root };
        walker w;
        memset(&w, 0, sizeof w);
        w.follow = opts->follow;
        w.ig = ig;
        w.ud = &f;
        w.on_file = fp_on_file;
        w.on_symlink = fp_on_symlink;
        w.on_unsupported = fp_on_unsupported;
        char *werr = NULL;
        if (walk_directory(&w, root, NULL, &werr) < 0) {
            rec *r = rec_push(&f, REC_ERROR);
            r->err = werr ? werr : xstrdup("walk failed");
        }
        /* hash the file contents in parallel */
        fpjobs J;
        size_t nf = 0;
        J.files = xmalloc((f.n ? f.n : 1) * sizeof *J.files);
        for (size_t i = 0; i < f.n; i++)
            if (f.r[i].kind == REC_FILE) J.files[nf++] = &f.r[i];
        pool_t p;
        memset(&p, 0, sizeof p);
        p.njobs = nf;
        p.ud = &J;
        p.run = fp_run;
        p.tctx_new = fp_tctx_new;
        p.tctx_free = fp_tctx_free;
        pool_run(&p);
        free(J.files);
        /* feed the records in aws-cdk-lib's order */
        for (size_t i = 0; i < f.n; i++) {
            rec *r = &f.r[i];
            if (rc == 0) {
                if (r->err) {
                    rc = fail(&e, "%s", r->err);
                } else {
                    hash_field(ctx, r->key, r->value ? r->value : "");
                }
            }
            free(r->key);
            free(r->value);
            free(r->path);
            free(r->err);
        }
        free(f.r);
    }
done:
    if (rc == 0) {
        unsigned char d[32];
        ccdk__sha256_final(ctx, d);
        hex64(d, out);
    } else {
        if (err) *err = e ? e : xstrdup("fingerprint failed");
        else free(e);
    }
    strategy_free(ig);
    free(root);
    return rc;
}

void ccdk__fingerprint_custom_hash(const char *custom, char out[65])
{
    unsigned char d[32];
    char *s = utf8_sanitize_str(custom ? custom : "");
    ccdk__sha256(s, strlen(s), d);
    free(s);
    hex64(d, out);
}

size_t ccdk__asset_file_extension(const char *path, char *out, size_t outsz)
{
    static const char *const ARCHIVE[] = { ".tar.gz", ".zip", ".jar", ".tar", ".tgz" };
    size_t n = strlen(path);
    for (size_t i = 0; i < sizeof ARCHIVE / sizeof ARCHIVE[0]; i++) {
        size_t k = strlen(ARCHIVE[i]);
        if (n >= k && strncasecmp(path + n - k, ARCHIVE[i], k) == 0) {
            if (outsz) snprintf(out, outsz, "%s", ARCHIVE[i]);
            return k;
        }
    }
    return path_extname(path, out, outsz);
}

/* ===================================================================== */
/* 13. staging copy (asset-staging.js stageAsset + fs/copy.js)            */
/* ===================================================================== */

static int mkdir_p(const char *p, char **err)
{
    struct stat st;
    if (mkdir(p, 0777) == 0) return 0;
    int e = errno;
    if (e == EEXIST) {
        if (stat(p, &st) == 0 && S_ISDIR(st.st_mode)) return 0;
        return fail_errno(err, EEXIST, "mkdir", p);
    }
    if (e != ENOENT) return fail_errno(err, e, "mkdir", p);
    char *parent = path_dirname(p);
    int rc = 0;
    if (strcmp(parent, p) != 0) rc = mkdir_p(parent, err);
    free(parent);
    if (rc < 0) return rc;
    if (mkdir(p, 0777) == 0) return 0;
    e = errno;
    if (e == EEXIST && stat(p, &st) == 0 && S_ISDIR(st.st_mode)) return 0;
    return fail_errno(err, e, "mkdir", p);
}

/* fs.copyFileSync(src, dst): contents + permission bits (libuv uv_fs_copyfile) */
static int copy_file(const char *src, const char *dst, char **err)
{
    int in = open(src, O_RDONLY | O_CLOEXEC);
    if (in < 0) return fail_errno2(err, errno, "copyfile", src, dst);
    struct stat st;
    if (fstat(in, &st) < 0) {
        int e = errno;
        close(in);
        return fail_errno2(err, e, "copyfile", src, dst);
    }
    /* A new file needs no truncation: ftruncate() on a fresh file makes ext4 flush it on close
     * (auto_da_alloc), which dominated staging. Only an existing target is truncated. */
    int out = open(dst, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, st.st_mode & 07777);
    if (out < 0 && errno == EEXIST)
        out = open(dst, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, st.st_mode & 07777);
    if (out < 0) {
        int e = errno;
        close(in);
        return fail_errno2(err, e, "copyfile", src, dst);
    }
    int rc = 0;
    if (fchmod(out, st.st_mode & 07777) < 0) {
        if (errno != EPERM) rc = fail_errno2(err, errno, "copyfile", src, dst);
    }
    off_t copied = 0;
    int use_cfr = 1;
    char *buf = NULL;
    const size_t bufsz = 1 << 16;
    while (rc == 0) {
        ssize_t r;
        if (use_cfr) {
            r = copy_file_range(in, NULL, out, NULL, 1u << 30, 0);
            if (r < 0 && (errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP ||
                          errno == EBADF || errno == EPERM)) {
                use_cfr = 0;
                continue;
            }
            if (r < 0 && errno == EINTR) continue;
            if (r < 0) {
                rc = fail_errno2(err, errno, "copyfile", src, dst);
                break;
            }
            if (r == 0) break;
            copied += r;
            if (copied >= st.st_size) break; /* no extra call that only returns 0 */
            continue;
        }
        if (!buf) buf = xmalloc(bufsz);
        r = read(in, buf, bufsz);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            rc = fail_errno2(err, errno, "copyfile", src, dst);
            break;
        }
        if (r == 0) break;
        for (ssize_t off = 0; off < r;) {
            ssize_t wn = write(out, buf + off, (size_t)(r - off));
            if (wn < 0 && errno == EINTR) continue;
            if (wn < 0) {
                rc = fail_errno2(err, errno, "copyfile", src, dst);
                break;
            }
            off += wn;
        }
    }
    free(buf);
    close(in);
    if (close(out) < 0 && rc == 0) rc = fail_errno2(err, errno, "copyfile", src, dst);
    return rc;
}

typedef struct {
    char *src, *dst, *err;
} copyjob;

typedef struct {
    const char *src_dir, *dest_dir;
    char *canonical_src;
    copyjob *jobs;
    size_t nj, capj;
} copyctx;

static char *destination_of(copyctx *c, const char *rel)
{
    return path_join(c->dest_dir, rel);
}

static int cp_on_directory(walker *w, const char *sym, const char *rel, const char *real, int ignored, char **err)
{
    (void)sym;
    (void)real;
    if (ignored) return 0;
    copyctx *c = w->ud;
    char *d = destination_of(c, rel);
    int rc = mkdir_p(d, err);
    free(d);
    return rc;
}

static int cp_on_file(walker *w, const char *sym, const char *rel, const char *real, char **err)
{
    (void)sym;
    copyctx *c = w->ud;
    char *d = destination_of(c, rel);
    char *dd = path_dirname(d);
    int rc = mkdir_p(dd, err);
    free(dd);
    if (rc < 0) {
        free(d);
        return rc;
    }
    if (c->nj == c->capj) {
        c->capj = c->capj ? c->capj * 2 : 256;
        c->jobs = xrealloc(c->jobs, c->capj * sizeof *c->jobs);
    }
    copyjob *j = &c->jobs[c->nj++];
    j->src = xstrdup(real);
    j->dst = d;
    j->err = NULL;
    return 0;
}

static int cp_on_symlink(walker *w, const char *sym, const char *rel, const char *real, const char *target,
                         const char *resolved, int internal, char **err)
{
    (void)sym;
    (void)real;
    copyctx *c = w->ud;
    if (w->follow == CCDK_SYMLINK_BLOCK_EXTERNAL && !internal)
        return fail(err,
                    "The file %s is an external symbolic link which is forbidden due to follow mode %s. Set `follow` "
                    "to a mode that will follow symlinks (ALWAYS or EXTERNAL) or emit a regular file",
                    resolved, follow_name(w->follow));
    char *d = destination_of(c, rel);
    char *dd = path_dirname(d);
    int rc = mkdir_p(dd, err);
    free(dd);
    if (rc == 0) {
        char *text;
        if (!is_internal_path(c->canonical_src, resolved)) {
            text = xstrdup(target);
        } else {
            char *r = path_relative(c->canonical_src, resolved);
            char *copied = path_join(c->dest_dir, r);
            char *ddir = path_dirname(d);
            text = path_relative(ddir, copied);
            if (!*text) {
                free(text);
                text = xstrdup(".");
            }
            free(r);
            free(copied);
            free(ddir);
        }
        if (symlink(text, d) < 0) rc = fail_errno2(err, errno, "symlink", text, d);
        free(text);
    }
    free(d);
    return rc;
}

static void cp_run(void *ud, size_t i, void *t)
{
    (void)t;
    copyctx *c = ud;
    copyjob *j = &c->jobs[i];
    copy_file(j->src, j->dst, &j->err);
}

static int validate_on_symlink(walker *w, const char *sym, const char *rel, const char *real, const char *target,
                               const char *resolved, int internal, char **err)
{
    (void)sym;
    (void)rel;
    (void)real;
    (void)target;
    if (internal) return 0;
    return fail(err,
                "The file %s is an external symbolic link which is forbidden due to follow mode %s. Set `follow` "
                "to a mode that will follow symlinks (ALWAYS or EXTERNAL) or emit a regular file",
                resolved, follow_name(w->follow));
}

int ccdk__stage_copy(const char *path, const char *dest, const ccdk__fingerprint_opts *opts, char **err)
{
    static const ccdk__fingerprint_opts defaults = { NULL, CCDK_SYMLINK_EXTERNAL, CCDK_IGNORE_GLOB, NULL };
    if (err) *err = NULL;
    if (!opts) opts = &defaults;
    if (!path || !dest) return fail(err, "path must be a string");
    if (!follow_name(opts->follow)) return fail(err, "unknown follow mode: %d", (int)opts->follow);
    char *e = NULL;
    char *src = path_resolve(path);
    char *dst = path_resolve(dest);
    int rc = 0;
    struct stat st;
    strategy *ig = NULL;
    if (stat(src, &st) < 0) {
        rc = fail(&e, "Cannot find asset at %s", src);
        goto done;
    }
    if (!S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode)) {
        rc = fail(&e, "Asset %s is expected to be either a directory or a regular file", src);
        goto done;
    }
    if (S_ISDIR(st.st_mode) || opts->ignore_mode == CCDK_IGNORE_GIT) {
        ig = strategy_new(opts, &e);
        if (!ig) {
            rc = -1;
            goto done;
        }
    }
    if (opts->follow == CCDK_SYMLINK_BLOCK_EXTERNAL && S_ISDIR(st.st_mode)) {
        walker w;
        memset(&w, 0, sizeof w);
        w.follow = opts->follow;
        w.ig = ig;
        w.on_symlink = validate_on_symlink;
        if (walk_directory(&w, src, NULL, &e) < 0) {
            rc = -1;
            goto done;
        }
    }
    struct stat dt;
    if (stat(dst, &dt) == 0) goto done; /* already staged */
    if (S_ISREG(st.st_mode)) {
        rc = copy_file(src, dst, &e);
        goto done;
    }
    if (mkdir(dst, 0777) < 0) {
        rc = fail_errno(&e, errno, "mkdir", dst);
        goto done;
    }
    {
        copyctx c;
        memset(&c, 0, sizeof c);
        c.src_dir = src;
        c.dest_dir = dst;
        c.canonical_src = realpath_or_self(src);
        walker w;
        memset(&w, 0, sizeof w);
        w.follow = opts->follow;
        w.ig = ig;
        w.ud = &c;
        w.on_directory = cp_on_directory;
        w.on_file = cp_on_file;
        w.on_symlink = cp_on_symlink;
        char *werr = NULL;
        int wrc = walk_directory(&w, src, src, &werr);
        pool_t p;
        memset(&p, 0, sizeof p);
        p.njobs = c.nj;
        p.ud = &c;
        p.run = cp_run;
        pool_run(&p);
        for (size_t i = 0; i < c.nj; i++) {
            if (c.jobs[i].err && rc == 0) rc = fail(&e, "%s", c.jobs[i].err);
            free(c.jobs[i].src);
            free(c.jobs[i].dst);
            free(c.jobs[i].err);
        }
        free(c.jobs);
        free(c.canonical_src);
        if (wrc < 0) {
            free(e);
            e = werr;
            rc = -1;
        } else {
            free(werr);
        }
    }
done:
    if (rc < 0) {
        if (err) *err = e ? e : xstrdup("staging failed");
        else free(e);
    } else {
        free(e);
    }
    strategy_free(ig);
    free(src);
    free(dst);
    return rc;
}
