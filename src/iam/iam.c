/* iam.c - principals, policy statements and documents, Role, Policy and managed policies. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "iam_internal.h"

/* ------------------------------------------------------------------ principals */

static ccdk_value *partition_lazy(void *ctx);

static ccdk_iam_principal *principal_fn(void *scope, ccdk__pkind k, const char *value, const char *func)
{
    ccdk_app *app = ccdk__scope_((scope), func)->app;
    ccdk_iam_principal *p = ccdk__alloc(app, sizeof *p);
    p->app = app;
    p->kind = k;
    p->value = ccdk__strdup(app, value);
    if (k == CCDK__P_ACCOUNT) {
        /* principals.js AccountPrincipal: arn:${stack.partition}:iam::<account>:root, one token per
         * principal (each new AccountPrincipal / AccountRootPrincipal is a principal of its own when
         * statements are merged), the partition taken in the stack where it is used */
        const char *part = ccdk__token_str(app, ccdk__v_lazy(app, partition_lazy, app));
        p->arn = ccdk__sprintf(app, "arn:%s:iam::%s:root", part, p->value);
    }
    return p;
}
/* the public function that calls it names itself in a bad-scope error */
#define principal(scope, k, value) principal_fn((scope), (k), (value), __func__)

ccdk_iam_principal *ccdk_iam_service_principal(void *scope, const char *service)
{
    return principal(scope, CCDK__P_SERVICE, service);
}

/* new ServicePrincipal(service, opts): its region and conditions */
static void service_options(ccdk_iam_principal *p, const ccdk_iam_service_principal_options *options)
{
    if (!options)
        return;
    p->region = options->region ? ccdk__strdup(p->app, options->region) : NULL;
    p->conditions = options->conditions;
}

ccdk_iam_principal *ccdk_iam_service_principal_with_options(void *scope, const char *service,
                                                           const ccdk_iam_service_principal_options *options)
{
    ccdk_iam_principal *p = principal(scope, CCDK__P_SERVICE, service);
    if (p)
        service_options(p, options);
    return p;
}

ccdk_iam_principal *ccdk_iam_service_principal_from_static_name(void *scope, const char *service_principal_name)
{
    ccdk_iam_principal *p = principal(scope, CCDK__P_SERVICE, service_principal_name);
    if (p)
        p->static_name = 1;
    return p;
}

ccdk_iam_principal *ccdk_iam_account_principal(void *scope, const char *account_id)
{
    return principal(scope, CCDK__P_ACCOUNT, account_id);
}

ccdk_iam_principal *ccdk_iam_account_root_principal(void *scope)
{
    ccdk_stack *s = ccdk_stack_of(scope);
    ccdk_iam_principal *p = principal(scope, CCDK__P_ACCOUNT, s ? ccdk_stack_account(s) : "");
    if (p)
        p->account_root = 1;
    return p;
}

ccdk_iam_principal *ccdk_iam_arn_principal(void *scope, const char *arn) { return principal(scope, CCDK__P_ARN, arn); }

ccdk_iam_principal *ccdk_iam_organization_principal(void *scope, const char *org)
{
    if (!org) {
        ccdk__process_error("%s: the organization id is NULL", __func__);
        org = "";
    }
    ccdk_iam_principal *p = principal(scope, CCDK__P_ORG, org);
    if (p && org && !ccdk__is_unresolved(org)) {
        int ok = !strncmp(org, "o-", 2);
        size_t n = 0;
        for (const char *c = org + (ok ? 2 : 0); ok && *c; c++, n++)
            ok = (*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9');
        if (!ok || n < 10 || n > 32)
            ccdk__unscoped_error(p->app, "Expected Organization ID must match regex pattern ^o-[a-z0-9]{10,32}$, received %s", org);
    }
    if (p) {
        ccdk_value *c = ccdk__v_obj(p->app), *se = ccdk__v_obj(p->app);
        ccdk__v_set(se, "aws:PrincipalOrgID", ccdk__v_str(p->app, org));
        ccdk__v_set(c, "StringEquals", se);
        p->conditions = c;
    }
    return p;
}

ccdk_iam_principal *ccdk_iam_any_principal(void *scope) { return principal(scope, CCDK__P_ANY, "*"); }
ccdk_iam_principal *ccdk_iam_star_principal(void *scope) { return principal(scope, CCDK__P_STAR, "*"); }

ccdk_iam_principal *ccdk_iam_canonical_user_principal(void *scope, const char *canonical_user_id)
{
    return principal(scope, CCDK__P_CANONICAL, canonical_user_id);
}

ccdk_iam_principal *ccdk_iam_composite_principal(void *scope, ccdk_iam_principal_list principals)
{
    ccdk_iam_principal *p = principal(scope, CCDK__P_COMPOSITE, NULL);
    if (!p)
        return NULL;
    ccdk_iam_principal *const *list = CCDK__NT(p->app, principals, "CompositePrincipal principals");
    size_t n = 0;
    while (list && list[n])
        n++;
    if (n == 0) /* the constructor's UnscopedValidationError (no construct path) */
        ccdk__unscoped_error(p->app, "CompositePrincipals must be constructed with at least 1 Principal but none were passed.");
    p->parts = ccdk__alloc(p->app, (n ? n : 1) * sizeof *p->parts);
    /* parts with conditions are allowed until the composite's policyFragment is used (as assumedBy,
     * every part becomes a statement of its own) */
    for (size_t i = 0; i < n; i++)
        p->parts[i] = list[i];
    p->nparts = n;
    return p;
}

/* CompositePrincipal.addPrincipals: the parts grow (statements and trust policies that took the
 * composite before keep what it was then, as aws-cdk-lib's read its policyFragment when added) */
ccdk_iam_principal *ccdk_iam_composite_principal_add_principals(ccdk_iam_principal *composite, ccdk_iam_principal_list principals)
{
    if (!ccdk__object_ok(composite, __func__))
        return NULL;
    if (composite->kind != CCDK__P_COMPOSITE) {
        ccdk__process_error("%s: the principal is not a CompositePrincipal", __func__);
        return composite;
    }
    ccdk_iam_principal *const *list = CCDK__NT(composite->app, principals, "CompositePrincipal principals");
    size_t n = 0;
    while (list && list[n])
        n++;
    if (!n)
        return composite;
    ccdk_iam_principal **parts = ccdk__alloc(composite->app, (composite->nparts + n) * sizeof *parts);
    for (size_t i = 0; i < composite->nparts; i++)
        parts[i] = composite->parts[i];
    for (size_t i = 0; i < n; i++)
        parts[composite->nparts + i] = list[i];
    composite->parts = parts;
    composite->nparts += n;
    return composite;
}

/* Token.isUnresolved of a condition value: a string with a token, or a value that is a token itself */
static int condition_unresolved(const ccdk_value *v)
{
    if (!v)
        return 0;
    switch (v->kind) {
    case CCDK__V_STR: return ccdk__is_unresolved(v->u.str.s);
    case CCDK__V_REF:
    case CCDK__V_GETATT:
    case CCDK__V_JOIN:
    case CCDK__V_LAZY:
    case CCDK__V_LOGICAL_ID:
    case CCDK__V_POST: return 1;
    default: return 0;
    }
}

/* PrincipalWithConditions.conditions: mergeConditions(wrapped's conditions, additionalConditions),
 * made again after each addCondition */
static void merge_wrapped_conditions(ccdk_iam_principal *c)
{
    ccdk_app *app = c->app;
    const ccdk_iam_principal *p = c->wrapped;
    ccdk_value *conditions = c->additional;
    ccdk_value *merged = ccdk__v_obj(app);
    if (p->conditions)
        for (size_t i = 0; i < p->conditions->u.obj.n; i++)
            ccdk__v_set(merged, p->conditions->u.obj.e[i].key, p->conditions->u.obj.e[i].val);
    if (conditions && conditions->kind == CCDK__V_OBJ)
        for (size_t i = 0; i < conditions->u.obj.n; i++) {
            ccdk_value *old = ccdk__v_get(merged, conditions->u.obj.e[i].key);
            ccdk_value *val = conditions->u.obj.e[i].val;
            /* PrincipalWithConditions.mergeConditions: an operator on both sides is merged only
             * when neither is a token (Token.isUnresolved: not a deep look) and both are objects */
            if (old && (condition_unresolved(old) || condition_unresolved(val))) {
                ccdk__unscoped_error(app, "multiple \"%s\" conditions cannot be merged if one of them contains an unresolved token",
                                     conditions->u.obj.e[i].key);
                continue;
            }
            if (old && (old->kind != CCDK__V_OBJ || !val || val->kind != CCDK__V_OBJ)) {
                ccdk__unscoped_error(app, "A Condition should be represented as a map of operator to value");
                continue;
            }
            if (old && old->kind == CCDK__V_OBJ && conditions->u.obj.e[i].val->kind == CCDK__V_OBJ) {
                ccdk_value *m = ccdk__v_copy(app, old);
                ccdk_value *add = conditions->u.obj.e[i].val;
                for (size_t k = 0; k < add->u.obj.n; k++)
                    ccdk__v_set(m, add->u.obj.e[k].key, add->u.obj.e[k].val);
                ccdk__v_set(merged, conditions->u.obj.e[i].key, m);
            } else {
                ccdk__v_set(merged, conditions->u.obj.e[i].key, conditions->u.obj.e[i].val);
            }
        }
    c->conditions = merged;
}

/* c, a copy of p made as its wrapper: no wrappers of its own yet, and one of p's */
static void wrapper_of(ccdk_iam_principal *c, ccdk_iam_principal *p)
{
    c->wrapped = p;
    c->deps = NULL;
    c->ndeps = c->capdeps = 0;
    if (p->ndeps == p->capdeps)
        p->deps = ccdk__arena_grow(p->app, p->deps, p->ndeps, &p->capdeps, sizeof *p->deps, 2);
    p->deps[p->ndeps++] = c;
}

static void via_conditions(ccdk_iam_principal *c);

/* after p's conditions changed: its wrappers' conditions made again, as aws-cdk-lib's getters would
 * read them (PrincipalWithConditions.conditions, PrincipalAdapter.policyFragment) */
static void refresh_wrappers(ccdk_iam_principal *p)
{
    for (size_t i = 0; i < p->ndeps; i++) {
        ccdk_iam_principal *d = p->deps[i];
        if (d->via)
            via_conditions(d);
        else if (d->adapter == CCDK__ADAPTER_CONDITIONS)
            merge_wrapped_conditions(d);
        else
            d->conditions = p->conditions;
        refresh_wrappers(d);
    }
}

ccdk_iam_principal *ccdk_iam_principal_with_conditions(ccdk_iam_principal *p, ccdk_value *conditions)
{
    if (!p)
        return NULL;
    ccdk_iam_principal *c = ccdk__alloc(p->app, sizeof *c);
    *c = *p;
    wrapper_of(c, p);
    c->adapter = CCDK__ADAPTER_CONDITIONS;
    /* additionalConditions: a copy of the given object's operators (aws-cdk-lib keeps the object
     * itself, so its addCondition also changes the caller's; ccdk's leaves the caller's as it is) */
    c->additional = ccdk__v_obj(p->app);
    if (conditions && conditions->kind == CCDK__V_OBJ)
        for (size_t i = 0; i < conditions->u.obj.n; i++)
            ccdk__v_set(c->additional, conditions->u.obj.e[i].key, conditions->u.obj.e[i].val);
    merge_wrapped_conditions(c);
    return c;
}

void ccdk_iam_principal_add_condition(ccdk_iam_principal *p, const char *key, ccdk_value *value)
{
    if (!ccdk__object_ok(p, __func__) || !ccdk__arg_ok(key, __func__, "key") || !ccdk__arg_ok(value, __func__, "value"))
        return;
    if (p->adapter != CCDK__ADAPTER_CONDITIONS || p->via || !p->additional) {
        ccdk__process_error("%s: the principal is not a PrincipalWithConditions (ccdk_iam_principal_with_conditions)", __func__);
        return;
    }
    /* validateConditionObject(value) */
    if (value->kind != CCDK__V_OBJ) {
        ccdk__unscoped_error(p->app, "A Condition should be represented as a map of operator to value");
        return;
    }
    /* additionalConditions[key] = ...: the key "__proto__" sets the object's prototype in
     * aws-cdk-lib, no condition of its own; none here either */
    if (!strcmp(key, "__proto__"))
        return;
    ccdk_value *old = ccdk__v_get(p->additional, key);
    if (!old) {
        ccdk__v_set(p->additional, key, value);
    } else if (old->kind != CCDK__V_OBJ) {
        ccdk__unscoped_error(p->app, "A Condition should be represented as a map of operator to value");
        return;
    } else { /* {...existingValue, ...value} */
        ccdk_value *m = ccdk__v_copy(p->app, old);
        for (size_t k = 0; k < value->u.obj.n; k++)
            ccdk__v_set(m, value->u.obj.e[k].key, value->u.obj.e[k].val);
        ccdk__v_set(p->additional, key, m);
    }
    merge_wrapped_conditions(p);
    refresh_wrappers(p);
}

void ccdk_iam_principal_add_conditions(ccdk_iam_principal *p, ccdk_value *conditions)
{
    if (!ccdk__object_ok(p, __func__) || !ccdk__arg_ok(conditions, __func__, "conditions"))
        return;
    if (conditions->kind != CCDK__V_OBJ) { /* Object.entries of a non-object: nothing (a string: its characters) */
        ccdk__process_error("%s: conditions is not an object", __func__);
        return;
    }
    for (size_t i = 0; i < conditions->u.obj.n; i++)
        ccdk_iam_principal_add_condition(p, conditions->u.obj.e[i].key, conditions->u.obj.e[i].val);
}

/* PrincipalBase.withSessionTags(): new SessionTagsPrincipal(this), a PrincipalAdapter: the wrapped
 * principal's fragment, account and assumeRoleAction; its addToAssumeRolePolicy adds sts:TagSession */
ccdk_iam_principal *ccdk_iam_principal_with_session_tags(ccdk_iam_principal *p)
{
    if (!p)
        return NULL;
    ccdk_iam_principal *c = ccdk__alloc(p->app, sizeof *c);
    *c = *p;
    wrapper_of(c, p);
    c->adapter = CCDK__ADAPTER_SESSION_TAGS;
    c->session_tags = 1;
    return c;
}

ccdk_iam_principal *ccdk_iam_principal_in_organization(ccdk_iam_principal *p, const char *organization_id)
{
    if (!p)
        return NULL;
    /* PrincipalBase.inOrganization: withConditions({StringEquals: {"aws:PrincipalOrgID": id}}) */
    ccdk_value *cond = ccdk__v_obj(p->app), *eq = ccdk__v_obj(p->app);
    if (organization_id) /* undefined in aws-cdk-lib: left out when resolved */
        ccdk__v_set(eq, "aws:PrincipalOrgID", ccdk__v_str(p->app, organization_id));
    ccdk__v_set(cond, "StringEquals", eq);
    return ccdk_iam_principal_with_conditions(p, cond);
}

ccdk_iam_principal *ccdk_iam_role_principal(ccdk_iam_role *role) { return ccdk__handle_ok(role, __func__) ? role->principal : NULL; }

ccdk_iam_principal_kind ccdk_iam_principal_kind_of(const ccdk_iam_principal *p) { return p ? p->kind : 0; }
const char *ccdk_iam_principal_value(const ccdk_iam_principal *p) { return p ? p->value : NULL; }
ccdk_value *ccdk_iam_principal_conditions(const ccdk_iam_principal *p) { return p ? p->conditions : NULL; }
ccdk_iam_role *ccdk_iam_principal_role(const ccdk_iam_principal *p) { return p && !p->via ? p->role : NULL; }
ccdk_iam_user *ccdk_iam_principal_user(const ccdk_iam_principal *p) { return p && !p->via ? p->user : NULL; }
ccdk_iam_group *ccdk_iam_principal_group(const ccdk_iam_principal *p) { return p && !p->via ? p->group : NULL; }
ccdk_iam_lazy_role *ccdk_iam_principal_lazy_role(const ccdk_iam_principal *p) { return p && !p->via ? p->lazy_role : NULL; }

/* a Role's or a User's principal, which has a policy of its own (a ViaServicePrincipal around one
 * has none) */
static int has_policy(const ccdk_iam_principal *p) { return !p->via && CCDK__P_HAS_POLICY(p->kind); }

/* ViaServicePrincipal.policyFragment, a getter: {...base's conditions} with StringEquals
 * {"kms:ViaService": service, ...base's StringEquals} (added last when base has none); made again
 * when base's conditions change (refresh_wrappers), as the getter reads them when it is used */
static void via_conditions(ccdk_iam_principal *c)
{
    ccdk_app *app = c->app;
    const ccdk_iam_principal *base = c->wrapped;
    ccdk_value *merged = ccdk__v_obj(app);
    int had = 0;
    if (base->conditions)
        for (size_t i = 0; i < base->conditions->u.obj.n; i++) {
            const char *key = base->conditions->u.obj.e[i].key;
            ccdk_value *val = base->conditions->u.obj.e[i].val;
            if (!strcmp(key, "StringEquals") && val->kind == CCDK__V_OBJ) {
                ccdk_value *se = ccdk__v_obj(app);
                ccdk__v_set(se, "kms:ViaService", ccdk__v_from_string(app, c->via));
                for (size_t k = 0; k < val->u.obj.n; k++)
                    ccdk__v_set(se, val->u.obj.e[k].key, val->u.obj.e[k].val);
                val = se;
                had = 1;
            }
            ccdk__v_set(merged, key, val);
        }
    if (!had) {
        ccdk_value *se = ccdk__v_obj(app);
        ccdk__v_set(se, "kms:ViaService", ccdk__v_from_string(app, c->via));
        ccdk__v_set(merged, "StringEquals", se);
    }
    c->conditions = merged;
}

ccdk_iam_principal *ccdk_iam__via_service_principal(void *owner, const char *service_name, ccdk_iam_principal *base)
{
    ccdk_app *app = ccdk__app_of(owner);
    if (!base)
        base = ccdk_iam_any_principal(owner);
    ccdk_iam_principal *c = ccdk__alloc(app, sizeof *c);
    *c = *base;
    wrapper_of(c, base); /* base's addCondition reaches it */
    c->adapter = CCDK__ADAPTER_NONE;
    c->via = ccdk__strdup(app, service_name ? service_name : "undefined");
    via_conditions(c);
    return c;
}
size_t ccdk_iam_principal_part_count(const ccdk_iam_principal *p) { return p ? p->nparts : 0; }
ccdk_iam_principal *ccdk_iam_principal_part(const ccdk_iam_principal *p, size_t i)
{
    return p && i < p->nparts ? p->parts[i] : NULL;
}
/* principals.js toString(): PrincipalWithConditions is its wrapped principal's; a Role's is its path
 * (Construct.toString). A composite lists its parts as JavaScript joins an array. */
const char *ccdk_iam_principal_to_string(const ccdk_iam_principal *p)
{
    if (!p)
        return NULL;
    if (p->adapter == CCDK__ADAPTER_SESSION_TAGS || p->kind == CCDK__P_JSON) { /* PrincipalBase.toString: JSON of its principalJson */
        ccdk__buf b = {0};
        ccdk__json_write(&b, ccdk__principal_json((ccdk_iam_principal *)p), 0);
        const char *r = ccdk__strndup(p->app, b.data, b.len);
        ccdk__buf_free(&b);
        return r;
    }
    switch (p->kind) {
    case CCDK__P_SERVICE: return ccdk__sprintf(p->app, "ServicePrincipal(%s)", p->value);
    case CCDK__P_FEDERATED: return ccdk__sprintf(p->app, "%s(%s)", p->class_name, p->value);
    case CCDK__P_ACCOUNT:
        return p->account_root ? "AccountRootPrincipal()" : ccdk__sprintf(p->app, "AccountPrincipal(%s)", p->value);
    case CCDK__P_ARN: return ccdk__sprintf(p->app, "ArnPrincipal(%s)", p->value);
    case CCDK__P_ORG: return ccdk__sprintf(p->app, "OrganizationPrincipal(%s)", p->value);
    case CCDK__P_ANY: return "AnyPrincipal()";
    case CCDK__P_STAR: return "StarPrincipal()";
    case CCDK__P_CANONICAL: return ccdk__sprintf(p->app, "CanonicalUserPrincipal(%s)", p->value);
    case CCDK__P_ROLE: return ccdk_node_path(p->role);
    case CCDK__P_USER: return ccdk_node_path(p->user);
    case CCDK__P_GROUP: return ccdk_node_path(p->group);
    case CCDK__P_LAZY_ROLE: return ccdk_node_path(p->lazy_role); /* Construct.toString */
    case CCDK__P_MANAGED_POLICY: return ccdk__sprintf(p->app, "ManagedPolicy(%s)", ccdk__managed_policy_path(p->managed_policy));
    case CCDK__P_JSON: break; /* above */
    case CCDK__P_COMPOSITE: {
        ccdk__buf b = {0};
        ccdk__buf_puts(&b, "CompositePrincipal(");
        for (size_t i = 0; i < p->nparts; i++) {
            if (i)
                ccdk__buf_putc(&b, ',');
            ccdk__buf_puts(&b, ccdk_iam_principal_to_string(p->parts[i]));
        }
        ccdk__buf_putc(&b, ')');
        const char *r = ccdk__strndup(p->app, b.data, b.len);
        ccdk__buf_free(&b);
        return r;
    }
    }
    return "";
}

const char *ccdk_iam_role_principal_account(ccdk_iam_role *role)
{
    if (!ccdk__handle_ok(role, __func__))
        return NULL;
    if (role->imported)
        return role->account;
    return role->node.stack ? ccdk_stack_account(role->node.stack) : NULL;
}

int ccdk_iam_role_is_imported(const ccdk_iam_role *role) { return ccdk__handle_ok(role, __func__) ? role->imported : 0; }

static ccdk_value *partition_lazy(void *ctx)
{
    ccdk_app *app = ctx;
    return ccdk__v_str(app, ccdk__stack_partition(app->cur_stack));
}

/* ServicePrincipalToken's standardized name: "<name>" or "<name>" + one of ".amazonaws.com",
 * ".amazonaws.com.cn", ".c2s.ic.gov", ".sc2s.sgov.gov", where <name> has no dot, is
 * "<name>.amazonaws.com" (so ServicePrincipal('someone') is "someone.amazonaws.com"); any other
 * name (a region's "sns.ap-east-1.amazonaws.com", a token: its marker has a dot) is kept. */
static const char *standardized_service(ccdk_app *app, const char *service)
{
    static const char *const suffixes[] = {"", ".amazonaws.com", ".amazonaws.com.cn", ".c2s.ic.gov", ".sc2s.sgov.gov"};
    if (!service)
        return service;
    const char *dot = strchr(service, '.');
    size_t n = dot ? (size_t)(dot - service) : strlen(service);
    if (n == 0)
        return service;
    for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++)
        if (!strcmp(service + n, suffixes[i]))
            return i == 1 ? service : ccdk__sprintf(app, "%.*s.amazonaws.com", (int)n, service);
    return service;
}

/* ServicePrincipalToken with opts.region: resolved in the stack where it is used, the standardized
 * name with ".<region>.amazonaws.com" for ".amazonaws.com" when the region is a known opt-in one and
 * not the stack's (an agnostic stack's region token is not it) */
typedef struct {
    ccdk_app *app;
    const char *service, *region;
} service_region_ctx;

static ccdk_value *service_region_lazy(void *ctx)
{
    const service_region_ctx *c = ctx;
    const char *sr = c->app->cur_stack ? ccdk_stack_region(c->app->cur_stack) : NULL;
    size_t n = strlen(c->service), k = strlen(".amazonaws.com");
    if (!ccdk__is_unresolved(c->region) && (!sr || strcmp(sr, c->region) != 0) && ccdk__region_is_opt_in(c->region) &&
        n >= k && !strcmp(c->service + n - k, ".amazonaws.com"))
        return ccdk__v_str(c->app, ccdk__sprintf(c->app, "%.*s.%s.amazonaws.com", (int)(n - k), c->service, c->region));
    return ccdk__v_str(c->app, c->service);
}

/* util.js LITERAL_STRING_KEY: a principal JSON key whose value _normPrincipal renders as it is */
#define LITERAL_STRING_KEY "LiteralString"

static void merge_principal(ccdk_app *app, ccdk_value *into, ccdk_iam_principal *p)
{
    const char *key = NULL;
    ccdk_value *val = NULL;
    switch (p->kind) {
    case CCDK__P_SERVICE: /* new ServicePrincipalToken(service).toString() */
        key = "Service";
        /* ServicePrincipal.fromStaticServicePrincipleName: the name as given */
        val = ccdk__v_str(app, p->static_name ? p->value : standardized_service(app, p->value));
        if (p->region && !p->static_name && p->value) { /* a token of its own for every fragment, as policyFragment */
            service_region_ctx *c = ccdk__alloc(app, sizeof *c);
            *c = (service_region_ctx){app, standardized_service(app, p->value), p->region};
            val = ccdk__v_str(app, ccdk__token_str(app, ccdk__v_lazy(app, service_region_lazy, c)));
        }
        break;
    case CCDK__P_STAR: /* {[LITERAL_STRING_KEY]: ["*"]}: _normPrincipal gives the string itself */
        key = LITERAL_STRING_KEY;
        val = ccdk__v_str(app, "*");
        break;
    case CCDK__P_FEDERATED:
        key = "Federated";
        val = ccdk__v_str(app, p->value);
        break;
    case CCDK__P_CANONICAL:
        key = "CanonicalUser";
        val = ccdk__v_str(app, p->value);
        break;
    case CCDK__P_ACCOUNT:
        key = "AWS";
        val = ccdk__v_str(app, p->arn);
        break;
    case CCDK__P_ARN:
        key = "AWS";
        val = ccdk__v_str(app, p->value);
        break;
    case CCDK__P_ORG:
    case CCDK__P_ANY:
        key = "AWS";
        val = ccdk__v_str(app, "*");
        break;
    case CCDK__P_ROLE:
        key = "AWS";
        val = ccdk__v_str(app, p->role->arn);
        break;
    case CCDK__P_LAZY_ROLE: /* this.instantiate().policyFragment: reading it makes the role */
        key = "AWS";
        val = ccdk__v_str(app, ccdk_iam_lazy_role_role(p->lazy_role)->arn);
        break;
    case CCDK__P_USER: /* new ArnPrincipal(this.userArn).policyFragment */
        key = "AWS";
        val = ccdk__v_str(app, ccdk_iam_user_arn(p->user));
        break;
    case CCDK__P_JSON: /* util.js mergePrincipal: each key's value, a list's items one by one; a string
                        * principal ("*") is {LITERAL_STRING_KEY: [it]} */
        if (p->json->kind == CCDK__V_STR) {
            key = LITERAL_STRING_KEY;
            val = p->json;
            break;
        }
        for (uint32_t i = 0; i < p->json->u.obj.n; i++) {
            ccdk_value *v = p->json->u.obj.e[i].val, *l = ccdk__v_get(into, p->json->u.obj.e[i].key);
            if (!l) {
                l = ccdk__v_list(app);
                ccdk__v_set(into, p->json->u.obj.e[i].key, l);
            }
            if (v->kind == CCDK__V_LIST)
                for (uint32_t k = 0; k < v->u.list.n; k++)
                    ccdk__v_push(l, v->u.list.items[k]);
            else
                ccdk__v_push(l, v);
        }
        return;
    case CCDK__P_GROUP: /* new ArnPrincipal(this.groupArn).policyFragment */
        key = "AWS";
        val = ccdk__v_str(app, p->group->arn);
        break;
    case CCDK__P_MANAGED_POLICY: /* new ArnPrincipal(a Lazy that throws).policyFragment */
        key = "AWS";
        val = ccdk__v_str(app, p->value);
        break;
    case CCDK__P_COMPOSITE:
        for (size_t i = 0; i < p->nparts; i++)
            merge_principal(app, into, p->parts[i]);
        return;
    }
    /* util.js mergePrincipal appends without looking for duplicates: two principal objects of one
     * value are both in the JSON (the statement keeps each object once) */
    ccdk_value *l = ccdk__v_get(into, key);
    if (!l) {
        l = ccdk__v_list(app);
        ccdk__v_set(into, key, l);
    }
    ccdk__v_push(l, val);
}

/* ComparablePrincipal.dedupeStringFor: the string by which merge-statements.js tells principals
 * apart, or NULL for one compared by identity (a Role, a User, an ImmutableRole). */
static const char *principal_dedupe(ccdk_app *app, const ccdk_iam_principal *p)
{
    if (p->via) { /* `ViaServicePrincipal:${serviceName}:${base}` */
        const char *inner = principal_dedupe(app, p->wrapped);
        return inner ? ccdk__sprintf(app, "ViaServicePrincipal:%s:%s", p->via, inner) : NULL;
    }
    if (p->wrapped) {
        const char *inner = principal_dedupe(app, p->wrapped);
        if (!inner)
            return NULL;
        if (p->adapter == CCDK__ADAPTER_SESSION_TAGS) /* appendDedupe('') */
            return ccdk__sprintf(app, "SessionTagsPrincipal:%s:", inner);
        ccdk__buf b = {0};
        ccdk__json_write(&b, p->conditions, 0);
        const char *r = ccdk__sprintf(app, "PrincipalWithConditions:%s:%.*s", inner, (int)b.len, b.data);
        ccdk__buf_free(&b);
        return r;
    }
    switch (p->kind) {
    case CCDK__P_SERVICE:
        if (p->conditions || p->region) { /* `ServicePrincipal:${service}:${JSON.stringify(opts)}` (opts:
                                           * region first, then conditions) */
            ccdk__buf b = {0};
            ccdk__buf_putc(&b, '{');
            if (p->region) {
                ccdk__buf_puts(&b, "\"region\":");
                ccdk__json_write(&b, ccdk__v_str(app, p->region), 0);
            }
            if (p->conditions) {
                ccdk__buf_puts(&b, p->region ? ",\"conditions\":" : "\"conditions\":");
                ccdk__json_write(&b, p->conditions, 0);
            }
            ccdk__buf_putc(&b, '}');
            const char *r = ccdk__sprintf(app, "ServicePrincipal:%s:%.*s", p->value, (int)b.len, b.data);
            ccdk__buf_free(&b);
            return r;
        }
        return ccdk__sprintf(app, "ServicePrincipal:%s:{}", p->value);
    case CCDK__P_ACCOUNT: return ccdk__sprintf(app, "ArnPrincipal:%s", p->arn);
    case CCDK__P_ARN: return ccdk__sprintf(app, "ArnPrincipal:%s", p->value);
    case CCDK__P_ANY: return "ArnPrincipal:*";
    case CCDK__P_STAR: return "StarPrincipal";
    case CCDK__P_ORG: return ccdk__sprintf(app, "OrganizationPrincipal:%s", p->value);
    case CCDK__P_CANONICAL: return ccdk__sprintf(app, "CanonicalUserPrincipal:%s", p->value);
    case CCDK__P_FEDERATED: { /* `FederatedPrincipal:${federated}:${assumeRoleAction}:${JSON.stringify(conditions)}` */
        ccdk__buf b = {0};
        if (p->conditions)
            ccdk__json_write(&b, p->conditions, 0);
        else
            ccdk__buf_puts(&b, "{}");
        const char *r = ccdk__sprintf(app, "FederatedPrincipal:%s:%s:%.*s", p->value,
                                      p->assume_action ? p->assume_action : "sts:AssumeRole", (int)b.len, b.data);
        ccdk__buf_free(&b);
        return r;
    }
    case CCDK__P_ROLE: /* imported-role.js ImportedRole.dedupeString; an ImmutableRole and a PrecreatedRole have none */
        return p->role->imported && !p->role->immutable && !p->role->precreated
                   ? ccdk__sprintf(app, "ImportedRole:%s", p->role->arn)
                   : NULL;
    case CCDK__P_USER:
    case CCDK__P_GROUP:
    case CCDK__P_LAZY_ROLE:
    case CCDK__P_MANAGED_POLICY: return NULL;
    case CCDK__P_JSON: { /* JSON.stringify(this.policyFragment) */
        ccdk__buf b = {0};
        ccdk__json_write(&b, p->json, 0);
        const char *r = ccdk__sprintf(app, "{\"principalJson\":%.*s,\"conditions\":{}}", (int)b.len, b.data);
        ccdk__buf_free(&b);
        return r;
    }
    case CCDK__P_COMPOSITE: {
        ccdk__buf b = {0};
        ccdk__buf_puts(&b, "CompositePrincipal[");
        for (size_t i = 0; i < p->nparts; i++) {
            const char *inner = principal_dedupe(app, p->parts[i]);
            if (!inner) {
                ccdk__buf_free(&b);
                return NULL;
            }
            if (i)
                ccdk__buf_putc(&b, ',');
            ccdk__buf_puts(&b, inner);
        }
        ccdk__buf_putc(&b, ']');
        const char *r = ccdk__strndup(app, b.data, b.len);
        ccdk__buf_free(&b);
        return r;
    }
    }
    return NULL;
}

/* The key of a principal in partitionPrincipals: its dedupe string, or (not comparable) the object. */
static const char *principal_key(ccdk_app *app, const ccdk_iam_principal *p)
{
    const char *d = principal_dedupe(app, p);
    return d ? ccdk__sprintf(app, "c%s", d) : ccdk__sprintf(app, "o%p", (const void *)p);
}

ccdk_value *ccdk__principal_json(ccdk_iam_principal *p)
{
    ccdk_value *o = ccdk__v_obj(p->app);
    merge_principal(p->app, o, p);
    return o;
}

ccdk_value *ccdk_iam_principal_policy_json(const ccdk_iam_principal *p)
{
    return p ? ccdk__principal_json((ccdk_iam_principal *)p) : NULL;
}

/* ------------------------------------------------------------------ statements */

/* /^(\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*]+)$/ */
static int action_valid(const char *a)
{
    if (!strcmp(a, "*"))
        return 1;
    const char *p = a;
    while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '-')
        p++;
    if (p == a || *p != ':')
        return 0;
    const char *q = ++p;
    while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '*')
        p++;
    return p != q && !*p;
}

static void validate_actions(ccdk_app *app, const char *const *actions)
{
    for (; actions && *actions; actions++)
        if (!ccdk__is_unresolved(*actions) && !action_valid(*actions))
            ccdk__unscoped_error(app, "Action '%s' is invalid. An action string consists of a service namespace, a colon, "
                                      "and the name of an action. Action names can include wildcards.", *actions);
}

static void push_strs(ccdk_app *app, ccdk_value **list, const char *const *strs)
{
    if (!*list)
        *list = ccdk__v_list(app);
    for (; strs && *strs; strs++)
        ccdk__v_push(*list, ccdk__v_from_string(app, *strs));
}

ccdk_iam_policy_statement *ccdk__statement(ccdk_app *app, ccdk_iam_effect e, const char *const *actions,
                                           const char *const *resources)
{
    ccdk_iam_policy_statement *s = ccdk__alloc(app, sizeof *s);
    s->app = app;
    s->effect = e;
    push_strs(app, &s->actions, actions);
    push_strs(app, &s->not_actions, NULL);
    push_strs(app, &s->resources, resources);
    push_strs(app, &s->not_resources, NULL);
    s->principal = ccdk__v_obj(app);
    s->not_principal = ccdk__v_obj(app);
    s->condition = ccdk__v_obj(app);
    return s;
}

/* policy-statement.js assertNotFrozen(method): a statement frozen by freeze() can no longer be
 * modified; returns 1 when s may be changed */
static int not_frozen(ccdk_iam_policy_statement *s, const char *method)
{
    if (!s->frozen)
        return 1;
    ccdk__unscoped_error(s->app, "%s: freeze() has been called on this PolicyStatement previously, so it can no longer be modified",
                         method);
    return 0;
}

void ccdk_iam_policy_statement_add_condition(ccdk_iam_policy_statement *s, const char *op, const char *key, ccdk_value *value)
{
    if (!ccdk__object_ok(s, __func__) || !ccdk__arg_ok(op, __func__, "op") || !ccdk__arg_ok(key, __func__, "key") ||
        !ccdk__arg_ok(value, __func__, "value") || !not_frozen(s, "addCondition"))
        return;
    ccdk_value *o = ccdk__v_get(s->condition, op);
    ccdk_value *n = ccdk__v_obj(s->app);
    if (o)
        for (size_t i = 0; i < o->u.obj.n; i++)
            ccdk__v_set(n, o->u.obj.e[i].key, o->u.obj.e[i].val);
    ccdk__v_set(n, key, value);
    ccdk__v_set(s->condition, op, n);
}

static void add_conditions(ccdk_iam_policy_statement *s, ccdk_value *conds)
{
    if (!conds || conds->kind != CCDK__V_OBJ)
        return;
    for (size_t i = 0; i < conds->u.obj.n; i++) {
        ccdk_value *v = conds->u.obj.e[i].val;
        /* principals.js validateConditionObject: each operator's value must be a map (a null, a
         * string, a number, a boolean or an array is not; a token object passes) */
        if (!not_frozen(s, "addCondition"))
            return;
        if (v->kind <= CCDK__V_LIST) {
            ccdk__unscoped_error(s->app, "A Condition should be represented as a map of operator to value");
            return;
        }
        if (v->kind == CCDK__V_OBJ)
            for (size_t k = 0; k < v->u.obj.n; k++)
                ccdk_iam_policy_statement_add_condition(s, conds->u.obj.e[i].key, v->u.obj.e[k].key, v->u.obj.e[k].val);
        else
            ccdk__v_set(s->condition, conds->u.obj.e[i].key, v);
    }
}

/* CompositePrincipal.policyFragment: its parts must not have conditions. */
static int check_composite(ccdk_iam_principal *p)
{
    if (p->kind != CCDK__P_COMPOSITE)
        return 1;
    for (size_t i = 0; i < p->nparts; i++) {
        ccdk_iam_principal *part = p->parts[i];
        if (!check_composite(part))
            return 0;
        if (part->conditions && part->conditions->u.obj.n) {
            ccdk__buf b = {0};
            ccdk__buf_puts(&b, "{\"principalJson\":");
            ccdk__json_write(&b, ccdk__principal_json(part), 0);
            ccdk__buf_puts(&b, ",\"conditions\":");
            ccdk__json_write(&b, part->conditions, 0);
            ccdk__buf_putc(&b, '}');
            ccdk__buf_putc(&b, 0);
            ccdk__unscoped_error(p->app, "Components of a CompositePrincipal must not have conditions. Tried to add the "
                                         "following fragment: %s", b.data);
            ccdk__buf_free(&b);
            return 0;
        }
    }
    return 1;
}

/* addPrincipalConditions: every principal and notPrincipal of a statement has the same conditions
 * (JSON.stringify of its fragment's, {} for none); 0 after the error */
static int same_principal_conditions(ccdk_iam_policy_statement *s, const ccdk_iam_principal *p)
{
    const char *json = "{}"; /* no conditions: every role's trust statement */
    if (p->conditions && p->kind != CCDK__P_COMPOSITE) {
        ccdk__buf b = {0};
        ccdk__json_write(&b, p->conditions, 0);
        json = ccdk__strndup(s->app, b.data, b.len);
        ccdk__buf_free(&b);
    }
    if (!s->principal_conditions_json) {
        s->principal_conditions_json = json;
        return 1;
    }
    if (!strcmp(s->principal_conditions_json, json))
        return 1;
    ccdk__unscoped_error(s->app, "All principals in a PolicyStatement must have the same Conditions (got '%s' and '%s'). "
                                 "Use multiple statements instead.", s->principal_conditions_json, json);
    return 0;
}

void ccdk__statement_add_principal(ccdk_iam_policy_statement *s, ccdk_iam_principal *p)
{
    if (!check_composite(p))
        return;
    for (size_t i = 0; i < s->nprincipals; i++) /* _principals is an OrderedSet of objects */
        if (s->principals_added[i] == p)
            return;
    merge_principal(s->app, s->principal, p);
    if (!same_principal_conditions(s, p))
        return;
    add_conditions(s, p->conditions);
    if (s->nprincipals == s->capprincipals)
        s->principals_added = ccdk__arena_grow(s->app, s->principals_added, s->nprincipals, &s->capprincipals,
                                               sizeof *s->principals_added, 2);
    s->principals_added[s->nprincipals++] = p;
}

size_t ccdk_iam_policy_statement_principal_count(const ccdk_iam_policy_statement *s) { return s ? s->nprincipals : 0; }

ccdk_iam_principal *ccdk_iam_policy_statement_principal(const ccdk_iam_policy_statement *s, size_t i)
{
    return s && i < s->nprincipals ? s->principals_added[i] : NULL;
}

size_t ccdk_iam_policy_statement_action_count(const ccdk_iam_policy_statement *s)
{
    return s && s->actions ? s->actions->u.list.n : 0;
}

const char *ccdk_iam_policy_statement_action(const ccdk_iam_policy_statement *s, size_t i)
{
    if (i >= ccdk_iam_policy_statement_action_count(s))
        return NULL;
    ccdk_value *v = s->actions->u.list.items[i];
    return v->kind == CCDK__V_STR ? v->u.str.s : ccdk__token_str(s->app, v);
}

ccdk_iam_policy_statement *ccdk_iam_policy_statement_copy(const ccdk_iam_policy_statement *s,
                                                          const ccdk_iam_policy_statement_overrides *o)
{
    if (!s)
        return NULL;
    ccdk_app *app = s->app;
    ccdk_iam_policy_statement *c = ccdk__alloc(app, sizeof *c);
    *c = *s;
    if (o && CCDK__GIVEN(o->actions)) {
        c->actions = NULL;
        push_strs(app, &c->actions, CCDK__NT(app, o->actions, "PolicyStatement actions"));
    } else {
        c->actions = ccdk__v_copy(app, s->actions);
    }
    c->not_actions = ccdk__v_copy(app, s->not_actions);
    c->resources = ccdk__v_copy(app, s->resources);
    c->not_resources = ccdk__v_copy(app, s->not_resources);
    c->not_principal = ccdk__v_copy(app, s->not_principal);
    c->condition = ccdk__v_copy(app, s->condition);
    c->principal = ccdk__v_obj(app);
    c->principals_added = NULL;
    if (!s->nnot_principals) /* the principals are added anew */
        c->principal_conditions_json = NULL;
    c->nprincipals = c->capprincipals = 0;
    if (!o || !CCDK__GIVEN(o->principals)) {
        for (size_t i = 0; i < s->nprincipals; i++)
            ccdk__statement_add_principal(c, s->principals_added[i]);
        return c;
    }
    for (ccdk_iam_principal *const *p = CCDK__NT(app, o->principals, "PolicyStatement principals"); p && *p; p++)
        ccdk__statement_add_principal(c, *p);
    return c;
}

static size_t list_len(const ccdk_value *l) { return l && l->kind == CCDK__V_LIST ? l->u.list.n : 0; }

static size_t nstrs(const char *const *l)
{
    size_t n = 0;
    while (l && l[n])
        n++;
    return n;
}

/* addActions / addNotActions: one kind per statement, each action validated */
static void add_actions(ccdk_iam_policy_statement *s, const char *const *actions, int not)
{
    if (!not_frozen(s, not ? "addNotActions" : "addActions"))
        return;
    if (nstrs(actions) && list_len(not ? s->actions : s->not_actions)) {
        ccdk__unscoped_error(s->app, not ? "Cannot add 'NotActions' to policy statement if 'Actions' have been added"
                                         : "Cannot add 'Actions' to policy statement if 'NotActions' have been added");
        return;
    }
    validate_actions(s->app, actions);
    push_strs(s->app, not ? &s->not_actions : &s->actions, actions);
}

/* addResources / addNotResources */
static void add_resources(ccdk_iam_policy_statement *s, const char *const *arns, int not)
{
    if (!not_frozen(s, not ? "addNotResources" : "addResources"))
        return;
    if (nstrs(arns) && list_len(not ? s->resources : s->not_resources)) {
        ccdk__unscoped_error(s->app, not ? "Cannot add 'NotResources' to policy statement if 'Resources' have been added"
                                         : "Cannot add 'Resources' to policy statement if 'NotResources' have been added");
        return;
    }
    push_strs(s->app, not ? &s->not_resources : &s->resources, arns);
}

/* addPrincipals / addNotPrincipals */
static void add_principals(ccdk_iam_policy_statement *s, ccdk_iam_principal *const *ps, int not)
{
    if (!not_frozen(s, not ? "addNotPrincipals" : "addPrincipals"))
        return;
    if (ps && *ps && (not ? s->nprincipals : s->nnot_principals)) {
        ccdk__unscoped_error(s->app, not ? "Cannot add 'NotPrincipals' to policy statement if 'Principals' have been added"
                                         : "Cannot add 'Principals' to policy statement if 'NotPrincipals' have been added");
        return;
    }
    /* validatePolicyPrincipal: `principal instanceof Group` (not an import, not a wrapped group) */
    for (ccdk_iam_principal *const *q = ps; q && *q; q++)
        if ((*q)->kind == CCDK__P_GROUP && !(*q)->wrapped && !(*q)->group->imported) {
            ccdk__unscoped_error(s->app, "Cannot use an IAM Group as the 'Principal' or 'NotPrincipal' in an IAM Policy");
            return;
        }
    for (; ps && *ps; ps++) {
        if (!not) {
            ccdk__statement_add_principal(s, *ps);
            continue;
        }
        int seen = 0; /* _notPrincipals is an OrderedSet of objects too */
        for (size_t i = 0; i < s->nnot_principals && !seen; i++)
            seen = s->not_principals_added[i] == *ps;
        if (seen)
            continue;
        merge_principal(s->app, s->not_principal, *ps);
        if (!same_principal_conditions(s, *ps))
            return;
        add_conditions(s, (*ps)->conditions);
        if (s->nnot_principals == s->capnot_principals)
            s->not_principals_added = ccdk__arena_grow(s->app, s->not_principals_added, s->nnot_principals,
                                                       &s->capnot_principals, sizeof *s->not_principals_added, 2);
        s->not_principals_added[s->nnot_principals++] = *ps;
    }
}

ccdk_iam_policy_statement *ccdk_iam_policy_statement_new(void *scope, const ccdk_iam_policy_statement_props *props)
{
    ccdk_app *app = ccdk__app_of(scope);
    if (!props)
        return ccdk__statement(app, CCDK_IAM_ALLOW, NULL, NULL);
    /* a statement is no construct: the error is on scope when it is one, else process-wide */
    CCDK__ENUM_OK(ccdk__node_of(scope) ? scope : NULL, props->effect, ccdk_iam_effect, CCDK_IAM_ALLOW, CCDK_IAM_DENY,
                  "PolicyStatement effect");
    ccdk_iam_policy_statement *s = ccdk__statement(app, props->effect, NULL, NULL);
    /* the constructor's order: actions, notActions, principals, notPrincipals, resources, notResources */
    add_actions(s, CCDK__NT(app, props->actions, "PolicyStatement actions"), 0);
    add_actions(s, CCDK__NT(app, props->not_actions, "PolicyStatement notActions"), 1);
    add_principals(s, CCDK__NT(app, props->principals, "PolicyStatement principals"), 0);
    add_principals(s, CCDK__NT(app, props->not_principals, "PolicyStatement notPrincipals"), 1);
    add_resources(s, CCDK__NT(app, props->resources, "PolicyStatement resources"), 0);
    add_resources(s, CCDK__NT(app, props->not_resources, "PolicyStatement notResources"), 1);
    add_conditions(s, props->conditions);
    s->sid = ccdk__strdup(app, props->sid);
    return s;
}

void ccdk_iam_policy_statement_add_actions(ccdk_iam_policy_statement *s, ccdk_strs list)
{
    if (!ccdk__object_ok(s, __func__))
        return;
    add_actions(s, CCDK__NT(s->app, list, "addActions"), 0);
}

void ccdk_iam_policy_statement_add_not_actions(ccdk_iam_policy_statement *s, ccdk_strs list)
{
    if (!ccdk__object_ok(s, __func__))
        return;
    add_actions(s, CCDK__NT(s->app, list, "addNotActions"), 1);
}

void ccdk_iam_policy_statement_add_resources(ccdk_iam_policy_statement *s, ccdk_strs resources)
{
    if (!ccdk__object_ok(s, __func__))
        return;
    add_resources(s, CCDK__NT(s->app, resources, "addResources"), 0);
}

void ccdk_iam_policy_statement_add_not_resources(ccdk_iam_policy_statement *s, ccdk_strs resources)
{
    if (!ccdk__object_ok(s, __func__))
        return;
    add_resources(s, CCDK__NT(s->app, resources, "addNotResources"), 1);
}

void ccdk_iam_policy_statement_add_all_resources(ccdk_iam_policy_statement *s)
{
    if (!ccdk__object_ok(s, __func__))
        return;
    static const char *const all[] = {"*", NULL};
    add_resources(s, all, 0);
}

void ccdk_iam_policy_statement_add_principals(ccdk_iam_policy_statement *s, ccdk_iam_principal_list principals)
{
    if (!ccdk__object_ok(s, __func__))
        return;
    add_principals(s, CCDK__NT(s->app, principals, "addPrincipals"), 0);
}

void ccdk_iam_policy_statement_add_not_principals(ccdk_iam_policy_statement *s, ccdk_iam_principal_list principals)
{
    if (!ccdk__object_ok(s, __func__))
        return;
    add_principals(s, CCDK__NT(s->app, principals, "addNotPrincipals"), 1);
}

/* ---- the convenience methods: addArnPrincipal ... addSourceArnCondition */

/* new XxxPrincipal(value) for a statement (no construct: owned by the statement's App) */
static void add_one_principal(ccdk_iam_policy_statement *s, ccdk__pkind k, const char *value, ccdk_value *conditions)
{
    ccdk_iam_principal *p = ccdk__alloc(s->app, sizeof *p);
    p->app = s->app;
    p->kind = k;
    p->value = ccdk__strdup(s->app, value);
    p->conditions = conditions;
    if (k == CCDK__P_FEDERATED)
        p->class_name = "FederatedPrincipal";
    if (k == CCDK__P_ACCOUNT) {
        const char *part = ccdk__token_str(s->app, ccdk__v_lazy(s->app, partition_lazy, s->app));
        p->arn = ccdk__sprintf(s->app, "arn:%s:iam::%s:root", part, p->value);
    }
    ccdk_iam_principal *const list[] = {p, NULL};
    add_principals(s, list, 0);
}

void ccdk_iam_policy_statement_add_arn_principal(ccdk_iam_policy_statement *s, const char *arn)
{
    if (ccdk__object_ok(s, __func__) && ccdk__arg_ok(arn, __func__, "arn"))
        add_one_principal(s, CCDK__P_ARN, arn, NULL);
}

void ccdk_iam_policy_statement_add_aws_account_principal(ccdk_iam_policy_statement *s, const char *account_id)
{
    if (ccdk__object_ok(s, __func__) && ccdk__arg_ok(account_id, __func__, "account_id"))
        add_one_principal(s, CCDK__P_ACCOUNT, account_id, NULL);
}

void ccdk_iam_policy_statement_add_service_principal(ccdk_iam_policy_statement *s, const char *service,
                                                     ccdk_value *conditions)
{
    if (ccdk__object_ok(s, __func__) && ccdk__arg_ok(service, __func__, "service"))
        add_one_principal(s, CCDK__P_SERVICE, service, conditions);
}

void ccdk_iam_policy_statement_add_service_principal_with_options(ccdk_iam_policy_statement *s, const char *service,
                                                                  const ccdk_iam_service_principal_options *options)
{
    if (!ccdk__object_ok(s, __func__) || !ccdk__arg_ok(service, __func__, "service"))
        return;
    /* addPrincipals(new ServicePrincipal(service, opts)) */
    ccdk_iam_principal *p = ccdk__alloc(s->app, sizeof *p);
    p->app = s->app;
    p->kind = CCDK__P_SERVICE;
    p->value = ccdk__strdup(s->app, service);
    service_options(p, options);
    ccdk_iam_principal *const list[] = {p, NULL};
    add_principals(s, list, 0);
}

void ccdk_iam_policy_statement_add_any_principal(ccdk_iam_policy_statement *s)
{
    if (ccdk__object_ok(s, __func__))
        add_one_principal(s, CCDK__P_ANY, "*", NULL);
}

/* AccountRootPrincipal's account: StackDependentToken(stack => stack.account), taken in the stack
 * where the statement is rendered */
static ccdk_value *account_lazy(void *ctx)
{
    ccdk_app *app = ctx;
    return ccdk__v_from_string(app, ccdk_stack_account(app->cur_stack));
}

void ccdk_iam_policy_statement_add_account_root_principal(ccdk_iam_policy_statement *s)
{
    if (!ccdk__object_ok(s, __func__))
        return;
    add_one_principal(s, CCDK__P_ACCOUNT, ccdk__token_str(s->app, ccdk__v_lazy(s->app, account_lazy, s->app)), NULL);
    s->principals_added[s->nprincipals - 1]->account_root = 1;
}

void ccdk_iam_policy_statement_add_canonical_user_principal(ccdk_iam_policy_statement *s, const char *canonical_user_id)
{
    if (ccdk__object_ok(s, __func__) && ccdk__arg_ok(canonical_user_id, __func__, "canonical_user_id"))
        add_one_principal(s, CCDK__P_CANONICAL, canonical_user_id, NULL);
}

void ccdk_iam_policy_statement_add_federated_principal(ccdk_iam_policy_statement *s, const char *federated,
                                                       ccdk_value *conditions)
{
    if (!ccdk__object_ok(s, __func__) || !ccdk__arg_ok(federated, __func__, "federated"))
        return;
    add_one_principal(s, CCDK__P_FEDERATED, federated, conditions);
}

void ccdk_iam_policy_statement_add_conditions(ccdk_iam_policy_statement *s, ccdk_value *conditions)
{
    if (ccdk__object_ok(s, __func__) && ccdk__arg_ok(conditions, __func__, "conditions"))
        add_conditions(s, conditions);
}

void ccdk_iam_policy_statement_add_account_condition(ccdk_iam_policy_statement *s, const char *account_id)
{
    if (ccdk__object_ok(s, __func__) && ccdk__arg_ok(account_id, __func__, "account_id"))
        ccdk_iam_policy_statement_add_condition(s, "StringEquals", "sts:ExternalId", ccdk__v_from_string(s->app, account_id));
}

void ccdk_iam_policy_statement_add_source_account_condition(ccdk_iam_policy_statement *s, const char *account_id)
{
    if (ccdk__object_ok(s, __func__) && ccdk__arg_ok(account_id, __func__, "account_id"))
        ccdk_iam_policy_statement_add_condition(s, "StringEquals", "aws:SourceAccount",
                                                ccdk__v_from_string(s->app, account_id));
}

void ccdk_iam_policy_statement_add_source_arn_condition(ccdk_iam_policy_statement *s, const char *arn)
{
    if (ccdk__object_ok(s, __func__) && ccdk__arg_ok(arn, __func__, "arn"))
        ccdk_iam_policy_statement_add_condition(s, "ArnEquals", "aws:SourceArn", ccdk__v_from_string(s->app, arn));
}

/* The items of a list (NULL: none) each once, in order (of strings only, when strings_only). */
static ccdk_value *unique_items(ccdk_app *app, const ccdk_value *l, int strings_only)
{
    ccdk_value *u = ccdk__v_list(app);
    for (size_t i = 0; l && i < l->u.list.n; i++) {
        int dup = strings_only && l->u.list.items[i]->kind != CCDK__V_STR;
        for (size_t k = 0; k < u->u.list.n && !dup; k++)
            dup = ccdk__v_equal(u->u.list.items[k], l->u.list.items[i]);
        if (!dup)
            ccdk__v_push(u, l->u.list.items[i]);
    }
    return u;
}

/* Token.isUnresolved of a list: one string that holds a list token marker */
static int is_list_token(const ccdk_value *l)
{
    return l && l->kind == CCDK__V_LIST && l->u.list.n == 1 && l->u.list.items[0]->kind == CCDK__V_STR &&
           ccdk__has_list_marker(l->u.list.items[0]->u.str.s);
}

/* postprocess-policy-document.ts _norm. unique: each item once, as the statement's OrderedSets keep
 * them before _norm sees them. Then a list token stays the list it is (it resolves to the whole
 * list: {"Fn::Split": ...}), and one item is that item. */
static ccdk_value *norm_list(ccdk_app *app, ccdk_value *l, int unique)
{
    if (!l || l->u.list.n == 0)
        return NULL;
    if (unique && l->u.list.n > 1)
        l = unique_items(app, l, 0);
    if (is_list_token(l))
        return l;
    return l->u.list.n == 1 ? l->u.list.items[0] : l;
}

static ccdk_value *norm_principal(ccdk_app *app, ccdk_value *p)
{
    if (!p || p->u.obj.n == 0)
        return NULL;
    ccdk_value *literal = ccdk__v_get(p, LITERAL_STRING_KEY); /* a StarPrincipal's "*" */
    if (literal && literal->kind == CCDK__V_LIST && literal->u.list.n)
        return literal->u.list.items[0];
    ccdk_value *r = ccdk__v_obj_sized(app, p->u.obj.n);
    for (size_t i = 0; i < p->u.obj.n; i++) {
        ccdk_value *v = norm_list(app, p->u.obj.e[i].val, 0);
        if (v) /* the keys of an object, unique (and kept as long as the statement) */
            ccdk__v_append_unique(r, p->u.obj.e[i].key, v);
    }
    return r;
}

ccdk_value *ccdk__statement_json(ccdk_iam_policy_statement *s)
{
    ccdk_app *app = s->app;
    ccdk_value *o = ccdk__v_obj_sized(app, 9); /* its keys, once each: appended without a lookup */
    ccdk_value *v;
    if ((v = norm_list(app, s->actions, 1)))
        ccdk__v_append_unique(o, "Action", v);
    if ((v = norm_list(app, s->not_actions, 1)))
        ccdk__v_append_unique(o, "NotAction", v);
    if (s->condition->u.obj.n)
        ccdk__v_append_unique(o, "Condition", s->condition);
    ccdk__v_append_unique(o, "Effect", ccdk__v_str(app, s->effect == CCDK_IAM_DENY ? "Deny" : "Allow"));
    if ((v = norm_principal(app, s->principal)))
        ccdk__v_append_unique(o, "Principal", v);
    if ((v = norm_principal(app, s->not_principal)))
        ccdk__v_append_unique(o, "NotPrincipal", v);
    if ((v = norm_list(app, s->resources, 1)))
        ccdk__v_append_unique(o, "Resource", v);
    if ((v = norm_list(app, s->not_resources, 1)))
        ccdk__v_append_unique(o, "NotResource", v);
    if (s->sid)
        ccdk__v_append_unique(o, "Sid", ccdk__v_str(app, s->sid));
    return o;
}

const char *ccdk_iam_policy_statement_sid(const ccdk_iam_policy_statement *s) { return s ? s->sid : NULL; }

void ccdk_iam_policy_statement_set_sid(ccdk_iam_policy_statement *s, const char *sid)
{
    if (!ccdk__object_ok(s, __func__) || !not_frozen(s, "sid"))
        return;
    s->sid = ccdk__strdup(s->app, sid);
}

void ccdk_iam_policy_statement_freeze(ccdk_iam_policy_statement *s)
{
    if (ccdk__object_ok(s, __func__))
        s->frozen = 1;
}

int ccdk_iam_policy_statement_is_frozen(const ccdk_iam_policy_statement *s) { return s ? s->frozen : 0; }

ccdk_value *ccdk_iam_policy_statement_to_json(ccdk_iam_policy_statement *s)
{
    return s ? ccdk__v_copy(s->app, ccdk__statement_json(s)) : NULL;
}

/* ------------------------------------------------------------------ documents */

ccdk_iam_policy_document *ccdk_iam_policy_document_new(void *scope, ccdk_iam_policy_statement_list statements)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_iam_policy_document *d = ccdk__alloc(app, sizeof *d);
    d->app = app;
    d->scope = ccdk__node_of(scope);
    size_t n = CCDK__LEN(statements, "PolicyDocument statements");
    for (size_t i = 0; i < n; i++)
        ccdk_iam_policy_document_add_statements(d, statements.items[i]);
    return d;
}

void ccdk_iam_policy_document_add_statements(ccdk_iam_policy_document *d, ccdk_iam_policy_statement *s)
{
    if (!ccdk__object_ok(d, __func__) || !ccdk__arg_ok(s, __func__, "s"))
        return;
    if (d->n == d->cap)
        d->st = ccdk__arena_grow(d->app, d->st, d->n, &d->cap, sizeof *d->st, 4);
    d->st[d->n++] = s;
}

/* ---- merge-statements.js and postprocess-policy-document.js, on the resolved statements.
 * aws-cdk-lib merges the PolicyStatement objects before rendering, comparing token strings; here the
 * statements are compared by their resolved JSON, which is the same for tokens of one attribute,
 * except principals, compared by their dedupe strings or identity (principal_key), as aws-cdk-lib. */

static char *json_of(const ccdk_value *v)
{
    ccdk__buf b = {0};
    ccdk__json_write(&b, v, 0);
    ccdk__buf_putc(&b, 0);
    return b.data;
}

/* A field of a statement as a list of values (a scalar is a list of one). */
static size_t as_items(const ccdk_value *st, const char *key, ccdk_value *const **items, ccdk_value **one)
{
    ccdk_value *v = ccdk__v_get(st, key);
    if (!v || v->kind == CCDK__V_UNDEF) {
        *items = NULL;
        return 0;
    }
    if (v->kind == CCDK__V_LIST) {
        *items = v->u.list.items;
        return v->u.list.n;
    }
    *one = v;
    *items = one;
    return 1;
}

static int has_json(ccdk_value *const *items, size_t n, const ccdk_value *v)
{
    for (size_t i = 0; i < n; i++)
        if (ccdk__v_equal(items[i], v))
            return 1;
    return 0;
}

/* setEqual: same length, every element of a in b */
static int field_set_equal(const ccdk_value *a, const ccdk_value *b, const char *key)
{
    ccdk_value *const *ia, *const *ib;
    ccdk_value *oa, *ob;
    size_t na = as_items(a, key, &ia, &oa), nb = as_items(b, key, &ib, &ob);
    if (na != nb)
        return 0;
    for (size_t i = 0; i < na; i++)
        if (!has_json(ib, nb, ia[i]))
            return 0;
    return 1;
}

/* principals as a set of (key, value) pairs */
static size_t principal_pairs(ccdk_app *app, const ccdk_value *st, const char *key, char ***out)
{
    ccdk_value *p = ccdk__v_get(st, key);
    *out = NULL;
    if (!p || p->kind != CCDK__V_OBJ)
        return 0;
    size_t n = 0, cap = 0;
    char **r = NULL;
    for (size_t i = 0; i < p->u.obj.n; i++) {
        ccdk_value *const *items;
        ccdk_value *one;
        size_t m = as_items(p, p->u.obj.e[i].key, &items, &one);
        for (size_t k = 0; k < m; k++) {
            if (n == cap)
                r = ccdk__arena_grow(app, r, n, &cap, sizeof *r, 8);
            char *j = json_of(items[k]);
            r[n++] = ccdk__sprintf(app, "%s\n%s", p->u.obj.e[i].key, j);
            free(j);
        }
    }
    *out = r;
    return n;
}

static int principals_equal(ccdk_app *app, const ccdk_value *a, const ccdk_value *b, const char *key)
{
    char **pa, **pb;
    size_t na = principal_pairs(app, a, key, &pa), nb = principal_pairs(app, b, key, &pb);
    /* compare as sets (duplicates collapse, as the dedupe strings of partitionPrincipals do) */
    for (size_t i = 0; i < na; i++) {
        int f = 0;
        for (size_t k = 0; k < nb && !f; k++)
            f = !strcmp(pa[i], pb[k]);
        if (!f)
            return 0;
    }
    for (size_t k = 0; k < nb; k++) {
        int f = 0;
        for (size_t i = 0; i < na && !f; i++)
            f = !strcmp(pa[i], pb[k]);
        if (!f)
            return 0;
    }
    return 1;
}

static ccdk_value *norm_items(ccdk_app *app, ccdk_value *list)
{
    if (list->u.list.n == 0)
        return NULL;
    return list->u.list.n == 1 ? list->u.list.items[0] : list;
}

static ccdk_value *field_union(ccdk_app *app, const ccdk_value *a, const ccdk_value *b, const char *key)
{
    ccdk_value *l = ccdk__v_list(app);
    const ccdk_value *src[2] = {a, b};
    for (int s = 0; s < 2; s++) {
        ccdk_value *const *items;
        ccdk_value *one;
        size_t n = as_items(src[s], key, &items, &one);
        for (size_t i = 0; i < n; i++)
            if (!has_json(l->u.list.items, l->u.list.n, items[i]))
                ccdk__v_push(l, items[i]);
    }
    return norm_items(app, l);
}

static ccdk_value *principal_union(ccdk_app *app, const ccdk_value *a, const ccdk_value *b)
{
    ccdk_value *o = ccdk__v_obj(app);
    const ccdk_value *src[2] = {a, b};
    for (int s = 0; s < 2; s++) {
        ccdk_value *p = ccdk__v_get(src[s], "Principal");
        if (!p || p->kind != CCDK__V_OBJ)
            continue;
        for (size_t i = 0; i < p->u.obj.n; i++) {
            ccdk_value *l = ccdk__v_get(o, p->u.obj.e[i].key);
            if (!l) {
                l = ccdk__v_list(app);
                ccdk__v_set(o, p->u.obj.e[i].key, l);
            }
            ccdk_value *const *items;
            ccdk_value *one;
            size_t n = as_items(p, p->u.obj.e[i].key, &items, &one);
            for (size_t k = 0; k < n; k++)
                if (!has_json(l->u.list.items, l->u.list.n, items[k]))
                    ccdk__v_push(l, items[k]);
        }
    }
    if (!o->u.obj.n)
        return NULL;
    for (size_t i = 0; i < o->u.obj.n; i++)
        o->u.obj.e[i].val = norm_items(app, o->u.obj.e[i].val);
    return o;
}

static int same_json(const ccdk_value *a, const ccdk_value *b)
{
    if (!a || !b)
        return !a && !b;
    return ccdk__v_equal(a, b);
}

/* A statement's Action and Resource strings before resolution (each once, in order; after a merge,
 * setMerge's sorted union), beside its resolved JSON: list tokens are told apart by these. */
typedef struct {
    ccdk_value *act, *res;
    int merged; /* made by merging (a statement's own list token among other items is the resolver's error) */
    const char **pk; /* the principals' keys (principal_key), each once; NULL: not known, compare the JSON */
    size_t npk;
    const char **npk_not; /* the same of the notPrincipals */
    size_t nnpk_not;
} unresolved_fields;

/* setEqualPrincipals on the keys of partitionPrincipals: the same set of dedupe strings and objects */
static int key_sets_equal(const char *const *a, size_t na, const char *const *b, size_t nb)
{
    if (na != nb)
        return 0;
    for (size_t i = 0; i < na; i++) {
        size_t k = 0;
        while (k < nb && strcmp(a[i], b[k]))
            k++;
        if (k == nb)
            return 0;
    }
    return 1;
}

static int keys_equal(const unresolved_fields *a, const unresolved_fields *b)
{
    return key_sets_equal(a->pk, a->npk, b->pk, b->npk);
}

/* setMergePrincipals: the union of the keys */
static void keys_union(ccdk_app *app, const unresolved_fields *a, const unresolved_fields *b, unresolved_fields *out)
{
    const char **k = ccdk__alloc(app, (a->npk + b->npk + 1) * sizeof *k);
    size_t n = 0;
    const unresolved_fields *src[2] = {a, b};
    for (int s = 0; s < 2; s++)
        for (size_t i = 0; i < src[s]->npk; i++) {
            size_t f = 0;
            while (f < n && strcmp(k[f], src[s]->pk[i]))
                f++;
            if (f == n)
                k[n++] = src[s]->pk[i];
        }
    out->pk = k;
    out->npk = n;
}

/* the keys of a statement's principals */
static void statement_keys(ccdk_app *app, const ccdk_iam_policy_statement *s, unresolved_fields *out)
{
    unresolved_fields one = {0};
    one.pk = ccdk__alloc(app, (s->nprincipals + 1) * sizeof *one.pk);
    for (size_t i = 0; i < s->nprincipals; i++)
        one.pk[one.npk++] = principal_key(app, s->principals_added[i]);
    keys_union(app, &one, &(unresolved_fields){0}, out); /* comparable principals of one dedupe string are one */
    unresolved_fields nots = {0}, u = {0};
    nots.pk = ccdk__alloc(app, (s->nnot_principals + 1) * sizeof *nots.pk);
    for (size_t i = 0; i < s->nnot_principals; i++)
        nots.pk[nots.npk++] = principal_key(app, s->not_principals_added[i]);
    keys_union(app, &nots, &(unresolved_fields){0}, &u);
    out->npk_not = u.pk;
    out->nnpk_not = u.npk;
}

static ccdk_value *unique_strs(ccdk_app *app, const ccdk_value *l) { return unique_items(app, l, 1); }

static int has_list_token(const ccdk_value *l)
{
    for (size_t i = 0; i < l->u.list.n; i++)
        if (ccdk__has_list_marker(l->u.list.items[i]->u.str.s))
            return 1;
    return 0;
}

/* A list token or a Lazy among the strings before resolution: tokens that aws-cdk-lib makes anew on
 * every call (two Fn.split calls, two Lazy.string calls), each equal only to itself. */
static int has_token_of_its_own(ccdk_app *app, const ccdk_value *l)
{
    if (has_list_token(l))
        return 1;
    for (size_t i = 0; i < l->u.list.n; i++) {
        ccdk_value *v = ccdk__token_lookup(app, l->u.list.items[i]->u.str.s);
        if (v && v->kind == CCDK__V_LAZY)
            return 1;
    }
    return 0;
}

/* setEqual of one field. aws-cdk-lib compares the strings before resolution; ccdk compares the
 * resolved JSON (the same for the tokens of one attribute, which aws-cdk-lib makes once) except
 * where a token of its own is involved: two TableGrants' index Lazies (which resolve to nothing)
 * keep two grants on one table apart, as in aws-cdk-lib. */
static int fields_equal(ccdk_app *app, const ccdk_value *a, const ccdk_value *b, const char *key, const ccdk_value *ua,
                        const ccdk_value *ub)
{
    if (!has_token_of_its_own(app, ua) && !has_token_of_its_own(app, ub))
        return field_set_equal(a, b, key);
    if (ua->u.list.n != ub->u.list.n)
        return 0;
    for (size_t i = 0; i < ua->u.list.n; i++)
        if (!has_json(ub->u.list.items, ub->u.list.n, ua->u.list.items[i]))
            return 0;
    return 1;
}

/* setMerge: the union of two string lists (b may be NULL), each string once, sorted */
static ccdk_value *strs_union(ccdk_app *app, const ccdk_value *a, const ccdk_value *b)
{
    ccdk_value *u = unique_strs(app, a);
    for (size_t i = 0; b && i < b->u.list.n; i++)
        if (!has_json(u->u.list.items, u->u.list.n, b->u.list.items[i]))
            ccdk__v_push(u, b->u.list.items[i]);
    /* sort(): tokens compare by their first reads (token.c) */
    ccdk__token_sort_strings(app, u->u.list.items, u->u.list.n);
    return u;
}

/* The merged statement's resolved field, in the order of its sorted strings (merged: setMerge's, of
 * ua and ub): aws-cdk-lib resolves the merged statement, so its references are met (and a producer's
 * exports made) in that order. Each statement's resolved items pair with its strings by place; when
 * they do not (a string unknown, two strings of one JSON), the union in the statements' order. */
static ccdk_value *ordered_union(ccdk_app *app, const ccdk_value *a, const ccdk_value *b, const char *key,
                                 const ccdk_value *ua, const ccdk_value *ub, const ccdk_value *merged)
{
    ccdk_value *const *ia, *const *ib;
    ccdk_value *oa, *ob;
    size_t na = as_items(a, key, &ia, &oa), nb = as_items(b, key, &ib, &ob);
    if (na != ua->u.list.n || nb != ub->u.list.n || na + nb == 0)
        return field_union(app, a, b, key);
    ccdk_value *l = ccdk__v_list(app);
    for (size_t i = 0; i < merged->u.list.n; i++) {
        const char *s = merged->u.list.items[i]->u.str.s;
        ccdk_value *item = NULL;
        for (size_t k = 0; !item && k < na; k++)
            if (!strcmp(ua->u.list.items[k]->u.str.s, s))
                item = ia[k];
        for (size_t k = 0; !item && k < nb; k++)
            if (!strcmp(ub->u.list.items[k]->u.str.s, s))
                item = ib[k];
        if (!item)
            return field_union(app, a, b, key);
        if (!has_json(l->u.list.items, l->u.list.n, item))
            ccdk__v_push(l, item);
    }
    return norm_items(app, l);
}

/* mergeIfCombinable (combinable = 1) or mergeIfEqual (0); NULL when the statements stay apart. ua, ub:
 * the statements' unresolved fields; *uout those of the merged statement. */
static ccdk_value *merge_two(ccdk_app *app, ccdk_value *a, ccdk_value *b, int combinable, const unresolved_fields *ua,
                             const unresolved_fields *ub, unresolved_fields *uout)
{
    ccdk_value *sa = ccdk__v_get(a, "Sid"), *sb = ccdk__v_get(b, "Sid");
    if (!same_json(ccdk__v_get(a, "Effect"), ccdk__v_get(b, "Effect")) ||
        !same_json(ccdk__v_get(a, "Condition"), ccdk__v_get(b, "Condition")))
        return NULL;
    /* notPrincipals as principals below: two AccountRootPrincipals differ though their JSON is one */
    int npeq = ua->npk_not && ub->npk_not ? key_sets_equal(ua->npk_not, ua->nnpk_not, ub->npk_not, ub->nnpk_not)
                                          : principals_equal(app, a, b, "NotPrincipal");
    if (!field_set_equal(a, b, "NotAction") || !field_set_equal(a, b, "NotResource") || !npeq)
        return NULL;
    /* aws-cdk-lib compares principals by their dedupe strings (token strings before resolution:
     * two AccountRootPrincipal objects differ) or, for a Role or User, by identity */
    int peq = ua->pk && ub->pk ? keys_equal(ua, ub) : principals_equal(app, a, b, "Principal");
    int eq = fields_equal(app, a, b, "Action", ua->act, ub->act) + fields_equal(app, a, b, "Resource", ua->res, ub->res) + peq;
    if (!combinable) {
        *uout = *ua;
        return eq == 3 && same_json(sa, sb) ? a : NULL;
    }
    if (sa || sb || eq < 2)
        return NULL;
    uout->act = strs_union(app, ua->act, ub->act);
    uout->res = strs_union(app, ua->res, ub->res);
    uout->merged = 1;
    uout->pk = NULL;
    uout->npk = 0;
    uout->npk_not = ua->npk_not; /* a.statement.copy() keeps a's notPrincipals */
    uout->nnpk_not = ua->nnpk_not;
    if (ua->pk && ub->pk)
        keys_union(app, ua, ub, uout);
    /* a.statement.copy({actions, resources, principals}), rendered as toStatementJson does */
    static const char *const order[] = {"Action", "NotAction", "Condition", "Effect", "Principal", "NotPrincipal",
                                        "Resource", "NotResource", NULL};
    ccdk_value *o = ccdk__v_obj(app);
    for (const char *const *k = order; *k; k++) {
        ccdk_value *v;
        if (!strcmp(*k, "Action"))
            v = ordered_union(app, a, b, *k, ua->act, ub->act, uout->act);
        else if (!strcmp(*k, "Resource"))
            v = ordered_union(app, a, b, *k, ua->res, ub->res, uout->res);
        else if (!strcmp(*k, "Principal"))
            v = principal_union(app, a, b);
        else
            v = ccdk__v_get(a, *k);
        if (v)
            ccdk__v_set(o, *k, v);
    }
    return o;
}

/* ------------------------------------------------------------------ merge signatures
 *
 * mergeStatements compares every pair of statements, pass after pass until nothing merges: quadratic
 * in aws-cdk-lib too, and with a role of thousands of statements (a shared role, thousands of
 * grantInvoke) each merge_two -- its set comparisons, its scans for tokens -- cost seconds in all.
 * A statement's signature holds hashes of the parts merge_two compares, made once: a pair whose
 * hashes tell it cannot merge is passed over without merge_two. Parts merge_two finds equal always
 * hash alike; a part whose comparison a hash cannot stand for (a list with items that may repeat,
 * a token of its own) is "unknown" and never tells a pair apart. */

static uint64_t hash_mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

static uint64_t hash_bytes(const char *p, size_t n)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 0x100000001b3ULL;
    return hash_mix(h);
}

/* a hash that ccdk__v_equal values share (objects: their entries in any order) */
static uint64_t value_hash(const ccdk_value *v)
{
    if (!v)
        return 0x9e3779b97f4a7c15ULL;
    uint64_t h = hash_mix((uint64_t)v->kind + 1);
    switch (v->kind) {
    case CCDK__V_UNDEF:
    case CCDK__V_NULL:
        return h;
    case CCDK__V_BOOL:
        return hash_mix(h ^ (uint64_t)(v->u.b != 0));
    case CCDK__V_NUM: {
        double d = v->u.n == 0 ? 0 : v->u.n; /* -0 == 0 */
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        return hash_mix(h ^ bits);
    }
    case CCDK__V_STR:
        return hash_mix(h ^ hash_bytes(v->u.str.s, v->u.str.len));
    case CCDK__V_LIST:
        for (size_t i = 0; i < v->u.list.n; i++)
            h = hash_mix(h * 31 + value_hash(v->u.list.items[i]));
        return h;
    case CCDK__V_OBJ: {
        uint64_t sum = 0;
        for (size_t i = 0; i < v->u.obj.n; i++) {
            const char *k = v->u.obj.e[i].key;
            sum += hash_mix(hash_bytes(k, strlen(k)) ^ value_hash(v->u.obj.e[i].val) * 3);
        }
        return hash_mix(h ^ sum ^ (uint64_t)v->u.obj.n);
    }
    default: /* compared by identity */
        return hash_mix(h ^ (uint64_t)(uintptr_t)v);
    }
}

typedef struct {
    uint64_t h;
    int known;
} part_hash;

static int cmp_u64(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return a < b ? -1 : a > b;
}

/* field_set_equal's part (same length, every item of one in the other): the sum of the items'
 * hashes, known when no two items hash alike (then equal fields are equal sets) */
static part_hash field_hash(ccdk_app *app, const ccdk_value *st, const char *key)
{
    ccdk_value *const *items;
    ccdk_value *one;
    size_t n = as_items(st, key, &items, &one);
    uint64_t small[8], *hs = n <= 8 ? small : ccdk__alloc(app, n * sizeof *hs);
    for (size_t i = 0; i < n; i++)
        hs[i] = value_hash(items[i]);
    qsort(hs, n, sizeof *hs, cmp_u64);
    part_hash r = {hash_mix((uint64_t)n), 1};
    for (size_t i = 0; i < n; i++) {
        if (i && hs[i] == hs[i - 1])
            r.known = 0;
        r.h += hs[i];
    }
    return r;
}

/* a set of strings (duplicates collapse): the sum of their distinct hashes */
static uint64_t key_set_hash(ccdk_app *app, const char *const *keys, size_t n)
{
    uint64_t small[8], *hs = n <= 8 ? small : ccdk__alloc(app, n * sizeof *hs);
    for (size_t i = 0; i < n; i++)
        hs[i] = hash_bytes(keys[i], strlen(keys[i]));
    qsort(hs, n, sizeof *hs, cmp_u64);
    uint64_t sum = 0x51ed27ULL;
    for (size_t i = 0; i < n; i++)
        if (!i || hs[i] != hs[i - 1])
            sum += hs[i];
    return sum;
}

typedef struct {
    uint64_t fixed;                   /* Effect, Condition, Sid (same_json each) */
    part_hash not_act, not_res, act, res;
    int has_sid;
    int pk_known, npk_known;          /* the principals' keys are known (unresolved_fields) */
    uint64_t pk, pj, npk, npj;        /* principal keys, principal JSON pairs; the same of notPrincipals */
} merge_sig;

static merge_sig statement_sig(ccdk_app *app, const ccdk_value *st, const unresolved_fields *u)
{
    merge_sig g = {0};
    ccdk_value *sid = ccdk__v_get(st, "Sid");
    g.has_sid = sid != NULL;
    g.fixed = hash_mix(value_hash(ccdk__v_get(st, "Effect")) ^ value_hash(ccdk__v_get(st, "Condition")) * 5 ^
                       value_hash(sid) * 7);
    g.not_act = field_hash(app, st, "NotAction");
    g.not_res = field_hash(app, st, "NotResource");
    g.act = field_hash(app, st, "Action");
    g.res = field_hash(app, st, "Resource");
    /* fields_equal compares the strings before resolution when a token of its own is there */
    if (has_token_of_its_own(app, u->act))
        g.act.known = 0;
    if (has_token_of_its_own(app, u->res))
        g.res.known = 0;
    char **pairs;
    size_t np = principal_pairs(app, st, "Principal", &pairs);
    g.pj = key_set_hash(app, (const char *const *)pairs, np);
    np = principal_pairs(app, st, "NotPrincipal", &pairs);
    g.npj = key_set_hash(app, (const char *const *)pairs, np);
    if ((g.pk_known = u->pk != NULL))
        g.pk = key_set_hash(app, u->pk, u->npk);
    if ((g.npk_known = u->npk_not != NULL))
        g.npk = key_set_hash(app, u->npk_not, u->nnpk_not);
    return g;
}

static int part_may_equal(part_hash a, part_hash b) { return !a.known || !b.known || a.h == b.h; }

/* 0 when merge_two(a, b) would give NULL; 1 when it may merge them */
static int sig_may_merge(const merge_sig *a, const merge_sig *b, int combinable)
{
    if (combinable && (a->has_sid || b->has_sid))
        return 0;
    if (a->fixed != b->fixed || !part_may_equal(a->not_act, b->not_act) || !part_may_equal(a->not_res, b->not_res))
        return 0;
    if (a->npk_known && b->npk_known ? a->npk != b->npk : a->npj != b->npj)
        return 0;
    int peq = a->pk_known && b->pk_known ? a->pk == b->pk : a->pj == b->pj;
    int eq = part_may_equal(a->act, b->act) + part_may_equal(a->res, b->res) + peq;
    return combinable ? eq >= 2 : eq == 3;
}

static void merge_statements(ccdk_app *app, ccdk_value *st, int combinable, unresolved_fields *u)
{
    merge_sig *sig = ccdk__alloc(app, (st->u.list.n + 1) * sizeof *sig);
    for (size_t i = 0; i < st->u.list.n; i++)
        sig[i] = statement_sig(app, st->u.list.items[i], &u[i]);
    for (int changed = 1; changed;) {
        changed = 0;
        for (size_t i = 0; i < st->u.list.n; i++) {
            size_t j = i + 1;
            while (j < st->u.list.n) {
                unresolved_fields um;
                ccdk_value *m = sig_may_merge(&sig[i], &sig[j], combinable)
                                    ? merge_two(app, st->u.list.items[i], st->u.list.items[j], combinable, &u[i], &u[j], &um)
                                    : NULL;
                if (m) {
                    st->u.list.items[i] = m;
                    u[i] = um;
                    sig[i] = statement_sig(app, m, &um);
                    memmove(&st->u.list.items[j], &st->u.list.items[j + 1], (st->u.list.n - j - 1) * sizeof *st->u.list.items);
                    memmove(&u[j], &u[j + 1], (st->u.list.n - j - 1) * sizeof *u);
                    memmove(&sig[j], &sig[j + 1], (st->u.list.n - j - 1) * sizeof *sig);
                    st->u.list.n--;
                    changed = 1;
                } else {
                    j++;
                }
            }
        }
    }
    /* a list token merged with other items: what resolving the merged statement throws in aws-cdk-lib */
    for (size_t i = 0; i < st->u.list.n; i++) {
        const ccdk_value *f[2] = {u[i].act, u[i].res};
        for (int k = 0; k < 2 && u[i].merged; k++)
            if (f[k]->u.list.n > 1 && has_list_token(f[k]))
                ccdk__unscoped_error(app, "Cannot add elements to list token, got: %s", ccdk__js_string(app, f[k]));
    }
}

typedef struct {
    char *key;
    ccdk_value *v;
} json_item;

static int cmp_json_item(const void *x, const void *y)
{
    const json_item *a = x, *b = y;
    return strcmp(a->key, b->key);
}

/* sortByJson: unique by JSON text, sorted by it; a single element is unwrapped */
static ccdk_value *sort_by_json(ccdk_app *app, ccdk_value *v)
{
    if (!v || v->kind != CCDK__V_LIST)
        return v;
    size_t n = v->u.list.n, m = 0;
    json_item *it = malloc((n ? n : 1) * sizeof *it);
    for (size_t i = 0; i < n; i++) {
        char *k = json_of(v->u.list.items[i]);
        size_t f = 0;
        while (f < m && strcmp(it[f].key, k))
            f++;
        if (f < m) { /* Map.set: the key keeps its place, the value is the last one */
            it[f].v = v->u.list.items[i];
            free(k);
        } else {
            it[m].key = k;
            it[m++].v = v->u.list.items[i];
        }
    }
    qsort(it, m, sizeof *it, cmp_json_item);
    ccdk_value *l = ccdk__v_list(app);
    for (size_t i = 0; i < m; i++) {
        ccdk__v_push(l, it[i].v);
        free(it[i].key);
    }
    free(it);
    return l->u.list.n == 1 ? l->u.list.items[0] : l;
}

static ccdk_value *sort_principals(ccdk_app *app, ccdk_value *p)
{
    if (!p || p->kind != CCDK__V_OBJ)
        return p;
    ccdk_value *o = ccdk__v_obj(app);
    ccdk__entry *e = malloc((p->u.obj.n ? p->u.obj.n : 1) * sizeof *e);
    memcpy(e, p->u.obj.e, p->u.obj.n * sizeof *e);
    ccdk__entries_sort(e, p->u.obj.n);
    for (size_t i = 0; i < p->u.obj.n; i++)
        ccdk__v_set(o, e[i].key, sort_by_json(app, e[i].val));
    free(e);
    return o;
}

/* The resolved document: merge (minimizePolicies, or equal statements of a role's default policy),
 * drop duplicate statements (by their JSON), and sort under minimizePolicies. */
static ccdk_value *post_document(ccdk_app *app, ccdk_value *doc, void *ctx)
{
    ccdk_iam_policy_document *d = ctx;
    ccdk_value *st = ccdk__v_get(doc, "Statement");
    if (!st || st->kind != CCDK__V_LIST)
        return doc;
    int minimize = d->scope && ccdk__feature_flag(d->scope, "@aws-cdk/aws-iam:minimizePolicies");
    if (minimize || d->merge_equal) {
        /* the statements' own strings, when there is one resolved statement each (else none known) */
        size_t n = st->u.list.n;
        unresolved_fields *u = ccdk__alloc(app, (n ? n : 1) * sizeof *u);
        for (size_t i = 0; i < n; i++) {
            u[i] = n == d->n ? (unresolved_fields){.act = unique_strs(app, d->st[i]->actions), .res = unique_strs(app, d->st[i]->resources)}
                             : (unresolved_fields){.act = unique_strs(app, NULL), .res = unique_strs(app, NULL)};
            if (n == d->n)
                statement_keys(app, d->st[i], &u[i]);
        }
        merge_statements(app, st, minimize, u);
    }
    ccdk_value *u = unique_items(app, st, 0);
    for (size_t i = 0; d->assign_sids && i < u->u.list.n; i++) {
        ccdk_value *s = u->u.list.items[i];
        ccdk_value *sid = ccdk__v_get(s, "Sid");
        if (!sid || (sid->kind == CCDK__V_STR && !sid->u.str.len))
            ccdk__v_set(s, "Sid", ccdk__v_str(app, ccdk__sprintf(app, "%zu", i)));
    }
    /* PostProcessPolicyDocument sorts after the resolver has met every token: aws-cdk-lib notes
     * cross-stack references in the order of the merged statements, so the collecting render
     * (refs.c), whose marker strings would sort otherwise, leaves the sorting out */
    if (minimize && !app->xref_collect)
        for (size_t i = 0; i < u->u.list.n; i++) {
            ccdk_value *s = u->u.list.items[i];
            ccdk_value *v;
            if ((v = ccdk__v_get(s, "Action")))
                ccdk__v_set(s, "Action", sort_by_json(app, v));
            if ((v = ccdk__v_get(s, "Resource")))
                ccdk__v_set(s, "Resource", sort_by_json(app, v));
            if ((v = ccdk__v_get(s, "Principal")))
                ccdk__v_set(s, "Principal", sort_principals(app, v));
        }
    ccdk__v_set(doc, "Statement", u);
    return doc;
}

static ccdk_value *tokenized(ccdk_app *app, ccdk_value *v);

static ccdk_value *document_lazy(void *ctx)
{
    ccdk_iam_policy_document *d = ctx;
    ccdk_app *app = d->app;
    if (!d->n) /* render(): undefined for an empty document */
        return ccdk__v_undef(app);
    ccdk_value *doc = ccdk__v_obj(app);
    ccdk_value *l = ccdk__v_list(app);
    for (size_t i = 0; i < d->n; i++)
        ccdk__v_push(l, ccdk__statement_json(d->st[i]));
    ccdk__v_set(doc, "Statement", l);
    ccdk__v_set(doc, "Version", ccdk__v_str(app, "2012-10-17"));
    return ccdk__v_post(app, doc, post_document, d);
}

ccdk_value *ccdk__document_value(ccdk_iam_policy_document *d) { return ccdk__v_lazy(d->app, document_lazy, d); }

/* ------------------------------------------------------------------ managed policies */

struct ccdk_iam_managed_policy {
    ccdk_app *app;
    const char *name; /* AWS managed name, or NULL */
    const char *arn;
    /* new ManagedPolicy: its construct, CfnManagedPolicy and document; NULL for the others */
    struct managed_policy_node *node;
    const char *aws_arn_text; /* an AWS managed policy's ARN as aws_managed_arn made it first */
};

/* new ManagedPolicy: the construct (a Resource) */
typedef struct managed_policy_node {
    ccdk__node node;
    ccdk_iam_managed_policy *policy;
    ccdk_cfn_resource *resource;
    ccdk_iam_policy_document *doc;
    ccdk_value *roles, *users, *groups; /* lists of role / user / group name values */
    ccdk_iam_group **attached_groups; /* groups.find(g => g.groupRef.groupArn === group.groupRef.groupArn) */
    size_t ngroups, capgroups;
    ccdk_iam_role **attached_roles; /* roles.find(r => r.roleRef.roleArn === role.roleArn) */
    size_t nroles, caproles;
    ccdk_iam_user **attached_users;
    size_t nusers, capusers;
    const char *physical_arn; /* getResourceArnAttribute's token (NULL under preventSynthesis) */
    ccdk_iam_principal *principal; /* grantPrincipal */
    const char *name; /* managedPolicyName, made on first use */
    const char *precreated_arn; /* under customizeRoles: the ARN of the policy named as its id */
} managed_policy_node;

static ccdk_value *aws_managed_arn(void *ctx)
{
    ccdk_iam_managed_policy *p = ctx;
    ccdk_app *app = p->app;
    if (!p->aws_arn_text) {
        /* made once (each render produces it: the cross-stack scan, the template), where it
         * outlives a render's scratch arena */
        ccdk__arena cur;
        ccdk__persistent_enter(app, &cur);
        /* aws-cdk-lib formats it with Aws.PARTITION, never a partition literal */
        p->aws_arn_text = ccdk__sprintf(app, "arn:%s:iam::aws:policy/%s", ccdk_aws_partition(app), p->name);
        ccdk__persistent_leave(app, &cur);
    }
    return ccdk__v_str_nocopy(app, p->aws_arn_text);
}

ccdk_iam_managed_policy *ccdk_iam_managed_policy_from_aws_managed_policy_name(void *scope, const char *name)
{
    ccdk_app *app = ccdk__app_of(scope);
    if (!name) { /* TypeScript requires it; never NULL: a policy that fails the synth */
        ccdk__error(scope, "ManagedPolicy.fromAwsManagedPolicyName: managedPolicyName is required");
        name = "";
    }
    ccdk_iam_managed_policy *p = ccdk__alloc(app, sizeof *p);
    p->app = app;
    p->name = ccdk__strdup(app, name);
    p->arn = ccdk__token_str(app, ccdk__v_lazy(app, aws_managed_arn, p));
    return p;
}

/* its Import class extends Resource: tree.json and the analytics name aws-cdk-lib.Resource */
static const ccdk__kind kind_imported_policy = {.fqn = "aws-cdk-lib.Resource", .class_name = "Import"};

ccdk_iam_managed_policy *ccdk_iam_managed_policy_from_managed_policy_arn(void *scope, const char *id, const char *arn)
{
    ccdk_app *app = ccdk__app_of(scope);
    if (!arn) { /* TypeScript requires it; never NULL: a policy that fails the synth */
        ccdk__error(scope, "ManagedPolicy.fromManagedPolicyArn: managedPolicyArn is required");
        arn = "";
    }
    ccdk__node_init(ccdk__alloc(app, sizeof(ccdk__node)), &kind_imported_policy, scope, id);
    ccdk_iam_managed_policy *p = ccdk__alloc(app, sizeof *p);
    p->app = app;
    p->arn = ccdk__strdup(app, arn);
    return p;
}

ccdk_iam_managed_policy *ccdk_iam_managed_policy_from_managed_policy_name(void *scope, const char *id, const char *name)
{
    ccdk_app *app = ccdk__app_of(scope);
    if (!name) { /* TypeScript requires it; never NULL: a policy that fails the synth */
        ccdk__error(scope, "ManagedPolicy.fromManagedPolicyName: managedPolicyName is required");
        name = "";
    }
    ccdk__node_init(ccdk__alloc(app, sizeof(ccdk__node)), &kind_imported_policy, scope, id);
    ccdk_iam_managed_policy *p = ccdk__alloc(app, sizeof *p);
    p->app = app;
    /* Stack.of(scope).formatArn({service: 'iam', region: '', account: stack.account, resource: 'policy',
     * resourceName}) */
    ccdk_stack *s = scope ? ((ccdk__node *)scope)->stack : NULL;
    p->arn = s ? ccdk__sprintf(app, "arn:%s:iam::%s:policy/%s", ccdk_stack_partition(s), ccdk_stack_account(s), name)
               : ccdk__strdup(app, name);
    return p;
}

const char *ccdk_iam_managed_policy_arn(ccdk_iam_managed_policy *p)
{
    return p ? ccdk__token_read(p->app, p->arn) : NULL; /* a memoized getter (new ManagedPolicy's) */
}
const char *ccdk__managed_policy_arn(const ccdk_iam_managed_policy *p) { return p->arn; }

/* ------------------------------------------------------------------ Role */

/* ------------------------------------------------------------------ validation (at synth) */

static size_t obj_len(const ccdk_value *o) { return o && o->kind == CCDK__V_OBJ ? o->u.obj.n : 0; }

/* Validation errors read as aws-cdk-lib's "Validation failed with the following errors:" lines. */
static void validation_error(ccdk__node *n, const char *msg) { ccdk__unscoped_error(n->app, "[%s] %s", n->path, msg); }

static void validate_any(ccdk__node *n, ccdk_iam_policy_statement *s)
{
    if (!list_len(s->actions) && !list_len(s->not_actions))
        validation_error(n, "A PolicyStatement must specify at least one 'action' or 'notAction'.");
}

/* /^[0-9A-Za-z]*$/ */
static int sid_alphanumeric(const char *sid)
{
    for (const char *p = sid; *p; p++)
        if (!((*p >= '0' && *p <= '9') || (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')))
            return 0;
    return 1;
}

static void validate_identity(ccdk__node *n, ccdk_iam_policy_document *d)
{
    for (size_t i = 0; d && i < d->n; i++) {
        ccdk_iam_policy_statement *s = d->st[i];
        validate_any(n, s);
        if (obj_len(s->principal) || obj_len(s->not_principal))
            validation_error(n, "A PolicyStatement used in an identity-based policy cannot specify any IAM principals.");
        if (!list_len(s->resources) && !list_len(s->not_resources))
            validation_error(n, "A PolicyStatement used in an identity-based policy must specify at least one resource.");
        if (s->sid && !ccdk__is_unresolved(s->sid) && !sid_alphanumeric(s->sid))
            validation_error(n, ccdk__sprintf(n->app, "Statement ID (sid) '%s' must be alphanumeric (A-Z, a-z, 0-9) when used in an "
                                                      "identity-based policy. See "
                                                      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html",
                                              s->sid));
    }
}

ccdk_strs ccdk_iam_policy_document_validate_for_resource_policy(ccdk_iam_policy_document *d,
                                                                const ccdk_iam_resource_policy_validation_options *o)
{
    ccdk_strs none = {0};
    if (!d)
        return none;
    ccdk_app *app = d->app;
    int skip_resources = o && ccdk__tri_true(o->skip_resource_validation);
    const char **errs = ccdk__alloc(app, (3 * d->n + 1) * sizeof *errs);
    size_t n = 0;
    for (size_t i = 0; i < d->n; i++) {
        ccdk_iam_policy_statement *s = d->st[i];
        if (!list_len(s->actions) && !list_len(s->not_actions))
            errs[n++] = "A PolicyStatement must specify at least one 'action' or 'notAction'.";
        if (!obj_len(s->principal) && !obj_len(s->not_principal))
            errs[n++] = "A PolicyStatement used in a resource-based policy must specify at least one IAM principal.";
        if (!skip_resources && !list_len(s->resources) && !list_len(s->not_resources))
            errs[n++] = "A PolicyStatement used in a resource-based policy must specify at least one resource.";
    }
    return (ccdk_strs){&ccdk__list_mark, errs, n};
}

static void validate_trust(ccdk__node *n, ccdk_iam_policy_document *d)
{
    for (size_t i = 0; d && i < d->n; i++) {
        ccdk_iam_policy_statement *s = d->st[i];
        validate_any(n, s);
        if (!obj_len(s->principal) && !obj_len(s->not_principal))
            validation_error(n, "A PolicyStatement used in a trust policy must specify at least one IAM principal.");
    }
}

static void validate_policy(ccdk__node *n)
{
    ccdk_iam_policy *p = (ccdk_iam_policy *)n;
    /* policy.ts validatePolicy (referenceTaken: policyName was read) */
    if (p->force && !p->doc->n)
        validation_error(n, "Policy created with force=true is empty. You must add statements to the policy");
    if (!p->force && p->reference_taken && !p->doc->n)
        validation_error(n, "This Policy has been referenced by a resource, so it must contain at least one statement.");
    int attached = p->nroles || p->nusers || p->ngroups;
    if (p->force && !attached)
        validation_error(n, "Policy created with force=true must be attached to at least one principal: user, group or role");
    if (!p->force && p->reference_taken && !attached)
        validation_error(n, "This Policy has been referenced by a resource, so it must be attached to at least one user, "
                            "group or role.");
    validate_identity(n, p->doc);
}

static void validate_role(ccdk__node *n)
{
    ccdk_iam_role *r = (ccdk_iam_role *)n;
    validate_trust(n, r->assume);
    for (size_t i = 0; i < r->ninline; i++)
        validate_identity(n, r->inline_docs[i]);
}

static const ccdk__kind kind_role = {.fqn = "aws-cdk-lib.aws_iam.Role", .validate = validate_role, .class_name = "Role2"};
static void role_split_aspect(void *construct, void *ctx);
static const ccdk__kind kind_policy = {.fqn = "aws-cdk-lib.aws_iam.Policy", .validate = validate_policy, .class_name = "Policy2"};
static const ccdk__kind kind_imported_role = {.fqn = "aws-cdk-lib.Resource", .class_name = "ImportedRole2"};
/* fromRoleArn of another account's role: the ImmutableRole wrapping the import */
static const ccdk__kind kind_immutable_role = {.fqn = "aws-cdk-lib.Resource", .class_name = "ImmutableRole2"};

static ccdk_value *omit_empty_list(ccdk_app *app, ccdk_value *list) { return ccdk__v_ignore_empty(app, list); }

/* UniqueStringSet's postProcess (iam/lib/private/util.ts): the resolved list without repeats (by
 * JSON value, first places kept), and no property at all for an empty one. Two managed policies
 * with different tokens for one ARN (two event sources each adding AWSLambdaMSKExecutionRole)
 * are one ARN in the template. */
static ccdk_value *unique_strings(ccdk_app *app, ccdk_value *r, void *ctx)
{
    (void)ctx;
    if (!r || r->kind != CCDK__V_LIST)
        return r ? r : ccdk__v_undef(app);
    if (r->u.list.n == 0)
        return ccdk__v_undef(app);
    ccdk_value *out = ccdk__v_list(app);
    for (uint32_t i = 0; i < r->u.list.n; i++) {
        int seen = 0;
        for (uint32_t k = 0; k < out->u.list.n && !seen; k++)
            seen = ccdk__v_equal(out->u.list.items[k], r->u.list.items[i]);
        if (!seen)
            ccdk__v_push(out, r->u.list.items[i]);
    }
    return out;
}

/* createAssumeRolePolicy: one statement per principal (a CompositePrincipal adds one per part). */
static void add_assume_statements(ccdk_iam_role *r, ccdk_iam_principal *p, const char *const *external_ids,
                                  int tag_session)
{
    ccdk_app *app = r->node.app;
    /* a SessionTagsPrincipal's MutatingPolicyDocumentAdapter adds sts:TagSession to every statement
     * the principal it wraps (each part of a composite) adds, after that principal's action */
    tag_session |= p->session_tags;
    if (p->kind == CCDK__P_MANAGED_POLICY) { /* ManagedPolicyGrantPrincipal.assumeRoleAction throws */
        ccdk__error(p->managed_policy->node, "This grant operation needs to add a resource policy so needs access to a principal. "
                                             "Grant permissions to a Role or User, instead of a ManagedPolicy.");
        return;
    }
    if (p->kind == CCDK__P_COMPOSITE) {
        for (size_t i = 0; i < p->nparts; i++)
            add_assume_statements(r, p->parts[i], external_ids, tag_session);
        return;
    }
    const char *const assume[] = {p->assume_action ? p->assume_action : "sts:AssumeRole",
                                  tag_session ? "sts:TagSession" : NULL, NULL};
    ccdk_iam_policy_statement *s = ccdk__statement(app, CCDK_IAM_ALLOW, assume, NULL);
    ccdk__statement_add_principal(s, p);
    if (external_ids && external_ids[0]) {
        ccdk_value *ids = ccdk__v_strlist(app, external_ids);
        ccdk_iam_policy_statement_add_condition(s, "StringEquals", "sts:ExternalId",
                                                ids->u.list.n == 1 ? ids->u.list.items[0] : ids);
    }
    ccdk_iam_policy_document_add_statements(r->assume, s);
}

/* a JavaScript string's length: UTF-16 code units of UTF-8 text */
static size_t js_length(const char *s)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if ((*p & 0xC0) != 0x80)
            n += *p >= 0xF0 ? 2 : 1;
    return n;
}

/* /^[\w+=,.@-]{1,64}$/ */
static int valid_role_name(const char *name)
{
    size_t n = 0;
    for (const char *c = name; *c; c++, n++)
        if (!((*c >= '0' && *c <= '9') || (*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') || strchr("_+=,.@-", *c)))
            return 0;
    return n >= 1 && n <= 64;
}

/* role.ts validateRolePath: 1..512 characters, /^(\/|\/[\u0021-\u007F]+\/)$/ */
static void validate_role_path(ccdk_iam_role *r, const char *path)
{
    if (ccdk__is_unresolved(path))
        return;
    size_t len = js_length(path);
    if (len == 0 || len > 512) {
        ccdk__error(r, "Role path must be between 1 and 512 characters. The provided role path is %zu characters.", len);
        return;
    }
    int ok = !strcmp(path, "/");
    if (!ok && len >= 3 && path[0] == '/' && path[strlen(path) - 1] == '/') {
        ok = 1;
        for (const unsigned char *c = (const unsigned char *)path + 1; *(c + 1); c++)
            if (*c < 0x21 || *c > 0x7F)
                ok = 0;
    }
    if (!ok)
        ccdk__error(r, "Role path must be either a slash or valid characters (alphanumerics and symbols) surrounded by "
                       "slashes. Valid characters are unicode characters in [\\u0021-\\u007F]. However, %s is provided.",
                    path);
}

/* CfnRole's properties: into the resource when there is one (none for a precreated role) */
static void role_set(ccdk_iam_role *r, const char *prop, ccdk_value *v)
{
    if (r->resource)
        ccdk__res_set(r->resource, prop, v);
}

/* a generated role name's roleArn in another environment (the path before it) */
static const char *role_arn_of(ccdk__node *node, const char *name)
{
    ccdk_iam_role *r = (ccdk_iam_role *)(void *)node;
    return ccdk__format_arn(node->stack, "iam", "", "role", NULL, ccdk__sprintf(node->app, "%s%s", r->gen_path, name));
}

ccdk_iam_role *ccdk_iam_role_new(void *scope, const char *id, const ccdk_iam_role_props *props)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_iam_role *r = ccdk__alloc(app, sizeof *r);
    ccdk__node_init(&r->node, &kind_role, scope, id);
    r->managed = ccdk__v_list(app);
    r->inline_policies = ccdk__v_list(app);
    r->assume = ccdk_iam_policy_document_new(r, (ccdk_iam_policy_statement_list){0});
    r->principal = ccdk__alloc(app, sizeof *r->principal);
    r->principal->app = app;
    r->principal->kind = CCDK__P_ROLE;
    r->principal->role = r;
    if (props && props->role_name && !ccdk__is_unresolved(props->role_name) && !valid_role_name(props->role_name))
        ccdk__error(r, "Invalid roleName. The name must be a string of characters consisting of upper and lowercase "
                       "alphanumeric characters with no spaces. You can also include any of the following characters: "
                       "_+=,.@-. Length must be between 1 and 64 characters.");
    if (!props || !props->assumed_by) {
        ccdk__error(r, "Role requires assumedBy");
    } else {
        add_assume_statements(r, props->assumed_by, CCDK__NT(app, props->external_ids, "Role externalIds"), 0);
    }
    /* Role.customizeRoles: an ImportedRole 'Import' + id of the precreated role's ARN (no name part
     * when none is given) and the PrecreatedRole that reports the role's policies */
    ccdk__precreated_config cfg = ccdk__precreated_role_config(&r->node, r->node.path);
    if (cfg.enabled) {
        ccdk__node_init(ccdk__alloc(app, sizeof(ccdk__node)), &kind_imported_role, r,
                        ccdk__sprintf(app, "Import%s", r->node.id));
        ccdk__node_init(ccdk__alloc(app, sizeof(ccdk__node)), &ccdk__kind_precreated_role, r,
                        ccdk__sprintf(app, "PrecreatedRole%s", r->node.id));
        r->precreated = ccdk__precreated_role_new(r, r->node.path, cfg.name ? cfg.name : r->node.id, !cfg.name, r->assume);
        r->arn = r->node.stack ? ccdk__format_arn(r->node.stack, "iam", "", "role", NULL, cfg.name) : "";
        r->name = cfg.name ? ccdk__strdup(app, cfg.name) : r->node.id;
    }
    size_t nip = props ? CCDK__LEN(props->inline_policies, "Role inlinePolicies") : 0;
    r->inline_docs = ccdk__alloc(app, (nip + 1) * sizeof *r->inline_docs);
    if (props) {
        size_t nm = CCDK__LEN(props->managed_policies, "Role managedPolicies");
        for (size_t i = 0; i < nm; i++) {
            /* this.managedPolicies.push(...props.managedPolicies): the CfnRole's list (when there is
             * one) whatever customizeRoles says; then role.addManagedPolicy each for the report */
            if (r->precreated && props->managed_policies.items[i])
                ccdk__add_managed_arn(app, r->managed, props->managed_policies.items[i]);
            ccdk_iam_role_add_managed_policy(r, props->managed_policies.items[i]);
        }
        for (const ccdk_iam_inline_policy *ip = props->inline_policies.items; ip && ip < props->inline_policies.items + nip; ip++) {
            if (!ip->name)
                continue;
            r->inline_docs[r->ninline++] = ip->document;
            ccdk_value *o = ccdk__v_obj(app);
            ccdk__v_set(o, "PolicyDocument", ccdk__document_value(ip->document));
            ccdk__v_set(o, "PolicyName", ccdk__v_str(app, ip->name));
            ccdk__v_push(r->inline_policies, o);
            if (r->precreated) /* role.attachInlinePolicy(new Policy(this, name, {document})) */
                ccdk__precreated_attach_inline_policy(
                    r->precreated, ccdk_iam_policy_new(r, ip->name, &(ccdk_iam_policy_props){.document = ip->document}));
        }
    }
    if (!cfg.prevent_synthesis) {
        r->resource = ccdk__l1(r, "Resource", "AWS::IAM::Role", "aws-cdk-lib.aws_iam.CfnRole");
        r->resource->tag_kind = 1;
    }
    ccdk__physical pn = {0};
    if (!cfg.enabled) {
        /* roleArn: getResourceArnAttribute(attrArn, {region: '', service: 'iam', resource: 'role',
         * resourceName: <path without its leading '/'><physicalName>}), the physical name roleName */
        const char *path = props && props->path ? props->path + (props->path[0] == '/') : "";
        r->gen_path = ccdk__strdup(app, path);
        ccdk__physical_new(&pn, r, r->resource, props ? props->role_name : NULL, NULL, "Arn", role_arn_of);
        r->gen_name = pn.gen;
        r->arn = pn.arn;
        /* roleName: getResourceNameAttribute(ref) with a name given or to generate; without one ccdk
         * keeps the plain Ref (its cross-stack reference). A memoized getter's, numbered at its first
         * read (token.c); roleArn the constructor reads */
        r->name = ccdk__token_mark_unread(app, pn.gen || ccdk__physical_name(pn.given) ? pn.name : ccdk_cfn_resource_ref(r->resource));
    }
    if (props) {
        if (props->description && *props->description) { /* an empty one is left out */
            if (js_length(props->description) > 1000)
                ccdk__error(r, "Role description must be no longer than 1000 characters.");
            role_set(r, "Description", ccdk__v_str(app, props->description));
        }
        if (props->path) {
            validate_role_path(r, props->path);
            role_set(r, "Path", ccdk__v_str(app, props->path));
        }
        if (props->permissions_boundary)
            role_set(r, "PermissionsBoundary", ccdk__v_str(app, props->permissions_boundary->arn));
        if (r->gen_name)
            role_set(r, "RoleName", pn.value);
        else if (props->role_name)
            role_set(r, "RoleName", ccdk__v_str(app, props->role_name));
        if (ccdk_duration_is_set(props->max_session_duration)) {
            double sec = ccdk__duration_to_seconds(r, props->max_session_duration, 1);
            if (sec < 3600 || sec > 43200)
                ccdk__error(r, "maxSessionDuration is set to %g, but must be >= 3600sec (1hr) and <= 43200sec (12hrs)", sec);
            role_set(r, "MaxSessionDuration", ccdk__v_num(app, sec));
        }
    }
    if (r->resource) {
        ccdk__res_set(r->resource, "AssumeRolePolicyDocument", ccdk__document_value(r->assume));
        ccdk__res_set(r->resource, "ManagedPolicyArns", ccdk__v_post(app, r->managed, unique_strings, NULL));
        ccdk__res_set(r->resource, "Policies", omit_empty_list(app, r->inline_policies));
        ccdk_aspects_add_with_priority(r, role_split_aspect, r, ccdk__mutating_aspect_priority(&r->node));
    }
    return r;
}

static ccdk_iam_role *role_from_arn(void *scope, const char *id, const char *arn, const ccdk_iam_from_role_arn_options *o)
{
    int mutable_ = !(o && ccdk__tri_false(o->mutable_));
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_iam_role *r = ccdk__alloc(app, sizeof *r);
    /* the node comes after the account check: an ImmutableRole at id wraps an ImportedRole made
     * first, at "MutableRole" + id */
    r->node.app = app;
    r->node.stack = ((ccdk__node *)scope)->stack;
    r->node.path = ((ccdk__node *)scope)->path;
    r->imported = 1;
    r->arn = ccdk__strdup(app, arn);
    /* the role name is the last path segment of the ARN's resource; of an ARN that is a token,
     * splitArn's resourceName: Fn::Select(1, Fn::Split('/', Fn::Select(5, Fn::Split(':', arn)))) */
    const char *slash = arn ? strrchr(arn, '/') : NULL;
    r->name = ccdk__strdup(app, slash ? slash + 1 : arn);
    if (arn && strncmp(arn, "arn:", 4) && ccdk__is_unresolved(arn) && r->node.stack)
        r->name = ccdk_fn_select(r->node.stack, 1,
                                 ccdk_fn_split(r->node.stack, "/", ccdk_fn_select(r->node.stack, 5, ccdk_fn_split(r->node.stack, ":", arn))));
    /* roleAccount: the ARN's 5th field (a Fn::Select of a token ARN). Compared with the stack's account
     * (Token.compareStrings), a different literal makes the import an ImmutableRole: statements added
     * to it are reported as added and written nowhere. */
    ccdk_stack *s = r->node.stack;
    if (arn && !strncmp(arn, "arn:", 4)) {
        const char *f = arn;
        for (int i = 0; i < 4 && f; i++)
            if ((f = strchr(f, ':')))
                f++;
        const char *end = f ? strchr(f, ':') : NULL;
        r->account = f && end ? ccdk__strndup(app, f, (size_t)(end - f)) : "";
    } else if (arn && s) {
        r->account = ccdk_fn_select(s, 4, ccdk_fn_split(s, ":", arn));
    }
    if (ccdk__customize_roles_enabled(scope, NULL)) {
        /* under customizeRoles: new PrecreatedRole(scope, id, {rolePath, role: new ImportedRole(scope,
         * 'Import' + id, ...)}), mutable or not, of any account */
        ccdk__node_init(ccdk__alloc(app, sizeof(ccdk__node)), &kind_imported_role, scope,
                        ccdk__sprintf(app, "Import%s", id ? id : ""));
        ccdk__node_init(&r->node, &ccdk__kind_precreated_role, scope, id);
        ccdk__arn_check(r, arn);
        r->managed = ccdk__v_list(app);
        r->principal = ccdk__alloc(app, sizeof *r->principal);
        r->principal->app = app;
        r->principal->kind = CCDK__P_ROLE;
        r->principal->role = r;
        r->precreated = ccdk__precreated_role_new(
            r, ccdk__sprintf(app, "%s/%s", ((ccdk__node *)scope)->path, id ? id : ""), r->name, -1, NULL);
        return r;
    }
    if (o && ccdk__tri_set(o->add_grants_to_resources) && mutable_) /* (the role is made all the same) */
        ccdk__error(scope, "'addGrantsToResources' can only be passed if 'mutable: false'");
    if (r->account && s && !ccdk__is_unresolved(r->account) && !ccdk__stack_is_env_agnostic_account(s) &&
        strcmp(r->account, s->account))
        r->immutable = 1;
    if (!mutable_) /* options.mutable === false: an ImmutableRole whatever the account */
        r->immutable = 1;
    /* new ImmutableRole(scope, id, importedRole, options.addGrantsToResources ?? false) */
    r->grants_to_resources = r->immutable && o && ccdk__tri_true(o->add_grants_to_resources);
    r->default_policy_name = o && o->default_policy_name ? ccdk__strdup(app, o->default_policy_name) : NULL;
    if (r->immutable)
        ccdk__node_init(ccdk__alloc(app, sizeof(ccdk__node)), &kind_imported_role, scope,
                        ccdk__sprintf(app, "MutableRole%s", id ? id : ""));
    ccdk__node_init(&r->node, r->immutable ? &kind_immutable_role : &kind_imported_role, scope, id);
    ccdk__arn_check(r, arn); /* Stack.of(scope).splitArn(roleArn, SLASH_RESOURCE_NAME) */
    r->managed = ccdk__v_list(app);
    r->principal = ccdk__alloc(app, sizeof *r->principal);
    r->principal->app = app;
    r->principal->kind = CCDK__P_ROLE;
    r->principal->role = r;
    return r;
}

ccdk_iam_role *ccdk_iam_role_from_role_arn(void *scope, const char *id, const char *arn)
{
    ccdk__scope(scope); /* a bad scope is recorded under the public function's name */
    return role_from_arn(scope, id, arn, NULL);
}

ccdk_iam_role *ccdk_iam_role_from_role_arn_with_options(void *scope, const char *id, const char *arn,
                                                        const ccdk_iam_from_role_arn_options *options)
{
    ccdk__scope(scope);
    return role_from_arn(scope, id, arn, options);
}

ccdk_iam_role *ccdk_iam_role_from_role_name_with_options(void *scope, const char *id, const char *role_name,
                                                         const ccdk_iam_from_role_arn_options *options)
{
    /* Role.fromRoleArn(scope, id, Stack.of(scope).formatArn({region: '', service: 'iam', resource:
     * 'role', resourceName}), options) */
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_stack *s = scope ? ((ccdk__node *)scope)->stack : NULL;
    const char *arn = role_name;
    if (s && role_name)
        arn = ccdk__sprintf(app, "arn:%s:iam::%s:role/%s", ccdk_stack_partition(s), ccdk_stack_account(s), role_name);
    return ccdk_iam_role_from_role_arn_with_options(scope, id, arn, options);
}

ccdk_iam_role *ccdk_iam_role_from_role_name(void *scope, const char *id, const char *role_name)
{
    return ccdk_iam_role_from_role_name_with_options(scope, id, role_name, NULL);
}

/* managedPolicies.some(mp => mp.managedPolicyArn === policy.managedPolicyArn) || push: a role's or
 * a user's list of ARNs */
void ccdk__add_managed_arn(ccdk_app *app, ccdk_value *list, const ccdk_iam_managed_policy *policy)
{
    for (size_t i = 0; i < list->u.list.n; i++)
        if (list->u.list.items[i]->kind == CCDK__V_STR && !strcmp(list->u.list.items[i]->u.str.s, policy->arn))
            return;
    ccdk__v_push(list, ccdk__v_str(app, policy->arn));
}

void ccdk_iam_role_add_managed_policy(ccdk_iam_role *role, ccdk_iam_managed_policy *policy)
{
    if (!ccdk__target_ok(role, __func__) || !ccdk__arg_ok(policy, __func__, "policy"))
        return;
    if (role->immutable) /* ImmutableRole.addManagedPolicy: nothing */
        return;
    if (role->precreated) { /* PrecreatedRole.addManagedPolicy: reported (each time it is added) */
        ccdk__precreated_add_managed_policy(role->precreated, policy);
        return;
    }
    if (role->imported) {
        /* an imported role's addManagedPolicy (private/imported-role.ts): a ManagedPolicy made here
         * has attachToRole, and lists the role; an import (an IManagedPolicy only) gets aws-cdk-lib's
         * warning, where an AWS managed policy's ARN prints as aws-cdk-lib's
         * "arn:${Token[AWS.Partition.n]}:iam::aws:policy/<name>" */
        if (policy->node) {
            ccdk_iam_managed_policy_attach_to_role(policy, role);
            return;
        }
        ccdk_app *app = role->node.app;
        const char *arn = policy->name ? ccdk__sprintf(app, "arn:%s:iam::aws:policy/%s", ccdk_aws_partition(app), policy->name)
                                       : policy->arn;
        ccdk__warning(role, "@aws-cdk/aws-iam:IRoleCantBeUsedWithIManagedPolicy",
                      "Can't combine imported IManagedPolicy: %s to imported role IRole: %s. Use ManagedPolicy directly.", arn,
                      role->name);
        return;
    }
    ccdk__add_managed_arn(role->node.app, role->managed, policy);
}

/* role.withoutPolicyUpdates(options): new ImmutableRole(role's scope, `ImmutableRole${id}`, role,
 * addGrantsToResources), made once: the role's ARN, name, account and default child, and policies
 * that go nowhere */
ccdk_iam_role *ccdk_iam_role_without_policy_updates(ccdk_iam_role *role, const ccdk_iam_without_policy_updates_options *options)
{
    if (!ccdk__target_ok(role, __func__))
        return NULL;
    if (role->imported || role->immutable) /* only a Role has the method */
        return role;
    if (role->without_policy_updates)
        return role->without_policy_updates;
    ccdk_app *app = role->node.app;
    ccdk_iam_role *r = ccdk__alloc(app, sizeof *r);
    ccdk__node_init(&r->node, &kind_immutable_role, role->node.parent, ccdk__sprintf(app, "ImmutableRole%s", role->node.id));
    r->resource = role->resource; /* node.defaultChild = role.node.defaultChild */
    r->arn = role->arn;
    r->name = role->name;
    r->immutable = 1;
    r->grants_to_resources = options && ccdk__tri_true(options->add_grants_to_resources);
    r->managed = ccdk__v_list(app);
    r->principal = ccdk__alloc(app, sizeof *r->principal);
    r->principal->app = app;
    r->principal->kind = CCDK__P_ROLE;
    r->principal->role = r;
    if (role->resource) /* a precreated role has none */
        ccdk__ext(&r->node)->default_child_override = &role->resource->el.node;
    role->without_policy_updates = r;
    return r;
}

int ccdk_iam_role_grant(ccdk_iam_role *role, ccdk_iam_principal *grantee, ccdk_strs actions)
{
    if (!ccdk__target_ok(role, __func__) || !ccdk__arg_ok(grantee, __func__, "grantee"))
        return 0;
    const char *arn[] = {role->arn, NULL};
    return ccdk_iam_grant_add_to_principal(grantee, actions, (ccdk_strs){&ccdk__list_mark, arn, 1});
}

int ccdk_iam_role_grant_pass_role(ccdk_iam_role *role, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(role, __func__) || !ccdk__arg_ok(grantee, __func__, "grantee"))
        return 0;
    return ccdk_iam_role_grant(role, grantee, CCDK_STRS("iam:PassRole"));
}

int ccdk_iam_role_grant_assume_role(ccdk_iam_role *role, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(role, __func__) || !ccdk__arg_ok(grantee, __func__, "grantee"))
        return 0;
    /* identity instanceof ServicePrincipal || AccountPrincipal (a PrincipalWithConditions is neither) */
    if ((grantee->kind == CCDK__P_SERVICE || grantee->kind == CCDK__P_ACCOUNT) && !grantee->wrapped) {
        ccdk__error(role, "Cannot use a service or account principal with grantAssumeRole, use assumeRolePolicy instead.");
        return 0;
    }
    return ccdk_iam_role_grant(role, grantee, CCDK_STRS("sts:AssumeRole"));
}

const char *ccdk_iam_role_arn(ccdk_iam_role *role) { return ccdk__handle_ok(role, __func__) ? role->arn : NULL; }
const char *ccdk_iam_role_name(ccdk_iam_role *role)
{
    return CCDK__MEMO_GET(role, name);
}
ccdk_cfn_resource *ccdk_iam_role_resource(ccdk_iam_role *role) { return ccdk__handle_ok(role, __func__) ? role->resource : NULL; }

/* Role.roleId: this._roleId (attrRoleId), which a PrecreatedRole does not have */
const char *ccdk_iam_role_id(ccdk_iam_role *role)
{
    if (!ccdk__handle_ok(role, __func__) || role->imported)
        return NULL;
    if (!role->resource) {
        ccdk__error(role, "\"roleId\" is not available on precreated roles");
        return NULL;
    }
    return ccdk_cfn_resource_get_att(role->resource, "RoleId");
}

ccdk_iam_policy_document *ccdk_iam_role_assume_role_policy(ccdk_iam_role *role)
{
    return ccdk__handle_ok(role, __func__) && !role->imported ? role->assume : NULL;
}

/* ------------------------------------------------------------------ User */

static const ccdk__kind kind_user = {.fqn = "aws-cdk-lib.aws_iam.User"};
/* User.fromUserAttributes' class Import extends Resource: the fqn is Resource's */
static const ccdk__kind kind_imported_user = {.fqn = "aws-cdk-lib.Resource", .class_name = "Import"};

static ccdk_iam_principal *user_principal(ccdk_iam_user *u)
{
    ccdk_iam_principal *p = ccdk__alloc(u->node.app, sizeof *p);
    p->app = u->node.app;
    p->kind = CCDK__P_USER;
    p->user = u;
    return p;
}

/* User.fromUserAttributes({userArn}): principalAccount is splitArn(userArn).account, userName
 * Arn.extractResourceName(userArn, 'user').split('/').pop() -- for a token ARN
 * Fn::Select(1, Fn::Split(":user/", arn)), which split('/') leaves whole */
ccdk_iam_user *ccdk_iam_user_from_user_arn(void *scope, const char *id, const char *arn)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_iam_user *u = ccdk__alloc(app, sizeof *u);
    ccdk__node_init(&u->node, &kind_imported_user, scope, id);
    u->imported = 1;
    u->arn = ccdk__strdup(app, arn ? arn : "");
    u->managed = ccdk__v_list(app);
    u->principal = user_principal(u);
    u->name = "";
    /* principalAccount: Stack.of(scope).splitArn(userArn, SLASH_RESOURCE_NAME).account (its errors first) */
    if (!ccdk__arn_check(u, u->arn))
        return u;
    u->account = ccdk__arn_component(u, u->arn, 4);
    /* userName: Arn.extractResourceName(userArn, 'user').split('/').pop() -- a token ARN (one not
     * starting with a literal "arn:") gives Fn::Select(1, Fn::Split(":user/", arn)), which the
     * split leaves whole */
    if (ccdk__is_unresolved(u->arn) && strncmp(u->arn, "arn:", 4)) {
        ccdk_stack *s = u->node.stack;
        u->name = s ? ccdk_fn_select(s, 1, ccdk_fn_split(s, ":user/", u->arn)) : u->arn;
        return u;
    }
    const char *resource = ccdk__arn_component(u, u->arn, 5); /* "user/path/name" */
    size_t tl = strcspn(resource, "/");
    const char *rname = resource[tl] ? resource + tl + 1 : "";
    const char *type = ccdk__strndup(app, resource, tl);
    if (!ccdk__is_unresolved(type) && strcmp(type, "user")) {
        ccdk__error(u, "Expected resource type 'user' in ARN, got '%s' in '%s'", type, u->arn);
        return u;
    }
    if (!*rname) {
        ccdk__error(u, "Expected resource name in ARN, didn't find one: '%s'", u->arn);
        return u;
    }
    const char *slash = strrchr(rname, '/');
    u->name = ccdk__strdup(app, slash ? slash + 1 : rname);
    return u;
}

/* User.fromUserName: the ARN Stack.formatArn makes ({service: 'iam', region: '', resource: 'user',
 * resourceName}), the stack's account; the name is its last path segment */
ccdk_iam_user *ccdk_iam_user_from_user_name(void *scope, const char *id, const char *user_name)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_stack *s = scope ? ((ccdk__node *)scope)->stack : NULL;
    if (!s || !user_name)
        return ccdk_iam_user_from_user_arn(scope, id, user_name);
    ccdk_iam_user *u = ccdk__alloc(app, sizeof *u);
    ccdk__node_init(&u->node, &kind_imported_user, scope, id);
    u->imported = 1;
    u->arn = ccdk__sprintf(app, "arn:%s:iam::%s:user/%s", ccdk_stack_partition(s), ccdk_stack_account(s), user_name);
    u->account = ccdk_stack_account(s);
    const char *slash = ccdk__is_unresolved(user_name) ? NULL : strrchr(user_name, '/');
    u->name = ccdk__strdup(app, slash ? slash + 1 : user_name);
    u->managed = ccdk__v_list(app);
    u->principal = user_principal(u);
    return u;
}

ccdk_iam_user *ccdk_iam_user_new(void *scope, const char *id, const ccdk_iam_user_props *props)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_iam_user *u = ccdk__alloc(app, sizeof *u);
    ccdk__node_init(&u->node, &kind_user, scope, id);
    ccdk_cfn_resource *r = ccdk__l1(u, "Resource", "AWS::IAM::User", "aws-cdk-lib.aws_iam.CfnUser");
    u->resource = r;
    r->tag_kind = 1; /* CfnUser is taggable (Tags: a list of {Key, Value}) */
    u->managed = ccdk__v_list(app);
    u->groups = ccdk__v_list(app);
    ccdk__res_set(r, "Groups", ccdk__v_ignore_empty(app, u->groups));
    if (props) {
        size_t nm = CCDK__LEN(props->managed_policies, "User managedPolicies");
        for (size_t i = 0; i < nm; i++)
            ccdk_iam_user_add_managed_policy(u, props->managed_policies.items[i]);
    }
    /* user.ts: managedPolicyArns Lazy (omitEmpty), path, userName (the physical name) */
    ccdk__res_set(r, "ManagedPolicyArns", omit_empty_list(app, u->managed));
    if (props && props->path)
        ccdk__res_set(r, "Path", ccdk__v_from_string(app, props->path));
    if (props && props->permissions_boundary) /* permissionsBoundary.managedPolicyArn */
        ccdk__res_set(r, "PermissionsBoundary", ccdk__v_from_string(app, ccdk__managed_policy_arn(props->permissions_boundary)));
    if (props && props->user_name)
        ccdk__res_set(r, "UserName", ccdk__v_from_string(app, props->user_name));
    /* userName: getResourceNameAttribute(ref); userArn: getResourceArnAttribute(attrArn, {region: '',
     * service: 'iam', resource: 'user', resourceName: <path without its leading '/'><physicalName>}),
     * so a stack of another environment gets the ARN of a named user (with its path) */
    const char *given = props ? props->user_name : NULL;
    const char *pname = ccdk__physical_name(given);
    const char *upath = props && props->path ? props->path + (props->path[0] == '/') : "";
    /* userName is a memoized getter, made at its first read (token.c); userArn is read here, by the
     * constructor's policyFragment (new ArnPrincipal(this.userArn)) */
    u->name = ccdk__token_mark_unread(app, ccdk__resource_env_attribute(u, r, NULL, pname));
    u->arn = ccdk__resource_env_attribute(
        u, r, "Arn", pname ? ccdk__format_arn(u->node.stack, "iam", "", "user", NULL, ccdk__sprintf(app, "%s%s", upath, pname)) : NULL);
    u->principal = user_principal(u);
    if (props) { /* props.groups.forEach(g => this.addToGroup(g)), last */
        size_t ng = CCDK__LEN(props->groups, "User groups");
        for (size_t i = 0; i < ng; i++)
            ccdk_iam_user_add_to_group(u, props->groups.items[i]);
    }
    return u;
}

ccdk_iam_principal *ccdk_iam_user_principal(ccdk_iam_user *user) { return ccdk__handle_ok(user, __func__) ? user->principal : NULL; }

/* User.addToPrincipalPolicy: new Policy(this, 'DefaultPolicy'), attached to the user */
ccdk_iam_policy *ccdk_iam_user_add_to_principal_policy(ccdk_iam_user *user, ccdk_iam_policy_statement *s)
{
    if (!ccdk__target_ok(user, __func__) || !ccdk__arg_ok(s, __func__, "s"))
        return NULL;
    if (!user->default_policy) {
        /* an import's is "Policy" */
        user->default_policy = ccdk_iam_policy_new(user, user->imported ? "Policy" : "DefaultPolicy", NULL);
        ccdk_iam_policy_attach_to_user(user->default_policy, user);
    }
    ccdk_iam_policy_add_statements(user->default_policy, s);
    return user->default_policy;
}

void ccdk_iam_user_add_managed_policy(ccdk_iam_user *user, ccdk_iam_managed_policy *policy)
{
    if (!ccdk__target_ok(user, __func__) || !ccdk__arg_ok(policy, __func__, "policy"))
        return;
    if (user->imported) {
        ccdk__error(user, "Cannot add managed policy to imported User");
        return;
    }
    ccdk__add_managed_arn(user->node.app, user->managed, policy);
}

const char *ccdk_iam_user_name(ccdk_iam_user *user) { return CCDK__MEMO_GET(user, name); }
const char *ccdk_iam_user_arn(ccdk_iam_user *user) { return CCDK__MEMO_GET(user, arn); }
ccdk_cfn_resource *ccdk_iam_user_resource(ccdk_iam_user *user) { return ccdk__handle_ok(user, __func__) ? user->resource : NULL; }

/* ------------------------------------------------------------------ Policy */

static ccdk_value *policy_name_lazy(void *ctx)
{
    ccdk_iam_policy *p = ctx;
    const char *lid = ccdk__element_logical_id(&p->resource->el.node);
    size_t n = strlen(lid);
    return ccdk__v_str(p->node.app, n > 128 ? lid + n - 128 : lid);
}

/* CfnPolicyConditional.shouldSynthesize: force || referenceTaken || (!document.isEmpty && isAttached) */
static int policy_should_synthesize(void *ctx)
{
    ccdk_iam_policy *p = ctx;
    return p->force || p->reference_taken || (p->doc->n && (p->nroles || p->nusers || p->ngroups));
}

ccdk_iam_policy *ccdk_iam_policy_new(void *scope, const char *id, const ccdk_iam_policy_props *props)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_iam_policy *p = ccdk__alloc(app, sizeof *p);
    ccdk__node_init(&p->node, &kind_policy, scope, id);
    p->resource = ccdk__l1(p, "Resource", "AWS::IAM::Policy", "aws-cdk-lib.aws_iam.CfnPolicy");
    /* props.document: that document (shared), else a new one */
    p->doc = props && props->document ? props->document : ccdk_iam_policy_document_new(p, (ccdk_iam_policy_statement_list){0});
    p->roles = ccdk__v_list(app);
    p->users = ccdk__v_list(app);
    p->groups = ccdk__v_list(app);
    ccdk__res_set(p->resource, "PolicyDocument", ccdk__document_value(p->doc));
    p->name = props && props->policy_name ? ccdk__strdup(app, props->policy_name) : NULL;
    if (props && props->policy_name)
        ccdk__res_set(p->resource, "PolicyName", ccdk__v_str(app, props->policy_name));
    else
        ccdk__res_set(p->resource, "PolicyName", ccdk__v_lazy(app, policy_name_lazy, p));
    /* CfnPolicy's order: PolicyDocument, PolicyName, Groups, Roles, Users */
    ccdk__res_set(p->resource, "Groups", ccdk__v_ignore_empty(app, p->groups));
    ccdk__res_set(p->resource, "Roles", ccdk__v_ignore_empty(app, p->roles));
    ccdk__res_set(p->resource, "Users", ccdk__v_ignore_empty(app, p->users));
    p->resource->should_synthesize = policy_should_synthesize;
    p->resource->should_synthesize_ctx = p;
    if (props) {
        p->force = ccdk__tri_true(props->force);
        /* users, groups, roles, then statements, as policy.ts */
        size_t nu = CCDK__LEN(props->users, "Policy users");
        for (size_t i = 0; i < nu; i++)
            ccdk_iam_policy_attach_to_user(p, props->users.items[i]);
        size_t ng = CCDK__LEN(props->groups, "Policy groups");
        for (size_t i = 0; i < ng; i++)
            ccdk_iam_policy_attach_to_group(p, props->groups.items[i]);
        size_t nr = CCDK__LEN(props->roles, "Policy roles");
        for (size_t i = 0; i < nr; i++)
            ccdk_iam_policy_attach_to_role(p, props->roles.items[i]);
        size_t ns = CCDK__LEN(props->statements, "Policy statements");
        for (size_t i = 0; i < ns; i++)
            ccdk_iam_policy_add_statements(p, props->statements.items[i]);
    }
    return p;
}

/* Policy.fromPolicyName: class Import extends Resource (kind_imported_policy), with only the name */
ccdk_iam_policy *ccdk_iam_policy_from_policy_name(void *scope, const char *id, const char *policy_name)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_iam_policy *p = ccdk__alloc(app, sizeof *p);
    ccdk__node_init(&p->node, &kind_imported_policy, scope, id);
    if (!policy_name)
        ccdk__process_error("%s: policy_name is NULL", __func__);
    p->imported = 1;
    p->name = ccdk__strdup(app, policy_name ? policy_name : "");
    return p;
}

/* policy.policyName: the physical name (a token when CloudFormation's generated name is used); reading
 * it takes a reference (referenceTaken) */
const char *ccdk_iam_policy_name(ccdk_iam_policy *p)
{
    if (!ccdk__handle_ok(p, __func__))
        return NULL;
    if (p->imported)
        return p->name;
    p->reference_taken = 1;
    if (p->name)
        return p->name;
    return ccdk__token_str(p->node.app, ccdk__v_lazy(p->node.app, policy_name_lazy, p));
}

void ccdk_iam_policy_add_statements(ccdk_iam_policy *p, ccdk_iam_policy_statement *s)
{
    if (!ccdk__target_ok(p, __func__) || !ccdk__arg_ok(s, __func__, "s") || p->imported)
        return;
    ccdk_iam_policy_document_add_statements(p->doc, s);
}

/* AttachedPolicies.attach(policy): once per policy; another of the same name is an error (a policy
 * without a name has a token of its own for one). 0 after the error. */
int ccdk__attach_policy(ccdk__attached_policies *a, ccdk_iam_policy *p)
{
    for (size_t i = 0; i < a->n; i++)
        if (a->p[i] == p)
            return 1;
    for (size_t i = 0; p->name && i < a->n; i++)
        if (a->p[i]->name && !strcmp(a->p[i]->name, p->name)) {
            ccdk__error(p, "A policy named \"%s\" is already attached", p->name);
            return 0;
        }
    if (a->n == a->cap)
        a->p = ccdk__arena_grow(p->node.app, a->p, a->n, &a->cap, sizeof *a->p, 2);
    a->p[a->n++] = p;
    return 1;
}

void ccdk_iam_policy_attach_to_role(ccdk_iam_policy *p, ccdk_iam_role *role)
{
    if (!ccdk__target_ok(p, __func__) || !ccdk__arg_handle_ok(role, __func__, "role") || p->imported)
        return;
    for (size_t i = 0; i < p->nroles; i++)
        if (!strcmp(p->attached_roles[i]->arn, role->arn)) /* roles.find(r => r.roleArn === role.roleArn) */
            return;
    if (!role->immutable && !ccdk__attach_policy(&role->attached, p)) /* role.attachInlinePolicy(this) */
        return;
    if (p->nroles == p->caproles)
        p->attached_roles = ccdk__arena_grow(p->node.app, p->attached_roles, p->nroles, &p->caproles, sizeof *p->attached_roles, 2);
    p->attached_roles[p->nroles++] = role;
    ccdk__v_push(p->roles, ccdk__v_str(p->node.app, role->name));
}

void ccdk_iam_policy_attach_to_user(ccdk_iam_policy *p, ccdk_iam_user *user)
{
    if (!ccdk__target_ok(p, __func__) || !ccdk__arg_handle_ok(user, __func__, "user") || p->imported)
        return;
    for (size_t i = 0; i < p->nusers; i++)
        if (!strcmp(p->attached_users[i]->arn, user->arn)) /* users.find(u => u.userArn === user.userArn) */
            return;
    if (!ccdk__attach_policy(&user->attached, p)) /* user.attachInlinePolicy(this) */
        return;
    if (p->nusers == p->capusers)
        p->attached_users = ccdk__arena_grow(p->node.app, p->attached_users, p->nusers, &p->capusers, sizeof *p->attached_users, 2);
    p->attached_users[p->nusers++] = user;
    ccdk__v_push(p->users, ccdk__v_str(p->node.app, user->name));
}

/* Policy.attachToGroup: once per group ARN, then group.attachInlinePolicy(this) */
void ccdk_iam_policy_attach_to_group(ccdk_iam_policy *p, ccdk_iam_group *group)
{
    if (!ccdk__target_ok(p, __func__) || !ccdk__arg_handle_ok(group, __func__, "group") || p->imported)
        return;
    for (size_t i = 0; i < p->ngroups; i++)
        if (!strcmp(p->attached_groups[i]->arn, group->arn))
            return;
    if (p->ngroups == p->capgroups)
        p->attached_groups = ccdk__arena_grow(p->node.app, p->attached_groups, p->ngroups, &p->capgroups, sizeof *p->attached_groups, 2);
    p->attached_groups[p->ngroups++] = group;
    ccdk__v_push(p->groups, ccdk__v_str(p->node.app, group->name));
    ccdk__attach_policy(&group->attached, p);
}

/* role.attachInlinePolicy(policy) / user.attachInlinePolicy(policy): attachedPolicies.attach(policy),
 * then policy.attachToRole(this) (attachToUser) -- which is where ccdk attaches it */
void ccdk_iam_role_attach_inline_policy(ccdk_iam_role *role, ccdk_iam_policy *policy)
{
    if (!ccdk__target_ok(role, __func__) || !ccdk__arg_handle_ok(policy, __func__, "policy"))
        return;
    if (role->immutable) /* ImmutableRole.attachInlinePolicy: nothing */
        return;
    if (role->precreated) { /* PrecreatedRole.attachInlinePolicy: its statements reported, not attached */
        ccdk__precreated_attach_inline_policy(role->precreated, policy);
        return;
    }
    /* ImportedRole.attachInlinePolicy: only when Token.compareStrings(this.env.account (the ARN's),
     * policy.env.account) is SAME, BOTH_UNRESOLVED or ONE_UNRESOLVED (a policy of a stack of another
     * account is left unattached) */
    if (role->imported && role->account && policy->node.stack &&
        ccdk__token_compare_strings(role->account, ccdk_stack_account(policy->node.stack)) == CCDK__TOKENS_DIFFERENT)
        return;
    ccdk_iam_policy_attach_to_role(policy, role);
}

void ccdk_iam_user_attach_inline_policy(ccdk_iam_user *user, ccdk_iam_policy *policy)
{
    if (!ccdk__target_ok(user, __func__) || !ccdk__arg_handle_ok(policy, __func__, "policy"))
        return;
    ccdk_iam_policy_attach_to_user(policy, user);
}

ccdk_iam_policy *ccdk__role_add_to_principal_policy(ccdk_iam_role *role, ccdk_iam_policy_statement *s)
{
    if (role->immutable) /* ImmutableRole.addToPrincipalPolicy: {statementAdded: true}, nothing written */
        return NULL;
    if (role->precreated) { /* PrecreatedRole.addToPrincipalPolicy: reported, {statementAdded: true} */
        ccdk__precreated_add_statement(role->precreated, s);
        return NULL;
    }
    if (!role->default_policy) {
        if (role->imported && ccdk__feature_flag(&role->node, "@aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName")) {
            /* ImportedRole: "Policy" + Names.uniqueId(role), as construct id and policy name (aws-cdk-lib
             * shortens it with uniqueResourceName beyond 128 characters, which ccdk does not) */
            const char *name = role->default_policy_name ? role->default_policy_name
                                                         : ccdk__sprintf(role->node.app, "Policy%s", ccdk__node_unique_id(&role->node));
            role->default_policy = ccdk_iam_policy_new(role, name, &(ccdk_iam_policy_props){.policy_name = name});
        } else {
            const char *name = role->default_policy_name ? role->default_policy_name : role->imported ? "Policy" : "DefaultPolicy";
            role->default_policy = ccdk_iam_policy_new(role, name, NULL);
        }
        /* Role's splitLargePolicy aspect merges equal statements (mergeIfEqual) */
        if (!role->imported)
            role->default_policy->doc->merge_equal = 1;
        ccdk_iam_policy_attach_to_role(role->default_policy, role);
    }
    ccdk_iam_policy_add_statements(role->default_policy, s);
    return role->default_policy;
}

void ccdk_iam_role_add_to_policy(ccdk_iam_role *role, ccdk_iam_policy_statement *s)
{
    if (!ccdk__target_ok(role, __func__) || !ccdk__arg_ok(s, __func__, "s"))
        return;
    ccdk__role_add_to_principal_policy(role, s);
}

int ccdk_iam_principal_add_to_policy(ccdk_iam_principal *grantee, ccdk_iam_policy_statement *s)
{
    if (!ccdk__object_ok(grantee, __func__) || !ccdk__arg_ok(s, __func__, "s"))
        return 0;
    if (grantee->via) /* PrincipalBase.addToPrincipalPolicy: no policy */
        return 0;
    if (grantee->kind == CCDK__P_ROLE) {
        ccdk__role_add_to_principal_policy(grantee->role, s);
        return !grantee->role->grants_to_resources; /* ImmutableRole: statementAdded !addGrantsToResources */
    }
    if (grantee->kind == CCDK__P_USER) {
        ccdk_iam_user_add_to_principal_policy(grantee->user, s);
        return 1;
    }
    if (grantee->kind == CCDK__P_GROUP) {
        ccdk_iam_group_add_to_principal_policy(grantee->group, s);
        return 1;
    }
    if (grantee->kind == CCDK__P_MANAGED_POLICY) { /* ManagedPolicyGrantPrincipal: the policy's addStatements */
        ccdk_iam_managed_policy_add_statements(grantee->managed_policy, s);
        return 1;
    }
    if (grantee->kind == CCDK__P_LAZY_ROLE) /* kept for the role until it is made */
        return ccdk__lazy_role_add_to_principal_policy(grantee->lazy_role, s);
    return 0;
}

ccdk_stack *ccdk_iam_principal_owned_stack(const ccdk_iam_principal *p)
{
    if (!p || p->via)
        return NULL;
    if (p->kind == CCDK__P_ROLE)
        return p->role->resource ? p->role->node.stack : NULL;
    if (p->kind == CCDK__P_USER)
        return p->user->resource ? p->user->node.stack : NULL;
    if (p->kind == CCDK__P_GROUP)
        return p->group->resource ? p->group->node.stack : NULL;
    return NULL;
}

const char *ccdk_iam_principal_account(const ccdk_iam_principal *p)
{
    if (!p || p->via) /* PrincipalBase's undefined */
        return NULL;
    switch (p->kind) {
    case CCDK__P_ROLE: return ccdk_iam_role_principal_account(p->role);
    case CCDK__P_USER: /* this.env.account; an import's, its ARN's */
        return p->user->imported ? p->user->account : ccdk_stack_account(ccdk_stack_of(p->user));
    case CCDK__P_GROUP: /* this.env.account; an import's, its ARN's */
        return p->group->imported ? p->group->account : ccdk_stack_account(ccdk_stack_of(p->group));
    case CCDK__P_MANAGED_POLICY: /* _managedPolicy.env.account */
        return ccdk_stack_account(p->managed_policy->node->node.stack);
    case CCDK__P_LAZY_ROLE: /* this.env.account, role or not */
        return ccdk_stack_account(p->lazy_role->node.stack);
    case CCDK__P_ACCOUNT: return p->value;
    default: return NULL; /* PrincipalBase's undefined: an ArnPrincipal's too */
    }
}

/* Token.compareStrings(resource account, principal account) is SAME or BOTH_UNRESOLVED. An
 * AccountRootPrincipal's account is a StackDependentToken in aws-cdk-lib, unresolved whatever its
 * stack's account is; a principal without an account is never the same. */
static int same_account(const char *resource_account, const ccdk_iam_principal *p)
{
    const char *account = ccdk_iam_principal_account(p);
    if (!account || !resource_account)
        return 0;
    if (p->kind == CCDK__P_ACCOUNT && p->account_root) /* unresolved whatever its value */
        return ccdk__is_unresolved(resource_account);
    return ccdk__tokens_same_or_both_unresolved(resource_account, account);
}

/* new PolicyStatement({actions, resources, principals: [principal], conditions}) of a grant (grant.ts):
 * Allow; principal NULL for the grantee's own statement. The actions were validated once by
 * grant_on_principal, which every grant calls first (aws-cdk-lib's addToPrincipal makes its
 * statement, and throws, before it looks at the grantee). */
static ccdk_iam_policy_statement *grant_statement(ccdk_app *app, const char *const *actions, const char *const *resources,
                                                  ccdk_iam_principal *principal, ccdk_value *conditions)
{
    ccdk_iam_policy_statement *s = ccdk__statement(app, CCDK_IAM_ALLOW, actions, resources);
    if (principal) /* addPrincipals: validatePolicyPrincipal (no Group) too */
        add_principals(s, (ccdk_iam_principal *const[]){principal, NULL}, 0);
    if (conditions) /* props.conditions !== undefined && addConditions */
        add_conditions(s, conditions);
    return s;
}

/* the resource policy's statement: Allow actions on resourceSelfArns (when given, even empty) or
 * resourceArns, to `principal`, with the grant's conditions; handed to the resource's
 * addToResourcePolicy */
static int add_resource_statement(ccdk_app *app, const ccdk_iam_grant_on_resource *o, ccdk_iam_principal *principal)
{
    if (!o->add_to_resource_policy && !o->statement)
        return 0;
    ccdk_strs arns = CCDK__GIVEN(o->resource_self_arns) ? o->resource_self_arns : o->resource_arns;
    ccdk_iam_policy_statement *s = grant_statement(app, CCDK__NT(app, o->actions, "grant actions"),
                                                   CCDK__NT(app, arns, "grant resources"), principal, o->conditions);
    if (o->statement)
        *o->statement = s;
    return o->add_to_resource_policy && o->add_to_resource_policy(o->resource, s) ? CCDK_IAM_GRANT_ON_RESOURCE : 0;
}

/* Grant.addToPrincipal(options): the grantee's statement, into its policy when it has one; the
 * statement when added, else NULL */
static ccdk_iam_policy_statement *grant_on_principal(ccdk_iam_principal *grantee, const ccdk_iam_grant_on_resource *o)
{
    ccdk_app *app = grantee->app;
    const char *const *actions = CCDK__NT(app, o->actions, "grant actions");
    validate_actions(app, actions);
    if (!has_policy(grantee))
        return NULL;
    ccdk_iam_policy_statement *s = grant_statement(app, actions, CCDK__NT(app, o->resource_arns, "grant resources"), NULL,
                                                   o->conditions);
    return ccdk_iam_principal_add_to_policy(grantee, s) ? s : NULL;
}

int ccdk_iam_grant_add_to_principal(ccdk_iam_principal *grantee, ccdk_strs actions, ccdk_strs resources)
{
    if (!grantee) {
        ccdk__process_error("%s: the grantee is NULL", __func__);
        return 0;
    }
    return grant_on_principal(grantee, &(ccdk_iam_grant_on_resource){.actions = actions, .resource_arns = resources}) != NULL;
}

int ccdk_iam_grant_add_to_principal_or_resource(ccdk_iam_principal *grantee, const ccdk_iam_grant_on_resource *o)
{
    if (!grantee) /* a grant to no one would be a template without it, and exit status 0 */
        ccdk__process_error("%s: the grantee is NULL", __func__);
    if (!grantee || !ccdk__arg_ok(o, __func__, "o"))
        return 0;
    if (o->statement)
        *o->statement = NULL;
    ccdk_iam_policy_statement *s = grant_on_principal(grantee, o);
    int added = s ? CCDK_IAM_GRANT_ON_PRINCIPAL : 0;
    if (added && same_account(o->resource_account, grantee)) {
        if (o->statement)
            *o->statement = s;
        return added;
    }
    return added | add_resource_statement(grantee->app, o, grantee);
}

int ccdk_iam_grant_add_to_principal_and_resource(ccdk_iam_principal *grantee, const ccdk_iam_grant_on_resource *o,
                                                 ccdk_iam_principal *resource_policy_principal)
{
    if (!grantee)
        ccdk__process_error("%s: the grantee is NULL", __func__);
    if (!grantee || !ccdk__arg_ok(o, __func__, "o"))
        return 0;
    if (o->statement)
        *o->statement = NULL;
    int added = grant_on_principal(grantee, o) ? CCDK_IAM_GRANT_ON_PRINCIPAL : 0;
    return added | add_resource_statement(grantee->app, o, resource_policy_principal ? resource_policy_principal : grantee);
}

/* ------------------------------------------------------------------ Grant objects (grant.ts) */

struct ccdk_iam_grant {
    ccdk_app *app;
    /* principalStatements / resourceStatements (combine concatenates them); principalStatement and
     * resourceStatement are the first of each */
    ccdk_iam_policy_statement **principal, **resource;
    size_t nprincipal, capprincipal, nresource, capresource;
    /* the constructs of the dependables' dependencyRoots, each once (Array.from(new Set(...))) */
    ccdk__node **deps;
    size_t ndeps, capdeps;
};

static ccdk_iam_grant *grant_new(ccdk_app *app)
{
    ccdk_iam_grant *g = ccdk__alloc(app, sizeof *g);
    g->app = app;
    return g;
}

static void grant_push_statement(ccdk_iam_grant *g, ccdk_iam_policy_statement ***list, size_t *n, size_t *cap,
                                 ccdk_iam_policy_statement *s)
{
    if (!s)
        return;
    if (*n == *cap)
        *list = ccdk__arena_grow(g->app, *list, *n, cap, sizeof **list, 2);
    (*list)[(*n)++] = s;
}

static void grant_depend(ccdk_iam_grant *g, ccdk__node *n)
{
    if (!n)
        return;
    for (size_t i = 0; i < g->ndeps; i++)
        if (g->deps[i] == n)
            return;
    if (g->ndeps == g->capdeps)
        g->deps = ccdk__arena_grow(g->app, g->deps, g->ndeps, &g->capdeps, sizeof *g->deps, 2);
    g->deps[g->ndeps++] = n;
}

/* addToPrincipalPolicy's policyDependable, for a grantee that took the statement: its default policy
 * (a Role's, an imported role's, a User's, a Group's), the ManagedPolicy of its grantPrincipal; an
 * ImmutableRole's and a PrecreatedRole's are empty DependencyGroups (NULL) */
static ccdk__node *principal_dependable(const ccdk_iam_principal *p)
{
    switch (p->kind) {
    case CCDK__P_ROLE:
        return p->role->immutable || p->role->precreated || !p->role->default_policy ? NULL : &p->role->default_policy->node;
    case CCDK__P_USER: return p->user->default_policy ? &p->user->default_policy->node : NULL;
    case CCDK__P_GROUP: return p->group->default_policy ? &p->group->default_policy->node : NULL;
    case CCDK__P_MANAGED_POLICY: return p->managed_policy->node ? &p->managed_policy->node->node : NULL;
    case CCDK__P_LAZY_ROLE: /* the role's once it is made; before, the LazyRole itself (its children
                             * when the dependency is resolved: the role and its policy, if made) */
        return p->lazy_role->role ? principal_dependable(p->lazy_role->role->principal) : &p->lazy_role->node;
    default: return NULL;
    }
}

/* Grant.addToPrincipal(options) into g: the statement and its dependable when the grantee took it */
static void grant_principal_part(ccdk_iam_grant *g, ccdk_iam_principal *grantee, const ccdk_iam_grant_on_resource *o)
{
    ccdk_iam_policy_statement *s = grant_on_principal(grantee, o);
    if (!s)
        return;
    grant_push_statement(g, &g->principal, &g->nprincipal, &g->capprincipal, s);
    grant_depend(g, principal_dependable(grantee));
}

/* the resource statement to principal, added to the resource's policy: its policyDependable ??
 * options.resource when it was added */
static ccdk_iam_policy_statement *grant_resource_part(ccdk_iam_grant *g, const ccdk_iam_grant_on_resource *o,
                                                      ccdk_iam_principal *principal)
{
    ccdk_iam_policy_statement *s = NULL;
    ccdk_iam_grant_on_resource r = *o;
    r.statement = &s;
    if (add_resource_statement(g->app, &r, principal))
        grant_depend(g, ccdk__node_of(o->policy_dependable ? o->policy_dependable : o->resource));
    return s;
}

ccdk_iam_grant *ccdk_iam_grant_on_principal(ccdk_iam_principal *grantee, ccdk_strs actions, ccdk_strs resources)
{
    if (!ccdk__grantee_ok(grantee, __func__))
        return NULL;
    ccdk_iam_grant *g = grant_new(grantee->app);
    grant_principal_part(g, grantee, &(ccdk_iam_grant_on_resource){.actions = actions, .resource_arns = resources});
    return g;
}

ccdk_iam_grant *ccdk_iam_grant_on_principal_or_resource(ccdk_iam_principal *grantee, const ccdk_iam_grant_on_resource *o)
{
    if (!ccdk__grantee_ok(grantee, __func__) || !ccdk__arg_ok(o, __func__, "o"))
        return NULL;
    ccdk_iam_grant *g = grant_new(grantee->app);
    grant_principal_part(g, grantee, o);
    if (g->nprincipal && same_account(o->resource_account, grantee))
        return g;
    /* a new Grant of the resource statement alone: the principal's part is left out of it */
    ccdk_iam_grant *r = grant_new(grantee->app);
    grant_push_statement(r, &r->resource, &r->nresource, &r->capresource, grant_resource_part(r, o, grantee));
    return r;
}

ccdk_iam_grant *ccdk_iam_grant_on_principal_and_resource(ccdk_iam_principal *grantee, const ccdk_iam_grant_on_resource *o,
                                                         ccdk_iam_principal *resource_policy_principal)
{
    if (!ccdk__grantee_ok(grantee, __func__) || !ccdk__arg_ok(o, __func__, "o"))
        return NULL;
    ccdk_iam_grant *g = grant_new(grantee->app);
    grant_principal_part(g, grantee, o);
    ccdk_iam_grant *r = grant_new(grantee->app);
    ccdk_iam_policy_statement *s = grant_resource_part(r, o, resource_policy_principal ? resource_policy_principal : grantee);
    /* as aws-cdk-lib's: the Grant's principalStatement is the resource statement, its
     * resourceStatement the principal grant's (none); its dependable the principal grant, then the
     * resource's policy */
    ccdk_iam_grant *out = grant_new(grantee->app);
    grant_push_statement(out, &out->principal, &out->nprincipal, &out->capprincipal, s);
    for (size_t i = 0; i < g->ndeps; i++)
        grant_depend(out, g->deps[i]);
    for (size_t i = 0; i < r->ndeps; i++)
        grant_depend(out, r->deps[i]);
    return out;
}

ccdk_iam_grant *ccdk_iam_grant_drop(ccdk_iam_principal *grantee, const char *intent)
{
    (void)intent;
    if (!ccdk__grantee_ok(grantee, __func__))
        return NULL;
    return grant_new(grantee->app);
}

ccdk_iam_grant *ccdk_iam_grant_combine(ccdk_iam_grant *grant, ccdk_iam_grant *rhs)
{
    if (!ccdk__object_ok(grant, __func__) || !ccdk__arg_ok(rhs, __func__, "rhs"))
        return grant;
    ccdk_iam_grant *g = grant_new(grant->app);
    const ccdk_iam_grant *parts[2] = {grant, rhs};
    for (int p = 0; p < 2; p++) {
        for (size_t i = 0; i < parts[p]->nprincipal; i++)
            grant_push_statement(g, &g->principal, &g->nprincipal, &g->capprincipal, parts[p]->principal[i]);
        for (size_t i = 0; i < parts[p]->nresource; i++)
            grant_push_statement(g, &g->resource, &g->nresource, &g->capresource, parts[p]->resource[i]);
    }
    for (int p = 0; p < 2; p++)
        for (size_t i = 0; i < parts[p]->ndeps; i++)
            grant_depend(g, parts[p]->deps[i]);
    return g;
}

int ccdk_iam_grant_success(const ccdk_iam_grant *grant)
{
    return grant && (grant->nprincipal || grant->nresource);
}

ccdk_iam_policy_statement *ccdk_iam_grant_principal_statement(const ccdk_iam_grant *grant)
{
    return grant && grant->nprincipal ? grant->principal[0] : NULL;
}

ccdk_iam_policy_statement *ccdk_iam_grant_resource_statement(const ccdk_iam_grant *grant)
{
    return grant && grant->nresource ? grant->resource[0] : NULL;
}

void ccdk_iam_grant_apply_before(ccdk_iam_grant *grant, void *construct)
{
    if (!ccdk__object_ok(grant, __func__) || !ccdk__arg_handle_ok(construct, __func__, "construct"))
        return;
    /* construct.node.addDependency(grant): a dependency on each construct of its dependencyRoots */
    for (size_t i = 0; i < grant->ndeps; i++)
        ccdk_node_add_dependency(construct, grant->deps[i]);
}

/* ------------------------------------------------------------------ for other modules (public API) */

int ccdk_iam_policy_statement_has_resource(const ccdk_iam_policy_statement *s)
{
    return s && s->resources && s->resources->u.list.n;
}

int ccdk_iam_policy_statement_has_principal(const ccdk_iam_policy_statement *s)
{
    return s && s->nprincipals + s->nnot_principals > 0;
}

size_t ccdk_iam_policy_document_statement_count(const ccdk_iam_policy_document *d) { return d ? d->n : 0; }

ccdk_strs ccdk_iam_policy_statement_resources(const ccdk_iam_policy_statement *s)
{
    ccdk_strs none = {0};
    if (!s)
        return none;
    /* _resource is an OrderedSet: each string once, in the order first added */
    const ccdk_value *l = s->resources;
    const char **items = ccdk__alloc(s->app, (l->u.list.n ? l->u.list.n : 1) * sizeof *items);
    size_t n = 0;
    for (size_t i = 0; i < l->u.list.n; i++) {
        const ccdk_value *v = l->u.list.items[i];
        if (v->kind != CCDK__V_STR)
            continue;
        size_t k = 0;
        while (k < n && strcmp(items[k], v->u.str.s))
            k++;
        if (k == n)
            items[n++] = v->u.str.s;
    }
    return (ccdk_strs){&ccdk__list_mark, items, n};
}

ccdk_value *ccdk_iam_policy_document_value(ccdk_iam_policy_document *d) { return d ? ccdk__document_value(d) : NULL; }

/* a rendered value with every token value (a reference, a join, a lazy) turned into its string
 * token, and absent values dropped: what JSON.stringify sees of aws-cdk-lib's rendered document */
static ccdk_value *tokenized(ccdk_app *app, ccdk_value *v)
{
    switch (v->kind) {
    case CCDK__V_NULL:
    case CCDK__V_BOOL:
    case CCDK__V_NUM:
    case CCDK__V_STR: return v;
    case CCDK__V_LIST: {
        ccdk_value *l = ccdk__v_list(app);
        for (size_t i = 0; i < v->u.list.n; i++)
            if (v->u.list.items[i]->kind != CCDK__V_UNDEF)
                ccdk__v_push(l, tokenized(app, v->u.list.items[i]));
        return l;
    }
    case CCDK__V_OBJ: {
        ccdk_value *o = ccdk__v_obj(app);
        for (size_t i = 0; i < v->u.obj.n; i++)
            if (v->u.obj.e[i].val->kind != CCDK__V_UNDEF)
                ccdk__v_set(o, v->u.obj.e[i].key, tokenized(app, v->u.obj.e[i].val));
        return o;
    }
    default: return ccdk__v_str(app, ccdk__token_str(app, v));
    }
}

/* JSON.stringify(document): document.toJSON() is render() (statements as they are, no
 * post-processing), its tokens kept in the text */
static ccdk_value *document_json_lazy(void *ctx)
{
    ccdk_iam_policy_document *d = ctx;
    ccdk_app *app = d->app;
    if (!d->n) /* render() is undefined, and so is its JSON */
        return ccdk__v_undef(app);
    ccdk_value *doc = ccdk__v_obj(app), *l = ccdk__v_list(app);
    for (size_t i = 0; i < d->n; i++)
        ccdk__v_push(l, ccdk__statement_json(d->st[i]));
    ccdk__v_set(doc, "Statement", l);
    ccdk__v_set(doc, "Version", ccdk__v_str(app, "2012-10-17"));
    ccdk__buf b = {0};
    ccdk__json_write(&b, tokenized(app, doc), 0);
    ccdk_value *r = ccdk__v_from_string(app, ccdk__strndup(app, b.data ? b.data : "", b.len));
    ccdk__buf_free(&b);
    return r;
}

ccdk_value *ccdk_iam_policy_document_json_string(ccdk_iam_policy_document *d)
{
    return d ? ccdk__v_lazy(d->app, document_json_lazy, d) : NULL;
}

void ccdk_iam_policy_document_assign_sids(ccdk_iam_policy_document *d)
{
    if (!ccdk__object_ok(d, __func__))
        return;
    d->assign_sids = 1;
}

/* ------------------------------------------------------------------ ManagedPolicy */

static void validate_managed_policy(ccdk__node *n)
{
    managed_policy_node *m = (managed_policy_node *)n;
    size_t errors = n->app->nerrors;
    if (!m->doc->n)
        validation_error(n, "Managed Policy is empty. You must add statements to the policy");
    validate_identity(n, m->doc);
    if (m->precreated_arn && n->app->nerrors == errors) /* valid: into the policy report */
        ccdk__precreated_report_managed_policy(n, m->doc, m->attached_roles, m->nroles);
}

const char *ccdk__managed_policy_path(const ccdk_iam_managed_policy *p) { return p->node ? p->node->node.path : NULL; }

/* ManagedPolicyGrantPrincipal's ARN: a Lazy whose producer throws (a resource policy needs a
 * principal, which a managed policy is not) */
static const char *managed_policy_principal_arn(void *ctx)
{
    (void)ctx;
    ccdk__lazy_error(((ccdk__node *)ctx)->app, "This grant operation needs to add a resource policy so needs access to a "
                                               "principal. Grant permissions to a Role or User, instead of a ManagedPolicy.");
    return "";
}

static const char *managed_policy_arn_of(ccdk__node *node, const char *name)
{
    return ccdk__format_arn(node->stack, "iam", "", "policy", NULL, name);
}

static const ccdk__kind kind_managed_policy = {
    .fqn = "aws-cdk-lib.aws_iam.ManagedPolicy", .validate = validate_managed_policy, .class_name = "ManagedPolicy2"};

ccdk_iam_managed_policy *ccdk_iam_managed_policy_new(void *scope, const char *id, const ccdk_iam_managed_policy_props *props)
{
    ccdk_app *app = ccdk__app_of(scope);
    managed_policy_node *m = ccdk__alloc(app, sizeof *m);
    ccdk__node_init(&m->node, &kind_managed_policy, scope, id);
    ccdk_iam_managed_policy *p = ccdk__alloc(app, sizeof *p);
    p->app = app;
    p->node = m;
    m->policy = p;
    m->doc = props && props->document ? props->document : ccdk_iam_policy_document_new(m, (ccdk_iam_policy_statement_list){0});
    m->roles = ccdk__v_list(app);
    m->users = ccdk__v_list(app);
    m->groups = ccdk__v_list(app);
    /* under customizeRoles: ManagedPolicy.fromManagedPolicyName(this, 'Imported' + id, id) gives the
     * ARN (and the name is the id); its statements go into the policy report, and with
     * preventSynthesis there is no CfnManagedPolicy */
    int prevent = 0;
    if (ccdk__customize_roles_enabled(&m->node, &prevent)) {
        ccdk_iam_managed_policy *imported =
            ccdk_iam_managed_policy_from_managed_policy_name(m, ccdk__sprintf(app, "Imported%s", m->node.id), m->node.id);
        m->precreated_arn = imported->arn;
    }
    if (!prevent) {
        m->resource = ccdk__l1(m, "Resource", "AWS::IAM::ManagedPolicy", "aws-cdk-lib.aws_iam.CfnManagedPolicy");
        /* description: props.description || "", path: props.path || "/", both written */
        const char *description = props && props->description ? props->description : "";
        const char *path = props && props->path && *props->path ? props->path : "/";
        ccdk__res_set(m->resource, "Description", ccdk__v_str(app, description));
        ccdk__res_set(m->resource, "Groups", ccdk__v_ignore_empty(app, m->groups));
        /* managedPolicyArn: getResourceArnAttribute(ref, {region: '', service: 'iam', resource: 'policy',
         * resourceName: physicalName}) (the path is not in it, as aws-cdk-lib's) */
        ccdk__physical pn = {0};
        ccdk__physical_new(&pn, m, m->resource, props ? props->managed_policy_name : NULL, NULL, NULL, managed_policy_arn_of);
        m->physical_arn = pn.arn;
        if (pn.gen)
            ccdk__res_set(m->resource, "ManagedPolicyName", pn.value);
        else if (props && props->managed_policy_name)
            ccdk__res_set(m->resource, "ManagedPolicyName", ccdk__v_str(app, props->managed_policy_name));
        ccdk__res_set(m->resource, "Path", ccdk__v_str(app, path));
        ccdk__res_set(m->resource, "PolicyDocument", ccdk__document_value(m->doc));
        ccdk__res_set(m->resource, "Roles", ccdk__v_ignore_empty(app, m->roles));
        ccdk__res_set(m->resource, "Users", ccdk__v_ignore_empty(app, m->users));
    }
    /* managedPolicyArn: a memoized getter, made at its first read (token.c); the precreated policy's
     * is the import's own */
    p->arn = m->precreated_arn ? m->precreated_arn
                               : ccdk__token_mark_unread(app, m->physical_arn ? m->physical_arn : ccdk_cfn_resource_ref(m->resource));
    /* grantPrincipal: new ManagedPolicyGrantPrincipal(this) */
    m->principal = ccdk__alloc(app, sizeof *m->principal);
    m->principal->app = app;
    m->principal->kind = CCDK__P_MANAGED_POLICY;
    m->principal->managed_policy = p;
    m->principal->value = ccdk_lazy_string(m, managed_policy_principal_arn, m);
    if (props) {
        /* users, groups, roles, then statements, as managed-policy.ts */
        size_t nu = CCDK__LEN(props->users, "ManagedPolicy users");
        for (size_t i = 0; i < nu; i++)
            ccdk_iam_managed_policy_attach_to_user(p, props->users.items[i]);
        size_t ng = CCDK__LEN(props->groups, "ManagedPolicy groups");
        for (size_t i = 0; i < ng; i++)
            ccdk_iam_managed_policy_attach_to_group(p, props->groups.items[i]);
        size_t nr = CCDK__LEN(props->roles, "ManagedPolicy roles");
        for (size_t i = 0; i < nr; i++)
            ccdk_iam_managed_policy_attach_to_role(p, props->roles.items[i]);
        size_t ns = CCDK__LEN(props->statements, "ManagedPolicy statements");
        for (size_t i = 0; i < ns; i++)
            ccdk_iam_managed_policy_add_statements(p, props->statements.items[i]);
    }
    return p;
}

void ccdk_iam_managed_policy_add_statements(ccdk_iam_managed_policy *p, ccdk_iam_policy_statement *s)
{
    if (!ccdk__object_ok(p, __func__) || !ccdk__arg_ok(s, __func__, "s") || !p->node)
        return;
    ccdk_iam_policy_document_add_statements(p->node->doc, s);
}

void ccdk_iam_managed_policy_attach_to_role(ccdk_iam_managed_policy *p, ccdk_iam_role *role)
{
    if (!ccdk__object_ok(p, __func__) || !ccdk__arg_handle_ok(role, __func__, "role") || !p->node)
        return;
    managed_policy_node *m = p->node;
    for (size_t i = 0; i < m->nroles; i++)
        if (!strcmp(m->attached_roles[i]->arn, role->arn))
            return;
    if (m->nroles == m->caproles)
        m->attached_roles = ccdk__arena_grow(p->app, m->attached_roles, m->nroles, &m->caproles, sizeof *m->attached_roles, 2);
    m->attached_roles[m->nroles++] = role;
    ccdk__v_push(m->roles, ccdk__v_str(p->app, role->name));
}

void ccdk_iam_managed_policy_attach_to_user(ccdk_iam_managed_policy *p, ccdk_iam_user *user)
{
    if (!ccdk__object_ok(p, __func__) || !ccdk__arg_handle_ok(user, __func__, "user") || !p->node)
        return;
    managed_policy_node *m = p->node;
    for (size_t i = 0; i < m->nusers; i++)
        if (!strcmp(m->attached_users[i]->arn, user->arn))
            return;
    if (m->nusers == m->capusers)
        m->attached_users = ccdk__arena_grow(p->app, m->attached_users, m->nusers, &m->capusers, sizeof *m->attached_users, 2);
    m->attached_users[m->nusers++] = user;
    ccdk__v_push(m->users, ccdk__v_str(p->app, user->name));
}

/* ManagedPolicy.attachToGroup: once per group ARN; the group is not told (a managed policy is not an
 * inline one) */
void ccdk_iam_managed_policy_attach_to_group(ccdk_iam_managed_policy *p, ccdk_iam_group *group)
{
    if (!ccdk__object_ok(p, __func__) || !ccdk__arg_handle_ok(group, __func__, "group") || !p->node)
        return;
    managed_policy_node *m = p->node;
    for (size_t i = 0; i < m->ngroups; i++)
        if (!strcmp(m->attached_groups[i]->arn, group->arn))
            return;
    if (m->ngroups == m->capgroups)
        m->attached_groups = ccdk__arena_grow(p->app, m->attached_groups, m->ngroups, &m->capgroups, sizeof *m->attached_groups, 2);
    m->attached_groups[m->ngroups++] = group;
    ccdk__v_push(m->groups, ccdk__v_str(p->app, group->name));
}

const char *ccdk_iam_managed_policy_name(ccdk_iam_managed_policy *p)
{
    if (!p || !p->node)
        return NULL;
    if (p->node->precreated_arn) /* under customizeRoles: the node's id */
        return p->node->node.id;
    /* getResourceNameAttribute(Stack.of(this).splitArn(ref, SLASH_RESOURCE_NAME).resourceName) */
    if (!p->node->name)
        p->node->name = ccdk__arn_slash_resource_name(p->node, p->arn);
    return p->node->name;
}

ccdk_iam_principal *ccdk_iam_managed_policy_principal(ccdk_iam_managed_policy *p)
{
    if (!p)
        return NULL;
    if (!p->node) {
        ccdk__process_error("%s: only a ManagedPolicy made with ccdk_iam_managed_policy_new is a grantee", __func__);
        return NULL;
    }
    return p->node->principal;
}

ccdk_iam_policy_document *ccdk_iam_managed_policy_document(ccdk_iam_managed_policy *p)
{
    return p && p->node ? p->node->doc : NULL;
}

ccdk_cfn_resource *ccdk_iam_managed_policy_resource(ccdk_iam_managed_policy *p)
{
    return p && p->node ? p->node->resource : NULL;
}

/* ------------------------------------------------------------------ Role.splitLargePolicy
 *
 * aws-cdk-lib's Role adds an aspect that, at synthesis, merges the statements of its DefaultPolicy
 * (PolicyDocument._splitDocument: mergeStatements with limitSize, mergeIfCombinable under
 * minimizePolicies, else mergeIfEqual), estimates their sizes, keeps them in the DefaultPolicy while
 * the total stays below 10000 and moves the others, in order, into the first of a list of new
 * documents with room (at most 6000), each the document of a ManagedPolicy "OverflowPolicy<i>" of
 * the role. Here that happens in the role's prepare hook. Statements are compared by their JSON
 * resolved now (stack.resolve), with the fields merge_two takes; the merged statements are copies
 * as aws-cdk-lib makes them (a.copy({actions, resources, principals})). */

#define MAX_INLINE_SIZE 10000
#define MAX_MANAGEDPOL_SIZE 6000
#define MAX_MERGE_SIZE 2000
#define ARN_SIZE_ESTIMATE_CONTEXT_KEY "@aws-cdk/aws-iam.arnSizeEstimate"

typedef struct {
    double action, arn;
} size_options;

/* deriveEstimateSizeOptions(scope); 0 after its error */
static int derive_size_options(ccdk__node *scope, size_options *o)
{
    o->action = 20;
    o->arn = 150;
    ccdk_value *v = ccdk__node_context(scope, ARN_SIZE_ESTIMATE_CONTEXT_KEY);
    if (!v || v->kind == CCDK__V_UNDEF || v->kind == CCDK__V_NULL)
        return 1;
    if (v->kind != CCDK__V_NUM) {
        ccdk__unscoped_error(scope->app, "Context value %s should be a number, got %s", ARN_SIZE_ESTIMATE_CONTEXT_KEY,
                             ccdk__js_string(scope->app, v));
        return 0;
    }
    o->arn = v->u.n;
    return 1;
}

/* count(key, values, tokenSize) of _estimateSize: values each once (an OrderedSet) */
static double size_of_list(ccdk_app *app, const char *key, const ccdk_value *l, double token_size)
{
    ccdk_value *u = unique_strs(app, l);
    if (!u->u.list.n)
        return 0;
    double r = (double)strlen(key) + 5;
    for (size_t i = 0; i < u->u.list.n; i++) {
        const char *v = u->u.list.items[i]->u.str.s;
        r += (ccdk__is_unresolved(v) ? token_size : (double)js_length(v)) + 3;
    }
    return r;
}

/* PolicyStatement._estimateSize. The conditions count as the length of their JSON text, tokens as
 * ccdk's token strings (aws-cdk-lib's "${Token[...]}" strings may be longer or shorter). */
static double estimate_size(ccdk_iam_policy_statement *s, const size_options *o)
{
    ccdk_app *app = s->app;
    double r = s->effect == CCDK_IAM_DENY ? 17 : 18; /* `"Effect": "${effect}",` */
    r += size_of_list(app, "Action", s->actions, o->action);
    r += size_of_list(app, "NotAction", s->not_actions, o->action);
    r += size_of_list(app, "Resource", s->resources, o->arn);
    r += size_of_list(app, "NotResource", s->not_resources, o->arn);
    r += (double)s->nprincipals * o->arn;
    r += (double)s->nnot_principals * o->arn;
    ccdk__buf b = {0};
    ccdk__json_write(&b, tokenized(app, s->condition), 0);
    ccdk__buf_putc(&b, 0);
    r += (double)js_length(b.data);
    ccdk__buf_free(&b);
    return r;
}

/* setMerge (strs_union) as a NULL-ended array */
static const char **set_merge(ccdk_app *app, const ccdk_value *a, const ccdk_value *b)
{
    ccdk_value *u = strs_union(app, a, b);
    const char **r = ccdk__alloc(app, (u->u.list.n + 1) * sizeof *r);
    for (size_t i = 0; i < u->u.list.n; i++)
        r[i] = u->u.list.items[i]->u.str.s;
    return r;
}

/* a.statement.copy({actions: setMerge, resources: setMerge, principals: setMergePrincipals}) */
static ccdk_iam_policy_statement *merged_copy(ccdk_iam_policy_statement *a, ccdk_iam_policy_statement *b)
{
    ccdk_app *app = a->app;
    ccdk_iam_policy_statement *c = ccdk_iam_policy_statement_copy(a, NULL);
    c->actions = NULL;
    push_strs(app, &c->actions, set_merge(app, a->actions, b->actions));
    c->resources = NULL;
    push_strs(app, &c->resources, set_merge(app, a->resources, b->resources));
    for (size_t i = 0; i < b->nprincipals; i++) {
        const char *k = principal_key(app, b->principals_added[i]);
        int seen = 0;
        for (size_t j = 0; j < c->nprincipals && !seen; j++)
            seen = !strcmp(principal_key(app, c->principals_added[j]), k);
        if (!seen)
            ccdk__statement_add_principal(c, b->principals_added[i]);
    }
    return c;
}

/* JSON.parse(JSON.stringify(v)) of a resolved value, built without the text in between: what
 * the JSON writer writes (an undefined member left out, an undefined or missing item null, a
 * kind it does not know null) as the parser would read it back. 0 where a number would not come
 * back the same (not finite, or -0): the caller goes through the text. */
static int plain_json(ccdk_app *app, ccdk_value *v, ccdk_value **out)
{
    switch (v ? v->kind : CCDK__V_NULL) {
    case CCDK__V_BOOL:
    case CCDK__V_STR:
        *out = v;
        return 1;
    case CCDK__V_NUM:
        *out = v;
        return isfinite(v->u.n) && !(v->u.n == 0 && signbit(v->u.n));
    case CCDK__V_LIST: {
        ccdk_value *l = ccdk__v_list(app);
        for (size_t i = 0; i < v->u.list.n; i++) {
            ccdk_value *it = v->u.list.items[i], *p;
            if (!plain_json(app, it && it->kind == CCDK__V_UNDEF ? NULL : it, &p))
                return 0;
            ccdk__v_push(l, p);
        }
        *out = l;
        return 1;
    }
    case CCDK__V_OBJ: {
        ccdk_value *o = ccdk__v_obj_sized(app, v->u.obj.n);
        for (size_t i = 0; i < v->u.obj.n; i++) {
            ccdk_value *it = v->u.obj.e[i].val, *p;
            if (!it || it->kind == CCDK__V_UNDEF)
                continue;
            if (!plain_json(app, it, &p))
                return 0;
            ccdk__v_set(o, v->u.obj.e[i].key, p);
        }
        *out = o;
        return 1;
    }
    default:
        *out = ccdk__v_new(app, CCDK__V_NULL);
        return 1;
    }
}

/* stack.resolve(statement.toStatementJson()), as a value of the App (a thousand roles' policies
 * are resolved here, in the aspect phase: the resolved value is taken as it is, not written out
 * and parsed back). aws-cdk-lib's mergeStatements compares the statements unresolved: what this
 * resolution throws (a resource of another environment without a physical name, ...) is not
 * thrown there, but by the template's render, inside the policy's layers of tokens (its four
 * "Resolution error: "): dropped here, the render meets it again. */
static ccdk_value *resolved_now(ccdk_stack *stack, ccdk_iam_policy_statement *s)
{
    ccdk_app *app = s->app;
    size_t nerrors = app->nerrors;
    ccdk_value *r = ccdk__stack_resolve_now(stack, ccdk__statement_json(s));
    for (size_t i = nerrors; i < app->nerrors; i++)
        free(app->errors[i]);
    app->nerrors = nerrors;
    ccdk__arena cur;
    ccdk__persistent_enter(app, &cur); /* the copy outlives a scratch too */
    ccdk_value *v = NULL;
    if (r->kind != CCDK__V_UNDEF && !plain_json(app, r, &v)) {
        /* a number the text changes: through the text, once */
        ccdk__buf b = {0};
        ccdk__json_write(&b, r, 0);
        v = ccdk__json_parse(app, b.data ? b.data : "", b.len, NULL);
        ccdk__buf_free(&b);
    }
    ccdk__persistent_leave(app, &cur);
    return v ? v : ccdk__v_obj(app);
}

/* A set of strings (open addressing, in the App's arena; the strings are borrowed), for
 * merged_lower_bound. */
typedef struct {
    ccdk_app *app;
    const char **slot;
    size_t cap, n;
} str_set;

static void str_set_clear(str_set *set)
{
    if (set->slot)
        memset(set->slot, 0, set->cap * sizeof *set->slot);
    set->n = 0;
}

/* adds s; 1 when it was not there */
static int str_set_add(str_set *set, const char *s)
{
    if (2 * (set->n + 1) > set->cap) {
        size_t cap = set->cap ? set->cap * 2 : 16;
        str_set grown = {set->app, ccdk__alloc(set->app, cap * sizeof *set->slot), cap, 0};
        memset(grown.slot, 0, cap * sizeof *grown.slot);
        for (size_t i = 0; i < set->cap; i++)
            if (set->slot[i])
                str_set_add(&grown, set->slot[i]);
        *set = grown;
    }
    size_t i = hash_bytes(s, strlen(s)) & (set->cap - 1);
    for (; set->slot[i]; i = (i + 1) & (set->cap - 1))
        if (!strcmp(set->slot[i], s))
            return 0;
    set->slot[i] = s;
    set->n++;
    return 1;
}

static int str_set_has(const str_set *set, const char *s)
{
    if (!set->cap)
        return 0;
    size_t i = hash_bytes(s, strlen(s)) & (set->cap - 1);
    for (; set->slot[i]; i = (i + 1) & (set->cap - 1))
        if (!strcmp(set->slot[i], s))
            return 1;
    return 0;
}

/* The statement that merges accumulate into (st[i] of splitLargePolicy's pass), as sets. */
typedef struct {
    ccdk_iam_policy_statement *of; /* the statement the sets are of; NULL: none yet */
    double estimate;               /* estimate_size(of) less its principals' part */
    str_set act, res, scratch;
} merge_base;

/* what a field of b adds to count(key, values, tokenSize) of the field of the merged statement */
static double added_size(const ccdk_value *b, const str_set *in_a, str_set *scratch, const char *key, double token_size)
{
    double r = 0;
    str_set_clear(scratch);
    for (size_t i = 0; b && i < b->u.list.n; i++) {
        const char *v = b->u.list.items[i]->u.str.s;
        if (b->u.list.items[i]->kind != CCDK__V_STR || str_set_has(in_a, v) || !str_set_add(scratch, v))
            continue;
        r += (ccdk__is_unresolved(v) ? token_size : (double)js_length(v)) + 3;
    }
    if (r > 0 && !in_a->n)
        r += (double)strlen(key) + 5;
    return r;
}

/* A lower bound of estimate_size(merged_copy(a, b)) made without the copy: the merged statement is
 * a's (effect, notActions, notResources, conditions) with the union of the actions and of the
 * resources, whose sizes add up item by item, and principals (counted as nothing here). With a
 * role's thousands of statements of one action, each merge that would outgrow MAX_MERGE_SIZE is
 * told here, not by a copy made and measured (quadratic in time and in the arena's memory). */
static double merged_lower_bound(merge_base *base, ccdk_iam_policy_statement *a, ccdk_iam_policy_statement *b,
                                 const size_options *o)
{
    if (base->of != a) {
        base->of = a;
        base->estimate = estimate_size(a, o) - (double)a->nprincipals * o->arn;
        str_set_clear(&base->act);
        str_set_clear(&base->res);
        for (size_t i = 0; a->actions && i < a->actions->u.list.n; i++)
            if (a->actions->u.list.items[i]->kind == CCDK__V_STR)
                str_set_add(&base->act, a->actions->u.list.items[i]->u.str.s);
        for (size_t i = 0; a->resources && i < a->resources->u.list.n; i++)
            if (a->resources->u.list.items[i]->kind == CCDK__V_STR)
                str_set_add(&base->res, a->resources->u.list.items[i]->u.str.s);
    }
    return base->estimate + added_size(b->actions, &base->act, &base->scratch, "Action", o->action) +
           added_size(b->resources, &base->res, &base->scratch, "Resource", o->arn);
}

static void split_large_policy(ccdk_iam_role *r)
{
    ccdk_app *app = r->node.app;
    ccdk_iam_policy_document *doc = r->default_policy->doc;
    size_options so;
    if (!derive_size_options(&r->node, &so))
        return;
    int combinable = ccdk__feature_flag(&r->node, "@aws-cdk/aws-iam:minimizePolicies");
    /* mergeStatements(statements, {scope, limitSize: true, mergeIfCombinable}) */
    size_t n = doc->n;
    ccdk_iam_policy_statement **st = ccdk__alloc(app, (n + 1) * sizeof *st);
    ccdk_value **json = ccdk__alloc(app, (n + 1) * sizeof *json);
    unresolved_fields *u = ccdk__alloc(app, (n + 1) * sizeof *u);
    for (size_t i = 0; i < n; i++) {
        st[i] = doc->st[i];
        json[i] = resolved_now(r->node.stack, st[i]);
        u[i] = (unresolved_fields){.act = unique_strs(app, st[i]->actions), .res = unique_strs(app, st[i]->resources)};
        statement_keys(app, st[i], &u[i]);
    }
    merge_sig *sig = ccdk__alloc(app, (n + 1) * sizeof *sig);
    for (size_t i = 0; i < n; i++)
        sig[i] = statement_sig(app, json[i], &u[i]);
    merge_base base = {.act = {.app = app}, .res = {.app = app}, .scratch = {.app = app}};
    /* A pass after the first meets again every pair the one before left apart: a pair whose two
     * statements are unchanged since the first one's scan began is left apart again (merge_two
     * answers from the two statements alone), untried. stamp: when a statement was last merged
     * into; scanned: when its last scan began (0: never). */
    size_t *stamp = ccdk__alloc(app, (n + 1) * sizeof *stamp), *scanned = ccdk__alloc(app, (n + 1) * sizeof *scanned);
    memset(stamp, 0, (n + 1) * sizeof *stamp);
    memset(scanned, 0, (n + 1) * sizeof *scanned);
    size_t clock = 0;
    /* a statement merged into an earlier one is left as a NULL in st (taken out once, after the
     * passes: removing each at once moved the arrays' tails, quadratic in the statements) */
    for (int changed = 1; changed;) {
        changed = 0;
        for (size_t i = 0; i < n; i++) {
            if (!st[i])
                continue;
            size_t j = i + 1, before = scanned[i];
            scanned[i] = ++clock;
            for (; j < n; j++) {
                unresolved_fields um;
                if (!st[j] || (before && stamp[i] < before && stamp[j] < before))
                    continue;
                /* (a merge the lower bound already puts over the limit is not made) */
                ccdk_value *m = sig_may_merge(&sig[i], &sig[j], combinable) &&
                                        !(combinable && merged_lower_bound(&base, st[i], st[j], &so) > MAX_MERGE_SIZE)
                                    ? merge_two(app, json[i], json[j], combinable, &u[i], &u[j], &um)
                                    : NULL;
                ccdk_iam_policy_statement *ms = st[i];
                if (m && combinable) {
                    ms = merged_copy(st[i], st[j]);
                    if (estimate_size(ms, &so) > MAX_MERGE_SIZE)
                        m = NULL;
                }
                if (!m)
                    continue;
                st[i] = ms;
                json[i] = m;
                u[i] = um;
                sig[i] = statement_sig(app, m, &um);
                stamp[i] = ++clock;
                st[j] = NULL;
                changed = 1;
            }
        }
    }
    size_t live = 0;
    for (size_t i = 0; i < n; i++)
        if (st[i])
            st[live++] = st[i];
    n = live;
    /* the split: statements stay while the total is below the inline maximum */
    double self_size = 0;
    size_t kept = 0, ndocs = 0;
    ccdk_iam_policy_document **docs = ccdk__alloc(app, (n + 1) * sizeof *docs);
    double *doc_size = ccdk__alloc(app, (n + 1) * sizeof *doc_size);
    for (size_t i = 0; i < n; i++) {
        double size = estimate_size(st[i], &so);
        if (self_size + size < MAX_INLINE_SIZE) {
            self_size += size;
            st[kept++] = st[i];
            continue;
        }
        size_t k = 0; /* findDocWithSpace */
        while (k < ndocs && doc_size[k] + size > MAX_MANAGEDPOL_SIZE)
            k++;
        if (k == ndocs) {
            docs[ndocs] = ccdk_iam_policy_document_new(r, (ccdk_iam_policy_statement_list){0});
            docs[ndocs]->assign_sids = doc->assign_sids;
            doc_size[ndocs++] = 0;
        }
        ccdk_iam_policy_document_add_statements(docs[k], st[i]);
        doc_size[k] += size;
    }
    doc->st = st;
    doc->n = kept;
    doc->cap = n + 1;
    /* this.managedPolicies.length: one per ARN string; ccdk's ARN tokens of one AWS managed policy
     * name differ, so the ARNs are compared resolved */
    size_t mp_count = ndocs;
    const char **arns = ccdk__alloc(app, (r->managed->u.list.n + 1) * sizeof *arns);
    for (size_t i = 0; i < r->managed->u.list.n; i++) {
        const char *a = ccdk_stack_resolve_value(r->node.stack, r->managed->u.list.items[i]);
        size_t k = 0;
        while (k < i && !(a && arns[k] && !strcmp(arns[k], a)))
            k++;
        arns[i] = a;
        mp_count += k == i;
    }
    if (mp_count > 20)
        ccdk__warning(r, "@aws-cdk/aws-iam:rolePolicyTooLarge",
                      "Policy too large: %zu exceeds the maximum of 20 managed policies attached to a Role", mp_count);
    else if (mp_count > 10)
        ccdk__warning(r, "@aws-cdk/aws-iam:rolePolicyLarge",
                      "Policy large: %zu exceeds 10 managed policies attached to a Role, this requires a quota increase", mp_count);
    for (size_t k = 0; k < ndocs; k++)
        ccdk_iam_managed_policy_new(r, ccdk__sprintf(app, "OverflowPolicy%zu", k + 1),
                                    &(ccdk_iam_managed_policy_props){
                                        .description = ccdk__sprintf(app, "Part of the policies for %s", r->node.path),
                                        .document = docs[k],
                                        .roles = CCDK_LIST(r),
                                    });
}

/* Aspects.of(role).add({visit: c => c === role && role.splitLargePolicy()}): in the aspect phase, so
 * the overflow policies are in the tree (and in the analytics) as aws-cdk-lib's are */
static void role_split_aspect(void *construct, void *ctx)
{
    ccdk_iam_role *r = ctx;
    if (construct != r || r->imported || !r->default_policy || r->did_split)
        return;
    r->did_split = 1;
    split_large_policy(r);
}
