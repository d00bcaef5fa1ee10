/* cfn_sections.c - the CfnElements of core that write template sections of their own: CfnRule
 * (core/lib/cfn-rule.js: an entry of the Rules section) and the deprecated CfnInclude
 * (core/lib/cfn-include.js: a whole template merged into the stack's, by stack.js's merge()). */
#include <string.h>

#include "cfn.h"

/* ------------------------------------------------------------------ CfnRule */

typedef struct rule_assertion {
    ccdk_value *condition;
    const char *description;
    struct rule_assertion *next;
} rule_assertion;

struct ccdk_cfn_rule {
    ccdk__element el;
    ccdk_value *rule_condition;
    int has_assertions; /* this.assertions is set (even to []) */
    rule_assertion *first, **last;
};

/* capitalizePropertyNames(construct, obj): every key of a resolved value with an upper-case first
 * letter, at every depth (the value is resolved already) */
static ccdk_value *capitalize(ccdk_app *app, ccdk_value *v)
{
    if (!v)
        return v;
    if (v->kind == CCDK__V_LIST) {
        ccdk_value *out = ccdk__v_list(app);
        for (uint32_t i = 0; i < v->u.list.n; i++)
            ccdk__v_push(out, capitalize(app, v->u.list.items[i]));
        return out;
    }
    if (v->kind != CCDK__V_OBJ)
        return v;
    ccdk_value *out = ccdk__v_obj(app);
    for (uint32_t i = 0; i < v->u.obj.n; i++) {
        const char *key = v->u.obj.e[i].key;
        const char *k = key;
        if (key[0] >= 'a' && key[0] <= 'z') { /* charAt(0).toUpperCase(): ASCII is what occurs */
            char *c = ccdk__sprintf(app, "%s", key);
            c[0] = (char)(c[0] - 'a' + 'A');
            k = c;
        }
        ccdk__v_set(out, k, capitalize(app, v->u.obj.e[i].val));
    }
    return out;
}

static void render_rule(ccdk__node *n, ccdk__resolve_ctx *ctx, ccdk_value *tpl)
{
    ccdk_cfn_rule *r = (ccdk_cfn_rule *)n;
    ccdk_app *app = n->app;
    ccdk_value *def = ccdk__v_obj(app);
    if (r->rule_condition)
        ccdk__v_set(def, "RuleCondition", ccdk__resolve(ctx, r->rule_condition));
    if (r->has_assertions) {
        ccdk_value *list = ccdk__v_list(app);
        for (rule_assertion *a = r->first; a; a = a->next) {
            ccdk_value *o = ccdk__v_obj(app);
            ccdk__v_set(o, "assert", a->condition ? a->condition : ccdk__v_undef(app));
            if (a->description)
                ccdk__v_set(o, "assertDescription", ccdk__v_str(app, a->description));
            ccdk__v_push(list, o);
        }
        ccdk__v_set(def, "Assertions", capitalize(app, ccdk__resolve(ctx, list)));
    }
    ccdk_value *sec = ccdk__v_get(tpl, "Rules");
    if (!sec) {
        sec = ccdk__v_obj(app);
        ccdk__v_set(tpl, "Rules", sec);
    }
    const char *id = ccdk__element_logical_id(n);
    if (ccdk__v_get(sec, id)) { /* stack.js's mergeObjectsWithoutDuplicates */
        ccdk__error(n, "section 'Rules' already contains '%s'", id);
        return;
    }
    ccdk__v_set(sec, id, def);
}

static const ccdk__kind kind_rule = {.fqn = "aws-cdk-lib.CfnRule", .element = CCDK__EL_RULE, .render = render_rule};

static void rule_push(ccdk_cfn_rule *r, ccdk_value *condition, const char *description)
{
    ccdk_app *app = r->el.node.app;
    rule_assertion *a = ccdk__alloc(app, sizeof *a);
    a->condition = condition;
    a->description = description ? ccdk__keep(app, description) : NULL;
    *r->last = a;
    r->last = &a->next;
    r->has_assertions = 1;
}

ccdk_cfn_rule *ccdk_cfn_rule_new(void *scope, const char *id, const ccdk_cfn_rule_props *props)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_cfn_rule *r = ccdk__alloc(app, sizeof *r);
    ccdk__node_init(&r->el.node, &kind_rule, scope, id);
    if (!r->el.node.stack)
        ccdk__no_stack_error(&r->el.node);
    r->last = &r->first;
    if (!props)
        return r;
    r->rule_condition = props->rule_condition;
    if (props->assertions.built_by_ccdk_list) {
        r->has_assertions = 1; /* assertions: [] is written as it is */
        const ccdk_cfn_rule_assertion *a = CCDK__NT(app, props->assertions, "assertions");
        for (; a && (a->assert_ || a->assert_description); a++)
            rule_push(r, a->assert_, a->assert_description);
    }
    return r;
}

void ccdk_cfn_rule_add_assertion(ccdk_cfn_rule *rule, ccdk_value *condition, const char *description)
{
    if (!ccdk__target_ok(rule, __func__) || !ccdk__arg_ok(condition, __func__, "condition"))
        return;
    rule_push(rule, condition, description);
}

/* ------------------------------------------------------------------ CfnInclude */

struct ccdk_cfn_include {
    ccdk__element el;
    ccdk_value *template_;
};

static int is_nullish(const ccdk_value *v)
{
    return !v || v->kind == CCDK__V_UNDEF || v->kind == CCDK__V_NULL;
}

/* JSON.stringify of a section that is no object, for the error: what such a section can be */
static const char *plain_json(ccdk_app *app, const ccdk_value *v)
{
    if (v->kind == CCDK__V_STR)
        return ccdk__sprintf(app, "\"%s\"", v->u.str.s);
    return ccdk__js_string(app, v);
}

/* mergeSets: val1 and val2 as arrays, val2's items that val1 does not include (=== : strings by
 * value, anything else by identity) appended; one item alone is that item */
static ccdk_value *merge_sets(ccdk_app *app, ccdk_value *a, ccdk_value *b)
{
    ccdk_value *out = ccdk__v_list(app);
    ccdk_value *parts[2] = {a, b};
    for (int p = 0; p < 2; p++) {
        ccdk_value *v = parts[p];
        if (is_nullish(v))
            continue;
        uint32_t n = v->kind == CCDK__V_LIST ? v->u.list.n : 1;
        for (uint32_t i = 0; i < n; i++) {
            ccdk_value *item = v->kind == CCDK__V_LIST ? v->u.list.items[i] : v;
            int dup = 0;
            for (uint32_t k = 0; p == 1 && k < out->u.list.n && !dup; k++) {
                ccdk_value *o = out->u.list.items[k];
                dup = o == item || (o->kind == CCDK__V_STR && item->kind == CCDK__V_STR && !strcmp(o->u.str.s, item->u.str.s)) ||
                      (o->kind == CCDK__V_NUM && item->kind == CCDK__V_NUM && o->u.n == item->u.n) ||
                      (o->kind == CCDK__V_BOOL && item->kind == CCDK__V_BOOL && o->u.b == item->u.b);
            }
            if (p == 0 || !dup) /* val1's own items are kept as they are, duplicates too */
                ccdk__v_push(out, item);
        }
    }
    return out->u.list.n == 1 ? out->u.list.items[0] : out;
}

/* The template's first keys, which stack.js's _toCloudFormation makes before it merges any element
 * (each undefined unless the stack's templateOptions set it): a section of these that an include
 * brings takes its place among them, ahead of the sections the elements made. */
static const char *const HEAD[] = {"Description", "Transform", "AWSTemplateFormatVersion", "Metadata"};

static int head_index(const char *section)
{
    for (int i = 0; i < 4; i++)
        if (!strcmp(section, HEAD[i]))
            return i;
    return -1;
}

static void set_section(ccdk_app *app, ccdk_value *tpl, const char *section, ccdk_value *v)
{
    int h = head_index(section);
    if (h < 0 || ccdk__v_get(tpl, section)) {
        ccdk__v_set(tpl, section, v);
        return;
    }
    ccdk_value *out = ccdk__v_obj(app);
    for (int i = 0; i < 4; i++) {
        ccdk_value *x = i == h ? v : ccdk__v_get(tpl, HEAD[i]);
        if (x)
            ccdk__v_set(out, HEAD[i], x);
    }
    for (uint32_t i = 0; i < tpl->u.obj.n; i++)
        if (head_index(tpl->u.obj.e[i].key) < 0)
            ccdk__v_set(out, tpl->u.obj.e[i].key, tpl->u.obj.e[i].val);
    *tpl = *out; /* the template is the caller's: its entries are replaced in place */
}

static void render_include(ccdk__node *n, ccdk__resolve_ctx *ctx, ccdk_value *tpl)
{
    ccdk_cfn_include *inc = (ccdk_cfn_include *)n;
    ccdk_app *app = n->app;
    if (!inc->template_)
        return;
    /* a copy: the sections taken whole are added to by the elements after this one */
    ccdk_value *frag = ccdk__v_copy(app, ccdk__resolve(ctx, inc->template_));
    if (!frag || frag->kind != CCDK__V_OBJ)
        return;
    for (uint32_t i = 0; i < frag->u.obj.n; i++) {
        const char *section = frag->u.obj.e[i].key;
        ccdk_value *src = frag->u.obj.e[i].val;
        ccdk_value *dest = ccdk__v_get(tpl, section);
        if (!dest || !ccdk__truthy(dest)) { /* `dest ? merge : template[section] = src` */
            set_section(app, tpl, section, src);
            continue;
        }
        if (!strcmp(section, "Description")) {
            ccdk__v_set(tpl, section,
                        ccdk__v_str(app, ccdk__sprintf(app, "%s\n%s", ccdk__js_string(app, dest), ccdk__js_string(app, src))));
        } else if (!strcmp(section, "AWSTemplateFormatVersion")) {
            if (!is_nullish(src) && !ccdk__v_equal(dest, src)) {
                /* aws-cdk-lib's message has no closing quote after the second version */
                ccdk__error(n, "Conflicting CloudFormation template versions provided: '%s' and '%s", ccdk__js_string(app, dest),
                            ccdk__js_string(app, src));
                return;
            }
        } else if (!strcmp(section, "Transform")) {
            ccdk__v_set(tpl, section, merge_sets(app, dest, src));
        } else {
            if (dest->kind != CCDK__V_OBJ && dest->kind != CCDK__V_LIST) {
                ccdk__error(n, "Expecting %s to be an object", plain_json(app, dest));
                return;
            }
            if (src->kind != CCDK__V_OBJ && src->kind != CCDK__V_LIST && src->kind != CCDK__V_NULL) {
                ccdk__error(n, "Expecting %s to be an object", plain_json(app, src));
                return;
            }
            if (src->kind == CCDK__V_NULL) { /* typeof null is 'object': Object.keys(null) throws */
                ccdk__error(n, "Cannot convert undefined or null to object");
                return;
            }
            if (src->kind != CCDK__V_OBJ || dest->kind != CCDK__V_OBJ)
                continue; /* Object.keys of a list: not what a template has */
            for (uint32_t k = 0; k < src->u.obj.n; k++) {
                const char *id = src->u.obj.e[k].key;
                if (ccdk__v_get(dest, id)) {
                    ccdk__error(n, "section '%s' already contains '%s'", section, id);
                    return;
                }
                ccdk__v_set(dest, id, src->u.obj.e[k].val);
            }
        }
    }
}

static const ccdk__kind kind_include = {.fqn = "aws-cdk-lib.CfnInclude", .element = CCDK__EL_RULE, .render = render_include};

ccdk_cfn_include *ccdk_cfn_include_new(void *scope, const char *id, ccdk_value *template_)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_cfn_include *inc = ccdk__alloc(app, sizeof *inc);
    ccdk__node_init(&inc->el.node, &kind_include, scope, id);
    if (!inc->el.node.stack)
        ccdk__no_stack_error(&inc->el.node);
    inc->template_ = template_;
    return inc;
}
