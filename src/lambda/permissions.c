/* permissions.c - resource-based permissions of an IFunction: addPermission (the principal and
 * condition rules of aws-lambda/lib/function-base.ts), grantInvoke and grantInvokeUrl with their
 * permission ids. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ccdk/lambda_versions.h"
#include "lambda_internal.h"

/* parsePermissionPrincipal: a PrincipalWithConditions is unwrapped first, so the conditions of the
 * wrapper never make an AnyPrincipal (an ArnPrincipal of "*") or a Role unsupported; they are
 * checked by validateConditionCombinations. An OrganizationPrincipal's own StringEquals condition
 * makes it "*"; a Role is its ARN (policyFragment.principalJson.AWS). */
static const char *permission_principal(ccdk__fnbase *fb, ccdk_iam_principal *p)
{
    switch (ccdk_iam_principal_kind_of(p)) {
    case CCDK_IAM_PRINCIPAL_ACCOUNT:
    case CCDK_IAM_PRINCIPAL_SERVICE:
    case CCDK_IAM_PRINCIPAL_ARN:
        return ccdk_iam_principal_value(p);
    case CCDK_IAM_PRINCIPAL_ORGANIZATION:
    case CCDK_IAM_PRINCIPAL_ANY:
        return "*";
    case CCDK_IAM_PRINCIPAL_ROLE:
        return ccdk_iam_role_arn(ccdk_iam_principal_role(p));
    case CCDK_IAM_PRINCIPAL_LAZY_ROLE: /* its policyFragment: the role's (made now) */
        return ccdk_iam_lazy_role_arn(ccdk_iam_principal_lazy_role(p));
    case CCDK_IAM_PRINCIPAL_USER: /* its policyFragment: ArnPrincipal(userArn) */
        return ccdk_iam_user_arn(ccdk_iam_principal_user(p));
    case CCDK_IAM_PRINCIPAL_MANAGED_POLICY: /* its policyFragment's AWS: [a Lazy that throws when resolved] */
        return ccdk_iam_principal_value(p);
    case CCDK_IAM_PRINCIPAL_GROUP: /* its policyFragment: ArnPrincipal(groupArn), no conditions */
        if (!ccdk_iam_principal_conditions(p))
            return ccdk_iam_group_arn(ccdk_iam_principal_group(p));
        break;
    default:
        break;
    }
    if (ccdk_iam_principal_kind_of(p) == CCDK_IAM_PRINCIPAL_COMPOSITE) {
        /* no accountId, service or arn of its own and no conditions in its fragment: a principalJson
         * whose AWS is one string is taken as it is -- a CompositePrincipal of a ServicePrincipal
         * and an AccountPrincipal gives the account's root ARN, the service dropped (aws-cdk-lib's
         * parsePermissionPrincipal, odd as it is) */
        ccdk_value *json = ccdk_iam_principal_policy_json(p);
        ccdk_value *aws = json ? ccdk__v_get(json, "AWS") : NULL;
        if (aws && aws->kind == CCDK__V_STR)
            return aws->u.str.s;
        if (aws && aws->kind == CCDK__V_LIST && aws->u.list.n == 1 && aws->u.list.items[0]->kind == CCDK__V_STR)
            return aws->u.list.items[0]->u.str.s;
    }
    if (ccdk_iam_principal_kind_of(p) == CCDK_IAM_PRINCIPAL_FEDERATED) { /* toString() is "<class>(<federated>)" */
        const char *str = ccdk_iam_principal_to_string(p);
        ccdk__error(fb, "Invalid principal type for Lambda permission statement: %.*s. Supported: AccountPrincipal, "
                        "ArnPrincipal, ServicePrincipal, OrganizationPrincipal",
                    (int)strcspn(str, "("), str);
        return "";
    }
    /* principal.constructor.name */
    ccdk__error(fb, "Invalid principal type for Lambda permission statement: %s. Supported: AccountPrincipal, ArnPrincipal, "
                    "ServicePrincipal, OrganizationPrincipal",
                ccdk_iam_principal_kind_of(p) == CCDK_IAM_PRINCIPAL_CANONICAL_USER ? "CanonicalUserPrincipal"
                : ccdk_iam_principal_kind_of(p) == CCDK_IAM_PRINCIPAL_STAR         ? "StarPrincipal"
                                                                                   : "CompositePrincipal");
    return "";
}

void ccdk__add_permission(ccdk__fnbase *fb, const char *id, const ccdk_lambda_permission *perm)
{
    if (fb->fkind == CCDK__FN_SINGLETON && fb->lambda)
        fb = &fb->lambda->base; /* SingletonFunction.addPermission: this.lambdaFunction.addPermission */
    ccdk_app *app = fb->node.app;
    if (!perm || !perm->principal) {
        ccdk__error(fb, "principal is required");
        return;
    }
    if (!fb->can_create_permissions) {
        if (!fb->skip_permissions) {
            ccdk_stack *s = fb->node.stack;
            const char *acc = NULL, *reg = NULL;
            if (fb->fkind == CCDK__FN_VERSION || fb->fkind == CCDK__FN_ALIAS) {
                /* fromVersionAttributes / fromAliasAttributes: the Resource's env is the stack's
                 * (no environmentFromArn) */
                acc = s->account;
                reg = s->region;
            } else {
                ccdk__arn_account_region(app, fb->arn, &acc, &reg);
            }
            ccdk__warning(fb, "UnclearLambdaEnvironment",
                          "addPermission() has no effect on a Lambda Function with region=%s, account=%s, in a Stack with "
                          "region=%s, account=%s. Suppress this warning if this is intentional, or pass sameEnvironment=true "
                          "to fromFunctionAttributes() if you would like to add the permissions.",
                          reg ? reg : "${Token[AWS.Region.0]}", acc ? acc : "${Token[AWS.AccountId.0]}",
                          s->region ? s->region : "${Token[AWS.Region.0]}", s->account ? s->account : "${Token[AWS.AccountId.0]}");
        }
        return;
    }
    if (!fb->arn)
        return; /* a construct whose making failed (its error is recorded): nothing to grant on */
    ccdk_iam_principal *p = perm->principal;
    const char *principal = permission_principal(fb, p);
    const char *source_arn = NULL, *source_account = NULL, *org = NULL;
    ccdk_value *pcond = ccdk_iam_principal_conditions(p);
    if (pcond && pcond->u.obj.n) {
        for (size_t i = 0; i < pcond->u.obj.n; i++) {
            const char *op = pcond->u.obj.e[i].key;
            ccdk_value *kv = pcond->u.obj.e[i].val;
            for (size_t k = 0; kv->kind == CCDK__V_OBJ && k < kv->u.obj.n; k++) {
                const char *key = kv->u.obj.e[k].key;
                ccdk_value *val = kv->u.obj.e[k].val;
                const char *sval = val->kind == CCDK__V_STR ? val->u.str.s : NULL;
                if (!strcmp(op, "ArnLike") && !strcmp(key, "aws:SourceArn"))
                    source_arn = sval;
                else if (!strcmp(op, "StringEquals") && !strcmp(key, "aws:SourceAccount"))
                    source_account = sval;
                else if (!strcmp(op, "StringEquals") && !strcmp(key, "aws:PrincipalOrgID"))
                    org = sval;
                else {
                    ccdk__error(fb, "PrincipalWithConditions had unsupported conditions for Lambda permission statement: "
                                    "[{\"operator\":\"%s\",\"key\":\"%s\"}]. Supported operator/condition pairs: "
                                    "[{\"operator\":\"ArnLike\",\"key\":\"aws:SourceArn\"},{\"operator\":\"StringEquals\",\"key\":"
                                    "\"aws:SourceAccount\"},{\"operator\":\"StringEquals\",\"key\":\"aws:PrincipalOrgID\"}]",
                                op, key);
                    return;
                }
            }
        }
        if (org && (source_arn || source_account)) {
            ccdk__error(fb, "PrincipalWithConditions had unsupported condition combinations for Lambda permission statement: "
                            "principalOrgID cannot be set with other conditions.");
            return;
        }
    }
    void *scope = perm->scope ? perm->scope : (void *)fb;
    const char *action = perm->action ? perm->action : "lambda:InvokeFunction";
    /* considerWarningOnInvokeFunctionPermissions (FunctionBase's; a Version's or Alias's does
     * nothing): an invoke permission on a function warns now if the scope has its currentVersion,
     * else when currentVersion is first read (version.c) */
    if ((fb->fkind == CCDK__FN_FUNCTION || fb->fkind == CCDK__FN_IMPORTED) &&
        (!strcmp(action, "lambda:InvokeFunction") || !strcmp(action, "lambda:*") || !strcmp(action, "lambda:Invoke*"))) {
        if (ccdk__node_find_child(ccdk__node_of(scope), "CurrentVersion"))
            ccdk__warning(scope, "@aws-cdk/aws-lambda:addPermissionsToVersionOrAlias",
                          "AWS Lambda has changed their authorization strategy, which may cause client invocations using the "
                          "'Qualifier' parameter of the lambda function to fail with Access Denied errors.\nIf you are using a "
                          "lambda Version or Alias, make sure to call 'grantInvoke' or 'addPermission' on the Version or Alias, "
                          "not the underlying Function\nSee: https://github.com/aws/aws-cdk/issues/19273");
        else
            fb->warn_if_current_version_called = 1;
    }
    ccdk_cfn_resource *r = ccdk__l1(scope, id, "AWS::Lambda::Permission", "aws-cdk-lib.aws_lambda.CfnPermission");
    ccdk__res_set(r, "Action", ccdk__v_from_string(app, action));
    ccdk__res_set(r, "Principal", ccdk__v_from_string(app, principal));
    ccdk__res_set(r, "FunctionName", ccdk__v_from_string(app, ccdk__fnbase_arn(fb))); /* this.functionArn */
    if (perm->event_source_token)
        ccdk__res_set(r, "EventSourceToken", ccdk__v_from_string(app, perm->event_source_token));
    if (perm->source_account || source_account)
        ccdk__res_set(r, "SourceAccount", ccdk__v_from_string(app, perm->source_account ? perm->source_account : source_account));
    if (perm->source_arn || source_arn)
        ccdk__res_set(r, "SourceArn", ccdk__v_from_string(app, perm->source_arn ? perm->source_arn : source_arn));
    if (perm->organization_id || org)
        ccdk__res_set(r, "PrincipalOrgID", ccdk__v_from_string(app, perm->organization_id ? perm->organization_id : org));
    if (perm->function_url_auth_type)
        ccdk__res_set(r, "FunctionUrlAuthType",
                      ccdk__v_str(app, perm->function_url_auth_type == CCDK_LAMBDA_URL_AUTH_NONE ? "NONE" : "AWS_IAM"));
    if (ccdk__tri_set(perm->invoked_via_function_url))
        ccdk__res_set(r, "InvokedViaFunctionUrl", ccdk__v_bool(app, ccdk__tri_true(perm->invoked_via_function_url)));
}

void ccdk_lambda_function_add_permission(void *fn, const char *id, const ccdk_lambda_permission *p)
{
    if (!ccdk__target_ok(fn, __func__))
        return;
    ccdk__fnbase *fb = ccdk__fnbase_of(fn);
    if (fb && p &&
        !CCDK__ENUM_OK(fb, p->function_url_auth_type, ccdk_lambda_url_auth_type, CCDK_LAMBDA_URL_AUTH_UNSET,
                       CCDK_LAMBDA_URL_AUTH_NONE, "addPermission: functionUrlAuthType"))
        return;
    if (fb)
        ccdk__add_permission(fb, id, p);
}

typedef struct ccdk__grant_id {
    const char *id;
    struct ccdk__grant_id *next;
    /* the Grant's principalStatement and resourceStatement (grantInvoke; NULL when none) */
    ccdk_iam_policy_statement *principal_statement, *resource_statement;
} ccdk__grant_id;

/* A function granted to many principals (a thousand grantInvoke calls) looks its identifiers up in
 * a table rather than down the list: the list alone made such an app quadratic. */
#define GRANT_MAP_FROM 16

typedef struct ccdk__grant_map {
    uint32_t cap;
    ccdk__grant_id *slot[];
} ccdk__grant_map;

static void grant_map_put(ccdk__grant_map *m, ccdk__grant_id *g)
{
    size_t mask = m->cap - 1, at = ccdk__str_hash(g->id) & mask;
    while (m->slot[at])
        at = (at + 1) & mask;
    m->slot[at] = g;
}

static ccdk__grant_id *find_grant(const ccdk__fnbase *fb, const char *id)
{
    if (fb->grant_map) {
        size_t mask = fb->grant_map->cap - 1;
        for (size_t at = ccdk__str_hash(id) & mask; fb->grant_map->slot[at]; at = (at + 1) & mask)
            if (!strcmp(fb->grant_map->slot[at]->id, id))
                return fb->grant_map->slot[at];
        return NULL;
    }
    for (ccdk__grant_id *g = fb->grants; g; g = g->next)
        if (!strcmp(g->id, id))
            return g;
    return NULL;
}

/* 1 when id was granted before; else records it (at the head of fb->grants) and returns 0 */
static int granted(ccdk__fnbase *fb, const char *id)
{
    if (find_grant(fb, id))
        return 1;
    ccdk_app *app = fb->node.app;
    ccdk__grant_id *g = ccdk__alloc(app, sizeof *g);
    g->id = ccdk__strdup(app, id);
    g->next = fb->grants;
    fb->grants = g;
    fb->ngrants++;
    if (fb->grant_map && fb->ngrants * 2 <= fb->grant_map->cap) {
        grant_map_put(fb->grant_map, g);
    } else if (fb->ngrants > GRANT_MAP_FROM) {
        size_t cap = 64;
        while (cap < (size_t)fb->ngrants * 4)
            cap *= 2;
        ccdk__grant_map *m = ccdk__alloc(app, sizeof *m + cap * sizeof m->slot[0]);
        m->cap = (uint32_t)cap;
        for (ccdk__grant_id *x = fb->grants; x; x = x->next)
            grant_map_put(m, x);
        fb->grant_map = m;
    }
    return 0;
}


/* fn.env.account: an import from a literal ARN is in the ARN's account (Resource's
 * environmentFromArn), everything else in its stack's. */
/* this.env.account as Grant.addToPrincipalOrResource compares it: an import's from its ARN, a
 * token ARN's being Fn::Select of it (unresolved: never the same as a literal account), else the
 * stack's (ccdk_lambda_function_env_account) */
static const char *env_account(ccdk__fnbase *fb) { return ccdk_lambda_function_env_account(fb); }

/* node.tryFindChild(identifier) of this._functionNode() (a SingletonFunction's permissions are its
 * Function's children): the Permission of a grant, its id as sanitized when it was added ('/' -> "--") */
static ccdk__node *find_permission(ccdk__fnbase *fb, const char *id)
{
    ccdk__buf sid = {0};
    for (const char *c = id; *c; c++) {
        if (*c == '/')
            ccdk__buf_puts(&sid, "--");
        else
            ccdk__buf_putc(&sid, *c);
    }
    ccdk__buf_putc(&sid, 0);
    ccdk__node *fnode = fb->fkind == CCDK__FN_SINGLETON && fb->lambda ? &fb->lambda->base.node : &fb->node;
    ccdk__node *found = ccdk__node_find_child(fnode, sid.data);
    ccdk__buf_free(&sid);
    return found;
}

/* Grant.addToPrincipalOrResource as FunctionBase.grant uses it: the statement goes to the grantee's
 * policy when it has one (a Role of this App, or an import: a mutable one writes a Policy, an
 * immutable one of another account nothing); that is all when the function's account and the role's
 * principalAccount compare equal or are both tokens. Otherwise the function gets the Permission too
 * -- which an import of another account cannot take: then it is the "Cannot modify permission" error
 * unless skipPermissions. */
static void grant(ccdk__fnbase *fb, ccdk_iam_principal *grantee, const char *id, const char *action,
                  const char *const *resources, const ccdk_lambda_permission *overrides, ccdk_value *conditions,
                  ccdk__grant_id *record)
{
    ccdk_iam_principal_kind kind = ccdk_iam_principal_kind_of(grantee);
    if (kind == CCDK_IAM_PRINCIPAL_ROLE || kind == CCDK_IAM_PRINCIPAL_USER || kind == CCDK_IAM_PRINCIPAL_GROUP ||
        kind == CCDK_IAM_PRINCIPAL_MANAGED_POLICY || kind == CCDK_IAM_PRINCIPAL_LAZY_ROLE) {
        size_t nres = 0;
        while (resources[nres])
            nres++;
        ccdk_iam_policy_statement *s = ccdk_iam_policy_statement_new(
            &fb->node, &(ccdk_iam_policy_statement_props){.effect = CCDK_IAM_ALLOW, .actions = CCDK_STRS(action),
                                                          .resources = {&ccdk__list_mark, resources, nres}});
        if (conditions)
            for (size_t i = 0; i < conditions->u.obj.n; i++) {
                ccdk_value *kv = conditions->u.obj.e[i].val;
                for (size_t k = 0; k < kv->u.obj.n; k++)
                    ccdk_iam_policy_statement_add_condition(s, conditions->u.obj.e[i].key, kv->u.obj.e[k].key, kv->u.obj.e[k].val);
            }
        ccdk_iam_principal_add_to_policy(grantee, s);
        if (record)
            record->principal_statement = s;
        const char *racc = ccdk_iam_principal_account(grantee);
        if (!racc || ccdk__tokens_same_or_both_unresolved(env_account(fb), racc))
            return;
    }
    /* the resource statement (new PolicyStatement({principals: [grantee]})) reads the grantee's
     * policyFragment, which makes a LazyRole's role, whether the function takes the statement or not */
    if (ccdk_iam_principal_lazy_role(grantee))
        ccdk_iam_lazy_role_role(ccdk_iam_principal_lazy_role(grantee));
    if (record) {
        /* the statement Grant.addToPrincipalOrResource gives the function's addToResourcePolicy; the
         * Grant it returns then has no principalStatement, even when the grantee's policy took one */
        record->principal_statement = NULL;
        size_t nres = 0;
        while (resources[nres])
            nres++;
        record->resource_statement = ccdk_iam_policy_statement_new(
            &fb->node, &(ccdk_iam_policy_statement_props){.effect = CCDK_IAM_ALLOW, .actions = CCDK_STRS(action),
                                                          .resources = {&ccdk__list_mark, resources, nres},
                                                          .principals = CCDK_LIST(grantee)});
    }
    ccdk_lambda_permission p = overrides ? *overrides : (ccdk_lambda_permission){0};
    p.principal = grantee;
    p.action = action;
    ccdk__add_permission(fb, id, &p);
    int found = find_permission(fb, id) != NULL;
    if (!found && !fb->skip_permissions)
        ccdk__error(fb, "Cannot modify permission to lambda function. Function is either imported or $LATEST version.\n"
                        "If the function is imported from the same account use `fromFunctionAttributes()` API with the "
                        "`sameEnvironment` flag.\nIf the function is imported from a different account and already has the "
                        "correct permissions use `fromFunctionAttributes()` API with the `skipPermissions` flag.");
}

static const char *base64(ccdk_app *app, const unsigned char *d, size_t n)
{
    static const char t[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    char *o = ccdk__alloc(app, (n + 2) / 3 * 4 + 1), *q = o;
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)d[i] << 16 | (i + 1 < n ? (unsigned)d[i + 1] << 8 : 0) | (i + 2 < n ? d[i + 2] : 0);
        *q++ = t[v >> 18 & 63];
        *q++ = t[v >> 12 & 63];
        *q++ = i + 1 < n ? t[v >> 6 & 63] : '=';
        *q++ = i + 2 < n ? t[v & 63] : '=';
    }
    *q = 0;
    return o;
}

/* The identifier of grantInvoke / grantInvokeVersion: "Invoke" + base64(sha256(JSON.stringify(
 * {principal: grantee.toString(), conditions, version}))). A version that is a token hashes its
 * marker, as in aws-cdk-lib (whose markers are numbered otherwise: such ids differ). The conditions
 * are policyFragment's: reading it makes a LazyRole's role. */
static const char *invoke_identifier(ccdk__fnbase *fb, ccdk_iam_principal *grantee, const char *version)
{
    ccdk_app *app = fb->node.app;
    if (ccdk_iam_principal_lazy_role(grantee))
        ccdk_iam_lazy_role_role(ccdk_iam_principal_lazy_role(grantee));
    ccdk__buf b = {0};
    ccdk__buf_puts(&b, "{\"principal\":");
    const char *ps = ccdk_iam_principal_to_string(grantee);
    ccdk__json_write_string(&b, ps, strlen(ps));
    ccdk__buf_puts(&b, ",\"conditions\":");
    if (ccdk_iam_principal_conditions(grantee)) {
        ccdk__resolve_ctx ctx = {app, fb->node.stack, 0, 0, NULL};
        ccdk__json_write(&b, ccdk__resolve(&ctx, ccdk_iam_principal_conditions(grantee)), 0);
    } else {
        ccdk__buf_puts(&b, "{}");
    }
    if (version) {
        ccdk__buf_puts(&b, ",\"version\":");
        ccdk__json_write_string(&b, version, strlen(version));
    }
    ccdk__buf_putc(&b, '}');
    unsigned char d[32];
    ccdk__sha256(b.data, b.len, d);
    ccdk__buf_free(&b);
    return ccdk__sprintf(app, "Invoke%s", base64(app, d, 32));
}

ccdk_construct *ccdk_lambda_function_grant_invoke(void *fn, ccdk_iam_principal *grantee)
{
    return ccdk_lambda_function_grant_invoke_statements(fn, grantee, NULL, NULL);
}

ccdk_construct *ccdk_lambda_function_grant_invoke_statements(void *fn, ccdk_iam_principal *grantee,
                                                             ccdk_iam_policy_statement **principal_statement,
                                                             ccdk_iam_policy_statement **resource_statement)
{
    if (principal_statement)
        *principal_statement = NULL;
    if (resource_statement)
        *resource_statement = NULL;
    if (!ccdk__target_ok(fn, __func__))
        return NULL;
    ccdk__fnbase *fb = ccdk__fnbase_of(fn);
    if (!fb || !ccdk__grantee_ok(grantee, __func__))
        return NULL;
    ccdk_app *app = fb->node.app;
    /* a CompositePrincipal is granted as one principal: addPermission takes its single AWS principal,
     * or rejects it (aws-cdk-lib: "Invalid principal type ... CompositePrincipal");
     * grantInvokeCompositePrincipal splits it */
    const char *id = invoke_identifier(fb, grantee, NULL);
    if (!granted(fb, id)) {
        /* resourceArnsForGrantInvoke: [arn, arn:*] of a function, [arn] of a version or alias */
        const char *res[3] = {ccdk__fnbase_arn(fb), NULL, NULL}; /* this.functionArn: the getter's reads */
        if (fb->fkind == CCDK__FN_FUNCTION || fb->fkind == CCDK__FN_IMPORTED || fb->fkind == CCDK__FN_SINGLETON)
            res[1] = ccdk__sprintf(app, "%s:*", fb->arn);
        grant(fb, grantee, id, "lambda:InvokeFunction", res, NULL, NULL, fb->grants /* the record granted() made */);
    }
    /* the grant (or the equal one before it, which _invocationGrants returns) depends on its Permission */
    ccdk__grant_id *g = find_grant(fb, id);
    if (g) {
        if (principal_statement)
            *principal_statement = g->principal_statement;
        if (resource_statement)
            *resource_statement = g->resource_statement;
    }
    return (ccdk_construct *)find_permission(fb, id);
}

/* this.latestVersion of a grant's receiver: FunctionBase's (Function, import, SingletonFunction: a
 * LatestVersion under it, made once), QualifiedFunctionBase's (Version, Alias: their function's), and
 * LatestVersion's (itself). */
static ccdk_lambda_version *receiver_latest_version(ccdk__fnbase *fb)
{
    switch (fb->fkind) {
    case CCDK__FN_FUNCTION:
    case CCDK__FN_IMPORTED:
        return ccdk_lambda_function_latest_version((ccdk_lambda_function *)fb);
    case CCDK__FN_SINGLETON:
        return fb->lambda ? ccdk__lambda_latest_version_at(fb, fb->lambda) : NULL;
    case CCDK__FN_LATEST:
        return (ccdk_lambda_version *)fb;
    default:
        return fb->lambda ? ccdk_lambda_function_latest_version(fb->lambda) : NULL;
    }
}

void ccdk_lambda_function_grant_invoke_version(void *fn, ccdk_iam_principal *grantee, ccdk_lambda_version *version)
{
    if (!ccdk__target_ok(fn, __func__))
        return;
    ccdk__fnbase *fb = ccdk__fnbase_of(fn);
    if (!fb || !ccdk__grantee_ok(grantee, __func__) || !ccdk__arg_handle_ok(version, __func__, "version"))
        return;
    ccdk_app *app = fb->node.app;
    const char *vname = ccdk_lambda_version_version(version);
    const char *id = invoke_identifier(fb, grantee, vname);
    if (granted(fb, id))
        return;
    /* [`${functionArn}:${version.version}`], and the unqualified ARN when `version == this.latestVersion`
     * (the getter makes the receiver's $LATEST on first use, a node in the tree, before the grant) */
    const char *res[3] = {ccdk__sprintf(app, "%s:%s", fb->arn, vname), NULL, NULL};
    if (receiver_latest_version(fb) == version)
        res[1] = fb->arn;
    grant(fb, grantee, id, "lambda:InvokeFunction", res, NULL, NULL, NULL);
}

void ccdk_lambda_function_grant_invoke_latest_version(void *fn, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(fn, __func__))
        return;
    ccdk__fnbase *fb = ccdk__fnbase_of(fn);
    if (!fb || !ccdk__grantee_ok(grantee, __func__))
        return;
    ccdk_lambda_function *lambda = fb->fkind == CCDK__FN_FUNCTION || fb->fkind == CCDK__FN_IMPORTED ? (ccdk_lambda_function *)fb
                                                                                                     : fb->lambda;
    if (fb->fkind == CCDK__FN_SINGLETON) /* SingletonFunction.grantInvokeLatestVersion: its function's */
        lambda = fb->lambda;
    if (!lambda)
        return;
    ccdk_lambda_function_grant_invoke_version(fn, grantee,
                                              fb->fkind == CCDK__FN_SINGLETON ? ccdk__lambda_latest_version_at(fb, lambda)
                                                                              : ccdk_lambda_function_latest_version(lambda));
}

void ccdk_lambda_function_grant_invoke_composite_principal(void *fn, ccdk_iam_principal *composite)
{
    if (!ccdk__target_ok(fn, __func__))
        return;
    ccdk__fnbase *fb = ccdk__fnbase_of(fn);
    if (!fb || !ccdk__arg_ok(composite, __func__, "composite"))
        return;
    if (ccdk_iam_principal_kind_of(composite) != CCDK_IAM_PRINCIPAL_COMPOSITE) {
        ccdk_lambda_function_grant_invoke(fn, composite);
        return;
    }
    for (size_t i = 0; i < ccdk_iam_principal_part_count(composite); i++)
        ccdk_lambda_function_grant_invoke(fn, ccdk_iam_principal_part(composite, i));
}

ccdk_construct *ccdk_lambda_function_permissions_node(void *fn)
{
    ccdk__fnbase *fb = ccdk__fnbase_of(fn);
    if (!fb)
        return NULL;
    /* SingletonFunction.permissionsNode is its Function's node; the others', their own */
    if (fb->fkind == CCDK__FN_SINGLETON && fb->lambda)
        return (ccdk_construct *)&fb->lambda->base.node;
    return (ccdk_construct *)&fb->node;
}

void ccdk_lambda_function_grant_invoke_url(void *fn, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(fn, __func__))
        return;
    ccdk__fnbase *fb = ccdk__fnbase_of(fn);
    if (!fb || !ccdk__grantee_ok(grantee, __func__))
        return;
    ccdk_app *app = fb->node.app;
    const char *ps = ccdk_iam_principal_to_string(grantee); /* a Role's or User's is its path */
    const char *id = ccdk__sprintf(app, "InvokeFunctionUrl%s", ps);
    if (granted(fb, id))
        return;
    const char *res[] = {fb->arn, NULL};
    ccdk_value *c1 = ccdk_v_json(fb, "{\"StringEquals\":{\"lambda:FunctionUrlAuthType\":\"AWS_IAM\"}}");
    ccdk_lambda_permission o1 = {.function_url_auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM};
    grant(fb, grantee, id, "lambda:InvokeFunctionUrl", res, &o1, c1, NULL);
    ccdk_value *c2 = ccdk_v_json(fb, "{\"Bool\":{\"lambda:InvokedViaFunctionUrl\":true}}");
    ccdk_lambda_permission o2 = {.invoked_via_function_url = CCDK_TRUE};
    grant(fb, grantee, ccdk__sprintf(app, "%s-DualAuth", id), "lambda:InvokeFunction", res, &o2, c2, NULL);
}

