/* from_json.c - PolicyStatement.fromJson and PolicyDocument.fromJson: statements from their JSON. */
#include <string.h>

#include "iam_internal.h"

/* ensureArrayOrUndefined: a string or a list of strings as a NULL-terminated array; NULL for none.
 * *bad is set (with aws-cdk-lib's error) for anything else. */
static const char **string_array(ccdk_app *app, const ccdk_value *v, int *bad)
{
    if (!v || v->kind == CCDK__V_UNDEF)
        return NULL;
    if (v->kind == CCDK__V_STR) {
        const char **a = ccdk__alloc(app, 2 * sizeof *a);
        a[0] = v->u.str.s;
        return a;
    }
    int ok = v->kind == CCDK__V_LIST;
    for (uint32_t i = 0; ok && i < v->u.list.n; i++)
        ok = v->u.list.items[i]->kind == CCDK__V_STR;
    if (!ok) {
        ccdk__unscoped_error(app, "Fields must be either a string or an array of strings");
        *bad = 1;
        return NULL;
    }
    const char **a = ccdk__alloc(app, (v->u.list.n + 1) * sizeof *a);
    for (uint32_t i = 0; i < v->u.list.n; i++)
        a[i] = v->u.list.items[i]->u.str.s;
    return a;
}

static ccdk_strs strs_of(const char **a)
{
    size_t n = 0;
    while (a && a[n])
        n++;
    return (ccdk_strs){&ccdk__list_mark, a, n};
}

/* new JsonPrincipal(json): a string is {[LITERAL_STRING_KEY]: [json]}; anything else that is not an
 * object is an error */
static ccdk_iam_principal *json_principal(ccdk_app *app, ccdk_value *json, int *bad)
{
    if (!json || json->kind == CCDK__V_UNDEF)
        return NULL;
    if (json->kind != CCDK__V_STR && json->kind != CCDK__V_OBJ) {
        ccdk__buf b = {0};
        ccdk__json_write(&b, json, 0);
        ccdk__unscoped_error(app, "JSON IAM principal should be an object, got %.*s", (int)b.len, b.data);
        ccdk__buf_free(&b);
        *bad = 1;
        return NULL;
    }
    ccdk_iam_principal *p = ccdk__alloc(app, sizeof *p);
    p->app = app;
    p->kind = CCDK__P_JSON;
    p->json = json;
    return p;
}

ccdk_iam_policy_statement *ccdk_iam_policy_statement_from_json(void *owner, ccdk_value *json)
{
    ccdk_app *app = ccdk__app_of(owner);
    if (!json || json->kind != CCDK__V_OBJ) {
        ccdk__process_error("%s: json is not an object", __func__);
        return ccdk_iam_policy_statement_new(owner, NULL);
    }
    /* the object literal's order: Sid, Action, Resource, Condition, Effect, NotAction, NotResource,
     * Principal, NotPrincipal -- the first bad field is the error */
    int bad = 0;
    const ccdk_value *sid = ccdk__v_get(json, "Sid"), *effect = ccdk__v_get(json, "Effect");
    const char **actions = string_array(app, ccdk__v_get(json, "Action"), &bad);
    const char **resources = bad ? NULL : string_array(app, ccdk__v_get(json, "Resource"), &bad);
    const char **not_actions = bad ? NULL : string_array(app, ccdk__v_get(json, "NotAction"), &bad);
    const char **not_resources = bad ? NULL : string_array(app, ccdk__v_get(json, "NotResource"), &bad);
    ccdk_iam_principal *principal = bad ? NULL : json_principal(app, ccdk__v_get(json, "Principal"), &bad);
    ccdk_iam_principal *not_principal = bad ? NULL : json_principal(app, ccdk__v_get(json, "NotPrincipal"), &bad);
    if (bad)
        return ccdk_iam_policy_statement_new(owner, NULL);
    ccdk_iam_principal *pl[] = {principal, NULL}, *npl[] = {not_principal, NULL};
    ccdk_value *conditions = ccdk__v_get(json, "Condition");
    ccdk_iam_policy_statement_props props = {
        .effect = effect && effect->kind == CCDK__V_STR && !strcmp(effect->u.str.s, "Deny") ? CCDK_IAM_DENY : CCDK_IAM_ALLOW,
        .actions = strs_of(actions),
        .not_actions = strs_of(not_actions),
        .resources = strs_of(resources),
        .not_resources = strs_of(not_resources),
        .principals = {&ccdk__list_mark, pl, principal ? 1 : 0},
        .not_principals = {&ccdk__list_mark, npl, not_principal ? 1 : 0},
        .conditions = conditions && conditions->kind != CCDK__V_UNDEF ? conditions : NULL,
        .sid = sid && sid->kind == CCDK__V_STR ? sid->u.str.s : NULL,
    };
    ccdk_iam_policy_statement *s = ccdk_iam_policy_statement_new(owner, &props);
    /* validateForAnyPolicy */
    if (!ccdk_iam_policy_statement_action_count(s) && !(s->not_actions && s->not_actions->u.list.n))
        ccdk__unscoped_error(app, "Incorrect Policy Statement: A PolicyStatement must specify at least one 'action' or "
                                  "'notAction'.");
    return s;
}

ccdk_iam_policy_document *ccdk_iam_policy_document_from_json(void *owner, ccdk_value *json)
{
    ccdk_app *app = ccdk__app_of(owner);
    ccdk_iam_policy_document *d = ccdk_iam_policy_document_new(owner, (ccdk_iam_policy_statement_list){0});
    if (!json || json->kind != CCDK__V_OBJ) {
        ccdk__process_error("%s: json is not an object", __func__);
        return d;
    }
    ccdk_value *st = ccdk__v_get(json, "Statement");
    if (!st || st->kind == CCDK__V_UNDEF || st->kind == CCDK__V_NULL)
        return d;
    if (st->kind != CCDK__V_LIST) {
        ccdk__unscoped_error(app, "Statement must be an array");
        return d;
    }
    for (uint32_t i = 0; i < st->u.list.n; i++)
        ccdk_iam_policy_document_add_statements(d, ccdk_iam_policy_statement_from_json(owner, st->u.list.items[i]));
    return d;
}
