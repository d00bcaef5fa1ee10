/* value.h - values (JSON-like trees that may hold references), JSON text in and out, the streaming
 * JSON writer. Layer 2 of the core: see types.h. */
#ifndef CCDK_VALUE_H
#define CCDK_VALUE_H

#include "arena.h"

ccdk_value *ccdk__v_new(ccdk_app *app, ccdk__vkind k);
ccdk_value *ccdk__v_undef(ccdk_app *app);
ccdk_value *ccdk__v_str(ccdk_app *app, const char *s);      /* copies (but see the macro below) */
ccdk_value *ccdk__v_str_nocopy(ccdk_app *app, const char *s);
ccdk_value *ccdk__v_num(ccdk_app *app, double n);
ccdk_value *ccdk__v_bool(ccdk_app *app, int b);
ccdk_value *ccdk__v_list(ccdk_app *app);
ccdk_value *ccdk__v_obj(ccdk_app *app);
void ccdk__v_push(ccdk_value *list, ccdk_value *v);
void ccdk__v_set(ccdk_value *obj, const char *key, ccdk_value *v); /* replaces in place or appends */
void ccdk__v_set_nocopy(ccdk_value *obj, const char *key, ccdk_value *v); /* key outlives obj */
/* A string literal lives as long as the program: ccdk__v_set and ccdk__v_str keep a pointer to it
 * instead of a copy in the arena. Most keys and many values are literals ("Type", "Properties",
 * "Ref"): a thousand functions made ~100,000 copies, 2 MB, per synth. __builtin_constant_p is true
 * only for an address known at compile time (a literal, or a static array: none is passed here).
 * This is the compile-time shortcut of ccdk__keep, which the functions apply to everything else
 * (it finds literals and persistent arena strings at run time, and copies the rest). */
#define ccdk__v_set(obj, key, v) \
    (__builtin_constant_p(key) ? ccdk__v_set_nocopy((obj), (key), (v)) : ccdk__v_set((obj), (key), (v)))
#define ccdk__v_str(app, s) (__builtin_constant_p(s) ? ccdk__v_str_nocopy((app), (s)) : ccdk__v_str((app), (s)))
void ccdk__v_del(ccdk_value *obj, const char *key);
/* An empty object with room for n keys, and appending a key known to be absent (not copied:
 * it must live as long as the App). */
ccdk_value *ccdk__v_obj_sized(ccdk_app *app, size_t n);
void ccdk__v_append_unique(ccdk_value *obj, const char *key, ccdk_value *v);
/* A canonical array index ("0", "17"; not "01" or "4294967295"), its number in *n: a JavaScript
 * object keeps such keys first, in ascending order (the appends below do the same). */
int ccdk__array_index_key(const char *key, uint64_t *n);
/* Sorts entries of unique keys in strcmp order (JavaScript's sort of Object.keys, which is what
 * every caller copies): an insertion sort for a handful, qsort (a merge sort with a malloc) past
 * that. */
void ccdk__entries_sort(ccdk__entry *e, size_t n);
/* Call after reordering obj->u.obj.e by hand (qsort): drops the hash index, and puts the array
 * index keys back in front. */
void ccdk__v_obj_reindex(ccdk_value *obj);
ccdk_value *ccdk__v_get(const ccdk_value *obj, const char *key);
/* the place of key in obj's entries, -1 when obj is no object or has no such key */
long ccdk__v_index(const ccdk_value *obj, const char *key);
ccdk_value *ccdk__v_ref(ccdk_app *app, ccdk__node *target);
ccdk_value *ccdk__v_getatt(ccdk_app *app, ccdk__node *target, const char *attr);
ccdk_value *ccdk__v_lazy(ccdk_app *app, ccdk__lazy_fn fn, void *ctx);
/* A lazy whose producer changes the tree (version.edgeArn's Lambda@Edge check removes environment
 * variables): aws-cdk-lib's findAllReferences resolves every element before any template is
 * rendered, so such a change is in place for all of them. With one of these in the App, synth's
 * prepare produces every lazy once first, as that pass does (refs.c). */
ccdk_value *ccdk__v_lazy_effectful(ccdk_app *app, ccdk__lazy_fn fn, void *ctx);
ccdk_value *ccdk__v_post(ccdk_app *app, ccdk_value *inner, ccdk__post_fn fn, void *ctx);
ccdk_value *ccdk__v_ignore_empty(ccdk_app *app, ccdk_value *inner);
ccdk_value *ccdk__v_intrinsic(ccdk_app *app, const char *fn, ccdk_value *arg); /* {fn: arg} */
#define ccdk__v_intrinsic(app, fn, arg) \
    ccdk__v_intrinsic((app), __builtin_constant_p(fn) ? (fn) : ccdk__keep((app), (fn)), (arg))
ccdk_value *ccdk__v_pseudo(ccdk_app *app, const char *name);                  /* {"Ref": name} */
ccdk_value *ccdk__v_copy(ccdk_app *app, const ccdk_value *v);                 /* deep */
int ccdk__v_equal(const ccdk_value *a, const ccdk_value *b);                 /* JSON-equal, resolved values */

/* JSON text <-> values. The parser takes what JSON.parse takes, but at most CCDK__JSON_MAX_DEPTH
 * levels of nesting and no "\u0000" inside object keys (keys are C strings). */
ccdk_value *ccdk__json_parse(ccdk_app *app, const char *text, size_t len, const char **err);
/* The message of the SyntaxError node 20's JSON.parse (V8 11.3) throws for text (UTF-8, as node
 * reads a file: a leading BOM dropped), owned by app; NULL when text is JSON (json_v8.c). */
const char *ccdk__json_v8_error(ccdk_app *app, const char *text, size_t len);
/* The same text checked as ccdk__json_parse checks it, building nothing (value.c: the parser reads
 * through it). Each function starts at s->p and returns 0 with s->p after what it took, or -1 with
 * s->err the parser's message. */
typedef struct {
    const char *p, *end;
    const char *err;
} ccdk__json_scan;
static inline const char *ccdk__json_skip_ws(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r'))
        p++;
    return p;
}
static inline void ccdk__json_scan_ws(ccdk__json_scan *s) { s->p = ccdk__json_skip_ws(s->p, s->end); }
/* a string at its opening quote; *escaped when it holds an escape. key: an object key, which must
 * not hold "\u0000" */
int ccdk__json_scan_string(ccdk__json_scan *s, int key, int *escaped);
/* white space, then any value at nesting depth `depth` (a text's own value is at 1) */
int ccdk__json_scan_value(ccdk__json_scan *s, int depth);
/* JSON.stringify(v, undefined, indent) for indent 0 (compact), 1 or 2. v must be resolved. */
void ccdk__json_write(ccdk__buf *out, const ccdk_value *v, int indent);
void ccdk__json_write_string(ccdk__buf *out, const char *s, size_t len);
void ccdk__json_write_number(ccdk__buf *out, double d);
/* A NUL-terminated C string as a JSON string; {NULL,NULL}-terminated pairs as a JSON object. */
void ccdk__json_write_cstr(ccdk__buf *out, const char *s);
void ccdk__json_write_kv_object(ccdk__buf *out, const ccdk_kv *kv, size_t n);

void ccdk__jw_init(ccdk__jw *w, ccdk__buf *b, int indent);
void ccdk__jw_obj(ccdk__jw *w);  /* { */
void ccdk__jw_list(ccdk__jw *w); /* [ */
void ccdk__jw_end_obj(ccdk__jw *w);
void ccdk__jw_end_list(ccdk__jw *w);
void ccdk__jw_key(ccdk__jw *w, const char *key); /* inside an object, before its value */
void ccdk__jw_item(ccdk__jw *w);                 /* inside a list, before each item */
void ccdk__jw_str(ccdk__jw *w, const char *s);
void ccdk__jw_num(ccdk__jw *w, double d);
void ccdk__jw_bool(ccdk__jw *w, int b);
void ccdk__jw_value(ccdk__jw *w, const ccdk_value *v); /* undefined values must be skipped by the caller */

/* String(n) of JavaScript, for messages: "NaN", "Infinity", else JSON.stringify's digits. */
const char *ccdk__num_string(ccdk_app *app, double n);

#endif
