/* tree_props.c - tree.json's aws:cdk:cloudformation:props: renames a generated L1's resolved
 * properties to the JavaScript names of its cfnProperties (core/lib/private/tree-metadata.ts
 * writes `stack.resolve(inspector.attributes)`, and each generated L1's inspect() adds
 * `this.cfnProperties`), with the table of tree_props_table.c: a binary search per key. */
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "tree_props.h"
#include "value.h"

static void write_shaped(ccdk__buf *b, const ccdk_value *v, int shape, unsigned sub, int given);

/* binary search of n entries of `size` bytes from base, sorted by their first member, a name (its
 * offset + 1 in ccdk__tp_pool) */
static const void *find_name(const void *base, size_t n, size_t size, const char *key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const void *e = (const char *)base + mid * size;
        const char *name = CCDK__TP_STR(*(const uint32_t *)e);
        /* the first bytes decide most comparisons: strcmp only when they are equal */
        int c = key[0] != name[0] ? (unsigned char)key[0] - (unsigned char)name[0] : strcmp(key, name);
        if (!c)
            return e;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

static const ccdk__tp_field *find_field(const ccdk__tp_struct *st, const char *key)
{
    return find_name(&ccdk__tp_fields[st->first], st->n, sizeof *ccdk__tp_fields, key);
}

typedef struct {
    unsigned ord;
    const ccdk__entry *e;
    const ccdk__tp_field *f;
} slot;

/* an object of struct si: its fields in the struct's order, then keys it does not know (an
 * intrinsic where the struct was expected, say) as they are, in their own order. given: 1 for the
 * root of an L1 whose properties the user gave, whose structs below keep the user's order (given 2) */
static void write_struct(ccdk__buf *b, const ccdk_value *v, unsigned si, int given)
{
    if (!v || v->kind != CCDK__V_OBJ) {
        ccdk__json_write(b, v, 0);
        return;
    }
    const ccdk__tp_struct *st = &ccdk__tp_structs[si];
    size_t n = v->u.obj.n, k = 0;
    slot small[16], *s = n <= 16 ? small : malloc(n * sizeof *s);
    if (!s)
        abort();
    for (size_t i = 0; i < n; i++) {
        const ccdk__entry *e = &v->u.obj.e[i];
        if (!e->val || e->val->kind == CCDK__V_UNDEF)
            continue;
        const ccdk__tp_field *f = find_field(st, e->key);
        slot x = {f && !(st->flags & CCDK__TP_INSERTION) && given != 2 ? f->ord : 0x10000u + (unsigned)i, e, f};
        size_t j = k++;
        for (; j > 0 && s[j - 1].ord > x.ord; j--) /* a handful of keys: insertion sort */
            s[j] = s[j - 1];
        s[j] = x;
    }
    ccdk__buf_putc(b, '{');
    for (size_t i = 0; i < k; i++) {
        if (i)
            ccdk__buf_putc(b, ',');
        const char *key = s[i].f ? CCDK__TP_STR(s[i].f->js) : s[i].e->key;
        ccdk__json_write_cstr(b, key);
        ccdk__buf_putc(b, ':');
        if (s[i].f)
            write_shaped(b, s[i].e->val, s[i].f->shape, s[i].f->sub, given ? 2 : 0);
        else
            ccdk__json_write(b, s[i].e->val, 0);
    }
    ccdk__buf_putc(b, '}');
    if (s != small)
        free(s);
}

static void write_shaped(ccdk__buf *b, const ccdk_value *v, int shape, unsigned sub, int given)
{
    if (!v) {
        ccdk__json_write(b, v, 0);
    } else if (shape == CCDK__TP_STRUCT) {
        write_struct(b, v, sub, given);
    } else if ((shape == CCDK__TP_LIST || shape == CCDK__TP_LISTLIST) && v->kind == CCDK__V_LIST) {
        ccdk__buf_putc(b, '[');
        for (size_t i = 0; i < v->u.list.n; i++) {
            const ccdk_value *x = v->u.list.items[i]; /* undefined: null, as JSON.stringify */
            if (x && x->kind == CCDK__V_UNDEF)
                x = NULL;
            if (i)
                ccdk__buf_putc(b, ',');
            write_shaped(b, x, shape == CCDK__TP_LIST ? CCDK__TP_STRUCT : CCDK__TP_LIST, sub, given);
        }
        ccdk__buf_putc(b, ']');
    } else if (shape == CCDK__TP_DATE && v->kind == CCDK__V_STR && strlen(v->u.str.s) == 20 && v->u.str.s[19] == 'Z') {
        /* a Date's toJSON() has the milliseconds that dateToCloudFormation drops (ccdk takes whole
         * seconds: s3/config.c) */
        ccdk__buf_putc(b, '"');
        ccdk__buf_put(b, v->u.str.s, 19);
        ccdk__buf_puts(b, ".000Z\"");
    } else if (shape == CCDK__TP_MAP && v->kind == CCDK__V_OBJ) {
        ccdk__buf_putc(b, '{');
        size_t shown = 0;
        for (size_t i = 0; i < v->u.obj.n; i++) {
            const ccdk__entry *e = &v->u.obj.e[i];
            if (!e->val || e->val->kind == CCDK__V_UNDEF)
                continue;
            if (shown++)
                ccdk__buf_putc(b, ',');
            ccdk__json_write_cstr(b, e->key);
            ccdk__buf_putc(b, ':');
            write_struct(b, e->val, sub, given);
        }
        ccdk__buf_putc(b, '}');
    } else {
        ccdk__json_write(b, v, 0);
    }
}

/* fn(object, struct) on each object of struct `sub` in v, a value of the given shape */
static void each_struct(ccdk_value *v, int shape, unsigned sub, void (*fn)(ccdk_value *, unsigned))
{
    if (!v)
        return;
    if (shape == CCDK__TP_STRUCT) {
        fn(v, sub);
    } else if ((shape == CCDK__TP_LIST || shape == CCDK__TP_LISTLIST) && v->kind == CCDK__V_LIST) {
        for (size_t i = 0; i < v->u.list.n; i++)
            each_struct(v->u.list.items[i], shape == CCDK__TP_LIST ? CCDK__TP_STRUCT : CCDK__TP_LIST, sub, fn);
    } else if (shape == CCDK__TP_MAP && v->kind == CCDK__V_OBJ) {
        for (size_t i = 0; i < v->u.obj.n; i++)
            fn(v->u.obj.e[i].val, sub);
    }
}

static void sort_struct(ccdk_value *v, unsigned si)
{
    const ccdk__tp_struct *st = &ccdk__tp_structs[si];
    if (!v || v->kind != CCDK__V_OBJ || !(st->flags & CCDK__TP_DEEP))
        return;
    ccdk__entry *e = v->u.obj.e;
    size_t n = v->u.obj.n;
    if (st->flags & CCDK__TP_INSERTION) {
        ccdk__entries_sort(e, n);
        ccdk__v_obj_reindex(v);
    }
    for (size_t i = 0; i < n; i++) {
        const ccdk__tp_field *f = find_field(st, e[i].key);
        if (f && f->shape != CCDK__TP_KEEP && (ccdk__tp_structs[f->sub].flags & CCDK__TP_DEEP))
            each_struct(e[i].val, f->shape, f->sub, sort_struct);
    }
}

/* an object of struct si, in place: its keys in write_struct's order (the struct's, then the keys
 * it does not know in their own order; undefined values last), each field's value likewise */
static void order_struct(ccdk_value *v, unsigned si)
{
    if (!v || v->kind != CCDK__V_OBJ || v->u.obj.n < 1)
        return;
    const ccdk__tp_struct *st = &ccdk__tp_structs[si];
    size_t n = v->u.obj.n;
    slot small[16], *s = n <= 16 ? small : malloc(n * sizeof *s);
    ccdk__entry esmall[16], *e = n <= 16 ? esmall : malloc(n * sizeof *e);
    if (!s || !e)
        abort();
    for (size_t i = 0; i < n; i++) {
        const ccdk__entry *x = &v->u.obj.e[i];
        const ccdk__tp_field *f = find_field(st, x->key);
        unsigned ord = !x->val || x->val->kind == CCDK__V_UNDEF        ? 0x20000u + (unsigned)i
                       : f && !(st->flags & CCDK__TP_INSERTION) ? f->ord
                                                                     : 0x10000u + (unsigned)i;
        slot y = {ord, x, f};
        size_t j = i;
        for (; j > 0 && s[j - 1].ord > y.ord; j--)
            s[j] = s[j - 1];
        s[j] = y;
    }
    for (size_t i = 0; i < n; i++)
        e[i] = *s[i].e;
    memcpy(v->u.obj.e, e, n * sizeof *e);
    ccdk__v_obj_reindex(v);
    for (size_t i = 0; i < n; i++) {
        const ccdk__tp_field *f = find_field(st, v->u.obj.e[i].key);
        if (f && f->shape != CCDK__TP_KEEP)
            each_struct(v->u.obj.e[i].val, f->shape, f->sub, order_struct);
    }
    if (s != small)
        free(s);
    if (e != esmall)
        free(e);
}

static const ccdk__tp_type *find_type(const char *type)
{
    return find_name(ccdk__tp_types, ccdk__tp_ntypes, sizeof *ccdk__tp_types, type);
}

const char *ccdk__tree_props_json(ccdk_app *app, const char *type, const ccdk_value *props, int given)
{
    ccdk__buf b = {0};
    const ccdk__tp_type *t = type ? find_type(type) : NULL;
    if (!props)
        ccdk__buf_puts(&b, "{}");
    else if (t)
        write_struct(&b, props, t->root, given ? 1 : 0);
    else
        ccdk__json_write(&b, props, 0);
    ccdk__arena cur;
    ccdk__persistent_enter(app, &cur);
    char *s = ccdk__alloc(app, b.len + 1);
    memcpy(s, b.data, b.len + 1);
    ccdk__persistent_leave(app, &cur);
    ccdk__buf_free(&b);
    return s;
}

void ccdk__tree_props_sort(const char *type, ccdk_value *props)
{
    const ccdk__tp_type *t = props && type ? find_type(type) : NULL;
    if (t && (ccdk__tp_structs[t->root].flags & CCDK__TP_DEEP))
        sort_struct(props, t->root);
}

/* an object of struct si, in place: its keys in strcmp order (the convert function's), and so every
 * struct below it */
static void sort_struct_all(ccdk_value *v, unsigned si)
{
    if (!v || v->kind != CCDK__V_OBJ)
        return;
    const ccdk__tp_struct *st = &ccdk__tp_structs[si];
    ccdk__entry *e = v->u.obj.e;
    size_t n = v->u.obj.n;
    ccdk__entries_sort(e, n);
    if (n > 1)
        ccdk__v_obj_reindex(v);
    for (size_t i = 0; i < n; i++) {
        const ccdk__tp_field *f = find_field(st, e[i].key);
        if (f && f->shape != CCDK__TP_KEEP)
            each_struct(e[i].val, f->shape, f->sub, sort_struct_all);
    }
}

void ccdk__tree_props_sort_structs(const char *type, ccdk_value *props)
{
    const ccdk__tp_type *t = props && type ? find_type(type) : NULL;
    if (!t || props->kind != CCDK__V_OBJ)
        return;
    const ccdk__tp_struct *root = &ccdk__tp_structs[t->root];
    for (size_t i = 0; i < props->u.obj.n; i++) {
        const ccdk__tp_field *f = find_field(root, props->u.obj.e[i].key);
        if (f && f->shape != CCDK__TP_KEEP)
            each_struct(props->u.obj.e[i].val, f->shape, f->sub, sort_struct_all);
    }
}

int ccdk__tree_props_has(const char *type, const char *name)
{
    const ccdk__tp_type *t = type ? find_type(type) : NULL;
    if (!t)
        return -1;
    return find_field(&ccdk__tp_structs[t->root], name) != NULL;
}

void ccdk__tree_props_order(const char *type, ccdk_value *props)
{
    const ccdk__tp_type *t = props && type ? find_type(type) : NULL;
    if (t)
        order_struct(props, t->root);
}
