/* metadata.c - a stack's metadata file (additionalMetadataFile, aws-cdk-lib's or ccdk's) read for
 * its annotations only.
 *
 * `ccdk synth` prints the aws:cdk:info/warning/error entries of the selected stacks' metadata. A
 * metadata file is almost all aws:cdk:logicalId entries (a thousand functions: ~55 KB a stack),
 * which a full parse turns into some ten values each for nothing. tool_annotations_parse scans the
 * text instead, checking it as strictly as ccdk__json_parse does but building nothing, and parses
 * only the list entries that can be annotations. What it returns is what ccdk__json_parse returns,
 * except that entries that certainly are not annotations may be left out of the top-level lists:
 *   - an entry that is an object whose last "type" member is a string without escapes that is not
 *     one of the three annotation types is left out, and so is an entry that is not an object
 *     (neither has a type to read);
 *   - any other entry (an annotation, an escape in a key or in the type, no "type" member that is
 *     a string ...) is parsed in full, from its own text;
 *   - anything that is not an object of values, or text ccdk__json_parse would refuse (or that
 *     this scan does not take, whatever the reason), is left to ccdk__json_parse itself: the whole
 *     value, or NULL with ccdk__json_parse's error.
 * The scan is at least as strict as the parser: same grammar, same limit on nesting, same UTF-8
 * check of strings, no "\u0000" in a key. tests/unit/test_tool_metadata.c holds both to it. */
#include <stdint.h>
#include <string.h>

#include "tool.h"

typedef struct {
    const char *p, *end; /* *end is 0: the loops below stop there without comparing pointers */
} scan;

static void ws(scan *s)
{
    const char *p = s->p;
    while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
        p++;
    s->p = p;
}

static int hex(char c)
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

/* a string at s->p (its opening quote), checked as parse_string checks it: 0 and s->p after it,
 * or -1. *escaped when it holds a backslash; a key (key != 0) must not decode to a NUL. */
static int string(scan *s, int key, int *escaped)
{
    const unsigned char *p = (const unsigned char *)s->p + 1, *seg = p;
    const unsigned char *e = (const unsigned char *)s->end;
    unsigned high = 0;
    *escaped = 0;
    for (;;) {
        /* (each byte read after a plain one, which is no terminating 0: none beyond *e) */
        while (plain[p[0]] && plain[p[1]] && plain[p[2]] && plain[p[3]])
            p += 4;
        while (plain[*p])
            p++;
        unsigned c = *p;
        if (c == '"')
            break;
        if (c >= 0x80) {
            high = 1;
            p++;
            continue;
        }
        if (c != '\\') /* a control character, or the end of the text (unterminated) */
            return -1;
        /* a run of raw bytes ends: it must be UTF-8 on its own (what an escape decodes to is
         * whole characters, which neither complete nor start a sequence of the raw bytes) */
        if (high && !ccdk__utf8_valid((const char *)seg, (size_t)(p - seg)))
            return -1;
        high = 0;
        *escaped = 1;
        if (e - p < 2)
            return -1;
        switch (p[1]) {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
            p += 2;
            break;
        case 'u':
            if (e - p < 6 || !hex((char)p[2]) || !hex((char)p[3]) || !hex((char)p[4]) || !hex((char)p[5]))
                return -1;
            /* \u0000 is a NUL whatever comes before it (it is no low surrogate) */
            if (key && p[2] == '0' && p[3] == '0' && p[4] == '0' && p[5] == '0')
                return -1;
            p += 6;
            break;
        default:
            return -1;
        }
        seg = p;
    }
    if (p >= e || (high && !ccdk__utf8_valid((const char *)seg, (size_t)(p - seg))))
        return -1;
    s->p = (const char *)p + 1;
    return 0;
}

static int digit(const scan *s)
{
    return s->p < s->end && *s->p >= '0' && *s->p <= '9';
}

/* -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
static int number(scan *s)
{
    if (s->p < s->end && *s->p == '-')
        s->p++;
    if (s->p < s->end && *s->p == '0')
        s->p++;
    else if (digit(s))
        while (digit(s))
            s->p++;
    else
        return -1;
    if (s->p < s->end && *s->p == '.') {
        s->p++;
        if (!digit(s))
            return -1;
        while (digit(s))
            s->p++;
    }
    if (s->p < s->end && (*s->p == 'e' || *s->p == 'E')) {
        s->p++;
        if (s->p < s->end && (*s->p == '+' || *s->p == '-'))
            s->p++;
        if (!digit(s))
            return -1;
        while (digit(s))
            s->p++;
    }
    return 0;
}

/* a scalar at s->p (after white space): 0 and s->p after it, or -1 */
static int scalar(scan *s)
{
    int esc;
    size_t left = (size_t)(s->end - s->p);
    switch (*s->p) {
    case '"':
        return string(s, 0, &esc);
    case 't':
        if (left < 4 || memcmp(s->p, "true", 4))
            return -1;
        s->p += 4;
        return 0;
    case 'f':
        if (left < 5 || memcmp(s->p, "false", 5))
            return -1;
        s->p += 5;
        return 0;
    case 'n':
        if (left < 4 || memcmp(s->p, "null", 4))
            return -1;
        s->p += 4;
        return 0;
    default:
        return number(s);
    }
}

/* any value, at nesting depth `depth` (the text's value is 1) as the parser counts it: 0 and s->p
 * after it, or -1. Without recursion: what is open is a stack of '{' and '[' (of the parser's
 * depth limit at most). */
static __attribute__((noinline)) int skip_nested(scan *s, int depth)
{
    char open[CCDK__JSON_MAX_DEPTH + 1];
    int n = 0;
    for (;;) {
        /* a value */
        ws(s);
        if (s->p >= s->end || depth + n > CCDK__JSON_MAX_DEPTH)
            return -1;
        char c = *s->p;
        if (c == '{' || c == '[') {
            s->p++;
            ws(s);
            if (s->p < s->end && *s->p == (c == '{' ? '}' : ']')) {
                s->p++; /* empty: a value done */
            } else {
                open[n++] = c;
                if (c == '{') {
                    int esc;
                    if (s->p >= s->end || *s->p != '"' || string(s, 1, &esc))
                        return -1;
                    ws(s);
                    if (s->p >= s->end || *s->p != ':')
                        return -1;
                    s->p++;
                }
                continue; /* its first value */
            }
        } else if (scalar(s)) {
            return -1;
        }
        /* after a value: the next one of the innermost open container, or its end */
        for (;;) {
            if (!n)
                return 0;
            ws(s);
            if (s->p >= s->end)
                return -1;
            char closer = open[n - 1] == '{' ? '}' : ']';
            if (*s->p == closer) {
                s->p++;
                n--;
                continue;
            }
            if (*s->p != ',')
                return -1;
            s->p++;
            if (open[n - 1] == '{') {
                int esc;
                ws(s);
                if (s->p >= s->end || *s->p != '"' || string(s, 1, &esc))
                    return -1;
                ws(s);
                if (s->p >= s->end || *s->p != ':')
                    return -1;
                s->p++;
            }
            break;
        }
    }
}

static int skip(scan *s, int depth)
{
    ws(s);
    if (s->p < s->end && *s->p != '{' && *s->p != '[')
        return scalar(s); /* (depth: the scan goes no deeper than 4 before skip_nested) */
    return skip_nested(s, depth);
}

/* whether the type of a list entry (its raw text, no escapes) can be an annotation's */
static int annotation_type(const char *t, size_t n)
{
    return (n == 12 && !memcmp(t, "aws:cdk:info", 12)) || (n == 15 && !memcmp(t, "aws:cdk:warning", 15)) ||
           (n == 13 && !memcmp(t, "aws:cdk:error", 13));
}

/* a list entry at s->p (after white space; nesting depth 3): 0 and s->p after it, *keep when it
 * may be an annotation; or -1 */
static int entry(scan *s, int *keep)
{
    *keep = 0;
    if (*s->p != '{')
        return skip(s, 3);
    const char *type = NULL;
    size_t type_len = 0;
    int type_plain = 0, doubt = 0;
    s->p++;
    ws(s);
    if (s->p < s->end && *s->p == '}') {
        s->p++;
        return 0;
    }
    for (;;) {
        int esc;
        ws(s);
        const char *k = s->p;
        if (s->p >= s->end || *s->p != '"' || string(s, 1, &esc))
            return -1;
        int is_type = !esc && s->p - k == 6 && !memcmp(k, "\"type\"", 6);
        doubt |= esc;
        ws(s);
        if (s->p >= s->end || *s->p != ':')
            return -1;
        s->p++;
        ws(s);
        if (is_type && s->p < s->end && *s->p == '"') {
            const char *v = s->p;
            if (string(s, 0, &esc))
                return -1;
            type = v + 1;
            type_len = (size_t)(s->p - v - 2);
            type_plain = !esc;
        } else {
            if (skip(s, 4))
                return -1;
            if (is_type)
                type = NULL, type_plain = 0; /* the last "type" wins: not a string */
        }
        ws(s);
        if (s->p < s->end && *s->p == ',') {
            s->p++;
            continue;
        }
        if (s->p < s->end && *s->p == '}') {
            s->p++;
            break;
        }
        return -1;
    }
    /* kept unless it certainly has no type string (vstr(entry, "type") is NULL) or one that is
     * none of the three */
    *keep = doubt || (type && (!type_plain || annotation_type(type, type_len)));
    return 0;
}

/* a key's text (quoted, as in the JSON text) decoded into the arena, or NULL */
static const char *key_of(ccdk_app *app, const char *k, size_t n, int esc)
{
    if (!esc)
        return ccdk__strndup(app, k + 1, n - 2);
    /* a JSON string is JSON text: its value as the parser decodes it */
    ccdk_value *kv = ccdk__json_parse(app, k, n, NULL);
    return kv && kv->kind == CCDK__V_STR ? kv->u.str.s : NULL;
}

/* whether obj may have the key k (n bytes, no NUL): a few keys compared, or 1 */
static int has_key(const ccdk_value *obj, const char *k, size_t n)
{
    if (obj->u.obj.n > 16)
        return 1; /* (the caller looks it up) */
    for (size_t i = 0; i < obj->u.obj.n; i++) {
        const char *have = obj->u.obj.e[i].key;
        if (!strncmp(have, k, n) && !have[n])
            return 1;
    }
    return 0;
}

/* a hash of a key's raw text, eight bytes at a time */
static uint32_t raw_hash(const char *k, size_t n)
{
    uint64_t h = n * 0x9E3779B97F4A7C15ULL;
    for (; n >= 8; k += 8, n -= 8) {
        uint64_t w;
        memcpy(&w, k, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
        h ^= h >> 29;
    }
    if (n) {
        uint64_t w = 0;
        memcpy(&w, k, n);
        h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
        h ^= h >> 29;
    }
    return (uint32_t)(h >> 32);
}

enum { DROPPED_BITS = 1 << 16 };

/* the scan; *redo when a key that has to be kept came after one of the same name that was left
 * out (JSON.parse keeps a key where it first came): the caller scans again with every_key */
static ccdk_value *annotations(ccdk_app *app, const char *text, size_t len, int every_key, int *redo, int *failed)
{
    scan s = {text, text + len};
    /* the keys left out (every_key 0): their raw texts' hashes, one bit each */
    uint64_t dropped[DROPPED_BITS / 64];
    int any_dropped = 0, dropped_esc = 0;
    *failed = 1;
    ws(&s);
    if (*s.p != '{')
        return NULL;
    ccdk_value *top = ccdk__v_obj(app);
    s.p++;
    ws(&s);
    if (*s.p == '}') {
        s.p++;
        goto end;
    }
    for (;;) {
        int esc;
        ws(&s);
        const char *k = s.p;
        if (*s.p != '"' || string(&s, 1, &esc))
            return NULL;
        size_t kn = (size_t)(s.p - k);
        ws(&s);
        if (*s.p != ':')
            return NULL;
        s.p++;
        ws(&s);
        ccdk_value *val = NULL; /* NULL: a list of nothing kept */
        if (*s.p != '[') { /* not a list: no entries to leave out */
            const char *v = s.p;
            if (skip(&s, 2) || !(val = ccdk__json_parse(app, v, (size_t)(s.p - v), NULL)))
                return NULL;
        } else {
            s.p++;
            ws(&s);
            if (*s.p == ']') {
                s.p++;
            } else {
                for (;;) {
                    ws(&s);
                    const char *v = s.p;
                    int keep;
                    if (s.p >= s.end || entry(&s, &keep))
                        return NULL;
                    if (keep) {
                        ccdk_value *it = ccdk__json_parse(app, v, (size_t)(s.p - v), NULL);
                        if (!it)
                            return NULL;
                        if (!val)
                            val = ccdk__v_list(app);
                        ccdk__v_push(val, it);
                    }
                    ws(&s);
                    if (*s.p == ',') {
                        s.p++;
                        continue;
                    }
                    if (*s.p == ']') {
                        s.p++;
                        break;
                    }
                    return NULL;
                }
            }
        }
        uint32_t h = 0;
        if (val || every_key) {
            if (any_dropped && !esc && !dropped_esc)
                h = raw_hash(k + 1, kn - 2) % DROPPED_BITS;
            if (any_dropped && (esc || dropped_esc || (dropped[h / 64] >> (h % 64) & 1))) {
                /* (maybe) left out before: its place is that one's */
                *redo = 1;
                return NULL;
            }
            const char *key = key_of(app, k, kn, esc);
            if (!key)
                return NULL;
            ccdk__v_set(top, key, val ? val : ccdk__v_list(app));
        } else {
            if (top->u.obj.n && (esc || has_key(top, k + 1, kn - 2))) {
                /* nothing kept, but it may replace what an earlier one of its name kept */
                const char *key = key_of(app, k, kn, esc);
                if (!key)
                    return NULL;
                if (ccdk__v_get(top, key)) {
                    ccdk__v_set(top, key, ccdk__v_list(app));
                    goto next;
                }
            }
            /* left out */
            if (!any_dropped)
                memset(dropped, 0, sizeof dropped);
            any_dropped = 1;
            dropped_esc |= esc;
            h = raw_hash(k + 1, kn - 2) % DROPPED_BITS;
            dropped[h / 64] |= 1ULL << (h % 64);
        }
    next:
        ws(&s);
        if (*s.p == ',') {
            s.p++;
            continue;
        }
        if (*s.p == '}') {
            s.p++;
            break;
        }
        return NULL;
    }
end:
    ws(&s);
    if (s.p != s.end)
        return NULL;
    *failed = 0;
    return top;
}

ccdk_value *tool_annotations_parse(ccdk_app *app, const char *text, size_t len, int every_key, const char **err)
{
    int redo = 0, failed;
    ccdk_value *v = annotations(app, text, len, every_key, &redo, &failed);
    if (redo)
        v = annotations(app, text, len, 1, &redo, &failed);
    if (failed) /* not JSON, or not what the scan takes: the parser's value, or its error */
        return ccdk__json_parse(app, text, len, err);
    if (err)
        *err = NULL;
    return v;
}
