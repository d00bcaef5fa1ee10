/* resolve.c - resolving value trees into plain JSON (tokens, references, lazies), with aws-cdk-lib's
 * rules for joining strings and tokens (CloudFormationLang.concat and minimalCloudFormationJoin) and
 * its resolution errors. The cfn layer: a reference resolves to its target's logical id. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "cfn.h"

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

/* An error thrown while resolving, as aws-cdk-lib reports it: DefaultTokenResolver.resolveToken
 * wraps it in "Resolution error: <message>." once per token it is inside. The same value may be
 * resolved twice (currentVersion hashes a function's properties before its template is rendered):
 * the message is recorded once. */
static void resolve_error(ccdk__resolve_ctx *ctx, const char *msg)
{
    ccdk_app *app = ctx->app;
    ccdk__buf b = {0};
    for (int i = 0; i < ctx->layers; i++)
        ccdk__buf_puts(&b, "Resolution error: ");
    ccdk__buf_puts(&b, msg);
    for (int i = 0; i < ctx->layers; i++)
        ccdk__buf_putc(&b, '.');
    for (size_t i = 0; i < app->nerrors; i++)
        if (!strcmp(app->errors[i], b.data)) {
            ccdk__buf_free(&b);
            return;
        }
    ccdk__unscoped_error(app, "%s", b.data);
    ccdk__buf_free(&b);
}

/* A marker this App cannot resolve: another App's token (aws-cdk-lib finds the reference across
 * apps in prepare, before resolving; a token of another App that holds no reference, which
 * aws-cdk-lib's process-wide token map would resolve, is refused too: its value lives in the other
 * App's arena, which may be freed or in use by another thread), or a key nobody registered. */
static void marker_error(ccdk__resolve_ctx *ctx, int status, const char *marker, size_t len, const char *begin)
{
    if (status == TOK_FOREIGN) {
        static const char msg[] =
            "Cannot reference across apps. Consuming and producing stacks must be defined within the same CDK app.";
        for (size_t i = 0; i < ctx->app->nerrors; i++)
            if (!strcmp(ctx->app->errors[i], msg))
                return;
        ccdk__unscoped_error(ctx->app, "%s", msg);
        return;
    }
    size_t bl = strlen(begin);
    /* CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED where no resource's name takes it: the marker's resolve()
     * throws, as GeneratedWhenNeededMarker's does (a token of its own: one more layer) */
    if (len == strlen(CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED) && !memcmp(marker, CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED, len)) {
        resolve_error(ctx, "Resolution error: Invalid physical name passed to CloudFormation. Use \"this.physicalName\" instead.");
        return;
    }
    char *m = ccdk__sprintf(ctx->app, "Unrecognized token key: %.*s", (int)(len - bl - strlen(END_MARK)), marker + bl);
    resolve_error(ctx, m);
}

static ccdk_value *resolve_string(ccdk__resolve_ctx *ctx, const ccdk_value *v)
{
    ccdk_app *app = ctx->app;
    const char *s = v->u.str.s;
    const char *first = ccdk__marker_start(s); /* no marker of either kind begins before */
    if (!first)
        return (ccdk_value *)v;
    {
        size_t len, idx;
        int st;
        if (ccdk__next_marker(app, first, BEGIN_LIST, &len, &idx, &st)) {
            resolve_error(ctx, "Found an encoded list token string in a scalar string context. Use 'Fn.select(0, "
                               "list)' (not 'list[0]') to extract elements from token lists.");
            return (ccdk_value *)v;
        }
    }
    /* split into fragments */
    ccdk_value *fsmall[8];
    ccdk_value **frags = fsmall;
    size_t nf = 0, capf = 8;
    const char *p = s;
    for (;;) {
        size_t len, idx;
        int st;
        const char *m = ccdk__next_marker(app, p, BEGIN_STR, &len, &idx, &st);
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
        if (st != TOK_OK && st != TOK_PSEUDO) {
            marker_error(ctx, st, m, len, BEGIN_STR);
            if (frags != fsmall)
                free(frags);
            return (ccdk_value *)v;
        }
        /* a token is one layer; a lazy's is counted where the lazy is produced */
        f = st == TOK_PSEUDO ? ccdk__pseudo_value(app, idx) : app->tokens[idx];
        int layer = f->kind != CCDK__V_LAZY;
        ctx->layers += layer;
        f = ccdk__resolve(ctx, f);
        ctx->layers -= layer;
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

/* An object key that holds a token: resolved like aws-cdk-lib's resolveObject, which needs a
 * string (CloudFormation keys cannot be references). NULL after an error. */
static const char *resolve_key(ccdk__resolve_ctx *ctx, const char *key)
{
    ccdk_app *app = ctx->app;
    ccdk_value *k = ccdk__resolve(ctx, ccdk__v_str_nocopy(app, key));
    if (k->kind == CCDK__V_STR)
        return k->u.str.s;
    ccdk__buf b = {0};
    ccdk__json_write(&b, k, 0);
    char *m = ccdk__sprintf(app,
                            "\"%s\" is used as the key in a map so must resolve to a string, but it resolves to: %s. "
                            "Consider using \"CfnJson\" to delay resolution to deployment-time",
                            key, b.data);
    ccdk__buf_free(&b);
    resolve_error(ctx, m);
    return NULL;
}

static int xref_is(const ccdk__xref *x, const ccdk_stack *consumer, const ccdk__node *target, const char *attr)
{
    return x->consumer == consumer && x->target == target && (x->attr == attr || (x->attr && attr && !strcmp(x->attr, attr)));
}

static size_t xref_hash(const ccdk_stack *consumer, const ccdk__node *target, const char *attr)
{
    uint64_t h = (uint64_t)(uintptr_t)consumer * 0x9e3779b97f4a7c15u ^ (uint64_t)(uintptr_t)target * 0xc2b2ae3d27d4eb4fu;
    for (const char *p = attr; p && *p; p++)
        h = (h ^ (unsigned char)*p) * 0x100000001b3u;
    return (size_t)(h ^ h >> 29);
}

/* the slot for x's triple: its entry, or the empty slot where it goes */
static size_t *xref_slot(ccdk_app *app, const ccdk_stack *consumer, const ccdk__node *target, const char *attr)
{
    size_t mask = app->nxref_slots - 1;
    for (size_t i = xref_hash(consumer, target, attr) & mask;; i = (i + 1) & mask) {
        size_t *slot = &app->xref_slots[i];
        if (!*slot || (*slot - 1 < app->nxrefs && xref_is(&app->xrefs[*slot - 1], consumer, target, attr)))
            return slot;
    }
}

/* (re)builds the index for at least `want` entries, at most half full */
static void xref_reindex(ccdk_app *app, size_t want)
{
    size_t n = 16;
    while (n < want * 2)
        n *= 2;
    free(app->xref_slots);
    app->xref_slots = calloc(n, sizeof *app->xref_slots);
    if (!app->xref_slots)
        abort();
    app->nxref_slots = n;
    for (size_t i = 0; i < app->nxrefs; i++) {
        ccdk__xref *x = &app->xrefs[i];
        *xref_slot(app, x->consumer, x->target, x->attr) = i + 1;
    }
}

ccdk__xref *ccdk__xref_find(ccdk_app *app, ccdk_stack *consumer, ccdk__node *target, const char *attr, int add)
{
    if (app->nxref_slots < (app->nxrefs + 1) * 2)
        xref_reindex(app, app->nxrefs + 1);
    size_t *slot = xref_slot(app, consumer, target, attr);
    if (*slot && *slot - 1 < app->nxrefs)
        return &app->xrefs[*slot - 1];
    if (!add)
        return NULL;
    if (app->nxrefs == app->capxrefs)
        app->xrefs = ccdk__grow(app->xrefs, &app->capxrefs, sizeof *app->xrefs, 8);
    ccdk__xref *x = &app->xrefs[app->nxrefs++];
    *x = (ccdk__xref){consumer, target, attr, NULL, 0};
    *slot = app->nxrefs;
    return x;
}

/* the collecting render's stand-in for the reference x: "\001xref:<its index>\001" (refs.c) */
static ccdk_value *xref_marker(ccdk_app *app, const ccdk__xref *x)
{
    char digits[24];
    return ccdk__v_str_nocopy(app, ccdk__concat(app, "\001xref:", ccdk__decimal(digits, (uint64_t)(x - app->xrefs)), "\001"));
}

/* A Ref or GetAtt of an element of another stack (aws-cdk-lib's CfnReference with a value for the
 * consuming stack): while references are collected (refs.c), recorded and rendered as if local;
 * then the value refs.c gave it (Fn::ImportValue, Fn::GetStackOutput). NULL: not cross-stack. */
/* target lives in another stack than the one being rendered: a cross-stack reference */
static int is_foreign(const ccdk__resolve_ctx *ctx, const ccdk__node *target)
{
    return target->stack && ctx->stack && target->stack != ctx->stack;
}

static ccdk_value *cross_stack(ccdk__resolve_ctx *ctx, ccdk__node *target, const char *attr)
{
    if (!is_foreign(ctx, target))
        return NULL;
    ccdk_app *app = ctx->app;
    if (app->resolve_direct) {
        /* CfnReference.resolve: the stack's replacement token once a synth made one, else itself */
        ccdk__xref *x = ccdk__xref_find(app, ctx->stack, target, attr, 0);
        return x && x->value && !app->xref_collect ? ccdk__resolve(ctx, x->value) : NULL;
    }
    if (app->xref_collect) {
        /* a marker that refs.c finds in the rendered element, in the template's order */
        ccdk__xref *x = ccdk__xref_find(app, ctx->stack, target, attr, 1);
        return xref_marker(app, x);
    }
    ccdk__xref *x = ccdk__xref_find(app, ctx->stack, target, attr, 0);
    if (x && x->value)
        return ccdk__resolve(ctx, x->value);
    if (x && x->failed)
        return NULL; /* its error is recorded: the synth fails; no second message per use */
    ccdk__error(target, "Cross-stack reference from stack '%s' to '%s' is not supported by ccdk yet", ctx->stack->stack_name,
                target->path);
    return NULL;
}

/* A findInMap of a mapping of another stack (CfnMappingEmbedder.resolve): the logical id of the
 * mapping's copy in ctx's stack. refs.c makes the copies while it prepares the app (the collecting
 * render records each use, in order, as it records cross-stack references); stack.resolve makes
 * the copy at once, as aws-cdk-lib's does. */
static ccdk_value *mapping_copy_id(ccdk__resolve_ctx *ctx, ccdk__node *mapping)
{
    ccdk_app *app = ctx->app;
    if (app->xref_collect) {
        ccdk__xref *x = ccdk__xref_find(app, ctx->stack, mapping, ccdk__mapping_copy_attr, 1);
        return xref_marker(app, x);
    }
    ccdk__xref *x = ccdk__xref_find(app, ctx->stack, mapping, ccdk__mapping_copy_attr, 0);
    if (x && x->value)
        return ccdk__resolve(ctx, x->value);
    return ccdk__v_str_nocopy(app, ccdk__element_logical_id(ccdk__mapping_copy(ctx->stack, mapping)));
}

/* A resource's ARN or name attribute (ccdk__resource_env_attribute) used in a stack of another
 * account or region than the resource's: what mimicReference's producer gives there, the ARN or
 * name made from its physical name (no cross-stack reference). The stacks' account and region are
 * compared as strings, as aws-cdk-lib does: an env-agnostic stack's are the pseudo parameters'
 * tokens, the same in every such stack and unlike any literal. (crossRegionReferences, which
 * would keep a reference between regions, ccdk does not have.) NULL: the same environment. */
/* generatePhysicalName(resource) */
static const char *generate_physical_name(ccdk__node *resource, const char *region, const char *account)
{
    ccdk_app *app = resource->app;
    const char *stack_name = ccdk_stack_name(resource->stack), *uid = ccdk__node_unique_id(resource);
    size_t ls = strlen(stack_name), lu = strlen(uid);
    ccdk__sha256_ctx h;
    unsigned char d[32];
    ccdk__sha256_init(&h);
    ccdk__sha256_update(&h, stack_name, ls);
    ccdk__sha256_update(&h, uid, lu);
    ccdk__sha256_update(&h, region, strlen(region));
    ccdk__sha256_update(&h, account, strlen(account));
    ccdk__sha256_final(&h, d);
    /* PrefixNamePart(stackName, 25), SuffixNamePart(uniqueId, 24): both ASCII */
    char *name = (char *)ccdk__sprintf(app, "%.*s%s%02x%02x%02x%02x%02x%02x", (int)(ls < 25 ? ls : 25), stack_name,
                                       uid + (lu > 24 ? lu - 24 : 0), d[0], d[1], d[2], d[3], d[4], d[5]);
    for (char *p = name; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
    return name;
}

/* _enableCrossEnvironment of a GENERATE_IF_NEEDED resource: its name (made once) and the value
 * the attribute takes from it, in the persistent arena (a scan or a render may run in scratch);
 * NULL after aws-cdk-lib's error (recorded when report) */
static const char *generated_value(ccdk__resolve_ctx *ctx, ccdk__xenv *x, int report)
{
    ccdk__gen_name *g = x->gen;
    ccdk_app *app = ctx->app;
    if (!g->name) {
        ccdk_stack *own = g->resource->stack;
        const char *region = ccdk_stack_region(own), *account = ccdk_stack_account(own);
        const char *missing = ccdk__is_unresolved(region) || !*region ? "region"
                              : ccdk__is_unresolved(account) || !*account ? "account"
                                                                        : NULL;
        if (missing) {
            if (report)
                resolve_error(ctx, ccdk__sprintf(app, "Cannot generate a physical name for %s, because the %s is un-resolved or missing",
                                                 g->resource->path, missing));
            return NULL;
        }
        ccdk__arena cur;
        ccdk__persistent_enter(app, &cur);
        g->name = generate_physical_name(g->resource, region, account);
        if (g->prefix)
            g->name = ccdk__sprintf(app, "%s%s", g->prefix, g->name);
        ccdk__persistent_leave(app, &cur);
    }
    ccdk__arena cur;
    ccdk__persistent_enter(app, &cur);
    x->value = x->value_of ? x->value_of(x->resource, g->name) : g->name;
    ccdk__persistent_leave(app, &cur);
    return x->value;
}

/* a stack's account or region as given (NULL: unset), the same in two stacks */
static int same_setting(const char *a, const char *b) { return a == b || (a && b && !strcmp(a, b)); }

static ccdk_value *cross_env(ccdk__resolve_ctx *ctx, const ccdk_value *v, int report)
{
    ccdk__xenv *x = v->u.ref.xenv;
    ccdk_stack *consumer = ctx->stack, *own = x ? x->resource->stack : NULL;
    if (!own || !consumer || own == consumer)
        return NULL;
    /* getResourceNameAttribute / getResourceArnAttribute: the attribute itself unless the accounts
     * differ, or the regions do and the consumer was not made with crossRegionReferences. Stacks
     * whose account and region are the same strings, or both unset (then both the pseudo
     * parameters' tokens: the same), are the same environment without asking (two getters and a
     * pseudo-token lookup each, for every reference with an environment attribute) */
    if (same_setting(own->account, consumer->account) &&
        (same_setting(own->region, consumer->region) || consumer->cross_region_references))
        return NULL;
    if (!strcmp(ccdk_stack_account(own), ccdk_stack_account(consumer)) &&
        (!strcmp(ccdk_stack_region(own), ccdk_stack_region(consumer)) || consumer->cross_region_references))
        return NULL;
    /* a scan (report 0) makes a generated name too: refs.c scans every stack before any renders */
    if (!x->value && x->gen && !generated_value(ctx, x, report))
        return ccdk__v_undef(ctx->app);
    if (x->value)
        return ccdk__v_from_string(ctx->app, x->value);
    /* _enableCrossEnvironment's ValidationError, thrown by the reference's resolve (the token that
     * holds the reference is already one of ctx's layers of "Resolution error: ") */
    if (report)
        resolve_error(ctx, ccdk__sprintf(ctx->app, "Cannot use resource '%s' in a cross-environment fashion, the "
                                                   "resource's physical name must be explicit set or use "
                                                   "`PhysicalName.GENERATE_IF_NEEDED`",
                                         x->resource->path));
    return ccdk__v_undef(ctx->app);
}

static const char *logical_id_of(ccdk__resolve_ctx *ctx, ccdk__node *target)
{
    (void)ctx;
    return ccdk__element_logical_id(target);
}

/* A string or key of the template that is not UTF-8: an error on the element being rendered. */
static __attribute__((noinline)) void utf8_error(ccdk__resolve_ctx *ctx, const char *what, const char *s, size_t n)
{
    ccdk_app *app = ctx->app;
    const ccdk__node *at = ctx->el ? ctx->el : ctx->stack ? &ctx->stack->node : &app->node;
    const char *msg = ccdk__sprintf(app, "Invalid UTF-8 in a %s of the template: \"%s\"", what, ccdk__utf8_show(app, s, n));
    /* once: a function is resolved for its version hash, then for the template */
    const char *line = *at->path ? ccdk__sprintf(app, "%s: %s", at->path, msg) : msg;
    for (size_t i = 0; i < app->nerrors; i++)
        if (!strcmp(app->errors[i], line))
            return;
    ccdk__error(at, "%s", msg);
}

/* ------------------------------------------------------------------ the cross-stack pre-check
 *
 * Whether resolving v in ctx could meet a reference to an element of another stack, found without
 * building anything: the markers' tokens are followed, lazies produced, post-processors' inner
 * values read, exactly where ccdk__resolve goes (a post-processor only reorders what it is given).
 * Conservative: a tree too deep to walk says yes. A marker that does not resolve (another App's,
 * an unknown key) says nothing: resolving it is an error, which the render reports. With
 * app->produce_all it says no and walks everything: refs.c's pass that produces every lazy. */
static int scan_string(ccdk__resolve_ctx *ctx, const char *s)
{
    s = ccdk__marker_start(s); /* (no marker of either kind begins before) */
    if (!s)
        return 0;
    static const char *const begins[2] = {BEGIN_STR, BEGIN_LIST};
    for (int b = 0; b < 2; b++)
        for (const char *p = s;;) {
            size_t len, idx;
            int st;
            const char *m = ccdk__next_marker(ctx->app, p, begins[b], &len, &idx, &st);
            if (!m)
                break;
            if (st == TOK_OK && ccdk__scan_foreign(ctx, ctx->app->tokens[idx]))
                return 1;
            p = m + len;
        }
    return 0;
}

int ccdk__scan_foreign(ccdk__resolve_ctx *ctx, const ccdk_value *v)
{
    if (!v)
        return 0;
    if (++ctx->depth > 200) {
        ctx->depth--;
        return !ctx->app->produce_all;
    }
    int r = 0;
    switch (v->kind) {
    case CCDK__V_STR:
        r = scan_string(ctx, v->u.str.s);
        break;
    case CCDK__V_LIST:
        for (size_t i = 0; !r && i < v->u.list.n; i++)
            r = ccdk__scan_foreign(ctx, v->u.list.items[i]);
        break;
    case CCDK__V_OBJ:
        for (size_t i = 0; !r && i < v->u.obj.n; i++)
            r = ccdk__scan_foreign(ctx, v->u.obj.e[i].val) || (strchr(v->u.obj.e[i].key, '$') && scan_string(ctx, v->u.obj.e[i].key));
        break;
    case CCDK__V_REF:
    case CCDK__V_GETATT: {
        ccdk_value *alt = v->u.ref.xenv ? cross_env(ctx, v, 0) : NULL;
        if (alt && alt->kind == CCDK__V_UNDEF && !ctx->app->produce_all) {
            r = 1; /* a use in another environment that fails: the collecting render meets its error */
            break;
        }
        if (!alt && v->u.ref.xenv && v->u.ref.xenv->local)
            alt = v->u.ref.xenv->local;
        r = alt ? ccdk__scan_foreign(ctx, alt) : !ctx->app->produce_all && is_foreign(ctx, v->u.ref.target);
        break;
    }
    case CCDK__V_JOIN:
        r = ccdk__scan_foreign(ctx, v->u.join.list);
        break;
    case CCDK__V_LAZY: {
        ccdk_value *p = v->u.lazy.fn(v->u.lazy.ctx);
        free(ctx->app->lazy_error); /* a scan reports nothing: the render meets it again */
        ctx->app->lazy_error = NULL;
        r = ccdk__scan_foreign(ctx, p);
        break;
    }
    case CCDK__V_POST:
        r = ccdk__scan_foreign(ctx, v->u.post.inner);
        break;
    case CCDK__V_LOGICAL_ID: /* a findInMap's mapping is copied into another stack that uses it */
        r = !ctx->app->produce_all && v->u.ref.attr == ccdk__mapping_copy_attr && is_foreign(ctx, v->u.ref.target);
        break;
    default: /* undefined, null, booleans, numbers, other logical ids (never cross-stack) */
        break;
    }
    ctx->depth--;
    return r;
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
        if (!app->xref_collect && !ccdk__utf8_valid(v->u.str.s, v->u.str.len))
            utf8_error(ctx, "string", v->u.str.s, v->u.str.len);
        r = resolve_string(ctx, v);
        break;
    case CCDK__V_LIST: {
        /* resolveArray: a list with a list token in one of its strings is resolveList's: that token
         * alone, or an error (found while adding list tokens to IAM statements) */
        size_t with_marker = 0;
        while (with_marker < v->u.list.n && !(v->u.list.items[with_marker]->kind == CCDK__V_STR &&
                                               ccdk__has_list_marker(v->u.list.items[with_marker]->u.str.s)))
            with_marker++;
        if (with_marker < v->u.list.n && v->u.list.n != 1) {
            resolve_error(ctx, ccdk__sprintf(app, "Cannot add elements to list token, got: %s", ccdk__js_string(app, v)));
            r = ccdk__v_undef(app);
            break;
        }
        if (with_marker < v->u.list.n) {
            const char *s = v->u.list.items[0]->u.str.s;
            size_t len, idx;
            int st;
            if (ccdk__next_marker(app, s, BEGIN_LIST, &len, &idx, &st) != s || s[len] != 0) {
                resolve_error(ctx, ccdk__sprintf(app, "Cannot concatenate strings in a tokenized string array, got: %s", s));
                r = ccdk__v_undef(app);
                break;
            }
            if (st != TOK_OK) {
                marker_error(ctx, st, s, len, BEGIN_LIST);
                r = ccdk__v_undef(app);
                break;
            }
            int layer = app->tokens[idx]->kind != CCDK__V_LAZY; /* as in resolve_string */
            ctx->layers += layer;
            r = ccdk__resolve(ctx, app->tokens[idx]);
            ctx->layers -= layer;
            break;
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
        int token_keys = 0; /* once a key was a token, later keys may collide with what it resolved to */
        for (size_t i = 0; i < v->u.obj.n; i++) {
            const char *key = v->u.obj.e[i].key;
            if (!app->xref_collect && !ccdk__utf8_valid(key, strlen(key)))
                utf8_error(ctx, "key", key, strlen(key));
            ccdk_value *x = ccdk__resolve(ctx, v->u.obj.e[i].val);
            if (x->kind == CCDK__V_UNDEF)
                continue;
            if (__builtin_expect(strchr(key, '$') != NULL, 0) && strstr(key, BEGIN_STR)) {
                key = resolve_key(ctx, key);
                if (!key)
                    continue;
                token_keys = 1;
            }
            if (token_keys)
                ccdk__v_set_nocopy(r, key, x);
            else
                ccdk__v_append_unique(r, key, x);
        }
        break;
    case CCDK__V_REF:
        if (__builtin_expect(v->u.ref.xenv != NULL, 0) && ((r = cross_env(ctx, v, 1)) || (r = v->u.ref.xenv->local))) {
            r = ccdk__resolve(ctx, r);
            break;
        }
        if ((r = cross_stack(ctx, v->u.ref.target, NULL)))
            break;
        if (__builtin_expect(v->u.ref.target->kind->is_stack, 0)) { /* stack.stackId, in its own stack */
            r = ccdk__v_pseudo(app, "AWS::StackId");
            break;
        }
        /* logical ids live in the persistent arena: no copy */
        r = ccdk__v_intrinsic(app, "Ref", ccdk__v_str_nocopy(app, logical_id_of(ctx, v->u.ref.target)));
        break;
    case CCDK__V_GETATT: {
        if (__builtin_expect(v->u.ref.xenv != NULL, 0) && ((r = cross_env(ctx, v, 1)) || (r = v->u.ref.xenv->local))) {
            r = ccdk__resolve(ctx, r);
            break;
        }
        if ((r = cross_stack(ctx, v->u.ref.target, v->u.ref.attr)))
            break;
        if (__builtin_expect(v->u.ref.target->kind->is_stack, 0)) { /* ScopedAws(stack), in its own stack */
            r = ccdk__v_pseudo(app, v->u.ref.attr);
            break;
        }
        ccdk_value *l = ccdk__v_list(app);
        ccdk__v_push(l, ccdk__v_str_nocopy(app, logical_id_of(ctx, v->u.ref.target)));
        ccdk__v_push(l, ccdk__v_str_nocopy(app, v->u.ref.attr));
        r = ccdk__v_intrinsic(app, "Fn::GetAtt", l);
        break;
    }
    case CCDK__V_LOGICAL_ID:
        if (__builtin_expect(v->u.ref.attr == ccdk__mapping_copy_attr, 0) && is_foreign(ctx, v->u.ref.target)) {
            r = mapping_copy_id(ctx, v->u.ref.target);
            break;
        }
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
    case CCDK__V_LAZY: {
        ctx->layers++;
        ccdk_value *p = v->u.lazy.fn(v->u.lazy.ctx);
        if (app->lazy_error) { /* the producer threw: its token wraps the message */
            char *m = app->lazy_error;
            app->lazy_error = NULL;
            resolve_error(ctx, m);
            free(m);
        }
        r = ccdk__resolve(ctx, p);
        ctx->layers--;
        break;
    }
    case CCDK__V_POST:
        r = v->u.post.fn(app, ccdk__resolve(ctx, v->u.post.inner), v->u.post.ctx);
        break;
    }
    ctx->depth--;
    return r;
}
