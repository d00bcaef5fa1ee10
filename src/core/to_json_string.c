/* to_json_string.c - stack.toJsonString(obj, space): CloudFormationLang.toJSON
 * (aws-cdk-lib/core/lib/private/cloudformation-lang.js, tokenAwareStringify).
 *
 * aws-cdk-lib resolves the whole value first and then walks the result, rendering each intrinsic
 * by the type hint the resolver tagged it with: one that came from a string token inside quotes
 * with its string literals JSON-escaped, a list token's through a CfnUtils custom resource. ccdk's
 * resolver keeps no type hints, so the walk here is over the value before it is resolved: each
 * token (a string holding a marker, a list token, a reference, a Lazy) becomes a post-processed
 * fragment whose resolved value is rendered there, and the literal text around them is kept; the
 * fragments are joined as Fn::Join "" (minimalCloudFormationJoin). A Lazy.uncachedString: built
 * again at every resolve, so that later changes to the value are seen. */
#include <string.h>

#include "cfn.h"

typedef struct {
    ccdk_app *app;
    ccdk_value *parts; /* literal strings and fragments */
    ccdk__buf lit;     /* the literal being built (pushLiteral) */
    int space, indent;
} json_builder;

typedef struct {
    int space, indent; /* where the fragment sits, for the line breaks of a collection it renders */
    int list;          /* a list token (ResolutionTypeHint.STRING_LIST) */
} fragment;

static void push_lit(json_builder *b, const char *s, size_t n) { ccdk__buf_put(&b->lit, s, n); }

static void flush_lit(json_builder *b)
{
    if (b->lit.len)
        ccdk__v_push(b->parts, ccdk__v_str_nocopy(b->app, ccdk__strndup(b->app, b->lit.data, b->lit.len)));
    b->lit.len = 0;
}

static void push_value(json_builder *b, ccdk_value *v)
{
    flush_lit(b);
    ccdk__v_push(b->parts, v);
}

static void line_break(json_builder *b)
{
    if (b->space <= 0)
        return;
    ccdk__buf_putc(&b->lit, '\n');
    for (int i = 0; i < b->indent; i++)
        ccdk__buf_putc(&b->lit, ' ');
}

static void json_string(json_builder *b, const char *s)
{
    ccdk__buf t = {0};
    ccdk__json_write_string(&t, s, strlen(s));
    push_lit(b, t.data, t.len);
    ccdk__buf_free(&t);
}

/* isIntrinsic (cloudformation-lang): one key, "Ref" or "Fn::..." but Fn::GetArtifactAtt / Fn::GetParam */
static int is_intrinsic(const ccdk_value *v)
{
    if (v->kind != CCDK__V_OBJ || v->u.obj.n != 1)
        return 0;
    const char *k = v->u.obj.e[0].key;
    return !strcmp(k, "Ref") || (!strncmp(k, "Fn::", 4) && strcmp(k, "Fn::GetArtifactAtt") && strcmp(k, "Fn::GetParam"));
}

/* deepQuoteStringLiterals: every string of a resolved value JSON-escaped, without its quotes */
static ccdk_value *deep_quote(ccdk_app *app, ccdk_value *v)
{
    if (v->kind == CCDK__V_STR) {
        ccdk__buf t = {0};
        ccdk__json_write_string(&t, v->u.str.s, v->u.str.len);
        ccdk_value *r = ccdk__v_str_nocopy(app, ccdk__strndup(app, t.data + 1, t.len - 2));
        ccdk__buf_free(&t);
        return r;
    }
    if (v->kind == CCDK__V_LIST) {
        ccdk_value *l = ccdk__v_list(app);
        for (uint32_t i = 0; i < v->u.list.n; i++)
            ccdk__v_push(l, deep_quote(app, v->u.list.items[i]));
        return l;
    }
    if (v->kind == CCDK__V_OBJ) {
        ccdk_value *o = ccdk__v_obj(app);
        for (uint32_t i = 0; i < v->u.obj.n; i++) {
            ccdk_value *key = deep_quote(app, ccdk__v_str(app, v->u.obj.e[i].key));
            ccdk__v_set(o, key->u.str.s, deep_quote(app, v->u.obj.e[i].val));
        }
        return o;
    }
    return v;
}

static void render_resolved(json_builder *b, ccdk_value *r, int list_token);

static void render(json_builder *b, ccdk_value *v);
static void push_fragment(json_builder *b, ccdk_value *v, int list);

/* renderCollection: a list's or an object's members (undefined ones left out), each rendered by
 * render_resolved (resolved: the value came out of a token) or by render; an unresolved object's
 * key of tokens is resolved as a value (allowIntrinsicKeys) */
static void render_collection(json_builder *b, ccdk_value *v, int resolved)
{
    int obj = v->kind == CCDK__V_OBJ;
    push_lit(b, obj ? "{" : "[", 1);
    b->indent += b->space;
    uint32_t n = obj ? v->u.obj.n : v->u.list.n, done = 0;
    for (uint32_t i = 0; i < n; i++) {
        ccdk_value *x = obj ? v->u.obj.e[i].val : v->u.list.items[i];
        if (x->kind == CCDK__V_UNDEF)
            continue;
        if (done++)
            push_lit(b, ",", 1);
        line_break(b);
        if (obj) {
            const char *key = v->u.obj.e[i].key;
            if (!resolved && strstr(key, "Token["))
                push_fragment(b, ccdk__v_str(b->app, key), 0);
            else
                json_string(b, key);
            push_lit(b, b->space > 0 ? ": " : ":", b->space > 0 ? 2 : 1);
        }
        if (resolved)
            render_resolved(b, x, 0);
        else
            render(b, x);
    }
    b->indent -= b->space;
    if (done)
        line_break(b);
    push_lit(b, obj ? "}" : "]", 1);
}

/* recurse() of tokenAwareStringify on a resolved value. An intrinsic is one that came out of a
 * token (aws-cdk-lib's type hint): STRING inside quotes, deep-quoted; STRING_LIST (list_token) is
 * CfnUtils.stringify's custom resource, which ccdk does not make. Differs from aws-cdk-lib: an
 * intrinsic nested in what a token resolved to is taken as a token's too (aws-cdk-lib writes one that
 * was a literal object of the producer as JSON). */
static void render_resolved(json_builder *b, ccdk_value *r, int list_token)
{
    ccdk_app *app = b->app;
    switch (r->kind) {
    case CCDK__V_STR:
        json_string(b, r->u.str.s);
        return;
    case CCDK__V_LIST:
        render_collection(b, r, 1);
        return;
    case CCDK__V_OBJ:
        if (!is_intrinsic(r)) {
            render_collection(b, r, 1);
            return;
        }
        if (list_token) {
            ccdk__unscoped_error(app, "stack.toJsonString of a list token that resolves to an intrinsic "
                                      "(aws-cdk-lib's CfnUtils JSON stringify custom resource) is not supported by ccdk");
            return;
        }
        push_lit(b, "\"", 1);
        push_value(b, deep_quote(app, r));
        push_lit(b, "\"", 1);
        return;
    case CCDK__V_UNDEF:
        return;
    default: { /* null, booleans, numbers: JSON.stringify */
        ccdk__buf t = {0};
        ccdk__json_write(&t, r, 0);
        push_lit(b, t.data, t.len);
        ccdk__buf_free(&t);
        return;
    }
    }
}

/* fragments: the parts of a resolved value, as one value for the outer join to splice */
static ccdk_value *join_of(json_builder *b)
{
    flush_lit(b);
    ccdk__buf_free(&b->lit);
    if (b->parts->u.list.n == 1)
        return b->parts->u.list.items[0];
    if (b->parts->u.list.n == 0)
        return ccdk__v_str(b->app, "");
    ccdk_value *args = ccdk__v_list(b->app);
    ccdk__v_push(args, ccdk__v_str(b->app, ""));
    ccdk__v_push(args, b->parts);
    return ccdk__v_intrinsic(b->app, "Fn::Join", args);
}

static ccdk_value *render_fragment(ccdk_app *app, ccdk_value *resolved, void *ctx)
{
    fragment *f = ctx;
    json_builder b = {app, ccdk__v_list(app), {0}, f->space, f->indent};
    render_resolved(&b, resolved, f->list);
    return join_of(&b);
}

static void push_fragment(json_builder *b, ccdk_value *v, int list)
{
    fragment *f = ccdk__alloc(b->app, sizeof *f);
    *f = (fragment){b->space, b->indent, list};
    push_value(b, ccdk__v_post(b->app, v, render_fragment, f));
}

static int is_list_token(const ccdk_value *v)
{
    for (uint32_t i = 0; i < v->u.list.n; i++) /* resolveArray: any item with a list marker */
        if (v->u.list.items[i]->kind == CCDK__V_STR && ccdk__has_list_marker(v->u.list.items[i]->u.str.s))
            return 1;
    return 0;
}

/* recurse() over the value before it is resolved */
static void render(json_builder *b, ccdk_value *v)
{
    switch (v->kind) {
    case CCDK__V_UNDEF:
        return;
    case CCDK__V_STR:
        if (strstr(v->u.str.s, "Token["))
            push_fragment(b, v, 0);
        else
            json_string(b, v->u.str.s);
        return;
    case CCDK__V_LIST:
        if (is_list_token(v)) {
            push_fragment(b, v, 1);
            return;
        }
        /* fall through */
    case CCDK__V_OBJ:
        render_collection(b, v, 0);
        return;
    case CCDK__V_NULL:
    case CCDK__V_BOOL:
    case CCDK__V_NUM: {
        ccdk__buf t = {0};
        ccdk__json_write(&t, v, 0);
        push_lit(b, t.data, t.len);
        ccdk__buf_free(&t);
        return;
    }
    default: /* a reference, join, Lazy: an IResolvable, resolved with the STRING hint */
        push_fragment(b, v, 0);
        return;
    }
}

typedef struct {
    ccdk_app *app;
    ccdk_value *value;
    int space;
} to_json;

static ccdk_value *produce(void *ctx)
{
    to_json *t = ctx;
    if (!t->value || t->value->kind == CCDK__V_UNDEF)
        return ccdk__v_undef(t->app);
    json_builder b = {t->app, ccdk__v_list(t->app), {0}, t->space, 0};
    render(&b, t->value);
    flush_lit(&b);
    ccdk__buf_free(&b.lit);
    ccdk_value *join = ccdk__v_new(t->app, CCDK__V_JOIN);
    join->u.join.delim = "";
    join->u.join.list = b.parts;
    return join;
}

const char *ccdk_stack_to_json_string(ccdk_stack *stack, ccdk_value *obj, int space)
{
    if (!stack || !ccdk__handle_ok(stack, __func__))
        return NULL;
    ccdk_app *app = stack->node.app;
    to_json *t = ccdk__alloc(app, sizeof *t);
    /* the indent as given (tokenAwareStringify does not cap it at 10 as JSON.stringify does) */
    *t = (to_json){app, obj, space < 0 ? 0 : space};
    return ccdk__token_str(app, ccdk__v_lazy(app, produce, t));
}
