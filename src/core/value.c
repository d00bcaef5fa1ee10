/* value.c - the JSON-like value tree, JavaScript-exact JSON output, and a JSON parser. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "value.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

ccdk_value *ccdk__v_new(ccdk_app *app, ccdk__vkind k)
{
    ccdk_value *v = ccdk__alloc(app, sizeof *v);
    v->kind = k;
    v->app = app;
    return v;
}

ccdk_value *ccdk__v_undef(ccdk_app *app) { return ccdk__v_new(app, CCDK__V_UNDEF); }

ccdk_value *ccdk__v_str_nocopy(ccdk_app *app, const char *s)
{
    ccdk_value *v = ccdk__v_new(app, CCDK__V_STR);
    v->u.str.s = s;
    v->u.str.len = strlen(s);
    return v;
}

ccdk_value *(ccdk__v_str)(ccdk_app *app, const char *s) { return ccdk__v_str_nocopy(app, ccdk__keep(app, s)); }

ccdk_value *ccdk__v_num(ccdk_app *app, double n)
{
    ccdk_value *v = ccdk__v_new(app, CCDK__V_NUM);
    v->u.n = n;
    return v;
}

ccdk_value *ccdk__v_bool(ccdk_app *app, int b)
{
    ccdk_value *v = ccdk__v_new(app, CCDK__V_BOOL);
    v->u.b = !!b;
    return v;
}

ccdk_value *ccdk__v_list(ccdk_app *app) { return ccdk__v_new(app, CCDK__V_LIST); }
ccdk_value *ccdk__v_obj(ccdk_app *app) { return ccdk__v_new(app, CCDK__V_OBJ); }

void ccdk__v_push(ccdk_value *list, ccdk_value *v)
{
    if (list->u.list.n == list->u.list.cap) {
        size_t cap = list->u.list.cap;
        list->u.list.items = ccdk__arena_grow(list->app, list->u.list.items, list->u.list.n, &cap, sizeof *list->u.list.items, 4);
        list->u.list.cap = (uint32_t)cap;
    }
    list->u.list.items[list->u.list.n++] = v;
}

#define INDEX_FROM 16 /* objects with more keys than this get a hash index */

static void index_put(ccdk_value *obj, size_t pos)
{
    struct ccdk__objindex *ix = obj->u.obj.ix;
    size_t mask = ix->cap - 1;
    size_t slot = ccdk__str_hash(obj->u.obj.e[pos].key) & mask;
    while (ix->slot[slot])
        slot = (slot + 1) & mask;
    ix->slot[slot] = (uint32_t)pos + 1;
}

static void index_build(ccdk_value *obj)
{
    size_t cap = 64;
    while (cap < obj->u.obj.n * 2 + 2)
        cap *= 2;
    struct ccdk__objindex *ix = ccdk__alloc(obj->app, sizeof *ix + cap * sizeof ix->slot[0]);
    ix->cap = (uint32_t)cap;
    obj->u.obj.ix = ix;
    for (size_t i = 0; i < obj->u.obj.n; i++)
        index_put(obj, i);
}

/* A canonical array index ("0", "17"; not "01" or "4294967295"): its number in *n. A JavaScript
 * object keeps such keys first, in ascending order, whatever order they were added in (and so
 * JSON.stringify and Object.keys list them): {"b": 1, "10": 2, "9": 3} is {"9", "10", "b"}. */
int ccdk__array_index_key(const char *k, uint64_t *n)
{
    if (k[0] == '0')
        return k[1] == 0 ? (*n = 0, 1) : 0;
    uint64_t v = 0;
    size_t i = 0;
    for (; k[i] >= '0' && k[i] <= '9'; i++) {
        if (i >= 10)
            return 0;
        v = v * 10 + (uint64_t)(k[i] - '0');
    }
    if (i == 0 || k[i] || v > 4294967294u)
        return 0;
    *n = v;
    return 1;
}

static int cmp_entry_keys(const void *a, const void *b)
{
    return strcmp(((const ccdk__entry *)a)->key, ((const ccdk__entry *)b)->key);
}

void ccdk__entries_sort(ccdk__entry *e, size_t n)
{
    if (n > 32) {
        qsort(e, n, sizeof *e, cmp_entry_keys);
        return;
    }
    for (size_t i = 1; i < n; i++) {
        ccdk__entry x = e[i];
        size_t j = i;
        for (; j > 0 && strcmp(e[j - 1].key, x.key) > 0; j--)
            e[j] = e[j - 1];
        e[j] = x;
    }
}

void ccdk__v_obj_reindex(ccdk_value *obj)
{
    obj->u.obj.ix = NULL;
    /* a reordering (a sort by key) puts the array index keys back in front, as JavaScript does */
    size_t n = obj->u.obj.n, lead = 0;
    uint64_t a, b;
    for (size_t i = 0; i < n; i++) {
        if (!ccdk__array_index_key(obj->u.obj.e[i].key, &a))
            continue;
        ccdk__entry x = obj->u.obj.e[i];
        size_t j = lead;
        while (j > 0 && ccdk__array_index_key(obj->u.obj.e[j - 1].key, &b) && b > a)
            j--;
        memmove(&obj->u.obj.e[j + 1], &obj->u.obj.e[j], (i - j) * sizeof x);
        obj->u.obj.e[j] = x;
        lead++;
    }
}

#if defined(__SSE2__) && !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
#define KEY_SIMD 1
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#undef KEY_SIMD
#endif
#endif
#endif

/* strcmp(a, b) == 0 for two keys: their first 16 bytes compared at once where both loads stay
 * within their page (the bytes past a NUL are read but play no part), strcmp for the rest */
static inline __attribute__((always_inline)) int key_eq(const char *a, const char *b)
{
#ifdef KEY_SIMD
    if (((uintptr_t)a & 4095) <= 4096 - 16 && ((uintptr_t)b & 4095) <= 4096 - 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)a), y = _mm_loadu_si128((const __m128i *)b);
        unsigned ne = ~(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, y)) & 0xffffu;
        unsigned nul = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_setzero_si128()));
        unsigned stop = ne | nul;
        if (stop) /* the first difference, or a's NUL (then b's too, unless they differ there) */
            return !((ne >> __builtin_ctz(stop)) & 1);
        return strcmp(a + 16, b + 16) == 0;
    }
#endif
    return strcmp(a, b) == 0;
}

static ccdk__entry *find_entry(const ccdk_value *obj, const char *key)
{
    const struct ccdk__objindex *ix = obj->u.obj.ix;
    if (ix) {
        size_t mask = ix->cap - 1;
        for (size_t slot = ccdk__str_hash(key) & mask; ix->slot[slot]; slot = (slot + 1) & mask) {
            ccdk__entry *e = &obj->u.obj.e[ix->slot[slot] - 1];
            if (key_eq(e->key, key))
                return e;
        }
        return NULL;
    }
    ccdk__entry *e = obj->u.obj.e;
    for (size_t i = 0, n = obj->u.obj.n; i < n; i++)
        if (e[i].key[0] == key[0] && key_eq(e[i].key, key))
            return &e[i];
    return NULL;
}

void(ccdk__v_set)(ccdk_value *obj, const char *key, ccdk_value *v)
{
    ccdk__entry *e = find_entry(obj, key);
    if (e)
        e->val = v;
    else
        ccdk__v_append_unique(obj, ccdk__keep(obj->app, key), v);
}

void ccdk__v_set_nocopy(ccdk_value *obj, const char *key, ccdk_value *v)
{
    ccdk__entry *e = find_entry(obj, key);
    if (e)
        e->val = v;
    else
        ccdk__v_append_unique(obj, key, v);
}

ccdk_value *ccdk__v_obj_sized(ccdk_app *app, size_t n)
{
    ccdk_value *o = ccdk__v_obj(app);
    if (n) {
        o->u.obj.e = ccdk__alloc(app, n * sizeof *o->u.obj.e);
        o->u.obj.cap = n;
    }
    return o;
}

static void append_slow(ccdk_value *obj, const char *key, ccdk_value *v);

void ccdk__v_append_unique(ccdk_value *obj, const char *key, ccdk_value *v)
{
    /* the common case: room, no index and none due yet, a key that is no array index */
    uint32_t n = obj->u.obj.n;
    if (__builtin_expect(n < obj->u.obj.cap && n < INDEX_FROM && !obj->u.obj.ix && (unsigned)(key[0] - '0') > 9u, 1)) {
        obj->u.obj.e[n].key = key;
        obj->u.obj.e[n].val = v;
        obj->u.obj.n = n + 1;
        return;
    }
    append_slow(obj, key, v);
}

static void append_slow(ccdk_value *obj, const char *key, ccdk_value *v)
{
    if (obj->u.obj.n == obj->u.obj.cap) {
        size_t cap = obj->u.obj.cap;
        obj->u.obj.e = ccdk__arena_grow(obj->app, obj->u.obj.e, obj->u.obj.n, &cap, sizeof *obj->u.obj.e, 4);
        obj->u.obj.cap = (uint32_t)cap;
    }
    size_t at = obj->u.obj.n;
    uint64_t num, other;
    if (__builtin_expect((unsigned)(key[0] - '0') <= 9u, 0) && ccdk__array_index_key(key, &num)) {
        /* after the index keys below it, before everything else */
        at = 0;
        while (at < obj->u.obj.n && ccdk__array_index_key(obj->u.obj.e[at].key, &other) && other < num)
            at++;
        memmove(&obj->u.obj.e[at + 1], &obj->u.obj.e[at], (obj->u.obj.n - at) * sizeof *obj->u.obj.e);
    }
    obj->u.obj.e[at].key = key;
    obj->u.obj.e[at].val = v;
    obj->u.obj.n++;
    if (at + 1 != obj->u.obj.n) { /* entries moved: positions in the index are stale */
        if (obj->u.obj.ix || obj->u.obj.n > INDEX_FROM)
            index_build(obj);
    } else if (obj->u.obj.ix) {
        if (obj->u.obj.n * 2 + 2 > obj->u.obj.ix->cap)
            index_build(obj);
        else
            index_put(obj, obj->u.obj.n - 1);
    } else if (obj->u.obj.n > INDEX_FROM) {
        index_build(obj);
    }
}

void ccdk__v_del(ccdk_value *obj, const char *key)
{
    ccdk__entry *e = find_entry(obj, key);
    if (!e)
        return;
    size_t i = (size_t)(e - obj->u.obj.e);
    memmove(e, e + 1, (obj->u.obj.n - i - 1) * sizeof *e);
    obj->u.obj.n--;
    if (obj->u.obj.ix)
        index_build(obj);
}

long ccdk__v_index(const ccdk_value *obj, const char *key)
{
    if (!obj || obj->kind != CCDK__V_OBJ)
        return -1;
    ccdk__entry *e = find_entry(obj, key);
    return e ? (long)(e - obj->u.obj.e) : -1;
}

ccdk_value *ccdk__v_get(const ccdk_value *obj, const char *key)
{
    if (!obj || obj->kind != CCDK__V_OBJ)
        return NULL;
    ccdk__entry *e = find_entry(obj, key);
    return e ? e->val : NULL;
}

ccdk_value *ccdk__v_ref(ccdk_app *app, ccdk__node *target)
{
    ccdk_value *v = ccdk__v_new(app, CCDK__V_REF);
    v->u.ref.target = target;
    return v;
}

ccdk_value *ccdk__v_getatt(ccdk_app *app, ccdk__node *target, const char *attr)
{
    ccdk_value *v = ccdk__v_new(app, CCDK__V_GETATT);
    v->u.ref.target = target;
    v->u.ref.attr = ccdk__keep(app, attr);
    return v;
}

ccdk_value *ccdk__v_lazy(ccdk_app *app, ccdk__lazy_fn fn, void *ctx)
{
    ccdk_value *v = ccdk__v_new(app, CCDK__V_LAZY);
    v->u.lazy.fn = fn;
    v->u.lazy.ctx = ctx;
    return v;
}

ccdk_value *ccdk__v_lazy_effectful(ccdk_app *app, ccdk__lazy_fn fn, void *ctx)
{
    app->effectful_lazies++;
    return ccdk__v_lazy(app, fn, ctx);
}

ccdk_value *ccdk__v_post(ccdk_app *app, ccdk_value *inner, ccdk__post_fn fn, void *ctx)
{
    ccdk_value *v = ccdk__v_new(app, CCDK__V_POST);
    v->u.post.inner = inner;
    v->u.post.fn = fn;
    v->u.post.ctx = ctx;
    return v;
}

static ccdk_value *ignore_empty(ccdk_app *app, ccdk_value *r, void *ctx)
{
    (void)ctx;
    if (!r)
        return ccdk__v_undef(app);
    if ((r->kind == CCDK__V_LIST && r->u.list.n == 0) || (r->kind == CCDK__V_OBJ && r->u.obj.n == 0))
        return ccdk__v_undef(app);
    return r;
}

ccdk_value *ccdk__v_ignore_empty(ccdk_app *app, ccdk_value *inner)
{
    return ccdk__v_post(app, inner, ignore_empty, NULL);
}

/* fn is a literal or already copied (the macro in internal.h) */
ccdk_value *(ccdk__v_intrinsic)(ccdk_app *app, const char *fn, ccdk_value *arg)
{
    ccdk_value *o = ccdk__v_obj_sized(app, 1);
    ccdk__v_append_unique(o, fn, arg);
    return o;
}

ccdk_value *ccdk__v_pseudo(ccdk_app *app, const char *name)
{
    return ccdk__v_intrinsic(app, "Ref", ccdk__v_str(app, name));
}

ccdk_value *ccdk__v_copy(ccdk_app *app, const ccdk_value *v)
{
    if (!v)
        return NULL;
    ccdk_value *c = ccdk__v_new(app, v->kind);
    *c = *v;
    c->app = app;
    if (v->kind == CCDK__V_LIST) {
        c->u.list.items = NULL;
        c->u.list.n = c->u.list.cap = 0;
        for (size_t i = 0; i < v->u.list.n; i++)
            ccdk__v_push(c, ccdk__v_copy(app, v->u.list.items[i]));
    } else if (v->kind == CCDK__V_OBJ) {
        c->u.obj.e = NULL;
        c->u.obj.n = c->u.obj.cap = 0;
        c->u.obj.ix = NULL;
        for (size_t i = 0; i < v->u.obj.n; i++)
            ccdk__v_set(c, v->u.obj.e[i].key, ccdk__v_copy(app, v->u.obj.e[i].val));
    }
    return c;
}

int ccdk__v_equal(const ccdk_value *a, const ccdk_value *b)
{
    if (a->kind != b->kind)
        return 0;
    switch (a->kind) {
    case CCDK__V_UNDEF:
    case CCDK__V_NULL:
        return 1;
    case CCDK__V_BOOL:
        return a->u.b == b->u.b;
    case CCDK__V_NUM:
        return a->u.n == b->u.n;
    case CCDK__V_STR:
        return a->u.str.len == b->u.str.len && memcmp(a->u.str.s, b->u.str.s, a->u.str.len) == 0;
    case CCDK__V_LIST:
        if (a->u.list.n != b->u.list.n)
            return 0;
        for (size_t i = 0; i < a->u.list.n; i++)
            if (!ccdk__v_equal(a->u.list.items[i], b->u.list.items[i]))
                return 0;
        return 1;
    case CCDK__V_OBJ:
        if (a->u.obj.n != b->u.obj.n)
            return 0;
        for (size_t i = 0; i < a->u.obj.n; i++) {
            ccdk_value *o = ccdk__v_get(b, a->u.obj.e[i].key);
            if (!o || !ccdk__v_equal(a->u.obj.e[i].val, o))
                return 0;
        }
        return 1;
    default:
        return a == b;
    }
}

/* ------------------------------------------------------------------ JSON output */

/* Number.prototype.toString() for finite doubles: the shortest digits that round-trip, laid out
 * as ECMAScript's Number::toString does (exponent form below 1e-6 and from 1e21). */
void ccdk__json_write_number(ccdk__buf *out, double d)
{
    if (!isfinite(d)) {
        ccdk__buf_puts(out, "null");
        return;
    }
    if (d == 0) {
        ccdk__buf_putc(out, '0');
        return;
    }
    /* the range test first: converting a double beyond long long's range (1e300 from a JSON
     * override) is undefined behaviour (found by tests/fuzz/fuzz_override) */
    if (d > -1e15 && d < 1e15 && d == (double)(long long)d) {
        /* an integer: its decimal digits are JavaScript's Number.prototype.toString (which
         * uses exponents only from 1e21) -- the common case, without the shortest-round-trip search */
        char ibuf[24];
        long long v = (long long)d;
        unsigned long long u = v < 0 ? (unsigned long long)(-v) : (unsigned long long)v;
        int k = 0;
        do {
            ibuf[sizeof ibuf - 1 - k++] = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        if (v < 0)
            ibuf[sizeof ibuf - 1 - k++] = '-';
        ccdk__buf_put(out, ibuf + sizeof ibuf - k, (size_t)k);
        return;
    }
    char tmp[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, d);
        if (strtod(tmp, NULL) == d)
            break;
    }
    /* tmp: [-]D[.DDD]e[+-]XX */
    const char *p = tmp;
    int neg = 0;
    if (*p == '-') {
        neg = 1;
        p++;
    }
    char digits[32];
    int k = 0;
    for (; *p && *p != 'e'; p++)
        if (*p != '.')
            digits[k++] = *p;
    while (k > 1 && digits[k - 1] == '0')
        k--;
    digits[k] = 0;
    int e = atoi(p + 1);
    int n = e + 1; /* position of the decimal point */
    if (neg)
        ccdk__buf_putc(out, '-');
    if (k <= n && n <= 21) {
        ccdk__buf_put(out, digits, (size_t)k);
        for (int i = 0; i < n - k; i++)
            ccdk__buf_putc(out, '0');
    } else if (0 < n && n <= 21) {
        ccdk__buf_put(out, digits, (size_t)n);
        ccdk__buf_putc(out, '.');
        ccdk__buf_put(out, digits + n, (size_t)(k - n));
    } else if (-6 < n && n <= 0) {
        ccdk__buf_puts(out, "0.");
        for (int i = 0; i < -n; i++)
            ccdk__buf_putc(out, '0');
        ccdk__buf_put(out, digits, (size_t)k);
    } else {
        ccdk__buf_putc(out, digits[0]);
        if (k > 1) {
            ccdk__buf_putc(out, '.');
            ccdk__buf_put(out, digits + 1, (size_t)(k - 1));
        }
        ccdk__buf_printf(out, "e%c%d", n - 1 >= 0 ? '+' : '-', abs(n - 1));
    }
}

/* JSON.stringify's QuoteJSONString: escapes '"', '\\' and control characters only; other bytes
 * (UTF-8) are copied as they are. */
/* bytes JSON.stringify escapes: control characters, '"' and '\\' */
static const unsigned char json_esc[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 0, 1, ['\\'] = 1,
};

/* Length of the prefix of s that needs no escape: 16 bytes at a time where SSE2 is there (every
 * x86-64), a table lookup a byte otherwise and for the tail. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define JSON_TAIL_LOAD 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define JSON_TAIL_LOAD 0
#endif
#endif
#ifndef JSON_TAIL_LOAD
#define JSON_TAIL_LOAD 1
#endif

#if defined(__SSE2__)
static inline int json_hits(__m128i v)
{
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), ctl_max = _mm_set1_epi8(0x1f);
    __m128i ctl = _mm_cmpeq_epi8(_mm_min_epu8(v, ctl_max), v); /* v <= 0x1f, unsigned */
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)), ctl);
    return _mm_movemask_epi8(hit);
}
#endif

static size_t json_clean_prefix(const unsigned char *s, size_t len)
{
    size_t i = 0;
#if defined(__SSE2__)
    for (; i + 16 <= len; i += 16) {
        int mask = json_hits(_mm_loadu_si128((const __m128i *)(s + i)));
        if (mask)
            return i + (size_t)__builtin_ctz((unsigned)mask);
    }
#if JSON_TAIL_LOAD
    /* the tail (most keys and values are shorter than 16 bytes): one 16-byte load when it stays
     * within the page -- bytes past the string are read but masked off, and a load that does not
     * cross a page boundary cannot fault. Not in ASan builds, which would report the read, nor in
     * TSan ones (the bytes past the string may be another thread's allocation). */
    if (i < len && ((uintptr_t)(s + i) & 4095) <= 4096 - 16) {
        unsigned mask = (unsigned)json_hits(_mm_loadu_si128((const __m128i *)(s + i))) & ((1u << (len - i)) - 1);
        return mask ? i + (size_t)__builtin_ctz(mask) : len;
    }
#endif
#endif
    for (; i < len; i++)
        if (json_esc[s[i]])
            return i;
    return len;
}

/* The general case: what needs an escape, or a string too long for the fast path. */
static __attribute__((noinline)) void json_write_escaped(ccdk__buf *out, const char *s, size_t len)
{
    static const char hx[] = "0123456789abcdef";
    if (out->len + len + 3 > out->cap)
        ccdk__buf_grow(out, len + 2);
    ccdk__buf_putc(out, '"');
    size_t start = 0;
    for (;;) {
        size_t i = start + json_clean_prefix((const unsigned char *)s + start, len - start);
        ccdk__buf_put(out, s + start, i - start);
        if (i >= len)
            break;
        unsigned char c = (unsigned char)s[i];
        start = i + 1;
        switch (c) {
        case '"': ccdk__buf_put(out, "\\\"", 2); break;
        case '\\': ccdk__buf_put(out, "\\\\", 2); break;
        case '\b': ccdk__buf_put(out, "\\b", 2); break;
        case '\f': ccdk__buf_put(out, "\\f", 2); break;
        case '\n': ccdk__buf_put(out, "\\n", 2); break;
        case '\r': ccdk__buf_put(out, "\\r", 2); break;
        case '\t': ccdk__buf_put(out, "\\t", 2); break;
        default: {
            char u[6] = {'\\', 'u', '0', '0', hx[c >> 4], hx[c & 15]};
            ccdk__buf_put(out, u, 6);
        }
        }
    }
    ccdk__buf_putc(out, '"');
}

#if defined(__SSE2__) && JSON_TAIL_LOAD
#define JSON_FAST 1
/* strings up to this long take the fast path (the sink buffer of a streamed file is far larger) */
#define JSON_FAST_MAX 4096

/* The common case in one pass: s quoted into out, 16 bytes at a time -- each chunk is stored
 * before it is looked at (the output has room: bytes past the string are overwritten later) and
 * the scan stops at the first byte JSON.stringify escapes. len is the string's length, or SIZE_MAX
 * for a C string, whose NUL ends it (the first such byte must then be that NUL). Loads stay within
 * the page they start in (see json_clean_prefix). Returns 0, having written nothing that counts,
 * when there is something to escape, not enough room reserved, or a load would cross a page. */
static inline __attribute__((always_inline)) int json_put_clean(ccdk__buf *out, const char *s, size_t len)
{
    char *d = out->data + out->len;
    size_t room = out->cap - out->len, i = 0, pos;
    for (;;) {
        if (i + 19 > room || ((uintptr_t)(s + i) & 4095) > 4096 - 16)
            return 0;
        __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
        _mm_storeu_si128((__m128i *)(d + 1 + i), v);
        int m = json_hits(v);
        if (m) {
            pos = i + (size_t)__builtin_ctz((unsigned)m);
            break;
        }
        i += 16;
        if (i >= len) {
            pos = len;
            break;
        }
    }
    if (pos >= len)
        pos = len;
    else if (len != SIZE_MAX || s[pos])
        return 0;
    d[0] = '"';
    d[pos + 1] = '"';
    d[pos + 2] = 0;
    out->len += pos + 2;
    return 1;
}
#endif

/* a string value (len bytes) */
static inline __attribute__((always_inline)) void json_string(ccdk__buf *out, const char *s, size_t len)
{
#ifdef JSON_FAST
    if (len < JSON_FAST_MAX) {
        if (__builtin_expect(out->len + len + 20 > out->cap, 0))
            ccdk__buf_grow(out, len + 20);
        if (json_put_clean(out, s, len))
            return;
    }
#endif
    json_write_escaped(out, s, len);
}

/* a C string (a key, mostly): its length found by the same scan */
static inline __attribute__((always_inline)) void json_cstring(ccdk__buf *out, const char *s)
{
#ifdef JSON_FAST
    if (__builtin_expect(out->len + 128 > out->cap, 0))
        ccdk__buf_grow(out, 128);
    if (json_put_clean(out, s, SIZE_MAX))
        return;
#endif
    json_write_escaped(out, s, strlen(s));
}

void ccdk__json_write_string(ccdk__buf *out, const char *s, size_t len) { json_string(out, s, len); }

void ccdk__json_write_cstr(ccdk__buf *out, const char *s) { json_cstring(out, s); }

void ccdk__json_write_kv_object(ccdk__buf *out, const ccdk_kv *kv, size_t n)
{
    ccdk__buf_putc(out, '{');
    for (size_t i = 0; kv && i < n; i++) {
        if (i)
            ccdk__buf_putc(out, ',');
        ccdk__json_write_cstr(out, kv[i].key);
        ccdk__buf_putc(out, ':');
        ccdk__json_write_cstr(out, kv[i].value ? kv[i].value : "");
    }
    ccdk__buf_putc(out, '}');
}

static const char json_spaces[] = "\n                                                                ";

/* a line break and more than 63 spaces */
static __attribute__((noinline)) void newline_long(ccdk__buf *out, size_t n)
{
    ccdk__buf_putc(out, '\n');
    for (size_t i = 0; i < n; i++)
        ccdk__buf_putc(out, ' ');
}

static inline __attribute__((always_inline)) void newline(ccdk__buf *out, int indent, int level)
{
    size_t n = (size_t)indent * (size_t)level;
    if (__builtin_expect(n >= 64, 0)) {
        newline_long(out, n);
        return;
    }
#ifdef JSON_FAST
    /* a line break and up to 63 spaces in 16-byte stores (room reserved: the bytes stored past
     * them are overwritten by what follows) */
    if (__builtin_expect(out->len + 64 + 1 > out->cap, 0))
        ccdk__buf_grow(out, 64);
    char *d = out->data + out->len;
    for (size_t j = 0; j <= n; j += 16)
        _mm_storeu_si128((__m128i *)(d + j), _mm_loadu_si128((const __m128i *)(json_spaces + j)));
    out->len += n + 1;
    d[n + 1] = 0;
#else
    ccdk__buf_put(out, json_spaces, n + 1);
#endif
}

static void write_value(ccdk__buf *out, const ccdk_value *v, int indent, int level)
{
    switch (v ? v->kind : CCDK__V_NULL) {
    case CCDK__V_BOOL:
        if (v->u.b)
            ccdk__buf_put(out, "true", 4);
        else
            ccdk__buf_put(out, "false", 5);
        break;
    case CCDK__V_NUM:
        ccdk__json_write_number(out, v->u.n);
        break;
    case CCDK__V_STR:
        json_string(out, v->u.str.s, v->u.str.len);
        break;
    case CCDK__V_LIST:
        if (v->u.list.n == 0) {
            ccdk__buf_put(out, "[]", 2);
            break;
        }
        ccdk__buf_putc(out, '[');
        for (size_t i = 0; i < v->u.list.n; i++) {
            if (i)
                ccdk__buf_putc(out, ',');
            if (indent)
                newline(out, indent, level + 1);
            const ccdk_value *it = v->u.list.items[i];
            if (it && it->kind == CCDK__V_UNDEF)
                it = NULL;
            write_value(out, it, indent, level + 1);
        }
        if (indent)
            newline(out, indent, level);
        ccdk__buf_putc(out, ']');
        break;
    case CCDK__V_OBJ: {
        int first = 1;
        for (size_t i = 0; i < v->u.obj.n; i++) {
            const ccdk_value *it = v->u.obj.e[i].val;
            if (!it || it->kind == CCDK__V_UNDEF)
                continue;
            ccdk__buf_putc(out, first ? '{' : ',');
            first = 0;
            if (indent) {
                newline(out, indent, level + 1);
                json_cstring(out, v->u.obj.e[i].key);
                ccdk__buf_put(out, ": ", 2);
            } else {
                json_cstring(out, v->u.obj.e[i].key);
                ccdk__buf_putc(out, ':');
            }
            write_value(out, it, indent, level + 1);
        }
        if (first) {
            ccdk__buf_put(out, "{}", 2);
        } else {
            if (indent)
                newline(out, indent, level);
            ccdk__buf_putc(out, '}');
        }
        break;
    }
    default:
        ccdk__buf_put(out, "null", 4);
    }
}

void ccdk__json_write(ccdk__buf *out, const ccdk_value *v, int indent) { write_value(out, v, indent, 0); }

/* ------------------------------------------------------------------ streaming writer */

void ccdk__jw_init(ccdk__jw *w, ccdk__buf *b, int indent)
{
    memset(w, 0, sizeof *w);
    w->b = b;
    w->indent = indent;
}

static void jw_open(ccdk__jw *w, char c)
{
    ccdk__buf_putc(w->b, c);
    w->level++;
    if (w->level < (int)sizeof w->empty)
        w->empty[w->level] = 1;
}

static void jw_close(ccdk__jw *w, char c)
{
    int was_empty = w->level < (int)sizeof w->empty ? w->empty[w->level] : 0;
    w->level--;
    if (!was_empty && w->indent)
        newline(w->b, w->indent, w->level);
    ccdk__buf_putc(w->b, c);
}

/* a member or item starts: the comma, then the line break */
static void jw_member(ccdk__jw *w)
{
    if (w->level < (int)sizeof w->empty) {
        if (!w->empty[w->level])
            ccdk__buf_putc(w->b, ',');
        w->empty[w->level] = 0;
    }
    if (w->indent)
        newline(w->b, w->indent, w->level);
}

void ccdk__jw_obj(ccdk__jw *w) { jw_open(w, '{'); }
void ccdk__jw_list(ccdk__jw *w) { jw_open(w, '['); }
void ccdk__jw_end_obj(ccdk__jw *w) { jw_close(w, '}'); }
void ccdk__jw_end_list(ccdk__jw *w) { jw_close(w, ']'); }

void ccdk__jw_key(ccdk__jw *w, const char *key)
{
    jw_member(w);
    json_cstring(w->b, key);
    if (w->indent)
        ccdk__buf_put(w->b, ": ", 2);
    else
        ccdk__buf_putc(w->b, ':');
}

void ccdk__jw_item(ccdk__jw *w) { jw_member(w); }
void ccdk__jw_str(ccdk__jw *w, const char *s) { json_cstring(w->b, s); }
void ccdk__jw_num(ccdk__jw *w, double d) { ccdk__json_write_number(w->b, d); }
void ccdk__jw_bool(ccdk__jw *w, int b) { ccdk__buf_puts(w->b, b ? "true" : "false"); }
void ccdk__jw_value(ccdk__jw *w, const ccdk_value *v) { write_value(w->b, v, w->indent, w->level); }

/* ------------------------------------------------------------------ JSON scanner
 *
 * JSON text checked exactly as ccdk__json_parse checks it, building nothing. The parser reads its
 * strings and numbers through it, and a reader that wants only part of a text (the annotations of
 * a metadata file, tools/ccdk/metadata.c) skips the rest with it, so both take the same text. */

static int is_hex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* the bytes a string holds as they are: printable ASCII but '"' and '\\' */
static const unsigned char plain[256] = {
    [0x20] =
    1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x20 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x30 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x40 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, /* 0x50 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x60 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x70 */
};

int ccdk__json_scan_string(ccdk__json_scan *s, int key, int *escaped)
{
    const unsigned char *p = (const unsigned char *)s->p + 1, *seg = p;
    const unsigned char *e = (const unsigned char *)s->end;
    /* what the string decodes to is checked whole by JSON's rules: its raw runs (between escapes)
     * must each be UTF-8, as an escape decodes to whole characters, which neither complete nor
     * start a sequence of the raw bytes around it. A run that is not, and a key's "\u0000",
     * are reported only once the string is otherwise right, as the parser found them after
     * decoding it. */
    int high = 0, bad_utf8 = 0, nul = 0;
    *escaped = 0;
    for (;;) {
#if defined(__SSE2__)
        /* 16 bytes at a time to the first '"', '\\' or control character; a byte of 0x80 or more
         * among them (or, at worst, past it) has the run checked as UTF-8 */
        for (;;) {
            size_t left = (size_t)(e - p);
            __m128i v;
            unsigned valid;
            if (left >= 16) {
                v = _mm_loadu_si128((const __m128i *)p);
                valid = 0xFFFF;
#if JSON_TAIL_LOAD
            } else if (left && ((uintptr_t)p & 4095) <= 4096 - 16) {
                v = _mm_loadu_si128((const __m128i *)p); /* (see json_clean_prefix) */
                valid = (1u << left) - 1;
#endif
            } else {
                break;
            }
            unsigned hit = (unsigned)json_hits(v) & valid;
            high |= (_mm_movemask_epi8(v) & (int)valid) != 0;
            if (hit) {
                p += __builtin_ctz(hit);
                break;
            }
            p += left < 16 ? left : 16;
        }
#endif
        while (p < e && plain[*p])
            p++;
        if (p >= e) {
            s->err = "unterminated string";
            return -1;
        }
        unsigned c = *p;
        if (c == '"')
            break;
        if (c >= 0x80) {
            high = 1;
            p++;
            continue;
        }
        if (c != '\\') {
            s->err = "control character in string";
            return -1;
        }
        if (high && !bad_utf8 && !ccdk__utf8_valid((const char *)seg, (size_t)(p - seg)))
            bad_utf8 = 1;
        high = 0;
        *escaped = 1;
        if (e - p < 2) {
            s->err = "unterminated string";
            return -1;
        }
        switch (p[1]) {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
            p += 2;
            break;
        case 'u':
            if (e - p < 6 || !is_hex((char)p[2]) || !is_hex((char)p[3]) || !is_hex((char)p[4]) || !is_hex((char)p[5])) {
                s->err = "bad \\u escape";
                return -1;
            }
            /* \u0000 is a NUL whatever comes before it (it is no low surrogate) */
            if (p[2] == '0' && p[3] == '0' && p[4] == '0' && p[5] == '0')
                nul = 1;
            p += 6;
            break;
        default:
            s->err = "bad escape";
            return -1;
        }
        seg = p;
    }
    if (bad_utf8 || (high && !ccdk__utf8_valid((const char *)seg, (size_t)(p - seg)))) {
        s->err = "invalid UTF-8 in a string";
        return -1;
    }
    if (key && nul) {
        /* keys are C strings throughout ccdk: "a\u0000b" would silently become "a" */
        s->err = "\\u0000 in an object key is not supported";
        return -1;
    }
    s->p = (const char *)p + 1;
    return 0;
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* A number as JSON.parse reads it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, of any length.
 * 0 and s->p after it, or -1. */
static int scan_number(ccdk__json_scan *s)
{
    const char *p = s->p, *e = s->end;
    if (p < e && *p == '-')
        p++;
    if (p < e && *p == '0')
        p++;
    else if (p < e && is_digit(*p))
        while (p < e && is_digit(*p))
            p++;
    else
        goto bad;
    if (p < e && *p == '.') {
        p++;
        if (!(p < e && is_digit(*p)))
            goto bad;
        while (p < e && is_digit(*p))
            p++;
    }
    if (p < e && (*p == 'e' || *p == 'E')) {
        p++;
        if (p < e && (*p == '+' || *p == '-'))
            p++;
        if (!(p < e && is_digit(*p)))
            goto bad;
        while (p < e && is_digit(*p))
            p++;
    }
    s->p = p;
    return 0;
bad:
    s->err = "bad number";
    return -1;
}

/* the literal `lit` (n bytes) at s->p: 0 and s->p after it, or -1 */
static int scan_literal(ccdk__json_scan *s, const char *lit, size_t n)
{
    if ((size_t)(s->end - s->p) < n || memcmp(s->p, lit, n))
        return -1;
    s->p += n;
    return 0;
}

/* a scalar at s->p (after white space, not at the end): 0 and s->p after it, or -1 */
static int scan_scalar(ccdk__json_scan *s)
{
    int esc;
    switch (*s->p) {
    case '"':
        return ccdk__json_scan_string(s, 0, &esc);
    case 't':
        if (!scan_literal(s, "true", 4))
            return 0;
        break;
    case 'f':
        if (!scan_literal(s, "false", 5))
            return 0;
        break;
    case 'n':
        if (!scan_literal(s, "null", 4))
            return 0;
        break;
    default:
        if (*s->p == '-' || is_digit(*s->p))
            return scan_number(s);
        break;
    }
    s->err = "unexpected character";
    return -1;
}

/* `"key" :` at s->p (after the '{' or ','): 0 and s->p after the colon, or -1 */
static int scan_key(ccdk__json_scan *s)
{
    int esc;
    ccdk__json_scan_ws(s);
    if (s->p >= s->end || *s->p != '"') {
        s->err = "expected a string key";
        return -1;
    }
    if (ccdk__json_scan_string(s, 1, &esc))
        return -1;
    ccdk__json_scan_ws(s);
    if (s->p >= s->end || *s->p != ':') {
        s->err = "expected ':'";
        return -1;
    }
    s->p++;
    return 0;
}

/* Without recursion: what is open is a stack of '{' and '[' (of the parser's depth limit at
 * most), in a frame of its own that a scalar does not need. */
static __attribute__((noinline)) int scan_nested(ccdk__json_scan *s, int depth)
{
    char open[CCDK__JSON_MAX_DEPTH + 1];
    int n = 0;
    for (;;) {
        /* a value */
        ccdk__json_scan_ws(s);
        if (s->p >= s->end) {
            s->err = "unexpected end of JSON";
            return -1;
        }
        if (depth + n > CCDK__JSON_MAX_DEPTH) {
            s->err = "JSON nested too deeply (more than 10000 levels)";
            return -1;
        }
        char c = *s->p;
        if (c == '{' || c == '[') {
            s->p++;
            ccdk__json_scan_ws(s);
            if (s->p < s->end && *s->p == (c == '{' ? '}' : ']')) {
                s->p++; /* empty: a value done */
            } else {
                open[n++] = c;
                if (c == '{' && scan_key(s))
                    return -1;
                continue; /* its first value */
            }
        } else if (scan_scalar(s)) {
            return -1;
        }
        /* after a value: the next one of the innermost open container, or its end */
        for (;;) {
            if (!n)
                return 0;
            ccdk__json_scan_ws(s);
            int obj = open[n - 1] == '{';
            if (s->p < s->end && *s->p == (obj ? '}' : ']')) {
                s->p++;
                n--;
                continue;
            }
            if (s->p >= s->end || *s->p != ',') {
                s->err = obj ? "expected ',' or '}'" : "expected ',' or ']'";
                return -1;
            }
            s->p++;
            if (obj && scan_key(s))
                return -1;
            break;
        }
    }
}

int ccdk__json_scan_value(ccdk__json_scan *s, int depth)
{
    ccdk__json_scan_ws(s);
    if (s->p < s->end && *s->p != '{' && *s->p != '[' && depth <= CCDK__JSON_MAX_DEPTH)
        return scan_scalar(s);
    return scan_nested(s, depth);
}

/* ------------------------------------------------------------------ JSON parser */

typedef struct {
    ccdk_app *app;
    const char *p, *end;
    const char *err;
    int depth;
} parser;

static void ws(parser *ps) { ps->p = ccdk__json_skip_ws(ps->p, ps->end); }

static char *put_utf8(char *d, unsigned cp)
{
    if (cp < 0x80) {
        *d++ = (char)cp;
    } else if (cp < 0x800) {
        *d++ = (char)(0xC0 | (cp >> 6));
        *d++ = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *d++ = (char)(0xE0 | (cp >> 12));
        *d++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *d++ = (char)(0x80 | (cp & 0x3F));
    } else {
        *d++ = (char)(0xF0 | (cp >> 18));
        *d++ = (char)(0x80 | ((cp >> 12) & 0x3F));
        *d++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *d++ = (char)(0x80 | (cp & 0x3F));
    }
    return d;
}

/* four hex digits (checked by the scan) */
static unsigned hex4(const char *p)
{
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        v = v << 4 | (unsigned)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return v;
}

/* A string (key: an object key) into the arena: scanned first, then copied as it is when it has
 * no escape, else decoded, which never makes it longer (the longest decoding, four bytes, comes
 * from a twelve-byte surrogate pair). */
static char *parse_string(parser *ps, size_t *lenp, int key)
{
    ccdk__json_scan s = {ps->p, ps->end, NULL};
    int escaped;
    if (ccdk__json_scan_string(&s, key, &escaped)) {
        ps->err = s.err;
        return NULL;
    }
    const char *p = ps->p + 1, *e = s.p - 1; /* between the quotes */
    ps->p = s.p;
    if (!escaped) {
        *lenp = (size_t)(e - p);
        return ccdk__strndup(ps->app, p, (size_t)(e - p));
    }
    char *out = ccdk__alloc(ps->app, (size_t)(e - p) + 1), *d = out;
    while (p < e) {
        if (*p != '\\') {
            *d++ = *p++;
            continue;
        }
        char c = p[1];
        p += 2;
        switch (c) {
        case 'b': *d++ = '\b'; break;
        case 'f': *d++ = '\f'; break;
        case 'n': *d++ = '\n'; break;
        case 'r': *d++ = '\r'; break;
        case 't': *d++ = '\t'; break;
        case 'u': {
            unsigned cp = hex4(p);
            p += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && e - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                unsigned lo = hex4(p + 2);
                if (lo >= 0xDC00 && lo < 0xE000) {
                    p += 6;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                }
            }
            if (cp >= 0xD800 && cp < 0xE000)
                cp = 0xFFFD;
            d = put_utf8(d, cp);
            break;
        }
        default: /* '"', '\\', '/' */
            *d++ = c;
            break;
        }
    }
    *d = 0;
    *lenp = (size_t)(d - out);
    return out;
}

/* A number, converted by strtod, which rounds correctly as V8 does (1e400 is Infinity, 1e-400 is
 * 0, -0 is -0). Apart from parse_value so that its buffer is not in every level of the
 * recursion. */
static __attribute__((noinline)) ccdk_value *parse_number(parser *ps)
{
    ccdk__json_scan s = {ps->p, ps->end, NULL};
    if (scan_number(&s)) {
        ps->err = s.err;
        return NULL;
    }
    size_t n = (size_t)(s.p - ps->p);
    char small[128];
    char *tmp = n < sizeof small ? small : malloc(n + 1);
    if (!tmp)
        abort();
    memcpy(tmp, ps->p, n);
    tmp[n] = 0;
    double d = strtod(tmp, NULL);
    if (tmp != small)
        free(tmp);
    ps->p = s.p;
    return ccdk__v_num(ps->app, d);
}

static ccdk_value *parse_value(parser *ps)
{
    ws(ps);
    if (ps->p >= ps->end) {
        ps->err = "unexpected end of JSON";
        return NULL;
    }
    if (++ps->depth > CCDK__JSON_MAX_DEPTH) {
        /* JSON.parse takes any depth; ccdk parses (and writes) recursively, so it stops here,
         * with frames small enough that this depth fits any thread's stack */
        ps->err = "JSON nested too deeply (more than 10000 levels)";
        return NULL;
    }
    ccdk_value *v = NULL;
    char c = *ps->p;
    if (c == '{') {
        v = ccdk__v_obj(ps->app);
        ps->p++;
        ws(ps);
        if (ps->p < ps->end && *ps->p == '}') {
            ps->p++;
            goto done;
        }
        for (;;) {
            ws(ps);
            if (ps->p >= ps->end || *ps->p != '"') {
                ps->err = "expected a string key";
                return NULL;
            }
            size_t klen;
            char *k = parse_string(ps, &klen, 1); /* (no NUL in it) */
            if (!k)
                return NULL;
            ws(ps);
            if (ps->p >= ps->end || *ps->p != ':') {
                ps->err = "expected ':'";
                return NULL;
            }
            ps->p++;
            ccdk_value *it = parse_value(ps);
            if (!it)
                return NULL;
            ccdk__v_set(v, k, it);
            ws(ps);
            if (ps->p < ps->end && *ps->p == ',') {
                ps->p++;
                continue;
            }
            if (ps->p < ps->end && *ps->p == '}') {
                ps->p++;
                break;
            }
            ps->err = "expected ',' or '}'";
            return NULL;
        }
    } else if (c == '[') {
        v = ccdk__v_list(ps->app);
        ps->p++;
        ws(ps);
        if (ps->p < ps->end && *ps->p == ']') {
            ps->p++;
            goto done;
        }
        for (;;) {
            ccdk_value *it = parse_value(ps);
            if (!it)
                return NULL;
            ccdk__v_push(v, it);
            ws(ps);
            if (ps->p < ps->end && *ps->p == ',') {
                ps->p++;
                continue;
            }
            if (ps->p < ps->end && *ps->p == ']') {
                ps->p++;
                break;
            }
            ps->err = "expected ',' or ']'";
            return NULL;
        }
    } else if (c == '"') {
        size_t slen;
        char *s = parse_string(ps, &slen, 0);
        if (!s)
            return NULL;
        v = ccdk__v_str_nocopy(ps->app, s);
        v->u.str.len = slen; /* may hold NULs ("\u0000") */
    } else if (ps->end - ps->p >= 4 && !strncmp(ps->p, "true", 4)) {
        ps->p += 4;
        v = ccdk__v_bool(ps->app, 1);
    } else if (ps->end - ps->p >= 5 && !strncmp(ps->p, "false", 5)) {
        ps->p += 5;
        v = ccdk__v_bool(ps->app, 0);
    } else if (ps->end - ps->p >= 4 && !strncmp(ps->p, "null", 4)) {
        ps->p += 4;
        v = ccdk__v_new(ps->app, CCDK__V_NULL);
    } else if (c == '-' || (c >= '0' && c <= '9')) {
        v = parse_number(ps);
        if (!v)
            return NULL;
    } else {
        ps->err = "unexpected character";
        return NULL;
    }
done:
    ps->depth--;
    return v;
}

ccdk_value *ccdk__json_parse(ccdk_app *app, const char *text, size_t len, const char **err)
{
    parser ps = {app, text, text + len, NULL, 0};
    ccdk_value *v = parse_value(&ps);
    if (v) {
        ws(&ps);
        if (ps.p != ps.end) {
            ps.err = "trailing characters after JSON";
            v = NULL;
        }
    }
    if (err)
        *err = v ? NULL : ps.err;
    return v;
}

/* String(n) in JavaScript: as JSON.stringify for finite numbers, else NaN / Infinity / -Infinity
 * (aws-cdk-lib's messages interpolate numbers with `${amount}`). */
const char *ccdk__num_string(ccdk_app *app, double n)
{
    if (isnan(n))
        return "NaN";
    if (isinf(n))
        return n > 0 ? "Infinity" : "-Infinity";
    ccdk__buf b = {0};
    ccdk__json_write_number(&b, n);
    const char *r = ccdk__strndup(app, b.data, b.len);
    ccdk__buf_free(&b);
    return r;
}
