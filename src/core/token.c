/* token.c - string tokens ("${Token[TOKEN.n]}") and resolution of value trees into plain JSON,
 * with aws-cdk-lib's rules for joining strings and tokens (CloudFormationLang.concat and
 * minimalCloudFormationJoin). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define BEGIN_STR "${Token["
#define BEGIN_LIST "#{Token["
#define END_MARK "]}"

static size_t register_token(ccdk_app *app, ccdk_value *v)
{
    if (app->ntokens == app->captokens) {
        /* in the persistent arena (a token made while rendering outlives the render's scratch):
         * its blocks are faulted in ahead, where a realloc'd array faults page by page */
        ccdk__arena cur;
        ccdk__persistent_enter(app, &cur);
        app->tokens = ccdk__arena_grow(app, app->tokens, app->ntokens, &app->captokens, sizeof *app->tokens, 256);
        ccdk__persistent_leave(app, &cur);
    }
    app->tokens[app->ntokens] = v;
    return app->ntokens++;
}

/* begin "TOKEN.<n>" END_MARK, without printf: tokens are made for every reference */
static const char *token_marker(ccdk_app *app, const char *begin, size_t n)
{
    char digits[24];
    size_t nd = 0;
    do {
        digits[nd++] = (char)('0' + n % 10);
        n /= 10;
    } while (n);
    size_t bl = strlen(begin);
    char *p = ccdk__alloc(app, bl + 6 + nd + sizeof END_MARK);
    memcpy(p, begin, bl);
    memcpy(p + bl, "TOKEN.", 6);
    for (size_t i = 0; i < nd; i++)
        p[bl + 6 + i] = digits[nd - 1 - i];
    memcpy(p + bl + 6 + nd, END_MARK, sizeof END_MARK);
    return p;
}

const char *ccdk__token_str(ccdk_app *app, ccdk_value *v)
{
    if (v->kind == CCDK__V_STR && strlen(v->u.str.s) == v->u.str.len)
        return v->u.str.s; /* a plain (or already token-bearing) string needs no new token; one that
                              holds NULs (from JSON "\u0000") does, as C strings end at the first */
    size_t n = register_token(app, v);
    return token_marker(app, BEGIN_STR, n);
}

const char *ccdk__token_list_marker(ccdk_app *app, ccdk_value *v)
{
    size_t n = register_token(app, v);
    return token_marker(app, BEGIN_LIST, n);
}

static int valid_key_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' ||
           c == '.' || c == '_' || c == '-';
}

/* Finds the next marker at or after s. Sets *len to the marker length and *index to the token. */
static const char *next_marker(ccdk_app *app, const char *s, const char *begin, size_t *len, size_t *index)
{
    size_t blen = strlen(begin);
    for (const char *p = strstr(s, begin); p; p = strstr(p + 1, begin)) {
        const char *k = p + blen, *q = k;
        while (valid_key_char(*q))
            q++;
        if (q == k || q[0] != ']' || q[1] != '}')
            continue;
        const char *dot = q;
        while (dot > k && dot[-1] != '.')
            dot--;
        char *endp;
        unsigned long long idx = strtoull(dot, &endp, 10);
        if (endp != q || dot == q || idx >= app->ntokens)
            continue;
        *len = (size_t)(q + 2 - p);
        *index = (size_t)idx;
        return p;
    }
    return NULL;
}

int ccdk__is_unresolved(const char *s) { return s && (strstr(s, BEGIN_STR) || strstr(s, BEGIN_LIST)); }

int ccdk_token_is_unresolved(const char *s) { return ccdk__is_unresolved(s); }

ccdk_value *ccdk__token_lookup(ccdk_app *app, const char *s)
{
    size_t len, idx;
    const char *p = next_marker(app, s, BEGIN_STR, &len, &idx);
    if (p == s && s[len] == 0)
        return app->tokens[idx];
    p = next_marker(app, s, BEGIN_LIST, &len, &idx);
    if (p == s && s[len] == 0)
        return app->tokens[idx];
    return NULL;
}

ccdk_value *ccdk__v_from_string(ccdk_app *app, const char *s)
{
    if (!s)
        return ccdk__v_undef(app);
    return ccdk__v_str(app, s);
}

/* ------------------------------------------------------------------ joining */

static int is_concatable(const ccdk_value *v) { return v->kind == CCDK__V_STR || v->kind == CCDK__V_NUM; }

static void append_js_string(ccdk__buf *b, const ccdk_value *v)
{
    if (v->kind == CCDK__V_STR)
        ccdk__buf_put(b, v->u.str.s, v->u.str.len);
    else
        ccdk__json_write_number(b, v->u.n);
}

static int is_intrinsic(const ccdk_value *v)
{
    if (v->kind != CCDK__V_OBJ || v->u.obj.n != 1)
        return 0;
    const char *k = v->u.obj.e[0].key;
    if (!strcmp(k, "Ref"))
        return 1;
    return !strncmp(k, "Fn::", 4) && strcmp(k, "Fn::GetArtifactAtt") && strcmp(k, "Fn::GetParam");
}

static ccdk_value *splicable_join_list(const ccdk_value *v, const char *delim)
{
    if (!is_intrinsic(v) || strcmp(v->u.obj.e[0].key, "Fn::Join"))
        return NULL;
    ccdk_value *args = v->u.obj.e[0].val;
    if (args->kind != CCDK__V_LIST || args->u.list.n < 2)
        return NULL;
    ccdk_value *d = args->u.list.items[0], *l = args->u.list.items[1];
    if (d->kind != CCDK__V_STR || strcmp(d->u.str.s, delim) || l->kind != CCDK__V_LIST)
        return NULL;
    return l;
}

/* minimalCloudFormationJoin: splices nested joins with the same delimiter and merges adjacent
 * literals. Returns a new list. */
static ccdk_value *minimal_join(ccdk_app *app, const char *delim, ccdk_value **items, size_t n)
{
    ccdk_value *out = ccdk__v_list(app);
    /* work list (may grow when splicing) */
    size_t cap = n + 8, len = n;
    ccdk_value **w = malloc(cap * sizeof *w);
    if (!w)
        abort();
    if (n) /* an Fn::Join whose items all resolved to undefined has none (and items is NULL):
              memcpy from NULL is undefined even for 0 bytes (found by tests/fuzz/fuzz_tokens) */
        memcpy(w, items, n * sizeof *w);
    size_t i = 0;
    while (i < len) {
        ccdk_value *el = w[i];
        ccdk_value *inner = splicable_join_list(el, delim);
        if (inner) {
            size_t m = inner->u.list.n;
            if (len - 1 + m > cap) {
                cap = len + m + 8;
                w = realloc(w, cap * sizeof *w);
                if (!w)
                    abort();
            }
            memmove(w + i + m, w + i + 1, (len - i - 1) * sizeof *w);
            memcpy(w + i, inner->u.list.items, m * sizeof *w);
            len = len - 1 + m;
        } else if (i > 0 && is_concatable(w[i - 1]) && is_concatable(w[i])) {
            ccdk__buf b = {0};
            append_js_string(&b, w[i - 1]);
            ccdk__buf_puts(&b, delim);
            append_js_string(&b, w[i]);
            w[i - 1] = ccdk__v_str_nocopy(app, ccdk__strndup(app, b.data, b.len));
            ccdk__buf_free(&b);
            memmove(w + i, w + i + 1, (len - i - 1) * sizeof *w);
            len--;
        } else {
            i++;
        }
    }
    for (i = 0; i < len; i++)
        ccdk__v_push(out, w[i]);
    free(w);
    return out;
}

/* CloudFormationLang.concat(left, right) */
static ccdk_value *cfn_concat(ccdk_app *app, ccdk_value *l, ccdk_value *r)
{
    if (l && l->kind == CCDK__V_UNDEF)
        l = NULL;
    if (r && r->kind == CCDK__V_UNDEF)
        r = NULL;
    if (!l && !r)
        return ccdk__v_str(app, "");
    if (!l)
        return r;
    if (!r)
        return l;
    if (is_concatable(l) && is_concatable(r)) {
        ccdk__buf b = {0};
        append_js_string(&b, l);
        append_js_string(&b, r);
        ccdk_value *v = ccdk__v_str_nocopy(app, ccdk__strndup(app, b.data ? b.data : "", b.len));
        ccdk__buf_free(&b);
        return v;
    }
    ccdk_value *parts[2] = {l, r};
    ccdk_value *args = ccdk__v_list(app);
    ccdk__v_push(args, ccdk__v_str(app, ""));
    ccdk__v_push(args, minimal_join(app, "", parts, 2));
    return ccdk__v_intrinsic(app, "Fn::Join", args);
}

/* ------------------------------------------------------------------ resolve */

static ccdk_value **grow_frags(ccdk_value **frags, ccdk_value **small, size_t *cap)
{
    ccdk_value **n = malloc(*cap * 2 * sizeof *n);
    if (!n)
        abort();
    memcpy(n, frags, *cap * sizeof *n);
    if (frags != small)
        free(frags);
    *cap *= 2;
    return n;
}

static ccdk_value *resolve_string(ccdk__resolve_ctx *ctx, const ccdk_value *v)
{
    ccdk_app *app = ctx->app;
    const char *s = v->u.str.s;
    if (!strstr(s, "Token["))
        return (ccdk_value *)v;
    /* split into fragments */
    ccdk_value *fsmall[8];
    ccdk_value **frags = fsmall;
    size_t nf = 0, capf = 8;
    const char *p = s;
    for (;;) {
        size_t len, idx;
        const char *m = next_marker(app, p, BEGIN_STR, &len, &idx);
        const char *lit_end = m ? m : p + strlen(p);
        ccdk_value *f = NULL;
        if (lit_end > p) {
            f = ccdk__v_str_nocopy(app, ccdk__strndup(app, p, (size_t)(lit_end - p)));
            if (nf == capf)
                frags = grow_frags(frags, fsmall, &capf);
            frags[nf++] = f;
        }
        if (!m)
            break;
        f = ccdk__resolve(ctx, app->tokens[idx]);
        if (nf == capf)
            frags = grow_frags(frags, fsmall, &capf);
        frags[nf++] = f;
        p = m + len;
    }
    ccdk_value *res;
    if (nf == 0)
        res = ccdk__v_str(app, "");
    else if (nf == 1)
        res = frags[0];
    else {
        res = frags[0];
        for (size_t i = 1; i < nf; i++)
            res = cfn_concat(app, res, frags[i]);
    }
    if (frags != fsmall)
        free(frags);
    return res;
}

static const char *logical_id_of(ccdk__resolve_ctx *ctx, ccdk__node *target)
{
    if (target->stack && ctx->stack && target->stack != ctx->stack) {
        ccdk__error(target,
                    "Cross-stack reference from stack '%s' to '%s' is not supported by ccdk yet",
                    ctx->stack->stack_name, target->path);
    }
    return ccdk__element_logical_id(target);
}

ccdk_value *ccdk__resolve(ccdk__resolve_ctx *ctx, ccdk_value *v)
{
    ccdk_app *app = ctx->app;
    if (!v)
        return ccdk__v_undef(app);
    if (++ctx->depth > 200) {
        ctx->depth--;
        ccdk__unscoped_error(app, "Unable to resolve object tree with circular reference.");
        return ccdk__v_undef(app);
    }
    ccdk_value *r = v;
    switch (v->kind) {
    case CCDK__V_UNDEF:
    case CCDK__V_NULL:
    case CCDK__V_BOOL:
    case CCDK__V_NUM:
        break;
    case CCDK__V_STR:
        r = resolve_string(ctx, v);
        break;
    case CCDK__V_LIST: {
        if (v->u.list.n == 1 && v->u.list.items[0]->kind == CCDK__V_STR &&
            !strncmp(v->u.list.items[0]->u.str.s, BEGIN_LIST, strlen(BEGIN_LIST))) {
            ccdk_value *t = ccdk__token_lookup(app, v->u.list.items[0]->u.str.s);
            if (t) {
                r = ccdk__resolve(ctx, t);
                break;
            }
        }
        r = ccdk__v_list(app);
        for (size_t i = 0; i < v->u.list.n; i++) {
            ccdk_value *x = ccdk__resolve(ctx, v->u.list.items[i]);
            if (x->kind != CCDK__V_UNDEF)
                ccdk__v_push(r, x);
        }
        break;
    }
    case CCDK__V_OBJ:
        /* keys are unique and arena-owned already: append them as they are */
        r = ccdk__v_obj_sized(app, v->u.obj.n);
        for (size_t i = 0; i < v->u.obj.n; i++) {
            ccdk_value *x = ccdk__resolve(ctx, v->u.obj.e[i].val);
            if (x->kind != CCDK__V_UNDEF)
                ccdk__v_append_unique(r, v->u.obj.e[i].key, x);
        }
        break;
    case CCDK__V_REF:
        /* logical ids live in the persistent arena: no copy */
        r = ccdk__v_intrinsic(app, "Ref", ccdk__v_str_nocopy(app, logical_id_of(ctx, v->u.ref.target)));
        break;
    case CCDK__V_GETATT: {
        ccdk_value *l = ccdk__v_list(app);
        ccdk__v_push(l, ccdk__v_str_nocopy(app, logical_id_of(ctx, v->u.ref.target)));
        ccdk__v_push(l, ccdk__v_str_nocopy(app, v->u.ref.attr));
        r = ccdk__v_intrinsic(app, "Fn::GetAtt", l);
        break;
    }
    case CCDK__V_LOGICAL_ID:
        r = ccdk__v_str_nocopy(app, ccdk__element_logical_id(v->u.ref.target));
        break;
    case CCDK__V_JOIN: {
        /* FnJoin.resolveValues maps the items through resolve and keeps the undefined ones: they
         * count in minimalCloudFormationJoin (one undefined item: the join is undefined) and are
         * dropped from the Fn::Join's list only when that is resolved in turn (found by
         * tests/fuzz/fuzz_tokens: a join of nothing gave {"Fn::Join": [",", []]}) */
        ccdk_value *src = v->u.join.list, *l;
        if (src && src->kind == CCDK__V_LIST && !(src->u.list.n == 1 && src->u.list.items[0]->kind == CCDK__V_STR &&
                                                  !strncmp(src->u.list.items[0]->u.str.s, BEGIN_LIST, strlen(BEGIN_LIST)))) {
            l = ccdk__v_list(app);
            for (size_t i = 0; i < src->u.list.n; i++)
                ccdk__v_push(l, ccdk__resolve(ctx, src->u.list.items[i]));
        } else {
            l = ccdk__resolve(ctx, src);
        }
        if (l->kind != CCDK__V_LIST) {
            ccdk_value *args = ccdk__v_list(app);
            ccdk__v_push(args, ccdk__v_str(app, v->u.join.delim));
            ccdk__v_push(args, l);
            r = ccdk__v_intrinsic(app, "Fn::Join", args);
            break;
        }
        ccdk_value *m = minimal_join(app, v->u.join.delim, l->u.list.items, l->u.list.n);
        if (m->u.list.n == 1) {
            r = m->u.list.items[0];
        } else {
            ccdk_value *kept = ccdk__v_list(app);
            for (size_t i = 0; i < m->u.list.n; i++)
                if (m->u.list.items[i]->kind != CCDK__V_UNDEF)
                    ccdk__v_push(kept, m->u.list.items[i]);
            ccdk_value *args = ccdk__v_list(app);
            ccdk__v_push(args, ccdk__v_str(app, v->u.join.delim));
            ccdk__v_push(args, kept);
            r = ccdk__v_intrinsic(app, "Fn::Join", args);
        }
        break;
    }
    case CCDK__V_LAZY:
        r = ccdk__resolve(ctx, v->u.lazy.fn(v->u.lazy.ctx));
        break;
    case CCDK__V_POST:
        r = v->u.post.fn(app, ccdk__resolve(ctx, v->u.post.inner), v->u.post.ctx);
        break;
    }
    ctx->depth--;
    return r;
}
