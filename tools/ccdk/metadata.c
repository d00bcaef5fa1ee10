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
 * The scan checks what it skips with the parser's own scanner (ccdk__json_scan_*, value.c), so it
 * takes the same text; tests/unit/test_tool_metadata.c holds both to it. */
#include <stdint.h>
#include <string.h>

#include "tool.h"

/* Every read is bounded by the length given, not by the 0 tool_read_file leaves after the text:
 * a caller may hand over any buffer (at(), and the scanner's own checks, value.c). */
typedef ccdk__json_scan scan;

/* whether the scan is at the byte c (never at the end) */
static inline int at(const scan *s, char c) { return s->p < s->end && *s->p == c; }

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
    if (!at(s, '{'))
        return ccdk__json_scan_value(s, 3);
    const char *type = NULL;
    size_t type_len = 0;
    int type_plain = 0, doubt = 0;
    s->p++;
    ccdk__json_scan_ws(s);
    if (at(s, '}')) {
        s->p++;
        return 0;
    }
    for (;;) {
        int esc;
        ccdk__json_scan_ws(s);
        const char *k = s->p;
        if (!at(s, '"') || ccdk__json_scan_string(s, 1, &esc))
            return -1;
        int is_type = !esc && s->p - k == 6 && !memcmp(k, "\"type\"", 6);
        doubt |= esc;
        ccdk__json_scan_ws(s);
        if (!at(s, ':'))
            return -1;
        s->p++;
        ccdk__json_scan_ws(s);
        if (is_type && at(s, '"')) {
            const char *v = s->p;
            if (ccdk__json_scan_string(s, 0, &esc))
                return -1;
            type = v + 1;
            type_len = (size_t)(s->p - v - 2);
            type_plain = !esc;
        } else {
            if (ccdk__json_scan_value(s, 4))
                return -1;
            if (is_type)
                type = NULL, type_plain = 0; /* the last "type" wins: not a string */
        }
        ccdk__json_scan_ws(s);
        if (at(s, ',')) {
            s->p++;
            continue;
        }
        if (at(s, '}')) {
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
    scan s = {text, text + len, NULL};
    /* the keys left out (every_key 0): their raw texts' hashes, one bit each */
    uint64_t dropped[DROPPED_BITS / 64];
    int any_dropped = 0, dropped_esc = 0;
    *failed = 1;
    ccdk__json_scan_ws(&s);
    if (!at(&s, '{'))
        return NULL;
    ccdk_value *top = ccdk__v_obj(app);
    s.p++;
    ccdk__json_scan_ws(&s);
    if (at(&s, '}')) {
        s.p++;
        goto end;
    }
    for (;;) {
        int esc;
        ccdk__json_scan_ws(&s);
        const char *k = s.p;
        if (!at(&s, '"') || ccdk__json_scan_string(&s, 1, &esc))
            return NULL;
        size_t kn = (size_t)(s.p - k);
        ccdk__json_scan_ws(&s);
        if (!at(&s, ':'))
            return NULL;
        s.p++;
        ccdk__json_scan_ws(&s);
        ccdk_value *val = NULL; /* NULL: a list of nothing kept */
        if (!at(&s, '[')) { /* not a list: no entries to leave out */
            const char *v = s.p;
            if (ccdk__json_scan_value(&s, 2) || !(val = ccdk__json_parse(app, v, (size_t)(s.p - v), NULL)))
                return NULL;
        } else {
            s.p++;
            ccdk__json_scan_ws(&s);
            if (at(&s, ']')) {
                s.p++;
            } else {
                for (;;) {
                    ccdk__json_scan_ws(&s);
                    const char *v = s.p;
                    int keep;
                    if (entry(&s, &keep))
                        return NULL;
                    if (keep) {
                        ccdk_value *it = ccdk__json_parse(app, v, (size_t)(s.p - v), NULL);
                        if (!it)
                            return NULL;
                        if (!val)
                            val = ccdk__v_list(app);
                        ccdk__v_push(val, it);
                    }
                    ccdk__json_scan_ws(&s);
                    if (at(&s, ',')) {
                        s.p++;
                        continue;
                    }
                    if (at(&s, ']')) {
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
        ccdk__json_scan_ws(&s);
        if (at(&s, ',')) {
            s.p++;
            continue;
        }
        if (at(&s, '}')) {
            s.p++;
            break;
        }
        return NULL;
    }
end:
    ccdk__json_scan_ws(&s);
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
