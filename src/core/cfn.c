/* cfn.c - CloudFormation elements: CfnResource (properties, overrides, DependsOn, policies,
 * metadata, tags), CfnOutput, CfnParameter, CfnMapping, CfnCondition, logical ids; the public
 * value, intrinsic function and Duration/Size helpers. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cfn.h"
#include "tree_props.h"

/* ------------------------------------------------------------------ locale compare */

/* An approximation of ICU root collation (String.prototype.localeCompare) for ASCII: punctuation
 * before digits before letters, letters compared without case first, then lowercase first. */
/* The primary weight of each byte: space and punctuation first, in the order
 *   space _ - , ; : ! ? . ' " ( ) [ ] { } @ * / \ & # % ` ^ + < = > | ~ $
 * then digits, then letters without case, then every other byte by its value (NUL: 300). A table
 * (it was a strchr per byte compared: most of the time of sorting the DependsOn of 1,000 functions
 * that mount one file system). */
static const short primary_weights[256] = {
    300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315,
    316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331,
    1, 7, 11, 23, 33, 24, 22, 10, 12, 13, 19, 27, 4, 3, 9, 20,
    100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 6, 5, 28, 29, 30, 8,
    18, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214,
    215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 14, 21, 15, 26, 2,
    25, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214,
    215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 16, 31, 17, 32, 427,
    428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443,
    444, 445, 446, 447, 448, 449, 450, 451, 452, 453, 454, 455, 456, 457, 458, 459,
    460, 461, 462, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475,
    476, 477, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 491,
    492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 505, 506, 507,
    508, 509, 510, 511, 512, 513, 514, 515, 516, 517, 518, 519, 520, 521, 522, 523,
    524, 525, 526, 527, 528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 538, 539,
    540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555,
};
#define primary_weight(c) primary_weights[(unsigned char)(c)]

static int locale_compare_n(const char *a, size_t la, const char *b, size_t lb)
{
    const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
    /* equal bytes have equal weights: skip the common prefix 8 bytes at a time (the DependsOn of a
     * function that mounts a file system shared by n functions sorts n paths that differ late) */
    size_t n = la < lb ? la : lb, i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t u, v;
        memcpy(&u, x + i, 8);
        memcpy(&v, y + i, 8);
        if (u != v)
            break;
    }
    x += i;
    y += i;
    for (; *x && *y; x++, y++) {
        if (*x == *y)
            continue;
        int d = primary_weight(*x) - primary_weight(*y);
        if (d)
            return d;
    }
    if (*x || *y)
        return *x ? 1 : -1;
    /* tertiary: lowercase before uppercase at the first case difference */
    for (x = (const unsigned char *)a, y = (const unsigned char *)b; *x; x++, y++) {
        if (*x != *y)
            return (*x >= 'a' && *x <= 'z') ? -1 : 1;
    }
    return 0;
}

int ccdk__locale_compare(const char *a, const char *b) { return locale_compare_n(a, strlen(a), b, strlen(b)); }

/* ------------------------------------------------------------------ elements */

static void register_element(ccdk__node *n)
{
    ccdk_stack *s = n->stack;
    if (!s) {
        ccdk__no_stack_error(n);
        return;
    }
    (void)s;
}

/* LogicalIDs.applyRename (stack.getLogicalId of an element without an override): the stack's
 * rename of the allocated id, checked against the ids given before and validated */
static const char *apply_rename(ccdk__node *n, const char *old_id)
{
    ccdk_stack *s = n->stack;
    ccdk_app *app = n->app;
    const ccdk_value *r = ccdk__v_get(s->renames, old_id);
    const char *new_id = r ? r->u.str.s : old_id;
    ccdk__arena cur;
    ccdk__persistent_enter(app, &cur);
    if (!s->renames_applied)
        s->renames_applied = ccdk__v_obj(app);
    const ccdk_value *prev = ccdk__v_get(s->renames_applied, new_id);
    if (prev && strcmp(prev->u.str.s, old_id))
        ccdk__error(n, "Resolution error: Two objects have been assigned the same Logical ID: '%s' and '%s' are now both "
                       "named '%s'..", prev->u.str.s, old_id, new_id); /* its message's period, then the wrapper's */
    else
        ccdk__v_set(s->renames_applied, new_id, ccdk__v_str(app, old_id));
    ccdk__persistent_leave(app, &cur);
    size_t len = strlen(new_id), i = 0;
    while (i < len && ((new_id[i] >= 'A' && new_id[i] <= 'Z') || (new_id[i] >= 'a' && new_id[i] <= 'z') ||
                       (new_id[i] >= '0' && new_id[i] <= '9')))
        i++;
    if (i != len || len == 0 || len > 255)
        ccdk__error(n, "Resolution error: Logical ID must adhere to the regular expression: /^[A-Za-z0-9]{1,255}$/, got '%s'.",
                    new_id);
    return new_id;
}

void ccdk_stack_rename_logical_id(ccdk_stack *s, const char *old_id, const char *new_id)
{
    if (!ccdk__target_ok(s, __func__) || !ccdk__arg_ok(old_id, __func__, "old_id") || !ccdk__arg_ok(new_id, __func__, "new_id"))
        return;
    ccdk_app *app = s->node.app;
    if (!s->renames)
        s->renames = ccdk__v_obj(app);
    if (ccdk__v_get(s->renames, old_id)) {
        ccdk__unscoped_error(app, "A rename has already been registered for '%s'", old_id);
        return;
    }
    ccdk__v_set(s->renames, old_id, ccdk__v_str(app, new_id));
}

/* assertAllRenamesApplied, after the stack's template is made */
void ccdk__stack_check_renames(ccdk_stack *s)
{
    if (!s->renames)
        return;
    ccdk_app *app = s->node.app;
    char *list = NULL;
    size_t len = 0;
    for (uint32_t i = 0; i < s->renames->u.obj.n; i++) {
        const char *old_id = s->renames->u.obj.e[i].key;
        int applied = 0;
        for (uint32_t k = 0; s->renames_applied && k < s->renames_applied->u.obj.n && !applied; k++)
            applied = !strcmp(s->renames_applied->u.obj.e[k].val->u.str.s, old_id);
        if (applied)
            continue;
        size_t l = strlen(old_id);
        list = realloc(list, len + l + 3);
        if (!list)
            abort();
        if (len) {
            memcpy(list + len, ", ", 2);
            len += 2;
        }
        memcpy(list + len, old_id, l + 1);
        len += l;
    }
    if (list)
        ccdk__unscoped_error(app, "The following Logical IDs were attempted to be renamed, but not found: %s", list);
    free(list);
}

const char *ccdk__element_logical_id(ccdk__node *n)
{
    ccdk__element *el = (ccdk__element *)n;
    if (el->logical_id_asked)
        el->logical_id_asked(n);
    if (el->deferred_logical_id) { /* asked before its stack's render settles it: settled now */
        void (*settle)(ccdk__node *) = el->deferred_logical_id;
        el->deferred_logical_id = NULL;
        settle(n);
    }
    /* aws-cdk-lib's synthesizeLogicalId tests the override for truth: "" keeps the generated id
     * (found by tests/fuzz: an empty override gave an empty logical id) */
    if (el->logical_id_override && *el->logical_id_override)
        return el->logical_id_override;
    if (el->lazy_logical_id && n->app->resolve_user) {
        const char *lazy = el->lazy_logical_id(n); /* uncached, as aws-cdk-lib's Lazy.uncachedString */
        if (lazy)
            return lazy;
    }
    if (el->logical_id) {
        /* renames only grow: a count that moved since the id was made means a rename registered
         * since, applied now (LogicalIDs.applyRename runs at every resolution in aws-cdk-lib) */
        uint32_t nrenames = n->stack && n->stack->renames ? n->stack->renames->u.obj.n : 0;
        if (nrenames != el->renames_seen && el->allocated_id) {
            el->renames_seen = nrenames;
            el->logical_id = apply_rename(n, el->allocated_id);
        }
        return el->logical_id;
    }
    /* path components below the stack */
    size_t depth = 0;
    for (ccdk__node *p = n; p && p != &n->stack->node; p = p->parent)
        depth++;
    const char *small[32];
    const char **comps = depth <= 32 ? small : malloc(depth * sizeof *comps);
    size_t i = depth;
    for (ccdk__node *p = n; p && p != &n->stack->node; p = p->parent)
        comps[--i] = p->id;
    ccdk__arena cur;
    ccdk__persistent_enter(n->app, &cur); /* cached: it must outlive a scratch arena */
    const char *err = NULL;
    el->logical_id = ccdk__make_unique_id_or_error(n->app, comps, depth, &err);
    ccdk__persistent_leave(n->app, &cur);
    /* aws-cdk-lib computes the logical id in a token the resolver resolves, so makeUniqueId's
     * error (every component "Default", e.g. a CfnOutput with the id "Default" under the stack)
     * comes wrapped as a resolution error; ccdk adds the path. Reported once: the id is cached. */
    if (err)
        ccdk__error(n, "Resolution error: %s.", err);
    /* LogicalIDs.applyRename validates every allocated id: one path component without a letter
     * or digit ("-", "/") gives "" (found by tests/fuzz/fuzz_ids; corpus/ids/crash-empty-logical-id).
     * aws-cdk-lib throws it unscoped from the resolver; ccdk adds the path. Reported once: the id
     * is cached. */
    else if (!*el->logical_id)
        ccdk__error(n, "Resolution error: Logical ID must adhere to the regular expression: /^[A-Za-z0-9]{1,255}$/, got ''.");
    else {
        el->allocated_id = el->logical_id;
        if (n->stack && n->stack->renames) {
            el->renames_seen = n->stack->renames->u.obj.n;
            el->logical_id = apply_rename(n, el->logical_id);
        }
    }
    if (comps != small)
        free(comps);
    return el->logical_id;
}

const char *ccdk__element_logical_id_token(ccdk__node *n)
{
    /* element.logicalId: one token per element, as aws-cdk-lib's (its constructor's Lazy), made in
     * the persistent arena: the first to ask may be a scratch render (a nested stack output's
     * reference, refs.c), and the token table keeps the value */
    ccdk__element *el = (ccdk__element *)n;
    if (el->logical_id_token)
        return el->logical_id_token;
    ccdk__arena cur;
    ccdk__persistent_enter(n->app, &cur);
    ccdk_value *v = ccdk__v_new(n->app, CCDK__V_LOGICAL_ID);
    v->u.ref.target = n;
    el->logical_id_token = ccdk__token_str(n->app, v);
    ccdk__persistent_leave(n->app, &cur);
    return el->logical_id_token;
}

const char *ccdk_cfn_element_logical_id(void *element)
{
    ccdk__node *n = ccdk__node_of(element);
    if (!n || !n->kind->element)
        return NULL;
    return ccdk__element_logical_id_token(n);
}

void ccdk_cfn_element_override_logical_id(void *element, const char *logical_id)
{
    if (!ccdk__target_ok(element, __func__) || !ccdk__arg_ok(logical_id, __func__, "logical_id"))
        return;
    ccdk__node *n = ccdk__node_of(element);
    if (!n || !n->kind->element)
        return;
    if (((ccdk__element *)n)->logical_id_locked) {
        ccdk__error(n, "The logicalId for resource at path %s has been locked and cannot be overridden\nMake sure you "
                       "are calling \"overrideLogicalId\" before Stack.exportValue",
                    n->path);
        return;
    }
    ((ccdk__element *)n)->logical_id_override = ccdk__strdup(n->app, logical_id);
}

/* ------------------------------------------------------------------ CfnResource */

static void render_resource(ccdk__node *n, ccdk__resolve_ctx *ctx, ccdk_value *tpl);

const ccdk__kind ccdk__kind_cfn_resource = {
    .fqn = "aws-cdk-lib.CfnResource",
    .element = CCDK__EL_RESOURCE,
    .render = render_resource,
};

ccdk_cfn_resource *ccdk__cfn_resource_new(void *scope, const char *id, const char *type, const ccdk__kind *kind)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_cfn_resource *r = ccdk__alloc(app, sizeof *r);
    ccdk__node_init(&r->el.node, kind ? kind : &ccdk__kind_cfn_resource, scope, id);
    r->type = ccdk__keep(app, type);
    register_element(&r->el.node);
    ccdk_value *pm = ccdk__node_context(&r->el.node, "aws:cdk:enable-path-metadata");
    if (pm && ccdk__truthy(pm)) /* aws-cdk-lib tests the value's truthiness: "0" is on, "" off */
        ccdk_cfn_resource_add_metadata(r, "aws:cdk:path", ccdk__v_str(app, r->el.node.path));
    return r;
}

ccdk_cfn_resource *ccdk__l1(void *scope, const char *id, const char *type, const char *fqn)
{
    ccdk_app *app = ccdk__app_of(scope);
    /* one kind per fqn and app (a thousand functions made four thousand copies) */
    ccdk__kind *k = NULL;
    for (ccdk__l1_kind *c = app->l1_kinds; c && !k; c = c->next)
        if (c->kind.fqn == fqn || !strcmp(c->kind.fqn, fqn))
            k = &c->kind;
    if (!k) {
        ccdk__arena cur;
        ccdk__persistent_enter(app, &cur);
        ccdk__l1_kind *c = ccdk__alloc(app, sizeof *c);
        c->kind = ccdk__kind_cfn_resource;
        c->kind.fqn = ccdk__keep(app, fqn);
        ccdk__persistent_leave(app, &cur);
        c->next = app->l1_kinds;
        app->l1_kinds = c;
        k = &c->kind;
    }
    ccdk_cfn_resource *r = ccdk__cfn_resource_new(scope, id, type, k);
    r->sort_props = 1;
    return r;
}

typedef struct {
    ccdk_cfn_resource *r;
    const char *prop;
} l1_required_ctx;

static ccdk_value *l1_required_check(ccdk_app *app, ccdk_value *resolved, void *ctx)
{
    (void)app;
    const l1_required_ctx *c = ctx;
    if (resolved->kind == CCDK__V_UNDEF) {
        const char *fqn = c->r->el.node.kind->fqn;
        const char *cls = strrchr(fqn, '.');
        ccdk__error(c->r, "Resolution error: Supplied properties not correct for \"%sProps\"\n"
                          "  %s: required but missing.", cls ? cls + 1 : fqn, c->prop);
    }
    return resolved;
}

ccdk_value *ccdk__l1_required(ccdk_cfn_resource *r, const char *prop, ccdk_value *v)
{
    ccdk_app *app = r->el.node.app;
    l1_required_ctx *c = ccdk__alloc(app, sizeof *c);
    c->r = r;
    c->prop = prop;
    return ccdk__v_post(app, v, l1_required_check, c);
}

ccdk_cfn_resource *ccdk_cfn_resource_new(void *scope, const char *id, const char *type, ccdk_value *properties)
{
    ccdk_app *app = ccdk__app_of(scope);
    if (!type || !*type) {
        ccdk__error(scope, "The `type` property is required");
        type = "";
    }
    ccdk_cfn_resource *r = ccdk__cfn_resource_new(scope, id, type, NULL);
    if (properties && properties->kind == CCDK__V_OBJ)
        r->props = ccdk__v_copy(app, properties);
    else if (properties)
        r->props = properties;
    return r;
}

void ccdk__res_set(ccdk_cfn_resource *r, const char *prop, ccdk_value *v)
{
    if (!r->props)
        r->props = ccdk__v_obj(r->el.node.app);
    ccdk__v_set(r->props, prop, v);
}

ccdk_value *ccdk__res_get(ccdk_cfn_resource *r, const char *prop) { return ccdk__v_get(r->props, prop); }

ccdk_cfn_resource *ccdk_cfn_resource_of(void *node)
{
    ccdk__node *n = node ? ccdk__node_of(node) : NULL;
    return n && n->kind->element == CCDK__EL_RESOURCE ? (ccdk_cfn_resource *)n : NULL;
}

const char *ccdk_cfn_resource_type(const ccdk_cfn_resource *r)
{
    if (!ccdk__handle_ok(r, __func__))
        return NULL;
    /* any construct handle can reach here (an aspect's): only a CfnResource has a type */
    return ((const ccdk__node *)r)->kind->element == CCDK__EL_RESOURCE ? r->type : NULL;
}

const char *ccdk_cfn_resource_ref(ccdk_cfn_resource *r)
{
    if (!r)
        return NULL;
    return ccdk__token_str(r->el.node.app, ccdk__v_ref(r->el.node.app, &r->el.node));
}

const char *ccdk_cfn_resource_get_att(ccdk_cfn_resource *r, const char *attr)
{
    if (!r || !attr)
        return NULL;
    return ccdk__token_str(r->el.node.app, ccdk__v_getatt(r->el.node.app, &r->el.node, attr));
}

/* getAtt(attr, ResolutionTypeHint.STRING_LIST): the attribute's reference carries the list type
 * hint, so that used in another stack it crosses as a list (exported joined with "||", imported
 * through Fn::Split) and not as one string. aws-cdk-lib keeps one reference per (resource,
 * attribute) whatever the hint, made by the first getAtt; ccdk marks the pair a list for good. */
ccdk_strs ccdk_cfn_resource_get_att_list(ccdk_cfn_resource *r, const char *attr)
{
    ccdk_strs none = {0};
    if (!r || !attr)
        return none;
    ccdk__mark_list_attribute(&r->el.node, attr);
    return ccdk_token_as_list(ccdk__v_getatt(r->el.node.app, &r->el.node, attr));
}

static const char *env_attribute(void *resource, ccdk_cfn_resource *r, const char *attr, const char *cross_env,
                                 ccdk__gen_name *g, const char *(*value_of)(ccdk__node *resource, const char *name),
                                 ccdk_value *local)
{
    ccdk_app *app = r->el.node.app;
    ccdk_value *v = attr ? ccdk__v_getatt(app, &r->el.node, attr) : ccdk__v_ref(app, &r->el.node);
    ccdk__xenv *x = ccdk__alloc(app, sizeof *x);
    x->resource = resource;
    x->value = cross_env;
    x->gen = g;
    x->value_of = value_of;
    x->local = local;
    v->u.ref.xenv = x;
    return ccdk__token_str(app, v);
}

const char *ccdk__resource_env_attribute(void *resource, ccdk_cfn_resource *r, const char *attr, const char *cross_env)
{
    return env_attribute(resource, r, attr, cross_env, NULL, NULL, NULL);
}

int ccdk__is_generate_if_needed(const char *name)
{
    return name && !strcmp(name, CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED);
}

static ccdk__gen_name *gen_name_new(void *resource)
{
    ccdk__node *n = ccdk__node_of(resource);
    ccdk__gen_name *g = ccdk__alloc(n->app, sizeof *g);
    g->resource = n;
    g->name = NULL;
    g->prefix = NULL;
    return g;
}

static ccdk_value *gen_name_produce(void *ctx)
{
    ccdk__gen_name *g = ctx;
    return g->name ? ccdk__v_str(g->resource->app, g->name) : ccdk__v_undef(g->resource->app);
}

static ccdk_value *gen_name_value(ccdk__gen_name *g) { return ccdk__v_lazy(g->resource->app, gen_name_produce, g); }


const char *ccdk__physical_name(const char *given)
{
    return given && !ccdk__is_unresolved(given) ? given : NULL;
}

void ccdk__physical_new(ccdk__physical *out, void *resource, ccdk_cfn_resource *r, const char *given, const char *name_attr,
                        const char *arn_attr, ccdk__arn_of_fn arn_of)
{
    ccdk_app *app = r->el.node.app;
    out->given = given;
    out->gen = ccdk__is_generate_if_needed(given) ? gen_name_new(resource) : NULL;
    out->name = out->arn = NULL;
    if (out->gen) {
        out->value = gen_name_value(out->gen);
        out->name = env_attribute(resource, r, name_attr, NULL, out->gen, NULL, NULL);
        if (arn_of)
            out->arn = env_attribute(resource, r, arn_attr, NULL, out->gen, arn_of, NULL);
        return;
    }
    /* given-resolved: the name itself and its ARN; deploy-time (a token, or none): nothing there */
    const char *pname = ccdk__physical_name(given);
    out->value = given ? ccdk__v_from_string(app, given) : NULL;
    out->name = env_attribute(resource, r, name_attr, pname, NULL, NULL, NULL);
    if (arn_of)
        out->arn = env_attribute(resource, r, arn_attr, pname ? arn_of(ccdk__node_of(resource), pname) : NULL, NULL, NULL, NULL);
}

const char *ccdk__physical_name_of(const ccdk__physical *pn, void *resource, ccdk_cfn_resource *r, ccdk_value *local)
{
    return env_attribute(resource, r, NULL, pn->gen ? NULL : ccdk__physical_name(pn->given), pn->gen, NULL, local);
}

/* splitOnPeriods: "a.b\\.c" -> ["a", "b.c"] */
static size_t split_path(ccdk_app *app, const char *path, const char ***out)
{
    size_t n = 1;
    for (const char *p = path; *p; p++)
        n += *p == '.';
    const char **parts = ccdk__alloc(app, n * sizeof *parts);
    ccdk__buf b = {0};
    size_t k = 0;
    for (const char *p = path;; p++) {
        if (*p == '\\' && p[1]) {
            ccdk__buf_putc(&b, p[1]);
            p++;
        } else if (*p == '.' || !*p) {
            parts[k++] = ccdk__strndup(app, b.data ? b.data : "", b.len);
            b.len = 0;
            if (!*p)
                break;
        } else {
            ccdk__buf_putc(&b, *p);
        }
    }
    ccdk__buf_free(&b);
    *out = parts;
    return k;
}

void ccdk_cfn_resource_add_override(ccdk_cfn_resource *r, const char *path, ccdk_value *value)
{
    if (!ccdk__target_ok(r, __func__) || !ccdk__arg_ok(path, __func__, "path"))
        return;
    ccdk_app *app = r->el.node.app;
    if (!ccdk__utf8_valid(path, strlen(path))) {
        /* its parts become template keys: invalid UTF-8 would make invalid JSON (see core.h; found
         * by tests/fuzz/fuzz_override) */
        ccdk__error(r, "Invalid UTF-8 in override path \"%s\"", ccdk__utf8_show(app, path, strlen(path)));
        return;
    }
    const char **parts;
    size_t n = split_path(app, path, &parts);
    if (!r->overrides)
        r->overrides = ccdk__v_obj(app);
    ccdk_value *cur = r->overrides;
    for (size_t i = 0; i + 1 < n; i++) {
        ccdk_value *next = ccdk__v_get(cur, parts[i]);
        if (!next || next->kind != CCDK__V_OBJ) {
            next = ccdk__v_obj(app);
            ccdk__v_set(cur, parts[i], next);
        }
        cur = next;
    }
    ccdk__v_set(cur, parts[n - 1], value ? value : ccdk__v_undef(app));
}

void ccdk_cfn_resource_add_deletion_override(ccdk_cfn_resource *r, const char *path)
{
    if (!ccdk__target_ok(r, __func__) || !ccdk__arg_ok(path, __func__, "path"))
        return;
    ccdk_cfn_resource_add_override(r, path, NULL);
}

void ccdk_cfn_resource_add_property_override(ccdk_cfn_resource *r, const char *path, ccdk_value *value)
{
    if (!ccdk__target_ok(r, __func__) || !ccdk__arg_ok(path, __func__, "path"))
        return;
    char *full = ccdk__sprintf(r->el.node.app, "Properties.%s", path);
    ccdk_cfn_resource_add_override(r, full, value);
}

void ccdk_cfn_resource_add_property_deletion_override(ccdk_cfn_resource *r, const char *path)
{
    if (!ccdk__target_ok(r, __func__) || !ccdk__arg_ok(path, __func__, "path"))
        return;
    ccdk_cfn_resource_add_property_override(r, path, NULL);
}

void ccdk__res_add_depends(ccdk_cfn_resource *r, ccdk__node *target)
{
    for (size_t i = 0; i < r->ndepends; i++)
        if (r->depends[i] == target)
            return;
    if (r->ndepends == r->capdepends)
        r->depends = ccdk__arena_grow(r->el.node.app, r->depends, r->ndepends, &r->capdepends, sizeof *r->depends, 4);
    r->depends[r->ndepends++] = target;
}

/* _removeResourceDependency: DependsOn no longer names target */
static void res_remove_depends(ccdk_cfn_resource *r, ccdk__node *target)
{
    for (size_t i = 0; i < r->ndepends; i++)
        if (r->depends[i] == target) {
            memmove(r->depends + i, r->depends + i + 1, (r->ndepends - i - 1) * sizeof *r->depends);
            r->ndepends--;
            return;
        }
}

static void nested_construct_dependency(ccdk__node *n, ccdk__node *t, const char *reason, int remove);
static void stack_construct_dependency(ccdk_stack *from, ccdk_stack *on, ccdk__node *n, ccdk__node *t,
                                       const char *reason, int remove);

/* addResourceDependency / removeResourceDependency: target.shouldSynthesize() &&
 * dispatchDependencyOperation -- DependsOn in one stack; across stacks the stacks' dependency
 * (nested stacks: their resources') */
static void resource_dependency(ccdk_cfn_resource *r, ccdk_cfn_resource *target, int remove)
{
    ccdk__node *n = &r->el.node, *t = &target->el.node;
    if (n == t || !ccdk__cfn_should_synthesize(t))
        return;
    if (!n->stack || !t->stack || n->stack == t->stack || n->app != t->app) {
        if (remove)
            res_remove_depends(r, t);
        else
            ccdk__res_add_depends(r, t);
        return;
    }
    const char *reason = ccdk__concat(n->app, "<", n->path, ">.addResourceDependency(<", t->path, ">)");
    if (n->stack->nested_parent || t->stack->nested_parent)
        nested_construct_dependency(n, t, reason, remove);
    else
        stack_construct_dependency(n->stack, t->stack, n, t, reason, remove);
}

void ccdk_cfn_resource_add_depends_on(ccdk_cfn_resource *r, ccdk_cfn_resource *target)
{
    if (!ccdk__target_ok(r, __func__) || !ccdk__arg_handle_ok(target, __func__, "target"))
        return;
    resource_dependency(r, target, 0);
}

void ccdk_cfn_resource_remove_dependency(ccdk_cfn_resource *r, ccdk_cfn_resource *target)
{
    if (!ccdk__target_ok(r, __func__) || !ccdk__arg_handle_ok(target, __func__, "target"))
        return;
    resource_dependency(r, target, 1);
}

/* obtainDependencies(): the resource's DependsOn, then the targets of the stack dependencies it
 * caused (in its stack, then the stacks above a nested one) that are stacks or CfnResources, each
 * once, in the order aws-cdk-lib keeps them (by dependency, then by reason); *out is malloc'ed */
static size_t obtain_dependencies(ccdk_cfn_resource *r, ccdk__node ***out)
{
    ccdk__node *n = &r->el.node;
    size_t len = 0, cap = 0;
    ccdk__node **ret = NULL;
    for (size_t i = 0; i < r->ndepends; i++) {
        if (len == cap)
            ret = ccdk__grow(ret, &cap, sizeof *ret, 4);
        ret[len++] = r->depends[i];
    }
    size_t direct = len;
    for (ccdk_stack *s = n->stack; s; s = s->nested_parent)
        for (size_t d = 0; d < s->nstack_deps; d++)
            for (size_t c = 0; c < s->ndep_causes; c++) {
                const struct ccdk__stack_dep_cause *k = &s->dep_causes[c];
                if (k->on != s->stack_deps[d] || k->source != n)
                    continue;
                if (!(k->target->kind->is_stack || ccdk_cfn_resource_of(k->target)))
                    continue;
                int seen = 0;
                for (size_t i = direct; i < len && !seen; i++)
                    seen = ret[i] == k->target;
                if (seen)
                    continue;
                if (len == cap)
                    ret = ccdk__grow(ret, &cap, sizeof *ret, 4);
                ret[len++] = k->target;
            }
    *out = ret;
    return len;
}

size_t ccdk_cfn_resource_dependency_count(ccdk_cfn_resource *r)
{
    if (!ccdk__handle_ok(r, __func__) || !ccdk_cfn_resource_of(r))
        return 0;
    ccdk__node **deps;
    size_t n = obtain_dependencies(r, &deps);
    free(deps);
    return n;
}

ccdk_construct *ccdk_cfn_resource_dependency(ccdk_cfn_resource *r, size_t i)
{
    if (!ccdk__handle_ok(r, __func__) || !ccdk_cfn_resource_of(r))
        return NULL;
    ccdk__node **deps;
    size_t n = obtain_dependencies(r, &deps);
    ccdk_construct *c = i < n ? (ccdk_construct *)deps[i] : NULL;
    free(deps);
    return c;
}

void ccdk_cfn_resource_replace_dependency(ccdk_cfn_resource *r, ccdk_cfn_resource *target,
                                          ccdk_cfn_resource *new_target)
{
    if (!ccdk__target_ok(r, __func__) || !ccdk__arg_handle_ok(target, __func__, "target") ||
        !ccdk__arg_handle_ok(new_target, __func__, "new_target"))
        return;
    ccdk__node **deps;
    size_t n = obtain_dependencies(r, &deps);
    int found = 0;
    for (size_t i = 0; i < n && !found; i++)
        found = deps[i] == &target->el.node;
    free(deps);
    if (!found) {
        ccdk__error(r, "\"%s\" does not depend on \"%s\"", r->el.node.path, target->el.node.path);
        return;
    }
    resource_dependency(r, target, 1);
    resource_dependency(r, new_target, 0);
}

/* CfnResource.applyRemovalPolicy(policy, options) once policy is known (not UNSET) */
static void apply_removal_policy(ccdk_cfn_resource *r, ccdk_removal_policy policy, int apply_to_update_replace)
{
    const char *del = NULL, *upd = NULL;
    switch (policy) {
    case CCDK_REMOVAL_POLICY_UNSET:
        return;
    case CCDK_REMOVAL_POLICY_DESTROY: del = upd = "Delete"; break;
    case CCDK_REMOVAL_POLICY_RETAIN: del = upd = "Retain"; break;
    case CCDK_REMOVAL_POLICY_SNAPSHOT: del = upd = "Snapshot"; break;
    case CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE: del = "RetainExceptOnCreate"; upd = "Retain"; break;
    }
    if (policy == CCDK_REMOVAL_POLICY_SNAPSHOT) {
        /* CfnResource.applyRemovalPolicy: SNAPSHOT on a type without snapshots is an error under
         * @aws-cdk/core:validateSnapshotRemovalPolicy, else a warning (and written all the same) */
        static const char *const snapshot_types[] = {"AWS::DocDB::DBCluster", "AWS::EC2::Volume",
            "AWS::ElastiCache::CacheCluster", "AWS::ElastiCache::ReplicationGroup", "AWS::Neptune::DBCluster",
            "AWS::RDS::DBCluster", "AWS::RDS::DBInstance", "AWS::Redshift::Cluster"};
        int supported = 0;
        for (size_t i = 0; i < sizeof snapshot_types / sizeof *snapshot_types; i++)
            supported |= !strcmp(r->type, snapshot_types[i]);
        if (!supported) {
            if (ccdk__feature_flag(&r->el.node, "@aws-cdk/core:validateSnapshotRemovalPolicy")) {
                ccdk__error(r, "%s does not support snapshot removal policy", r->type);
                return;
            }
            ccdk__warning(r, ccdk__sprintf(r->el.node.app, "@aws-cdk/core:%sSnapshotRemovalPolicyIgnored", r->type),
                          "%s does not support snapshot removal policy. This policy will be ignored.", r->type);
        }
    }
    r->deletion_policy = del;
    if (apply_to_update_replace)
        r->update_replace_policy = upd;
}

void ccdk_cfn_resource_apply_removal_policy(ccdk_cfn_resource *r, ccdk_removal_policy policy)
{
    if (!ccdk__target_ok(r, __func__) || !CCDK__ENUM_OK(r, policy, ccdk_removal_policy, CCDK_REMOVAL_POLICY_UNSET,
                                                      CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE, "removalPolicy"))
        return;
    apply_removal_policy(r, policy, 1);
}

void ccdk_cfn_resource_apply_removal_policy_with(ccdk_cfn_resource *r, ccdk_removal_policy policy,
                                                 const ccdk_removal_policy_options *options)
{
    if (!ccdk__target_ok(r, __func__) ||
        !CCDK__ENUM_OK(r, policy, ccdk_removal_policy, CCDK_REMOVAL_POLICY_UNSET,
                       CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE, "removalPolicy") ||
        (options && !CCDK__ENUM_OK(r, options->default_policy, ccdk_removal_policy, CCDK_REMOVAL_POLICY_UNSET,
                                   CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE, "default")))
        return;
    ccdk_removal_policy def = options ? options->default_policy : CCDK_REMOVAL_POLICY_UNSET;
    /* aws-cdk-lib: policy || options.default || RemovalPolicy.RETAIN */
    apply_removal_policy(r, policy ? policy : def ? def : CCDK_REMOVAL_POLICY_RETAIN,
                         !(options && ccdk__tri_false(options->apply_to_update_replace_policy)));
}

void ccdk_cfn_resource_apply_cross_stack_reference_strength(ccdk_cfn_resource *r, ccdk_reference_strength strength)
{
    if (!ccdk__target_ok(r, __func__) || !CCDK__ENUM_OK(r, strength, ccdk_reference_strength, CCDK_REFERENCE_STRENGTH_UNSET,
                                                      CCDK_REFERENCE_STRENGTH_BOTH, "strength"))
        return;
    static const char *const names[] = {NULL, "strong", "weak", "both"};
    r->xref_strength = names[strength];
}

void ccdk_cfn_resource_set_creation_policy(ccdk_cfn_resource *r, ccdk_value *policy)
{
    if (ccdk__target_ok(r, __func__))
        r->creation_policy = policy;
}

void ccdk_cfn_resource_set_update_policy(ccdk_cfn_resource *r, ccdk_value *policy)
{
    if (ccdk__target_ok(r, __func__))
        r->update_policy = policy;
}

void ccdk_cfn_resource_add_metadata(ccdk_cfn_resource *r, const char *key, ccdk_value *value)
{
    if (!ccdk__target_ok(r, __func__) || !ccdk__arg_ok(key, __func__, "key") ||
        !ccdk__arg_ok(value, __func__, "value"))
        return;
    if (!r->metadata)
        r->metadata = ccdk__v_obj(r->el.node.app);
    ccdk__v_set(r->metadata, key, value);
}

ccdk_value *ccdk_cfn_resource_get_metadata(ccdk_cfn_resource *r, const char *key)
{
    if (!ccdk__handle_ok(r, __func__) || !ccdk_cfn_resource_of(r) || !key || !r->metadata)
        return NULL;
    ccdk_value *v = ccdk__v_get(r->metadata, key);
    return v && v->kind != CCDK__V_UNDEF ? v : NULL;
}

ccdk_value *ccdk_cfn_resource_get_property(ccdk_cfn_resource *r, const char *name)
{
    if (!ccdk__handle_ok(r, __func__) || !ccdk_cfn_resource_of(r) || !name || !r->props)
        return NULL;
    ccdk_value *v = ccdk__v_get(r->props, name);
    return v && v->kind != CCDK__V_UNDEF ? v : NULL;
}

void ccdk_cfn_resource_set_condition(ccdk_cfn_resource *r, ccdk_cfn_condition *c)
{
    if (!ccdk__target_ok(r, __func__))
        return;
    r->condition = c;
}

void ccdk__collect_elements(ccdk__node *n, int element, ccdk__node ***out, size_t *len, size_t *cap)
{
    if (element ? n->kind->element == element : n->kind->element != 0) {
        if (*len == *cap)
            *out = ccdk__grow(*out, cap, sizeof **out, 64);
        (*out)[(*len)++] = n;
    }
    for (size_t i = 0; i < n->nchildren; i++)
        if (!n->children[i]->kind->is_stack)
            ccdk__collect_elements(n->children[i], element, out, len, cap);
}

/* node.addDependency between constructs becomes DependsOn between the resources under them
 * (same stack only; cross-stack dependencies are stack dependencies). */
/* stackDependencyReasons(other): the reasons along a path of dependencies from a to b, joined with
 * ", " ("" when a is b); NULL when a does not depend on b */
/* The reasons along the first path (depth first, in the dependencies' order) from a to b, or NULL.
 * A stack met before in this search (app->dep_search) did not lead to b, and will not: the
 * dependencies form no cycle, so it is skipped -- the same path is found, without walking every
 * path of a graph where many stacks share producers (100 stacks importing from each other and a
 * shared one: 12 % of a synth's instructions before). The search keeps its own stack of frames, so
 * a chain of any length is walked (a recursion would need the thread's stack for it). */
static const char *dependency_reasons(ccdk_app *app, ccdk_stack *a, const ccdk_stack *b)
{
    if (a == b)
        return "";
    struct frame {
        ccdk_stack *s;
        size_t next; /* the dependency to try next; next - 1 the one taken */
    } *f = NULL;
    size_t n = 0, cap = 0;
    const char *found = NULL;
    a->dep_visit = app->dep_search;
    f = ccdk__grow(f, &cap, sizeof *f, 16);
    f[n++] = (struct frame){a, 0};
    while (n) {
        struct frame *top = &f[n - 1];
        if (top->next == top->s->nstack_deps) {
            n--;
            continue;
        }
        ccdk_stack *d = top->s->stack_deps[top->next++];
        if (d == b) {
            ccdk__buf r = {0};
            int first = 1;
            for (size_t k = 0; k < n; k++) {
                const struct ccdk__dep_reasons *why = &f[k].s->stack_dep_reasons[f[k].next - 1];
                for (size_t i = 0; i < why->n; i++, first = 0) {
                    if (!first)
                        ccdk__buf_put(&r, ", ", 2);
                    ccdk__buf_puts(&r, why->items[i]);
                }
            }
            found = ccdk__strndup(app, r.data ? r.data : "", r.len);
            ccdk__buf_free(&r);
            break;
        }
        if (d->dep_visit == app->dep_search)
            continue;
        d->dep_visit = app->dep_search;
        if (n == cap)
            f = ccdk__grow(f, &cap, sizeof *f, 16);
        f[n++] = (struct frame){d, 0};
    }
    free(f);
    return found;
}

/* ccdk__stack_add_dependency for the operation of source on target (op.source and op.target,
 * constructs in stack and on, whose paths validateNoStagesCrossed's message names) */
static int add_dependency(ccdk_stack *stack, ccdk_stack *on, const char *reason, const ccdk__node *source,
                          const ccdk__node *target)
{
    ccdk_app *app = stack->node.app;
    /* dispatchDependencyOperation: a nested stack's dependencies are its top-level stack's (those
     * between nested stacks of one stack are their resources': ccdk_stack_add_dependency) */
    stack = ccdk__top_level_stack(stack);
    on = ccdk__top_level_stack(on);
    if (stack == on)
        return 1;
    if (stack->stage != on->stage) {
        ccdk__unscoped_error(app,
                             "You cannot have a dependency from '%s' (in %s) to '%s' (in %s): dependency cannot cross stage "
                             "boundaries",
                             source->path,
                             stack->stage ? ccdk__sprintf(app, "Stage '%s'", stack->stage->node.path) : "the App",
                             target->path, on->stage ? ccdk__sprintf(app, "Stage '%s'", on->stage->node.path) : "the App");
        return 0;
    }
    /* aws-cdk-lib looks for a cycle first (stackDependencyReasons), then for the dependency. A
     * dependency there already, or a stack no other depends on, can make no cycle: no search then,
     * which in a chain of N stacks, each referencing the one before, walked the chain for every
     * reference (800 stacks: 70 % of a synth's user time) */
    size_t have = 0;
    while (have < stack->nstack_deps && stack->stack_deps[have] != on)
        have++;
    if (have == stack->nstack_deps && stack->ndependents) {
        if (++app->dep_search == 0) { /* wrapped: no stack may hold a stale number */
            for (size_t i = 0; i < app->nstacks; i++)
                app->stacks[i]->dep_visit = 0;
            app->dep_search = 1;
        }
        const char *cycle = dependency_reasons(app, on, stack);
        if (cycle) {
            ccdk__error(stack, "'%s' depends on '%s' (%s). Adding this dependency (%s) would create a cyclic reference.",
                        on->node.path, stack->node.path, cycle, reason);
            return 0;
        }
    }
    if (have == stack->nstack_deps) { /* a new dependency, its reasons none yet */
        if (stack->nstack_deps == stack->capstack_deps) {
            size_t cap = stack->capstack_deps;
            stack->stack_deps = ccdk__grow(stack->stack_deps, &cap, sizeof *stack->stack_deps, 4);
            stack->stack_dep_reasons = realloc(stack->stack_dep_reasons, cap * sizeof *stack->stack_dep_reasons);
            if (!stack->stack_dep_reasons)
                abort();
            stack->capstack_deps = cap;
        }
        stack->stack_dep_reasons[stack->nstack_deps] = (struct ccdk__dep_reasons){0};
        stack->stack_deps[stack->nstack_deps++] = on;
        on->ndependents++;
    }
    /* the reason, unless the dependency has it already (newest first: a reason that comes again
     * mostly comes from the same loop as the last one) */
    struct ccdk__dep_reasons *why = &stack->stack_dep_reasons[have];
    for (size_t i = why->n; i-- > 0;)
        if (!strcmp(why->items[i], reason))
            return 1;
    if (why->n == why->cap)
        why->items = ccdk__arena_grow(app, why->items, why->n, &why->cap, sizeof *why->items, 2);
    why->items[why->n++] = ccdk__strdup(app, reason);
    return 1;
}

int ccdk__stack_add_dependency(ccdk_stack *stack, ccdk_stack *on, const char *reason)
{
    return add_dependency(stack, on, reason, &stack->node, &on->node);
}

int ccdk__stack_add_stack_dependency(ccdk_stack *stack, ccdk_stack *on, const char *reason)
{
    /* dispatchDependencyOperation: the top-level stacks' dependency, its reason keyed by the
     * stacks the operation names (op.source, op.target), nested ones included */
    ccdk_stack *from = ccdk__top_level_stack(stack), *to = ccdk__top_level_stack(on);
    if (from == to || from->stage != to->stage)
        return ccdk__stack_add_dependency(stack, on, reason);
    for (size_t c = 0; c < from->ndep_causes; c++)
        if (from->dep_causes[c].source == &stack->node && from->dep_causes[c].target == &on->node &&
            from->dep_causes[c].on == to)
            return 1; /* sameReason: the dependency is there, with this pair's first reason */
    stack_construct_dependency(from, to, &stack->node, &on->node, reason, 0);
    /* 0 after a cycle's error: the dependency is not there (stack_construct_dependency adds none) */
    for (size_t d = 0; d < from->nstack_deps; d++)
        if (from->stack_deps[d] == to)
            return 1;
    return 0;
}

/* Stack._addStackDependency / _removeStackDependency for a dependency of construct n (in `from`)
 * on t (in `on`), both top-level stacks: the reason keeps n and t, which the removal matches (as
 * aws-cdk-lib's sameReason); the last reason gone, so is the dependency */
static void stack_construct_dependency(ccdk_stack *from, ccdk_stack *on, ccdk__node *n, ccdk__node *t,
                                       const char *reason, int remove)
{
    ccdk_app *app = from->node.app;
    size_t c = 0;
    while (c < from->ndep_causes &&
           !(from->dep_causes[c].source == n && from->dep_causes[c].target == t && from->dep_causes[c].on == on))
        c++;
    if (!remove) {
        if (!add_dependency(from, on, reason, n, t) || c < from->ndep_causes || from == on)
            return;
        if (from->ndep_causes == from->capdep_causes)
            from->dep_causes = ccdk__arena_grow(app, from->dep_causes, from->ndep_causes, &from->capdep_causes,
                                                sizeof *from->dep_causes, 4);
        from->dep_causes[from->ndep_causes++] = (struct ccdk__stack_dep_cause){n, t, on, ccdk__strdup(app, reason)};
        return;
    }
    if (c == from->ndep_causes)
        return;
    const char *gone = from->dep_causes[c].reason;
    memmove(from->dep_causes + c, from->dep_causes + c + 1, (from->ndep_causes - c - 1) * sizeof *from->dep_causes);
    from->ndep_causes--;
    for (size_t d = 0; d < from->nstack_deps; d++) {
        if (from->stack_deps[d] != on)
            continue;
        struct ccdk__dep_reasons *why = &from->stack_dep_reasons[d];
        for (size_t i = 0; i < why->n; i++)
            if (!strcmp(why->items[i], gone)) {
                memmove(why->items + i, why->items + i + 1, (why->n - i - 1) * sizeof *why->items);
                why->n--;
                break;
            }
        if (why->n)
            return;
        memmove(from->stack_deps + d, from->stack_deps + d + 1, (from->nstack_deps - d - 1) * sizeof *from->stack_deps);
        memmove(from->stack_dep_reasons + d, from->stack_dep_reasons + d + 1,
                (from->nstack_deps - d - 1) * sizeof *from->stack_dep_reasons);
        from->nstack_deps--;
        on->ndependents--;
        return;
    }
}

/* dependencyContainerPath(c) as far as the stacks go: the stacks from c's top-level stack down to
 * c's own (c included when it is one); their number */
static size_t container_stacks(ccdk__node *c, ccdk_stack **out, size_t cap)
{
    size_t n = 0;
    for (ccdk_stack *p = c->stack; p; p = p->nested_parent)
        n++;
    size_t k = n;
    for (ccdk_stack *p = c->stack; p; p = p->nested_parent)
        if (--k < cap)
            out[k] = p;
    return n;
}

/* the resources a container stands for in a dependency: a nested stack's resource, or the
 * resources of a construct's own template */
static void depending_resources(ccdk__node *c, ccdk__node ***out, size_t *len, size_t *cap)
{
    if (c->kind->is_stack && ((ccdk_stack *)c)->nested) {
        if (*len == *cap)
            *out = ccdk__grow(*out, cap, sizeof **out, 8);
        (*out)[(*len)++] = &((ccdk_stack *)c)->nested->resource->el.node;
    } else {
        ccdk__collect_elements(c, CCDK__EL_RESOURCE, out, len, cap);
    }
}

/* dispatchDependencyOperation(source n, target t) where a nested stack is on one side: below the
 * stacks they share, the first containers on each side (nested stacks or the constructs
 * themselves) depend on each other's resources; without a shared stack, the top-level stacks do */
static void nested_construct_dependency(ccdk__node *n, ccdk__node *t, const char *reason, int remove)
{
    ccdk_stack *src[64], *tgt[64];
    size_t ns = container_stacks(n, src, 64), nt = container_stacks(t, tgt, 64);
    if (ns > 64 || nt > 64)
        return;
    size_t shared = 0;
    while (shared < ns && shared < nt && src[shared] == tgt[shared])
        shared++;
    if (shared == 0) {
        stack_construct_dependency(src[0], tgt[0], n, t, reason, remove);
        return;
    }
    /* the path's containers: the stacks, then the construct when it is not a stack itself */
    int n_is_stack = n == &n->stack->node, t_is_stack = t == &t->stack->node;
    size_t nlen = ns + !n_is_stack, tlen = nt + !t_is_stack;
    if (shared == tlen) { /* validateNoParentChildDependency */
        ccdk__unscoped_error(n->app, "'%s' cannot depend on parent %s '%s'", n->path,
                             tgt[shared - 1]->nested_parent ? "nested-stack" : "stack", t->path);
        return;
    }
    if (shared == nlen)
        return;
    ccdk__node *a = shared < ns ? &src[shared]->node : n, *b = shared < nt ? &tgt[shared]->node : t;
    ccdk__node **ra = NULL, **rb = NULL;
    size_t na = 0, ca = 0, nb = 0, cb = 0;
    depending_resources(a, &ra, &na, &ca);
    depending_resources(b, &rb, &nb, &cb);
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++)
            if (ra[i] != rb[j]) {
                if (remove)
                    res_remove_depends((ccdk_cfn_resource *)ra[i], rb[j]);
                else
                    ccdk__res_add_depends((ccdk_cfn_resource *)ra[i], rb[j]);
            }
    free(ra);
    free(rb);
}

/* dependencyContainerPath(inner) passes through c: c is a Stage above inner, or a stack that holds
 * inner (itself, or through nested stacks; a stack under a construct of another stack is not held) */
static int contains(const ccdk__node *c, const ccdk__node *inner)
{
    if (ccdk__is_stage(c)) {
        for (const ccdk__node *p = inner->parent; p; p = p->parent)
            if (p == c)
                return 1;
        return 0;
    }
    if (!c->kind->is_stack)
        return 0;
    for (const ccdk_stack *s = inner->stack; s; s = s->nested_parent)
        if (&s->node == c)
            return 1;
    return 0;
}

/* n's own dependencies (apart from the walk, which visits every construct: kept small) */
static __attribute__((noinline)) void apply_node_dependencies(ccdk__node *n)
{
    /* n's resources, collected at its first dependency that needs them: the same for each */
    ccdk__node **src = NULL;
    size_t ns = 0, cs = 0;
    int have_src = 0;
    for (size_t d = 0; n->ext && d < n->ext->ndeps; d++) {
        ccdk__node *on = n->ext->deps[d];
        /* validateNoParentChildDependency: a container of the source is an error; a source that
         * contains its target gives nothing */
        if (contains(on, n)) {
            ccdk__unscoped_error(n->app, "'%s' cannot depend on parent %s '%s'", n->path,
                                 ccdk__is_stage(on) ? "stage" : ((ccdk_stack *)on)->nested_parent ? "nested-stack" : "stack",
                                 on->path);
            continue;
        }
        if (contains(n, on))
            continue;
        ccdk__node **dst = NULL;
        size_t nd = 0, cd = 0;
        if (!have_src) {
            ccdk__collect_elements(n, CCDK__EL_RESOURCE, &src, &ns, &cs);
            have_src = 1;
        }
        ccdk__collect_elements(n->ext->deps[d], CCDK__EL_RESOURCE, &dst, &nd, &cd);
        for (size_t i = 0; i < ns; i++)
            for (size_t j = 0; j < nd; j++)
                if (src[i]->stack == dst[j]->stack && src[i] != dst[j])
                    ccdk__res_add_depends((ccdk_cfn_resource *)src[i], dst[j]);
        free(dst);
        /* between stacks: the stack waits for the other (dispatchDependencyOperation) */
        ccdk__node *target = n->ext->deps[d];
        if (!n->stack || !target->stack || n->stack == target->stack)
            continue;
        const char *reason = ccdk__concat(n->app, "<", n->path, ">.node.addDependency(<", target->path, ">)");
        if (n->stack->nested_parent || target->stack->nested_parent)
            nested_construct_dependency(n, target, reason, 0);
        else
            stack_construct_dependency(n->stack, target->stack, n, target, reason, 0);
    }
    free(src);
}

void ccdk__apply_dependencies(ccdk__node *n)
{
    if (n->ext && n->ext->ndeps)
        apply_node_dependencies(n);
    for (size_t i = 0; i < n->nchildren; i++)
        ccdk__apply_dependencies(n->children[i]);
}

static int is_merge_excluded(const ccdk_value *v)
{
    static const char *const keys[] = {"Ref", "Fn::Base64", "Fn::Cidr", "Fn::FindInMap", "Fn::GetAtt", "Fn::GetAZs",
                                       "Fn::ImportValue", "Fn::Join", "Fn::Select", "Fn::Split", "Fn::Sub",
                                       "Fn::Transform", "Fn::And", "Fn::Equals", "Fn::If", "Fn::Not", "Fn::Or", NULL};
    if (!v || v->kind != CCDK__V_OBJ || v->u.obj.n != 1)
        return 0;
    for (const char *const *k = keys; *k; k++)
        if (!strcmp(*k, v->u.obj.e[0].key))
            return 1;
    return 0;
}

/* Resolves an override tree, keeping deletion markers (undefined) inside objects. */
static ccdk_value *resolve_keep_undef(ccdk__resolve_ctx *ctx, ccdk_value *v)
{
    if (v && v->kind == CCDK__V_OBJ) {
        ccdk_value *o = ccdk__v_obj(ctx->app);
        for (size_t i = 0; i < v->u.obj.n; i++)
            ccdk__v_set(o, v->u.obj.e[i].key, resolve_keep_undef(ctx, v->u.obj.e[i].val));
        return o;
    }
    if (!v || v->kind == CCDK__V_UNDEF)
        return ccdk__v_undef(ctx->app);
    return ccdk__resolve(ctx, v);
}

/* A canonical array index ("0", "12"; not "01"), as JavaScript reads a property key on an array. */
static long array_index(const char *key)
{
    if (!key[0] || (key[0] == '0' && key[1]) || strlen(key) > 9)
        return -1;
    long n = 0;
    for (const char *p = key; *p; p++) {
        if (*p < '0' || *p > '9')
            return -1;
        n = n * 10 + (*p - '0');
    }
    return n;
}

/* target[key] where target is an object or (as in JavaScript) an array. */
static ccdk_value *merge_get(ccdk_value *target, const char *key)
{
    if (target->kind == CCDK__V_LIST) {
        long i = array_index(key);
        return i >= 0 && (size_t)i < target->u.list.n ? target->u.list.items[i] : NULL;
    }
    return ccdk__v_get(target, key);
}

/* target[key] = val, or `delete target[key]` when val is NULL. On an array, a hole (and an index past
 * the end) renders as null, as JSON.stringify does; a non-index key is not rendered at all. */
static void merge_set(ccdk_app *app, ccdk_value *target, const char *key, ccdk_value *val)
{
    if (target->kind != CCDK__V_LIST) {
        if (val)
            ccdk__v_set(target, key, val);
        else
            ccdk__v_del(target, key);
        return;
    }
    long i = array_index(key);
    if (i < 0)
        return;
    if (!val) {
        if ((size_t)i < target->u.list.n)
            target->u.list.items[i] = ccdk__v_new(app, CCDK__V_NULL);
        return;
    }
    while (target->u.list.n <= (size_t)i)
        ccdk__v_push(target, ccdk__v_new(app, CCDK__V_NULL));
    target->u.list.items[i] = val;
}

/* aws-cdk-lib's deepMerge(target, source); target may be an array (merged into by index). */
static void deep_merge(ccdk_app *app, ccdk_value *target, ccdk_value *source)
{
    for (size_t i = 0; i < source->u.obj.n; i++) {
        const char *key = source->u.obj.e[i].key;
        ccdk_value *val = source->u.obj.e[i].val;
        if (val->kind == CCDK__V_OBJ) {
            ccdk_value *t = merge_get(target, key);
            if (!t || (t->kind != CCDK__V_OBJ && t->kind != CCDK__V_LIST)) {
                t = ccdk__v_obj(app);
                merge_set(app, target, key, t);
            } else if (is_merge_excluded(t)) {
                t = ccdk__v_obj(app);
                merge_set(app, target, key, t);
            }
            if (is_merge_excluded(val)) {
                t = ccdk__v_obj(app);
                merge_set(app, target, key, t);
            }
            deep_merge(app, t, val);
            if ((t->kind == CCDK__V_OBJ ? t->u.obj.n : t->u.list.n) == 0)
                merge_set(app, target, key, NULL);
        } else if (val->kind == CCDK__V_UNDEF) {
            merge_set(app, target, key, NULL);
        } else {
            merge_set(app, target, key, val);
        }
    }
}

int ccdk__is_generated_l1(const ccdk__node *n)
{
    if (n->kind->element != CCDK__EL_RESOURCE || !strcmp(n->kind->fqn, "aws-cdk-lib.CfnResource"))
        return 0;
    const char *dot = strrchr(n->kind->fqn, '.');
    return dot && !strncmp(dot + 1, "Cfn", 3);
}

static int cmp_paths(const void *a, const void *b)
{
    const ccdk__node *x = *(ccdk__node *const *)a, *y = *(ccdk__node *const *)b;
    return locale_compare_n(x->path, x->path_len ? x->path_len : strlen(x->path), y->path,
                            y->path_len ? y->path_len : strlen(y->path));
}

ccdk_value *ccdk__cfn_resource_render(ccdk_cfn_resource *r, ccdk__resolve_ctx *ctx)
{
    ccdk_app *app = ctx->app;
    /* a fresh object whose keys are set once each, below: appended without a lookup */
    ccdk_value *def = ccdk__v_obj_sized(app, 4);
    ccdk__v_append_unique(def, "Type", ccdk__v_str(app, r->type));
    /* properties: in aws-cdk-lib inside the resource's PostResolveToken and ignoreEmpty's token */
    ctx->layers += 2;
    ccdk_value *props = r->props ? ccdk__resolve(ctx, r->props) : NULL;
    ctx->layers -= 2;
    if (r->tag_kind) {
        ccdk_value *tags = ccdk__tags_for(&r->el.node, r->tag_kind);
        if (tags) {
            if (!props || props->kind != CCDK__V_OBJ)
                props = ccdk__v_obj(app);
            ccdk_value *rt = ccdk__resolve(ctx, tags);
            ccdk__v_set(props, "Tags", rt);
        }
    }
    /* tree.json's aws:cdk:cloudformation:props: the resolved cfnProperties, tags included, without
     * the overrides (which act on the template only) */
    if (app->tree_props_on && ccdk__is_generated_l1(&r->el.node))
        r->tree_props = ccdk__tree_props_json(app, r->type, props, r->sort_props == 2);
    if (app->xref_collect && ccdk__is_generated_l1(&r->el.node)) {
        /* the render refs.c reads cross-stack references from (and throws away): aws-cdk-lib meets
         * them in cfnProperties' order, the L2's within its structs (a function's VpcConfig:
         * subnetIds before securityGroupIds), not in the template's sorted one */
        ccdk__tree_props_order(r->type, props);
    } else if (r->sort_props == 2) { /* structs the user built, in the template's order */
        ccdk__tree_props_sort_structs(r->type, props);
    } else if (r->sort_props) { /* structs an L2 builds in aws-cdk-lib's order, in the template's */
        ccdk__tree_props_sort(r->type, props);
    }
    if (props && !((props->kind == CCDK__V_OBJ && props->u.obj.n == 0) || (props->kind == CCDK__V_LIST && props->u.list.n == 0)))
        ccdk__v_append_unique(def, "Properties", props);
    if (r->ndepends) {
        ccdk__node *small[8], **d = r->ndepends <= 8 ? small : malloc(r->ndepends * sizeof *d);
        if (!d)
            abort();
        memcpy(d, r->depends, r->ndepends * sizeof *d);
        if (r->ndepends > 1)
            qsort(d, r->ndepends, sizeof *d, cmp_paths);
        ccdk_value *l = ccdk__v_list(app);
        for (size_t i = 0; i < r->ndepends; i++) /* logical ids are in the persistent arena */
            if (ccdk__cfn_should_synthesize(d[i]))
                ccdk__v_push(l, ccdk__v_str_nocopy(app, ccdk__element_logical_id(d[i])));
        if (d != small)
            free(d);
        if (l->u.list.n)
            ccdk__v_append_unique(def, "DependsOn", l);
    }
    if (r->creation_policy)
        ccdk__v_append_unique(def, "CreationPolicy", ccdk__resolve(ctx, r->creation_policy));
    if (r->update_policy)
        ccdk__v_append_unique(def, "UpdatePolicy", ccdk__resolve(ctx, r->update_policy));
    if (r->update_replace_policy)
        ccdk__v_append_unique(def, "UpdateReplacePolicy", ccdk__v_str(app, r->update_replace_policy));
    if (r->deletion_policy)
        ccdk__v_append_unique(def, "DeletionPolicy", ccdk__v_str(app, r->deletion_policy));
    if (r->metadata) {
        ccdk_value *m = ccdk__resolve(ctx, r->metadata);
        if (m->kind == CCDK__V_OBJ && m->u.obj.n)
            ccdk__v_append_unique(def, "Metadata", m);
    }
    if (r->condition)
        ccdk__v_append_unique(def, "Condition", ccdk__v_str(app, ccdk__element_logical_id((ccdk__node *)r->condition)));
    if (r->on_render)
        r->on_render(r, ctx, def);
    if (r->overrides)
        deep_merge(app, def, resolve_keep_undef(ctx, r->overrides));
    /* A generated L1 renders every property of its type, undefined ones included, in alphabetical
     * order, before the overrides are merged: so an override of a property lands at its alphabetical
     * place, and one of a name outside the type's schema (addPropertyOverride('Hello.World', ..))
     * after them all, in the order the overrides added them. (A type the schema table does not know:
     * every name sorted in.) */
    props = ccdk__v_get(def, "Properties");
    if (props && props->kind == CCDK__V_OBJ && r->sort_props && props->u.obj.n > 1) {
        ccdk__entry *e = props->u.obj.e;
        size_t n = props->u.obj.n;
        if (r->overrides && ccdk__tree_props_has(r->type, e[0].key) >= 0) {
            /* stable partition: the schema's names first, the others after them */
            size_t known = 0;
            for (size_t i = 0; i < n; i++)
                if (ccdk__tree_props_has(r->type, e[i].key)) {
                    ccdk__entry x = e[i];
                    memmove(&e[known + 1], &e[known], (i - known) * sizeof *e);
                    e[known++] = x;
                }
            n = known;
        }
        ccdk__entries_sort(e, n);
        ccdk__v_obj_reindex(props);
    }
    return def;
}

static void add_to_section(ccdk__node *n, ccdk_value *tpl, const char *section, const char *key, ccdk_value *v)
{
    ccdk_value *sec = ccdk__v_get(tpl, section);
    if (!sec) {
        sec = ccdk__v_obj(n->app);
        ccdk__v_set(tpl, section, sec);
    }
    /* mergeObjectsWithoutDuplicates: any second definition of a logical id is an error, an equal
     * one too (two elements given one id by overrideLogicalId) */
    if (ccdk__v_get(sec, key)) {
        ccdk__error(n, "section '%s' already contains '%s'", section, key);
        return;
    }
    ccdk__v_append_unique(sec, key, v); /* key: a logical id, in the persistent arena */
}

static void render_resource(ccdk__node *n, ccdk__resolve_ctx *ctx, ccdk_value *tpl)
{
    ccdk_cfn_resource *r = (ccdk_cfn_resource *)n;
    ccdk_value *def = ccdk__cfn_resource_render(r, ctx); /* tree.json's props even when left out */
    if (r->after_render)
        r->after_render(r, ctx, def);
    if (ccdk__cfn_should_synthesize(n))
        add_to_section(n, tpl, "Resources", ccdk__element_logical_id(n), def);
}

int ccdk__cfn_should_synthesize(const ccdk__node *n)
{
    if (n->kind->render != render_resource)
        return 1;
    const ccdk_cfn_resource *r = (const ccdk_cfn_resource *)n;
    return !r->should_synthesize || r->should_synthesize(r->should_synthesize_ctx);
}

/* ------------------------------------------------------------------ CfnOutput */

struct ccdk_cfn_output {
    ccdk__element el;
    ccdk_value *value;
    const char *description, *export_name;
    const char *key; /* props.key: its key in the Outputs section, else its logical id */
    ccdk_cfn_condition *condition;
};

static void render_output(ccdk__node *n, ccdk__resolve_ctx *ctx, ccdk_value *tpl)
{
    ccdk_cfn_output *o = (ccdk_cfn_output *)n;
    ccdk_app *app = n->app;
    ccdk_value *def = ccdk__v_obj(app);
    if (o->description)
        ccdk__v_set(def, "Description", ccdk__v_str(app, o->description));
    ccdk__v_set(def, "Value", o->value);
    if (o->export_name) {
        ccdk_value *ex = ccdk__v_obj(app);
        ccdk__v_set(ex, "Name", ccdk__v_str(app, o->export_name));
        ccdk__v_set(def, "Export", ex);
    }
    if (o->condition) {
        ccdk_value *c = ccdk__v_new(app, CCDK__V_LOGICAL_ID);
        c->u.ref.target = (ccdk__node *)o->condition;
        ccdk__v_set(def, "Condition", c);
    }
    add_to_section(n, tpl, "Outputs", o->key ? o->key : ccdk__element_logical_id(n), ccdk__resolve(ctx, def));
}

/* CfnOutput's validateOutput: a literal export name (a token is left to CloudFormation) */
static void validate_output(ccdk__node *n)
{
    const char *name = ((ccdk_cfn_output *)n)->export_name;
    if (!name || ccdk_token_is_unresolved(name))
        return;
    size_t len = 0; /* JavaScript's length: UTF-16 code units */
    for (const unsigned char *c = (const unsigned char *)name; *c; c++)
        len += (*c & 0xC0) != 0x80 ? 1 + (*c >= 0xF0) : 0;
    if (len == 0)
        ccdk__unscoped_error(n->app, "[%s] Export name cannot be empty", n->path);
    if (len > 255)
        ccdk__unscoped_error(n->app, "[%s] Export name cannot exceed 255 characters (got %zu characters)", n->path, len);
    if (strspn(name, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-:") != strlen(name))
        ccdk__unscoped_error(n->app,
                             "[%s] Export name must only include alphanumeric characters, colons, or hyphens (got '%s')",
                             n->path, name);
}

static const ccdk__kind kind_output = {
    .fqn = "aws-cdk-lib.CfnOutput", .element = CCDK__EL_OUTPUT, .render = render_output, .validate = validate_output};

/* what render_resource and render_output resolve, scanned (see ccdk__scan_foreign) */
int ccdk__element_scan_foreign(ccdk__node *n, ccdk__resolve_ctx *ctx)
{
    if (n->kind->render == render_resource) {
        ccdk_cfn_resource *r = (ccdk_cfn_resource *)n;
        if (r->on_render)
            return -1;
        if (ccdk__scan_foreign(ctx, r->props) || ccdk__scan_foreign(ctx, r->creation_policy) ||
            ccdk__scan_foreign(ctx, r->update_policy) || ccdk__scan_foreign(ctx, r->metadata) ||
            ccdk__scan_foreign(ctx, r->overrides))
            return 1;
        return r->tag_kind ? ccdk__scan_foreign(ctx, ccdk__tags_for(n, r->tag_kind)) : 0;
    }
    if (n->kind->render == render_output) {
        ccdk_cfn_output *o = (ccdk_cfn_output *)n;
        ccdk_app *app = n->app;
        return ccdk__scan_foreign(ctx, o->value) || (o->description && ccdk__scan_foreign(ctx, ccdk__v_str_nocopy(app, o->description))) ||
               (o->export_name && ccdk__scan_foreign(ctx, ccdk__v_str_nocopy(app, o->export_name)));
    }
    return -1;
}

ccdk_cfn_output *ccdk_cfn_output_new(void *scope, const char *id, const ccdk_cfn_output_props *props)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_cfn_output *o = ccdk__alloc(app, sizeof *o);
    ccdk__node_init(&o->el.node, &kind_output, scope, id);
    register_element(&o->el.node);
    if (!props || (!props->value && !props->value_json)) {
        ccdk__error(o, "Missing value for CloudFormation output at path \"%s\"", o->el.node.path);
        o->value = ccdk__v_undef(app);
        return o;
    }
    if (props->value_json && props->value_json->kind == CCDK__V_LIST) /* Array.isArray(props.value) */
        ccdk__error(o, "CloudFormation output was given a string list instead of a string at path \"%s\"",
                    o->el.node.path);
    o->value = props->value_json ? props->value_json : ccdk__v_str(app, props->value);
    o->key = ccdk__strdup(app, props->key);
    o->description = ccdk__strdup(app, props->description);
    o->export_name = ccdk__strdup(app, props->export_name);
    o->condition = props->condition;
    return o;
}

static ccdk_value *import_value_name(void *ctx)
{
    ccdk_cfn_output *o = ctx;
    ccdk_app *app = o->el.node.app;
    /* stackOf(context.scope) === this.stack: the stack resolving it is the output's own */
    if (app->cur_stack && app->cur_stack == o->el.node.stack) {
        ccdk__lazy_error(app, "'importValue' property of '%s' should only be used in a different Stack", o->el.node.path);
        return ccdk__v_str(app, "");
    }
    if (!o->export_name) {
        ccdk__lazy_error(o->el.node.app, "Add an exportName to the CfnOutput at '%s' in order to use 'output.importValue'",
                         o->el.node.path);
        return ccdk__v_str(o->el.node.app, "");
    }
    return ccdk__v_str(o->el.node.app, o->export_name);
}

const char *ccdk_cfn_output_import_value(ccdk_cfn_output *o)
{
    if (!o)
        return NULL;
    ccdk_app *app = o->el.node.app;
    /* aws-cdk-lib's Fn.importValue of a Lazy: the missing export name is found when it is resolved */
    return ccdk__token_str(app, ccdk__v_intrinsic(app, "Fn::ImportValue", ccdk__v_lazy(app, import_value_name, o)));
}

/* ------------------------------------------------------------------ CfnParameter */

struct ccdk_cfn_parameter {
    ccdk__element el;
    ccdk_cfn_parameter_props p;
    const char *const *allowed_values; /* a copy of p.allowed_values (NULL-terminated) */
    ccdk_strs as_list;                 /* valueAsList once asked: the same list token every time */
};

static void render_parameter(ccdk__node *n, ccdk__resolve_ctx *ctx, ccdk_value *tpl)
{
    ccdk_cfn_parameter *p = (ccdk_cfn_parameter *)n;
    ccdk_app *app = n->app;
    ccdk_value *d = ccdk__v_obj(app);
    ccdk__v_set(d, "Type", ccdk__v_str(app, p->p.type ? p->p.type : "String"));
    if (p->p.default_value)
        ccdk__v_set(d, "Default", p->p.default_value);
    if (p->p.allowed_pattern)
        ccdk__v_set(d, "AllowedPattern", ccdk__v_str(app, p->p.allowed_pattern));
    if (p->allowed_values)
        ccdk__v_set(d, "AllowedValues", ccdk__v_strlist(app, p->allowed_values));
    if (p->p.constraint_description)
        ccdk__v_set(d, "ConstraintDescription", ccdk__v_str(app, p->p.constraint_description));
    if (p->p.description)
        ccdk__v_set(d, "Description", ccdk__v_str(app, p->p.description));
    if (p->p.max_length.set)
        ccdk__v_set(d, "MaxLength", ccdk__v_opt_num(app, p->p.max_length));
    if (p->p.max_value.set)
        ccdk__v_set(d, "MaxValue", ccdk__v_opt_num(app, p->p.max_value));
    if (p->p.min_length.set)
        ccdk__v_set(d, "MinLength", ccdk__v_opt_num(app, p->p.min_length));
    if (p->p.min_value.set)
        ccdk__v_set(d, "MinValue", ccdk__v_opt_num(app, p->p.min_value));
    /* CfnParameter renders noEcho as given: false too */
    if (ccdk__tri_set(p->p.no_echo))
        ccdk__v_set(d, "NoEcho", ccdk__v_bool(app, ccdk__tri_true(p->p.no_echo)));
    add_to_section(n, tpl, "Parameters", ccdk__element_logical_id(n), ccdk__resolve(ctx, d));
}

static const ccdk__kind kind_parameter = {.fqn = "aws-cdk-lib.CfnParameter", .element = CCDK__EL_PARAMETER, .render = render_parameter};

ccdk_cfn_parameter *ccdk_cfn_parameter_new(void *scope, const char *id, const ccdk_cfn_parameter_props *props)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_cfn_parameter *p = ccdk__alloc(app, sizeof *p);
    ccdk__node_init(&p->el.node, &kind_parameter, scope, id);
    register_element(&p->el.node);
    if (props) {
        p->p = *props;
        p->p.type = ccdk__strdup(app, props->type);
        p->p.description = ccdk__strdup(app, props->description);
        p->p.allowed_pattern = ccdk__strdup(app, props->allowed_pattern);
        p->p.constraint_description = ccdk__strdup(app, props->constraint_description);
        /* the list is the caller's (a compound literal): a copy, as the strings */
        const char *const *av = CCDK__NT(app, props->allowed_values, "CfnParameter allowedValues");
        if (av) {
            size_t n = 0;
            while (av[n])
                n++;
            const char **cp = ccdk__alloc(app, (n + 1) * sizeof *cp);
            for (size_t i = 0; i <= n; i++)
                cp[i] = av[i] ? ccdk__strdup(app, av[i]) : NULL;
            p->allowed_values = cp;
        }
        p->p.allowed_values = (ccdk_strs){0};
    }
    return p;
}

const char *ccdk_cfn_parameter_value_as_string(ccdk_cfn_parameter *p)
{
    if (!p)
        return NULL;
    return ccdk__token_str(p->el.node.app, ccdk__v_ref(p->el.node.app, &p->el.node));
}

/* cfn-parameter.ts isListType: "List<...>" and "CommaDelimitedList" types (also inside others'
 * names, as its indexOf does) */
static int is_list_type(const char *type) { return strstr(type, "List<") || strstr(type, "CommaDelimitedList"); }

int ccdk__parameter_is_list(const ccdk__node *n)
{
    if (n->kind != &kind_parameter)
        return 0;
    const ccdk_cfn_parameter *p = (const ccdk_cfn_parameter *)n;
    return is_list_type(p->p.type ? p->p.type : "String");
}

ccdk_strs ccdk_cfn_parameter_value_as_list(ccdk_cfn_parameter *p)
{
    ccdk_strs none = {0};
    if (!ccdk__handle_ok(p, __func__))
        return none;
    const char *type = p->p.type ? p->p.type : "String";
    if (!is_list_type(type)) {
        ccdk__error(p, "Parameter type (%s) is not a string list type", type);
        return none;
    }
    if (!p->as_list.built_by_ccdk_list) /* Token.asList(this.value): this.value is one CfnReference */
        p->as_list = ccdk_token_as_list(ccdk__v_ref(p->el.node.app, &p->el.node));
    return p->as_list;
}

/* ------------------------------------------------------------------ CfnMapping */

struct ccdk_cfn_mapping {
    ccdk__element el;
    ccdk_value *mapping;
    ccdk_tristate lazy; /* props.lazy: given or not, true or false */
    int lazy_render;    /* lazyRender: the last findInMap could not resolve at once */
    int lazy_informed;  /* lazyInformed: the info annotation added */
};

static void render_mapping(ccdk__node *n, ccdk__resolve_ctx *ctx, ccdk_value *tpl)
{
    ccdk_cfn_mapping *m = (ccdk_cfn_mapping *)n;
    /* _toCloudFormation: informLazyUse (once) when lazy was not given and no findInMap needed the
     * intrinsic; a lazy mapping renders only once one did */
    if (!ccdk__tri_set(m->lazy) && !m->lazy_render && !m->lazy_informed) {
        ccdk_annotations_add_info(n, "Consider making this CfnMapping a lazy mapping by providing `lazy: true`: either no "
                                     "findInMap was called or every findInMap could be immediately resolved without using "
                                     "Fn::FindInMap");
        m->lazy_informed = 1;
    }
    if (ccdk__tri_true(m->lazy) && !m->lazy_render)
        return;
    add_to_section(n, tpl, "Mappings", ccdk__element_logical_id(n), ccdk__resolve(ctx, m->mapping));
}

static const ccdk__kind kind_mapping = {.fqn = "aws-cdk-lib.CfnMapping", .element = CCDK__EL_MAPPING, .render = render_mapping};

static const char alnum[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

ccdk_cfn_mapping *ccdk_cfn_mapping_new_with_props(void *scope, const char *id, const ccdk_cfn_mapping_props *props)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_cfn_mapping *m = ccdk__alloc(app, sizeof *m);
    ccdk__node_init(&m->el.node, &kind_mapping, scope, id);
    register_element(&m->el.node);
    m->mapping = props && props->mapping ? props->mapping : ccdk__v_obj(app);
    if (props)
        m->lazy = props->lazy;
    /* validateMapping: every second-level key is alphanumeric (an UnscopedValidationError, the
     * first one met); a top-level value that is not an object has no keys to check */
    if (m->mapping->kind == CCDK__V_OBJ)
        for (size_t i = 0; i < m->mapping->u.obj.n; i++) {
            const ccdk_value *top = m->mapping->u.obj.e[i].val;
            for (size_t k = 0; top->kind == CCDK__V_OBJ && k < top->u.obj.n; k++) {
                const char *key = top->u.obj.e[k].key;
                if (key[strspn(key, alnum)]) {
                    ccdk__unscoped_error(app, "Attribute name '%s' must contain only alphanumeric characters.", key);
                    return m;
                }
            }
        }
    return m;
}

ccdk_cfn_mapping *ccdk_cfn_mapping_new(void *scope, const char *id, ccdk_value *mapping)
{
    ccdk__scope(scope); /* a bad scope is recorded under this function's name, not the one below */
    ccdk_cfn_mapping_props props = {.mapping = mapping};
    return ccdk_cfn_mapping_new_with_props(scope, id, &props);
}

void ccdk_cfn_mapping_set_value(ccdk_cfn_mapping *m, const char *k1, const char *k2, ccdk_value *value)
{
    if (!ccdk__target_ok(m, __func__) || !ccdk__arg_ok(k1, __func__, "key1") || !ccdk__arg_ok(k2, __func__, "key2") ||
        !ccdk__arg_ok(value, __func__, "value"))
        return;
    ccdk_app *app = m->el.node.app;
    const char *keys[] = {k1, k2};
    for (int i = 0; i < 2; i++)
        if (!strcmp(keys[i], "__proto__") || !strcmp(keys[i], "constructor")) {
            ccdk__error(m, "Cannot use '__proto__' or 'constructor' as keys");
            return;
        }
    if (k2[strspn(k2, alnum)]) { /* validateAlphanumeric(key2) */
        ccdk__unscoped_error(app, "Attribute name '%s' must contain only alphanumeric characters.", k2);
        return;
    }
    if (m->mapping->kind != CCDK__V_OBJ)
        return;
    ccdk__arena cur; /* the mapping lives as long as the App */
    ccdk__persistent_enter(app, &cur);
    ccdk_value *top = ccdk__v_get(m->mapping, k1);
    if (!top) {
        top = ccdk__v_obj(app);
        ccdk__v_set(m->mapping, k1, top);
    }
    /* this.mapping[key1][key2] = value: a top-level value that is no object keeps nothing */
    if (top->kind == CCDK__V_OBJ)
        ccdk__v_set(top, k2, value);
    ccdk__persistent_leave(app, &cur);
}

/* {"Fn::FindInMap": [name, key1, key2, {DefaultValue}?]}: FnFindInMap, whose resolve adds
 * AWS::LanguageExtensions to the resolving stack when there is a default value */
static const char *find_in_map_token(ccdk__node *owner, ccdk_value *name, const char *k1, const char *k2,
                                     const char *default_value)
{
    ccdk_app *app = owner->app;
    ccdk_value *args = ccdk__v_list(app);
    ccdk__v_push(args, name);
    ccdk__v_push(args, ccdk__v_str(app, k1));
    ccdk__v_push(args, ccdk__v_str(app, k2));
    if (!default_value)
        return ccdk__token_str(app, ccdk__v_intrinsic(app, "Fn::FindInMap", args));
    ccdk_value *dv = ccdk__v_obj(app);
    ccdk__v_set(dv, "DefaultValue", ccdk__v_str(app, default_value));
    ccdk__v_push(args, dv);
    return ccdk__language_extension_token(owner, "Fn::FindInMap", args);
}

const char *ccdk_cfn_mapping_find_in_map_default(ccdk_cfn_mapping *m, const char *k1, const char *k2,
                                                 const char *default_value)
{
    if (!ccdk__handle_ok(m, __func__))
        return NULL;
    ccdk_app *app = m->el.node.app;
    if (!k1 || !k2) {
        ccdk__error(m, "%s: a key is NULL", __func__);
        return ccdk__token_str(app, ccdk__v_undef(app));
    }
    int fully_resolved = 0, not_in_map = 0;
    if (!ccdk__is_unresolved(k1)) {
        ccdk_value *a = ccdk__v_get(m->mapping, k1);
        if (!a) {
            if (!default_value)
                ccdk__error(m, "Mapping doesn't contain top-level key '%s'", k1);
            not_in_map = 1;
        } else if (!ccdk__is_unresolved(k2)) {
            if (!ccdk__v_get(a, k2)) {
                if (!default_value)
                    ccdk__error(m, "Mapping doesn't contain second-level key '%s'", k2);
                not_in_map = 1;
            }
            fully_resolved = 1;
        }
    }
    if (ccdk__tri_true(m->lazy)) {
        if (not_in_map && default_value)
            return ccdk__strdup(app, default_value);
        if (fully_resolved && !not_in_map) {
            /* this.mapping[key1][key2]: a string as itself, any other value (typed `string` in
             * TypeScript, but a list or an object as given) as a token of it */
            ccdk_value *v = ccdk__v_get(ccdk__v_get(m->mapping, k1), k2);
            return v->kind == CCDK__V_STR ? v->u.str.s : ccdk__token_str(app, v);
        }
    }
    m->lazy_render = !fully_resolved;
    ccdk_value *lid = ccdk__v_new(app, CCDK__V_LOGICAL_ID);
    lid->u.ref.target = &m->el.node;
    lid->u.ref.attr = ccdk__mapping_copy_attr; /* the CfnMappingEmbedder: a copy in another stack */
    return find_in_map_token(&m->el.node, lid, k1, k2, default_value);
}

const char *ccdk_cfn_mapping_find_in_map(ccdk_cfn_mapping *m, const char *k1, const char *k2)
{
    return ccdk_cfn_mapping_find_in_map_default(m, k1, k2, NULL);
}

const char *ccdk_fn_find_in_map(void *owner, const char *map_name, const char *k1, const char *k2,
                                const char *default_value)
{
    ccdk__node *n = ccdk__scope(owner);
    if (!map_name || !k1 || !k2) {
        ccdk__error(n, "%s: the map name or a key is NULL", __func__);
        return ccdk__token_str(n->app, ccdk__v_undef(n->app));
    }
    return find_in_map_token(n, ccdk__v_str(n->app, map_name), k1, k2, default_value);
}

const char ccdk__mapping_copy_attr[] = "\001MappingCopy";

ccdk__node *ccdk__mapping_copy(ccdk_stack *consumer, ccdk__node *mapping)
{
    ccdk_app *app = consumer->node.app;
    ccdk__arena cur;
    ccdk__persistent_enter(app, &cur);
    const char *id = ccdk__sprintf(app, "MappingCopy-%s-%s", mapping->id, ccdk_node_addr(mapping));
    ccdk__node *copy = ccdk__node_find_child(&consumer->node, id);
    /* new CfnMapping(consumingStack, id, {mapping: this.mapping}): no findInMap of its own, so it
     * gets the eager mapping's info annotation */
    if (!copy)
        copy = &ccdk_cfn_mapping_new(consumer, id, ((ccdk_cfn_mapping *)mapping)->mapping)->el.node;
    ccdk__persistent_leave(app, &cur);
    return copy;
}

/* ------------------------------------------------------------------ CfnCondition */

struct ccdk_cfn_condition {
    ccdk__element el;
    ccdk_value *expression;
};

static void render_condition(ccdk__node *n, ccdk__resolve_ctx *ctx, ccdk_value *tpl)
{
    ccdk_cfn_condition *c = (ccdk_cfn_condition *)n;
    if (!c->expression)
        return;
    add_to_section(n, tpl, "Conditions", ccdk__element_logical_id(n), ccdk__resolve(ctx, c->expression));
}

static const ccdk__kind kind_condition = {.fqn = "aws-cdk-lib.CfnCondition", .element = CCDK__EL_CONDITION, .render = render_condition};

ccdk_cfn_condition *ccdk_cfn_condition_new(void *scope, const char *id, ccdk_value *expression)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_cfn_condition *c = ccdk__alloc(app, sizeof *c);
    ccdk__node_init(&c->el.node, &kind_condition, scope, id);
    register_element(&c->el.node);
    c->expression = expression;
    return c;
}

ccdk_value *ccdk_cfn_condition_value(ccdk_cfn_condition *c)
{
    if (!c)
        return NULL;
    ccdk_app *app = c->el.node.app;
    ccdk_value *lid = ccdk__v_new(app, CCDK__V_LOGICAL_ID);
    lid->u.ref.target = &c->el.node;
    ccdk_value *v = ccdk__v_obj(app);
    ccdk__v_set(v, "Condition", lid);
    return v;
}

/* ------------------------------------------------------------------ public values */

ccdk_value *ccdk_v_string(void *scope, const char *s)
{
    ccdk_app *app = ccdk__app_of(scope);
    return app ? ccdk__v_from_string(app, s) : NULL;
}
ccdk_value *ccdk_v_number(void *scope, double n)
{
    ccdk_app *app = ccdk__app_of(scope);
    return app ? ccdk__v_num(app, n) : NULL;
}
ccdk_value *ccdk_v_bool(void *scope, int b)
{
    ccdk_app *app = ccdk__app_of(scope);
    return app ? ccdk__v_bool(app, b) : NULL;
}
ccdk_value *ccdk_v_null(void *scope)
{
    ccdk_app *app = ccdk__app_of(scope);
    return app ? ccdk__v_new(app, CCDK__V_NULL) : NULL;
}
ccdk_value *ccdk_v_list(void *scope)
{
    ccdk_app *app = ccdk__app_of(scope);
    return app ? ccdk__v_list(app) : NULL;
}
ccdk_value *ccdk_v_object(void *scope)
{
    ccdk_app *app = ccdk__app_of(scope);
    return app ? ccdk__v_obj(app) : NULL;
}
ccdk_value *ccdk_v_push(ccdk_value *list, ccdk_value *item)
{
    if (!ccdk__object_ok(list, __func__) || !ccdk__arg_ok(item, __func__, "item"))
        return list;
    if (list->kind == CCDK__V_LIST)
        ccdk__v_push(list, item);
    return list;
}
ccdk_value *ccdk_v_set(ccdk_value *obj, const char *key, ccdk_value *item)
{
    if (!ccdk__object_ok(obj, __func__) || !ccdk__arg_ok(key, __func__, "key") || !ccdk__arg_ok(item, __func__, "item"))
        return obj;
    if (obj->kind == CCDK__V_OBJ)
        ccdk__v_set(obj, key, item);
    return obj;
}
ccdk_value *ccdk_v_json(void *scope, const char *json)
{
    ccdk_app *app = ccdk__app_of(scope);
    const char *err;
    ccdk_value *v = json ? ccdk__json_parse(app, json, strlen(json), &err) : NULL;
    if (!v) {
        ccdk__error(scope, "Invalid JSON: %s", json ? err : "NULL");
        return ccdk__v_new(app, CCDK__V_NULL);
    }
    return v;
}

static ccdk_value *the_value(void *ctx)
{
    return ctx;
}

/* A ccdk_value is never a JavaScript string: a string value is aws-cdk-lib's new Intrinsic('...'),
 * whose Token.asString is a token (Token.isUnresolved: the checks that skip tokens skip it) that
 * resolves to the string -- here a lazy of the value, as ccdk__token_str gives a string value back
 * as it is. */
const char *ccdk_token_as_string(ccdk_value *v)
{
    if (!v)
        return NULL;
    if (v->kind == CCDK__V_STR && !ccdk__is_unresolved(v->u.str.s))
        return ccdk__token_str(v->app, ccdk__v_lazy(v->app, the_value, v));
    return ccdk__token_str(v->app, v);
}

static const char *intrinsic_str_fn(void *scope, const char *fn, ccdk_value *arg, const char *func)
{
    ccdk_app *app = ccdk__scope_((scope), func)->app;
    return ccdk__token_str(app, ccdk__v_intrinsic(app, fn, arg));
}
/* the public function that calls it names itself in a bad-scope error */
#define intrinsic_str(scope, fn, arg) intrinsic_str_fn((scope), (fn), (arg), __func__)

const char *ccdk_fn_join(void *scope, const char *delimiter, ccdk_strs strs)
{
    ccdk_app *app = ccdk__app_of(scope);
    const char *const *list = CCDK__NT(app, strs, "Fn.join list");
    if (!list || !*list) {
        ccdk__unscoped_error(app, "FnJoin requires at least one value to be provided");
        return "";
    }
    /* a token even when every item is a literal, as aws-cdk-lib's `new FnJoin(...).toString()`
     * (Token.isUnresolved of it is true); it resolves to the joined literal */
    ccdk_value *v = ccdk__v_new(app, CCDK__V_JOIN);
    v->u.join.delim = ccdk__strdup(app, delimiter ? delimiter : "");
    v->u.join.list = ccdk__v_strlist(app, list);
    return ccdk__token_str(app, v);
}

const char *ccdk_fn_sub(void *scope, const char *body, ccdk_kvs vars_list)
{
    ccdk_app *app = ccdk__app_of(scope);
    const ccdk_kv *variables = CCDK__NT(app, vars_list, "Fn.sub variables");
    ccdk_value *arg;
    if (variables && variables->key) {
        arg = ccdk__v_list(app);
        ccdk__v_push(arg, ccdk__v_from_string(app, body));
        ccdk_value *vars = ccdk__v_obj(app);
        for (const ccdk_kv *kv = variables; kv->key; kv++)
            ccdk__v_set(vars, kv->key, ccdk__v_from_string(app, kv->value));
        ccdk__v_push(arg, vars);
    } else {
        arg = ccdk__v_from_string(app, body);
    }
    return intrinsic_str(scope, "Fn::Sub", arg);
}

const char *ccdk_fn_select(void *scope, int index, ccdk_value *list)
{
    ccdk_app *app = ccdk__app_of(scope);
    /* Fn.select: a literal list gives its element, without Fn::Select */
    if (list && list->kind == CCDK__V_LIST && index >= 0 && (size_t)index < list->u.list.n) {
        int literal = 1;
        for (size_t i = 0; i < list->u.list.n && literal; i++) {
            ccdk_value *it = list->u.list.items[i];
            literal = it && it->kind == CCDK__V_STR && !ccdk__is_unresolved(it->u.str.s);
        }
        if (literal)
            return list->u.list.items[index]->u.str.s;
    }
    ccdk_value *arg = ccdk__v_list(app);
    ccdk__v_push(arg, ccdk__v_num(app, index));
    ccdk__v_push(arg, list);
    return intrinsic_str(scope, "Fn::Select", arg);
}

ccdk_value *ccdk_fn_split(void *scope, const char *delimiter, const char *source)
{
    ccdk_app *app = ccdk__app_of(scope);
    if (!delimiter || !source) {
        ccdk__process_error("%s: the %s is NULL", __func__, delimiter ? "source" : "delimiter");
        return ccdk__v_list(app);
    }
    if (!ccdk__is_unresolved(source)) { /* Fn.split of a literal: source.split(delimiter) */
        ccdk_value *parts = ccdk__v_list(app);
        size_t dl = strlen(delimiter);
        const char *p = source;
        if (!dl) {
            while (*p) { /* one character (UTF-8 sequence) each */
                size_t n = 1;
                while (p[n] && ((unsigned char)p[n] & 0xC0) == 0x80)
                    n++;
                ccdk__v_push(parts, ccdk__v_str_nocopy(app, ccdk__strndup(app, p, n)));
                p += n;
            }
            return parts;
        }
        for (const char *q; (q = strstr(p, delimiter)); p = q + dl)
            ccdk__v_push(parts, ccdk__v_str_nocopy(app, ccdk__strndup(app, p, (size_t)(q - p))));
        ccdk__v_push(parts, ccdk__v_str(app, p));
        return parts;
    }
    if (ccdk__is_unresolved(delimiter))
        ccdk__error(scope, "Fn.split: 'delimiter' may not be a token value");
    ccdk_value *arg = ccdk__v_list(app);
    ccdk__v_push(arg, ccdk__v_str(app, delimiter));
    ccdk__v_push(arg, ccdk__v_from_string(app, source));
    return ccdk__v_intrinsic(app, "Fn::Split", arg);
}

const char *ccdk_fn_import_value(void *scope, const char *name)
{
    ccdk_app *app = ccdk__app_of(scope);
    return app ? intrinsic_str(scope, "Fn::ImportValue", ccdk__v_from_string(app, name)) : NULL;
}

const char *ccdk_fn_get_att(void *scope, const char *logical_name, const char *attr)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_value *arg = ccdk__v_list(app);
    ccdk__v_push(arg, ccdk__v_from_string(app, logical_name));
    ccdk__v_push(arg, ccdk__v_from_string(app, attr));
    return intrinsic_str(scope, "Fn::GetAtt", arg);
}

const char *ccdk_fn_ref(void *scope, const char *logical_name)
{
    ccdk_app *app = ccdk__app_of(scope);
    return app ? intrinsic_str(scope, "Ref", ccdk__v_from_string(app, logical_name)) : NULL;
}

const char *ccdk_fn_base64(void *scope, const char *data)
{
    ccdk_app *app = ccdk__app_of(scope);
    return app ? intrinsic_str(scope, "Fn::Base64", ccdk__v_from_string(app, data)) : NULL;
}

ccdk_value *ccdk_fn_condition_if(void *scope, const char *condition_id, ccdk_value *t, ccdk_value *f)
{
    ccdk_app *app = ccdk__app_of(scope);
    if (!condition_id) {
        ccdk__process_error("%s: the condition id is NULL", __func__);
        condition_id = "";
    }
    ccdk_value *arg = ccdk__v_list(app);
    ccdk__v_push(arg, ccdk__v_str(app, condition_id));
    ccdk__v_push(arg, t);
    ccdk__v_push(arg, f);
    return ccdk__v_intrinsic(app, "Fn::If", arg);
}

ccdk_value *ccdk_fn_condition_equals(void *scope, ccdk_value *lhs, ccdk_value *rhs)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_value *arg = ccdk__v_list(app);
    ccdk__v_push(arg, lhs);
    ccdk__v_push(arg, rhs);
    return ccdk__v_intrinsic(app, "Fn::Equals", arg);
}

ccdk_value *ccdk_fn_condition_not(void *scope, ccdk_value *c)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_value *arg = ccdk__v_list(app);
    ccdk__v_push(arg, c);
    return ccdk__v_intrinsic(app, "Fn::Not", arg);
}

/* Fn.conditionAnd / Fn.conditionOr: one condition is itself; up to 10 one intrinsic; more are
 * grouped by 10 (_inGroupsOf) and the groups combined the same way, recursively */
static ccdk_value *condition_group(ccdk_app *app, const char *fn, ccdk_value *const *c, size_t n)
{
    if (n == 1)
        return c[0];
    ccdk_value *arg = ccdk__v_list(app);
    if (n <= 10) {
        for (size_t i = 0; i < n; i++)
            ccdk__v_push(arg, c[i]);
        return ccdk__v_intrinsic(app, fn, arg);
    }
    size_t ngroups = (n + 9) / 10;
    ccdk_value **groups = ccdk__alloc(app, ngroups * sizeof *groups);
    for (size_t g = 0; g < ngroups; g++)
        groups[g] = condition_group(app, fn, c + g * 10, n - g * 10 < 10 ? n - g * 10 : 10);
    return condition_group(app, fn, groups, ngroups);
}

static ccdk_value *condition_combine(void *scope, const char *fn, const char *name, ccdk_value_list list)
{
    ccdk_app *app = ccdk__app_of(scope);
    if (!app)
        return NULL;
    size_t n = CCDK__LEN(list, name);
    if (!n) {
        ccdk__unscoped_error(app, "Fn.%s() needs at least one argument", name);
        return ccdk__v_intrinsic(app, fn, ccdk__v_list(app));
    }
    return condition_group(app, fn, list.items, n);
}

ccdk_value *ccdk_fn_condition_and(void *scope, ccdk_value_list conditions)
{
    return condition_combine(scope, "Fn::And", "conditionAnd", conditions);
}

ccdk_value *ccdk_fn_condition_or(void *scope, ccdk_value_list conditions)
{
    return condition_combine(scope, "Fn::Or", "conditionOr", conditions);
}

ccdk_value *ccdk_fn_condition_contains(void *scope, ccdk_value *list_of_strings, ccdk_value *value)
{
    ccdk_app *app = ccdk__app_of(scope);
    if (!app)
        return NULL;
    ccdk_value *arg = ccdk__v_list(app);
    ccdk__v_push(arg, list_of_strings);
    ccdk__v_push(arg, value);
    return ccdk__v_intrinsic(app, "Fn::Contains", arg);
}

static ccdk_value *intrinsic2(void *scope, const char *fn, ccdk_value *a, ccdk_value *b)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_value *arg = ccdk__v_list(app);
    ccdk__v_push(arg, a ? a : ccdk__v_undef(app));
    ccdk__v_push(arg, b ? b : ccdk__v_undef(app));
    return ccdk__v_intrinsic(app, fn, arg);
}

ccdk_value *ccdk_fn_condition_each_member_equals(void *scope, ccdk_value *list_of_strings, ccdk_value *value)
{
    return intrinsic2(scope, "Fn::EachMemberEquals", list_of_strings, value);
}

ccdk_value *ccdk_fn_condition_each_member_in(void *scope, ccdk_value *strings_to_check, ccdk_value *strings_to_match)
{
    return intrinsic2(scope, "Fn::EachMemberIn", strings_to_check, strings_to_match);
}

ccdk_value *ccdk_fn_ref_all(void *scope, const char *parameter_type)
{
    ccdk_app *app = ccdk__app_of(scope);
    return ccdk__v_intrinsic(app, "Fn::RefAll", ccdk__v_from_string(app, parameter_type ? parameter_type : ""));
}

ccdk_value *ccdk_fn_value_of_all(void *scope, const char *parameter_type, const char *attribute)
{
    ccdk_app *app = ccdk__app_of(scope);
    return intrinsic2(scope, "Fn::ValueOfAll", ccdk__v_from_string(app, parameter_type ? parameter_type : ""),
                      ccdk__v_from_string(app, attribute ? attribute : ""));
}

const char *ccdk_fn_value_of(void *scope, const char *parameter_or_logical_id, const char *attribute)
{
    ccdk_app *app = ccdk__app_of(scope);
    return ccdk__token_str(app, intrinsic2(scope, "Fn::ValueOf",
                                           ccdk__v_from_string(app, parameter_or_logical_id ? parameter_or_logical_id : ""),
                                           ccdk__v_from_string(app, attribute ? attribute : "")));
}

ccdk_value *ccdk_fn_cidr(void *scope, const char *ip_block, double count, const char *size_mask)
{
    ccdk_app *app = ccdk__app_of(scope);
    if (count < 1 || count > 256) /* FnCidr's constructor */
        ccdk__unscoped_error(app, "Fn::Cidr's count attribute must be between 1 and 256, %s was provided.",
                             ccdk__num_string(app, count));
    ccdk_value *arg = ccdk__v_list(app);
    ccdk__v_push(arg, ccdk__v_from_string(app, ip_block ? ip_block : ""));
    ccdk__v_push(arg, ccdk__v_num(app, count));
    if (size_mask) /* undefined: left out of the list when resolved */
        ccdk__v_push(arg, ccdk__v_from_string(app, size_mask));
    return ccdk__v_intrinsic(app, "Fn::Cidr", arg);
}

/* Fn.parseDomainName(url): Fn.select(0, Fn.split('/', Fn.select(1, Fn.split('//', url)))), which a
 * literal url gives at once */
const char *ccdk_fn_parse_domain_name(void *scope, const char *url)
{
    ccdk__scope(scope);
    const char *no_https = ccdk_fn_select(scope, 1, ccdk_fn_split(scope, "//", url ? url : ""));
    return ccdk_fn_select(scope, 0, ccdk_fn_split(scope, "/", no_https));
}

/* CfnDynamicReference: an Intrinsic whose value is the "{{resolve:...}}" string; a token of a
 * string value is that string here, which resolves the same everywhere */
const char *ccdk_cfn_dynamic_reference(void *scope, ccdk_cfn_dynamic_reference_service service, const char *key)
{
    static const char *const names[] = {"ssm", "ssm-secure", "secretsmanager"};
    ccdk_app *app = ccdk__app_of(scope);
    if (!app || !CCDK__ENUM_OK(scope, service, ccdk_cfn_dynamic_reference_service, CCDK_CFN_DYNAMIC_REFERENCE_SSM,
                               CCDK_CFN_DYNAMIC_REFERENCE_SECRETS_MANAGER, "service"))
        return NULL;
    return ccdk__token_str(app, ccdk__v_str(app, ccdk__sprintf(app, "{{resolve:%s:%s}}", names[service], key ? key : "")));
}

/* Lazy.string / Lazy.any: cached (their default, `cache: true`), so produce runs once, at the first
 * resolve, and every use gets that value (resolved where it is used); it is kept in the persistent
 * arena, as is what produce allocates meanwhile (the first resolve may be in a scratch one). */
typedef struct {
    ccdk_lazy_string_fn sfn;
    ccdk_lazy_value_fn vfn;
    void *ctx;
    ccdk_app *app;
    ccdk_value *cached; /* NULL until produced */
} lazy_ctx;

static ccdk_value *lazy_thunk(void *p)
{
    lazy_ctx *c = p;
    if (c->cached)
        return c->cached;
    ccdk__arena cur;
    ccdk__persistent_enter(c->app, &cur);
    int threw_before = c->app->lazy_error != NULL;
    ccdk_value *v;
    if (c->sfn) {
        const char *s = c->sfn(c->ctx);
        v = s ? ccdk__v_str(c->app, s) : ccdk__v_undef(c->app);
    } else {
        v = c->vfn(c->ctx);
        v = v ? v : ccdk__v_undef(c->app);
    }
    ccdk__persistent_leave(c->app, &cur);
    /* a producer that throws (ccdk__lazy_error) caches nothing, as a JavaScript exception leaves
     * the cache empty: it throws again at the next resolve (a scan's error is not the render's) */
    if (threw_before || !c->app->lazy_error)
        c->cached = v;
    return v;
}

static lazy_ctx *lazy_new(ccdk_app *app, ccdk_lazy_string_fn sfn, ccdk_lazy_value_fn vfn, void *ctx)
{
    if (!app || (!sfn && !vfn))
        return NULL;
    lazy_ctx *c = ccdk__alloc(app, sizeof *c);
    *c = (lazy_ctx){sfn, vfn, ctx, app, NULL};
    return c;
}

const char *ccdk_lazy_string(void *scope, ccdk_lazy_string_fn produce, void *ctx)
{
    lazy_ctx *c = lazy_new(ccdk__app_of(scope), produce, NULL, ctx);
    return c ? ccdk__token_str(c->app, ccdk__v_lazy(c->app, lazy_thunk, c)) : NULL;
}

ccdk_value *ccdk_lazy_value(void *scope, ccdk_lazy_value_fn produce, void *ctx)
{
    lazy_ctx *c = lazy_new(ccdk__app_of(scope), NULL, produce, ctx);
    return c ? ccdk__v_lazy(c->app, lazy_thunk, c) : NULL;
}

/* ------------------------------------------------------------------ Duration and Size */

ccdk_duration ccdk_duration_millis(double n) { return (ccdk_duration){n, CCDK_TIME_MILLIS, NULL}; }
ccdk_duration ccdk_duration_seconds(double n) { return (ccdk_duration){n, CCDK_TIME_SECONDS, NULL}; }
ccdk_duration ccdk_duration_minutes(double n) { return (ccdk_duration){n, CCDK_TIME_MINUTES, NULL}; }
ccdk_duration ccdk_duration_hours(double n) { return (ccdk_duration){n, CCDK_TIME_HOURS, NULL}; }
ccdk_duration ccdk_duration_days(double n) { return (ccdk_duration){n, CCDK_TIME_DAYS, NULL}; }
static ccdk_duration duration_token(const char *t, ccdk_time_unit u)
{
    return t ? (ccdk_duration){0, u, t} : (ccdk_duration){0};
}
ccdk_duration ccdk_duration_millis_token(const char *t) { return duration_token(t, CCDK_TIME_MILLIS); }
ccdk_duration ccdk_duration_seconds_token(const char *t) { return duration_token(t, CCDK_TIME_SECONDS); }
ccdk_duration ccdk_duration_minutes_token(const char *t) { return duration_token(t, CCDK_TIME_MINUTES); }
ccdk_duration ccdk_duration_hours_token(const char *t) { return duration_token(t, CCDK_TIME_HOURS); }
ccdk_duration ccdk_duration_days_token(const char *t) { return duration_token(t, CCDK_TIME_DAYS); }
int ccdk_duration_is_set(ccdk_duration d) { return d.unit != CCDK_TIME_UNSET; }
int ccdk_duration_is_unresolved(ccdk_duration d) { return d.unit != CCDK_TIME_UNSET && d.token != NULL; }

double ccdk__time_unit_ms(ccdk_time_unit u)
{
    switch (u) {
    case CCDK_TIME_MILLIS: return 1;
    case CCDK_TIME_SECONDS: return 1000;
    case CCDK_TIME_MINUTES: return 60000;
    case CCDK_TIME_HOURS: return 3600000;
    case CCDK_TIME_DAYS: return 86400000;
    default: return 0;
    }
}

const char *ccdk__time_unit_label(ccdk_time_unit u)
{
    switch (u) {
    case CCDK_TIME_MILLIS: return "millis";
    case CCDK_TIME_SECONDS: return "seconds";
    case CCDK_TIME_MINUTES: return "minutes";
    case CCDK_TIME_HOURS: return "hours";
    case CCDK_TIME_DAYS: return "days";
    default: return "";
    }
}

/* no construct here: a unit that is none of the constants is a process-wide error, and NaN */
static int unit_ok(ccdk_duration d, const char *func)
{
    return CCDK__ENUM_OK(NULL, d.unit, ccdk_time_unit, CCDK_TIME_UNSET, CCDK_TIME_DAYS, func);
}
double ccdk_duration_to_seconds(ccdk_duration d)
{
    return d.token || !unit_ok(d, __func__) ? NAN : d.amount * ccdk__time_unit_ms(d.unit) / 1000;
}
double ccdk_duration_to_milliseconds(ccdk_duration d)
{
    return d.token || !unit_ok(d, __func__) ? NAN : d.amount * ccdk__time_unit_ms(d.unit);
}

/* new Duration(amount, unit) (core/lib/duration.ts) throws for a negative amount, unless it is a
 * token; NaN passes (NaN < 0 is false) and fails later, in convert(). */
int ccdk__duration_check(const void *scope, ccdk_duration d)
{
    ccdk_app *app = ccdk__app_of(scope);
    if (!CCDK__ENUM_OK(scope, d.unit, ccdk_time_unit, CCDK_TIME_UNSET, CCDK_TIME_DAYS, "Duration unit"))
        return 0;
    if (!app || d.token || !(d.amount < 0))
        return 1;
    ccdk__error(scope, "Duration amounts cannot be negative. Received: %s", ccdk__num_string(app, d.amount));
    return 0;
}

/* aws-cdk-lib's convert(amount, fromUnit, toUnit, {integral}) behind Duration.toSeconds() and
 * friends, after the constructor's check: the same unit returns the amount (integral: "<amount>
 * must be a whole number of <unit>."), another multiplies by fromUnit.inMillis and divides by
 * toUnit.inMillis, in that order ("'<amount> <unit>' cannot be converted into a whole number of
 * <unit>."). NaN after an error, and *ok (when given) set to 0. */
double ccdk__duration_convert(const void *scope, ccdk_duration d, ccdk_time_unit to, int integral, int *ok)
{
    ccdk_app *app = ccdk__app_of(scope);
    if (!app || !ccdk__duration_check(scope, d)) {
        if (ok)
            *ok = 0;
        return NAN;
    }
    double from_ms = ccdk__time_unit_ms(d.unit), to_ms = ccdk__time_unit_ms(to);
    if (d.token) { /* the token itself in its own unit, else an error */
        if (from_ms == to_ms)
            return CCDK__TOKEN_NUMBER;
        ccdk__error(scope,
                    "Duration must be specified as 'Duration.%s()' here since its value comes from a token and cannot be "
                    "converted (got Duration.%s)",
                    ccdk__time_unit_label(to), ccdk__time_unit_label(d.unit));
        if (ok)
            *ok = 0;
        return NAN;
    }
    double v = from_ms == to_ms ? d.amount : d.amount * from_ms / to_ms;
    if (integral && !(isfinite(v) && v == floor(v))) { /* !Number.isInteger(value) */
        if (from_ms == to_ms)
            ccdk__error(scope, "%s must be a whole number of %s.", ccdk__num_string(app, d.amount), ccdk__time_unit_label(to));
        else
            ccdk__error(scope, "'%s %s' cannot be converted into a whole number of %s.", ccdk__num_string(app, d.amount),
                        ccdk__time_unit_label(d.unit), ccdk__time_unit_label(to));
        if (ok)
            *ok = 0;
        return v; /* the caller's range checks see the value, as before */
    }
    return v;
}

double ccdk__duration_to_seconds(const void *scope, ccdk_duration d, int integral)
{
    return ccdk__duration_convert(scope, d, CCDK_TIME_SECONDS, integral, NULL);
}

ccdk_value *ccdk__duration_value(const void *scope, ccdk_duration d, ccdk_time_unit to, int integral)
{
    ccdk_app *app = ccdk__app_of(scope);
    int ok = 1;
    double v = ccdk__duration_convert(scope, d, to, integral, &ok);
    if (!app || !ok)
        return NULL;
    return ccdk__v_num_or_token(app, v, d.token);
}

ccdk_value *ccdk__v_num_or_token(ccdk_app *app, double v, const char *token)
{
    return token ? ccdk__v_from_string(app, token) : ccdk__v_num(app, v);
}

ccdk_size ccdk_size_kibibytes(double n) { return (ccdk_size){n, CCDK_SIZE_KIBIBYTES, NULL}; }
ccdk_size ccdk_size_mebibytes(double n) { return (ccdk_size){n, CCDK_SIZE_MEBIBYTES, NULL}; }
ccdk_size ccdk_size_gibibytes(double n) { return (ccdk_size){n, CCDK_SIZE_GIBIBYTES, NULL}; }
static ccdk_size size_token(const char *t, ccdk_size_unit u) { return t ? (ccdk_size){0, u, t} : (ccdk_size){0}; }
ccdk_size ccdk_size_kibibytes_token(const char *t) { return size_token(t, CCDK_SIZE_KIBIBYTES); }
ccdk_size ccdk_size_mebibytes_token(const char *t) { return size_token(t, CCDK_SIZE_MEBIBYTES); }
ccdk_size ccdk_size_gibibytes_token(const char *t) { return size_token(t, CCDK_SIZE_GIBIBYTES); }
int ccdk_size_is_unresolved(ccdk_size s) { return s.unit != CCDK_SIZE_UNSET && s.token != NULL; }

double ccdk_size_to_mebibytes(ccdk_size s)
{
    if (s.token || !CCDK__ENUM_OK(NULL, s.unit, ccdk_size_unit, CCDK_SIZE_UNSET, CCDK_SIZE_PEBIBYTES, __func__))
        return NAN;
    switch (s.unit) {
    case CCDK_SIZE_KIBIBYTES: return s.amount / 1024;
    case CCDK_SIZE_MEBIBYTES: return s.amount;
    case CCDK_SIZE_GIBIBYTES: return s.amount * 1024;
    case CCDK_SIZE_TEBIBYTES: return s.amount * 1024 * 1024;
    case CCDK_SIZE_BYTES: return s.amount / (1024 * 1024);
    case CCDK_SIZE_PEBIBYTES: return s.amount * 1024 * 1024 * 1024;
    default: return 0;
    }
}

static const char *const size_unit_names[] = {"", "kibibytes", "mebibytes", "gibibytes", "tebibytes", "bytes", "pebibytes"};

double ccdk__size_to_mebibytes(const void *scope, ccdk_size s)
{
    ccdk_app *app = ccdk__app_of(scope);
    if (!CCDK__ENUM_OK(scope, s.unit, ccdk_size_unit, CCDK_SIZE_UNSET, CCDK_SIZE_PEBIBYTES, "Size unit"))
        return NAN;
    if (s.token) { /* convert() in core/lib/size.ts: a token only in its own unit */
        if (s.unit == CCDK_SIZE_MEBIBYTES)
            return CCDK__TOKEN_NUMBER;
        ccdk__error(scope,
                    "Size must be specified as 'Size.mebibytes()' here since its value comes from a token and cannot be "
                    "converted (got Size.%s)",
                    size_unit_names[s.unit]);
        return NAN;
    }
    if (app && s.amount < 0) { /* new Size(amount, unit) (core/lib/size.ts) */
        ccdk__error(scope, "Storage amounts cannot be negative. Received: %s", ccdk__num_string(app, s.amount));
        return NAN;
    }
    /* convert(): the same unit, with no rounding given, is the amount as it is (512.5 mebibytes
     * stays 512.5); only another unit must come out whole */
    if (s.unit == CCDK_SIZE_MEBIBYTES)
        return s.amount;
    double r = ccdk_size_to_mebibytes(s);
    if (r != floor(r)) {
        ccdk__buf b = {0};
        ccdk__json_write_number(&b, s.amount);
        ccdk__error(scope, "'%s %s' cannot be converted into a whole number of mebibytes.", b.data, size_unit_names[s.unit]);
        ccdk__buf_free(&b);
    }
    return r;
}

/* ---- ConstructReflection.findRelatedCfnResource (core/lib/helpers-internal/construct-reflection.ts) */

typedef struct {
    const char *type;
    int (*matches)(ccdk_cfn_resource *candidate, void *ctx);
    void *ctx;
    ccdk_cfn_resource *best;
    size_t best_distance; /* SIZE_MAX: none yet */
    const ccdk__node **visited; /* open addressing, cap a power of two */
    size_t nvisited, cap;
} related_search;

/* visited.has(n) || visited.add(n): 1 when n was there already */
static int visit(related_search *s, const ccdk__node *n)
{
    if (2 * (s->nvisited + 1) > s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 64;
        const ccdk__node **t = calloc(cap, sizeof *t);
        if (!t)
            abort(); /* the policy of core: out of memory ends the process */
        for (size_t i = 0; i < s->cap; i++)
            if (s->visited[i]) {
                size_t h = ((uintptr_t)s->visited[i] >> 4) & (cap - 1);
                while (t[h])
                    h = (h + 1) & (cap - 1);
                t[h] = s->visited[i];
            }
        free(s->visited);
        s->visited = t;
        s->cap = cap;
    }
    size_t h = ((uintptr_t)n >> 4) & (s->cap - 1);
    while (s->visited[h]) {
        if (s->visited[h] == n)
            return 1;
        h = (h + 1) & (s->cap - 1);
    }
    s->visited[h] = n;
    s->nvisited++;
    return 0;
}

static void related_check(related_search *s, ccdk__node *c, size_t distance)
{
    if (c->kind->element != CCDK__EL_RESOURCE)
        return;
    ccdk_cfn_resource *r = (ccdk_cfn_resource *)c;
    if (!strcmp(r->type, s->type) && s->matches(r, s->ctx) && distance < s->best_distance) {
        s->best = r;
        s->best_distance = distance;
    }
}

/* searchChildren: the children of parent at distance, then theirs at distance + 1 (depth first) */
static void related_children(related_search *s, ccdk__node *parent, size_t distance)
{
    if (distance >= s->best_distance)
        return;
    for (size_t i = 0; i < parent->nchildren; i++) {
        ccdk__node *c = parent->children[i];
        if (visit(s, c))
            continue;
        related_check(s, c, distance);
        related_children(s, c, distance + 1);
    }
}

ccdk_cfn_resource *ccdk__find_related_cfn_resource(ccdk__node *from, const char *type,
                                                   int (*matches)(ccdk_cfn_resource *candidate, void *ctx), void *ctx)
{
    related_search s = {.type = type, .matches = matches, .ctx = ctx, .best_distance = SIZE_MAX};
    related_children(&s, from, 1);
    /* then each ancestor's children's children (as aws-cdk-lib: the siblings themselves are only
     * met one level up, as children of their parent) */
    size_t distance = 1;
    for (ccdk__node *a = from->parent; a && distance < s.best_distance; a = a->parent, distance++)
        for (size_t i = 0; i < a->nchildren; i++)
            related_children(&s, a->children[i], distance);
    free(s.visited);
    return s.best;
}

ccdk_value *ccdk__provider_policies(ccdk_app *app, ccdk_value *statements)
{
    if (statements->u.list.n == 0)
        return ccdk__v_undef(app);
    ccdk_value *doc = ccdk__v_obj(app);
    ccdk__v_set(doc, "Version", ccdk__v_str(app, "2012-10-17"));
    ccdk__v_set(doc, "Statement", statements);
    ccdk_value *pol = ccdk__v_obj(app);
    ccdk__v_set(pol, "PolicyName", ccdk__v_str(app, "Inline"));
    ccdk__v_set(pol, "PolicyDocument", doc);
    ccdk_value *l = ccdk__v_list(app);
    ccdk__v_push(l, pol);
    return l;
}
