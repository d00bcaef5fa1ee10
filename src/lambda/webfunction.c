/* webfunction.c - lambda.WebFunction (aws-cdk-lib/aws-lambda/lib/webfunction.ts,
 * webfunction-code.ts, webfunction-endpoint.ts, webfunction-endpoint-grants.ts,
 * webfunction-runtime.ts, private/webfunction-util.ts): the AWS::Lambda::WebFunction with its
 * revision, role, log group and endpoint; WebFunctionCode.fromBucket; WebFunctionEndpoint and its
 * grants; the imports. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ccdk/lambda_webfunction.h"
#include "lambda_internal.h"

const ccdk_lambda_web_function_runtime ccdk_lambda__web_function_runtime_nodejs_24_x = {"nodejs24.x"};

struct ccdk_lambda_web_function {
    ccdk__node node;
    int imported;
    const char *arn, *name;
    ccdk_iam_role *role;                    /* NULL when imported */
    ccdk_iam_principal *grant_principal;    /* NULL when imported (an UnknownPrincipal) */
    ccdk_logs_log_group *log_group;         /* NULL when imported */
    ccdk_cfn_resource *resource, *revision; /* NULL when imported */
    const char *revision_arn, *revision_id;
    ccdk_lambda_web_function_endpoint *endpoint;
    int has_egress_connector; /* FUNCTIONS_WITH_EGRESS_CONNECTOR */
    ccdk_lambda_web_function_code *code; /* fromBucket's bucket, validated at synthesis */
    ccdk_cfn_resource *policy;           /* the ResourcePolicy, once made */
    ccdk_iam_policy_document *policy_doc;
};

struct ccdk_lambda_web_function_endpoint {
    ccdk__node node;
    int imported;
    const char *arn, *domain_name, *function_arn;
    ccdk_lambda_web_function_endpoint_type endpoint_type;
    ccdk_lambda_web_function_auth_type auth_type;
    ccdk_cfn_resource *resource;              /* NULL when imported */
    ccdk_lambda_web_function *policy_target;  /* _resourcePolicyTarget */
    const char *cross_stack_function_arn;     /* crossStackPolicyArn, when set */
    const char *cross_stack_endpoint_name;
};

static void validate_web_function(ccdk__node *n);

/* the bundled classes are "WebFunction2" and "WebFunctionEndpoint2" (@propertyInjectable); the imports
 * are local classes Import, whose constructInfo is their base's */
static const ccdk__kind kind_wf = {
    .fqn = "aws-cdk-lib.aws_lambda.WebFunction", .class_name = "WebFunction2", .validate = validate_web_function};
static const ccdk__kind kind_wf_import = {.fqn = "aws-cdk-lib.aws_lambda.WebFunctionBase", .class_name = "Import",
                                          .validate = validate_web_function};
static const ccdk__kind kind_ep = {.fqn = "aws-cdk-lib.aws_lambda.WebFunctionEndpoint", .class_name = "WebFunctionEndpoint2"};
static const ccdk__kind kind_ep_import = {.fqn = "aws-cdk-lib.aws_lambda.WebFunctionEndpointBase", .class_name = "Import"};

/* ------------------------------------------------------------------ names and enums */

static const char *endpoint_type_name(ccdk_lambda_web_function_endpoint_type t)
{
    switch (t) {
    case CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_MULTI_REGION: return "MultiRegion";
    case CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_PER_REGION: return "PerRegion";
    default: return "HomeRegion";
    }
}

static const char *auth_type_name(ccdk_lambda_web_function_auth_type t)
{
    switch (t) {
    case CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_APPLICATION_MANAGED: return "ApplicationManaged";
    case CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH: return "IamAuth";
    default: return NULL;
    }
}

/* validateResourceName: /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,62}[a-zA-Z0-9]$/ */
static int valid_resource_name(const char *s)
{
    size_t n = strlen(s);
    if (n < 2 || n > 64)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        int alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && ((i == 0 || i == n - 1) || (c != '_' && c != '-')))
            return 0;
    }
    return 1;
}

static int check_resource_name(const void *scope, const char *name, const char *label)
{
    if (ccdk__is_unresolved(name) || valid_resource_name(name))
        return 1;
    ccdk__error(scope,
                "%s '%s' must be 2 to 64 characters of letters, numbers, hyphens or underscores, starting and ending "
                "with a letter or number.",
                label, name);
    return 0;
}

/* JavaScript's `${n}` of a number */
static const char *js_num(ccdk_app *app, double d)
{
    ccdk__buf b = {0};
    ccdk__json_write_number(&b, d);
    const char *s = ccdk__strndup(app, b.data ? b.data : "", b.len);
    ccdk__buf_free(&b);
    return s;
}

/* ------------------------------------------------------------------ endpoint location */

ccdk_lambda_web_function_endpoint_location ccdk_lambda_web_function_endpoint_location_home_region(void)
{
    return (ccdk_lambda_web_function_endpoint_location){.endpoint_type_ = CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_HOME_REGION};
}

ccdk_lambda_web_function_endpoint_location ccdk_lambda_web_function_endpoint_location_multi_region(ccdk_strs replica_regions)
{
    return (ccdk_lambda_web_function_endpoint_location){.endpoint_type_ = CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_MULTI_REGION,
                                                        .replica_regions_ = replica_regions};
}

ccdk_lambda_web_function_endpoint_location ccdk_lambda_web_function_endpoint_location_per_region(ccdk_strs replica_regions)
{
    return (ccdk_lambda_web_function_endpoint_location){.endpoint_type_ = CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_PER_REGION,
                                                        .replica_regions_ = replica_regions};
}

ccdk_lambda_web_function_traffic ccdk_lambda_web_function_traffic_single(const char *revision_id)
{
    return (ccdk_lambda_web_function_traffic){.revision_id_ = revision_id};
}

/* The regions of a location as _regionList gives them: NULL (undefined) for homeRegion(); the list
 * as given when it holds a token (*tokens set); else unique, without the stack's region, sorted. */
typedef struct {
    int defined;
    int tokens;
    ccdk_value *list; /* a value (a list, or a list token's value) */
    size_t count;     /* of a literal list */
} region_list;

static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

static region_list region_list_of(ccdk__node *scope, const ccdk_lambda_web_function_endpoint_location *loc)
{
    ccdk_app *app = scope->app;
    region_list r = {0};
    if (loc->endpoint_type_ == CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_UNSET ||
        loc->endpoint_type_ == CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_HOME_REGION)
        return r;
    r.defined = 1;
    ccdk_strs given = loc->replica_regions_;
    size_t n = CCDK__LEN(given, "replicaRegions");
    if (ccdk_token_is_unresolved_list(given)) {
        r.tokens = 1;
        r.list = ccdk__token_lookup(app, given.items[0]);
        return r;
    }
    for (size_t i = 0; i < n; i++)
        if (given.items[i] && ccdk__is_unresolved(given.items[i]))
            r.tokens = 1;
    r.list = ccdk__v_list(app);
    if (r.tokens) {
        for (size_t i = 0; i < n; i++)
            ccdk__v_push(r.list, ccdk__v_from_string(app, given.items[i] ? given.items[i] : ""));
        r.count = n;
        return r;
    }
    const char *home = ccdk_stack_region(scope->stack);
    const char **kept = ccdk__alloc(app, (n + 1) * sizeof *kept);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const char *s = given.items[i] ? given.items[i] : "";
        int dup = 0;
        for (size_t j = 0; j < k && !dup; j++)
            dup = !strcmp(kept[j], s);
        if (!dup && strcmp(s, home ? home : ""))
            kept[k++] = s;
    }
    qsort(kept, k, sizeof *kept, cmp_str);
    for (size_t i = 0; i < k; i++)
        ccdk__v_push(r.list, ccdk__v_str(app, kept[i]));
    r.count = k;
    return r;
}

/* endpointShapeHash: md5(JSON.stringify([endpointType, Stack.of(scope).resolve(regions) ?? null])),
 * its first 8 hex digits */
static const char *endpoint_shape_hash(ccdk__node *scope, const char *type, const region_list *regions)
{
    ccdk_app *app = scope->app;
    ccdk__buf b = {0};
    ccdk__buf_put(&b, "[", 1);
    ccdk__json_write_cstr(&b, type);
    ccdk__buf_put(&b, ",", 1);
    if (!regions->defined) {
        ccdk__buf_put(&b, "null", 4);
    } else {
        ccdk__resolve_ctx ctx = {app, scope->stack, 0, 0, NULL};
        ccdk__json_write(&b, ccdk__resolve(&ctx, regions->list), 0);
    }
    ccdk__buf_put(&b, "]", 1);
    char hex[33];
    ccdk__md5_hex(b.data, b.len, hex);
    ccdk__buf_free(&b);
    hex[8] = 0;
    return ccdk__strdup(app, hex);
}

/* ------------------------------------------------------------------ endpoints */

static ccdk_lambda_web_function_endpoint *endpoint_new(void *scope, const char *id,
                                                      const ccdk_lambda_web_function_endpoint_options *o,
                                                      ccdk_lambda_web_function *fn, const char *revision_id)
{
    ccdk_lambda_web_function_endpoint *ep = ccdk__construct(ccdk_lambda_web_function_endpoint, &kind_ep, scope, id);
    ccdk_app *app = ep->node.app;
    static const ccdk_lambda_web_function_endpoint_options none;
    if (!o)
        o = &none;
    if (!CCDK__ENUM_OK(ep, o->auth_type, ccdk_lambda_web_function_auth_type, CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_UNSET,
                       CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH, "authType") ||
        !CCDK__ENUM_OK(ep, o->endpoint_location.endpoint_type_, ccdk_lambda_web_function_endpoint_type,
                       CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_UNSET, CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_PER_REGION,
                       "endpointType"))
        return ep;
    if (o->endpoint_name && !check_resource_name(ep, o->endpoint_name, "Endpoint name"))
        return ep;
    if (o->endpoint_description && *o->endpoint_description && !ccdk__is_unresolved(o->endpoint_description)) {
        size_t len = ccdk__js_length(o->endpoint_description);
        if (len > 256) {
            ccdk__error(ep,
                        "Endpoint description cannot be longer than 256 characters. Endpoint description currently has "
                        "%zu characters.",
                        len);
            return ep;
        }
    }
    ccdk_lambda_web_function_endpoint_type type = o->endpoint_location.endpoint_type_
                                                      ? o->endpoint_location.endpoint_type_
                                                      : CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_HOME_REGION;
    const char *type_name = endpoint_type_name(type);
    if (fn && fn->has_egress_connector && type != CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_HOME_REGION) {
        ccdk__error(ep, "egressNetworkConnector is only supported with a HomeRegion endpoint, got %s", type_name);
        return ep;
    }
    if (o->max_environments.set && !o->max_environments.token) {
        double v = o->max_environments.value;
        if (v < 2 || v != floor(v) || isinf(v)) {
            ccdk__error(ep, "maxEnvironments must be an integer of 2 or greater, got %s", js_num(app, v));
            return ep;
        }
    }
    if (o->rate_limit.set && !o->rate_limit.token) {
        double v = o->rate_limit.value;
        if (v < 0 || v != floor(v) || isinf(v)) {
            ccdk__error(ep, "rateLimit must be an integer of 0 or greater, got %s", js_num(app, v));
            return ep;
        }
    }
    region_list regions = region_list_of(&ep->node, &o->endpoint_location);
    if (regions.defined && !regions.tokens && regions.count == 0) {
        ccdk__error(ep, "A %s endpoint needs at least one replica Region other than the stack's own Region", type_name);
        return ep;
    }
    if (!o->auth_type) {
        ccdk__error(ep, "authType is required");
        return ep;
    }
    if (o->auth_type == CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_APPLICATION_MANAGED)
        ccdk__warning(ep, "@aws-cdk/aws-lambda:webFunctionPublicEndpoint",
                      "WebFunction endpoint uses APPLICATION_MANAGED auth. The Lambda service will not enforce "
                      "authentication; ensure your handler code validates every request.");
    const char *endpoint_name = o->endpoint_name;
    if (!endpoint_name)
        endpoint_name = ccdk__sprintf(app, "%s-%s", ccdk__unique_resource_name(&ep->node, 55, ""),
                                      endpoint_shape_hash(&ep->node, type_name, &regions));

    ccdk_cfn_resource *r = ccdk__l1(ep, "Default", "AWS::Lambda::WebFunctionEndpoint",
                                    "aws-cdk-lib.aws_lambda.CfnWebFunctionEndpoint");
    ep->resource = r;
    /* in CfnWebFunctionEndpoint's order of assignment (rendered alphabetically) */
    ccdk__res_set(r, "FunctionName", ccdk__v_from_string(app, fn ? fn->arn : ""));
    ccdk__res_set(r, "EndpointName", ccdk__v_from_string(app, endpoint_name));
    ccdk__res_set(r, "EndpointType", ccdk__v_str(app, type_name));
    ccdk__res_set(r, "AuthType", ccdk__v_str(app, auth_type_name(o->auth_type)));
    ccdk_value *weights = ccdk__v_list(app);
    ccdk_value *w = ccdk__v_obj(app);
    ccdk__v_set(w, "RevisionId", ccdk__v_from_string(app, revision_id ? revision_id : ""));
    ccdk__v_set(w, "Weight", ccdk__v_num(app, 100));
    ccdk__v_push(weights, w);
    ccdk__res_set(r, "RevisionWeights", weights);
    if (regions.defined)
        ccdk__res_set(r, "Regions", regions.list);
    if (o->endpoint_description)
        ccdk__res_set(r, "Description", ccdk__v_from_string(app, o->endpoint_description));
    if (o->max_environments.set) {
        ccdk_value *sc = ccdk__v_obj(app);
        ccdk__v_set(sc, "MaxEnvironments", ccdk__v_num_or_token(app, o->max_environments.value, o->max_environments.token));
        ccdk__res_set(r, "ScalingConfig", sc);
    }
    if (o->rate_limit.set) {
        ccdk_value *tc = ccdk__v_obj(app);
        ccdk__v_set(tc, "RateLimit", ccdk__v_num_or_token(app, o->rate_limit.value, o->rate_limit.token));
        ccdk__res_set(r, "ThrottleConfig", tc);
    }
    /* GrantableResources.isResourceWithPolicy(webFunction): a WebFunction and an import alike */
    if (fn) {
        ep->policy_target = fn;
        if (fn->node.stack != ep->node.stack) {
            ep->cross_stack_function_arn = fn->arn;
            ep->cross_stack_endpoint_name = endpoint_name;
        }
    }
    ep->arn = ccdk_cfn_resource_get_att(r, "EndpointArn");
    ep->domain_name = ccdk_cfn_resource_get_att(r, "DomainName");
    ep->function_arn = ccdk_cfn_resource_get_att(r, "FunctionArn");
    ep->endpoint_type = type;
    ep->auth_type = o->auth_type;
    return ep;
}

ccdk_lambda_web_function_endpoint *ccdk_lambda_web_function_endpoint_new(void *scope, const char *id,
                                                                        const ccdk_lambda_web_function_endpoint_props *props)
{
    static const ccdk_lambda_web_function_endpoint_props none;
    if (!props)
        props = &none;
    ccdk_lambda_web_function *fn = props->web_function;
    if (fn && !ccdk__handle_ok(fn, __func__))
        fn = NULL;
    ccdk_lambda_web_function_endpoint *ep = endpoint_new(scope, id, &props->options, fn, props->traffic.revision_id_);
    if (!props->web_function && !ep->resource)
        return ep;
    if (!props->web_function)
        ccdk__error(ep, "webFunction is required");
    else if (!props->traffic.revision_id_)
        ccdk__error(ep, "traffic is required");
    return ep;
}

ccdk_lambda_web_function_endpoint *ccdk_lambda_web_function_endpoint_from_web_function_endpoint_attributes(
    void *scope, const char *id, const ccdk_lambda_web_function_endpoint_attributes *attrs)
{
    ccdk__node *s = ccdk__scope(scope);
    ccdk_app *app = s->app;
    ccdk_lambda_web_function_endpoint *ep = ccdk__alloc(app, sizeof *ep);
    ccdk__node_init(&ep->node, &kind_ep_import, s, id);
    ep->imported = 1;
    static const ccdk_lambda_web_function_endpoint_attributes none;
    if (!attrs)
        attrs = &none;
    const char *arn = attrs->endpoint_arn ? attrs->endpoint_arn : "";
    ccdk__arn_check(ep, arn);
    ep->arn = ccdk__strdup(app, arn);
    ep->domain_name = ccdk__strdup(app, attrs->domain_name ? attrs->domain_name : "");
    /* functionArnOfEndpoint: the part before "/endpoint/" */
    if (ccdk__is_unresolved(arn)) {
        ep->function_arn = ccdk_fn_select(ep, 0, ccdk_fn_split(ep, "/endpoint/", arn));
    } else {
        const char *cut = strstr(arn, "/endpoint/");
        ep->function_arn = cut ? ccdk__strndup(app, arn, (size_t)(cut - arn)) : ep->arn;
    }
    if (CCDK__ENUM_OK(ep, attrs->endpoint_type, ccdk_lambda_web_function_endpoint_type,
                      CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_UNSET, CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_PER_REGION,
                      "endpointType"))
        ep->endpoint_type = attrs->endpoint_type;
    if (CCDK__ENUM_OK(ep, attrs->auth_type, ccdk_lambda_web_function_auth_type, CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_UNSET,
                      CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH, "authType"))
        ep->auth_type = attrs->auth_type;
    return ep;
}

const char *ccdk_lambda_web_function_endpoint_arn(ccdk_lambda_web_function_endpoint *endpoint)
{
    return ccdk__handle_ok(endpoint, __func__) ? endpoint->arn : NULL;
}

const char *ccdk_lambda_web_function_endpoint_domain_name(ccdk_lambda_web_function_endpoint *endpoint)
{
    return ccdk__handle_ok(endpoint, __func__) ? endpoint->domain_name : NULL;
}

const char *ccdk_lambda_web_function_endpoint_web_function_arn(ccdk_lambda_web_function_endpoint *endpoint)
{
    return ccdk__handle_ok(endpoint, __func__) ? endpoint->function_arn : NULL;
}

ccdk_lambda_web_function_endpoint_type ccdk_lambda_web_function_endpoint_endpoint_type(ccdk_lambda_web_function_endpoint *endpoint)
{
    return ccdk__handle_ok(endpoint, __func__) ? endpoint->endpoint_type : CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_UNSET;
}

ccdk_lambda_web_function_auth_type ccdk_lambda_web_function_endpoint_auth_type(ccdk_lambda_web_function_endpoint *endpoint)
{
    return ccdk__handle_ok(endpoint, __func__) ? endpoint->auth_type : CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_UNSET;
}

ccdk_cfn_resource *ccdk_lambda_web_function_endpoint_resource(ccdk_lambda_web_function_endpoint *endpoint)
{
    return ccdk__handle_ok(endpoint, __func__) ? endpoint->resource : NULL;
}

int ccdk_lambda_web_function_endpoint_is_web_function_endpoint(const void *x)
{
    const ccdk__node *n = x ? ccdk__node_of(x) : NULL;
    return n && n->kind == &kind_ep;
}

/* a JSON.stringify of statement.toStatementJson() (for the warnings) */
static const char *statement_json(ccdk_app *app, ccdk_iam_policy_statement *statement)
{
    ccdk__buf b = {0};
    ccdk__json_write(&b, ccdk_iam_policy_statement_to_json(statement), 0);
    const char *s = ccdk__strndup(app, b.data ? b.data : "", b.len);
    ccdk__buf_free(&b);
    return s;
}

static int endpoint_add_to_resource_policy(ccdk_lambda_web_function_endpoint *ep, ccdk_iam_policy_statement *statement)
{
    if (ep->cross_stack_endpoint_name && ccdk__is_unresolved(ep->cross_stack_endpoint_name)) {
        ccdk__error(ep, "Cannot add to the resource-based policy for an endpoint in a different stack from its WebFunction "
                        "when the endpoint name is a deploy-time value: the function's policy names the endpoint by its "
                        "name. Use a literal endpointName, or define the endpoint in the function's stack.");
        return 0;
    }
    if (ep->policy_target)
        return ccdk_lambda_web_function_add_to_resource_policy(ep->policy_target, statement);
    ccdk__warning(ep, "@aws-cdk/aws-lambda:webFunctionEndpointResourcePolicyNotModified",
                  "The resource-based policy of the WebFunction this endpoint serves cannot be added to from here, "
                  "because the function is not defined in this app. Add this statement where the function is defined: %s",
                  statement_json(ep->node.app, statement));
    return 0;
}

int ccdk_lambda_web_function_endpoint_add_to_resource_policy(ccdk_lambda_web_function_endpoint *endpoint,
                                                             ccdk_iam_policy_statement *statement)
{
    if (!ccdk__target_ok(endpoint, __func__) || !ccdk__arg_ok(statement, __func__, "statement"))
        return 0;
    return endpoint_add_to_resource_policy(endpoint, statement);
}

static int endpoint_policy_adder(void *resource, ccdk_iam_policy_statement *statement)
{
    return endpoint_add_to_resource_policy(resource, statement);
}

int ccdk_lambda_web_function_endpoint_grant_invoke(ccdk_lambda_web_function_endpoint *endpoint, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(endpoint, __func__) || !ccdk__grantee_ok(grantee, __func__))
        return 0;
    ccdk_app *app = endpoint->node.app;
    /* _arnForResourcePolicy: the endpoint's ARN, or `${functionArn}/endpoint/${name}` across stacks */
    const char *policy_arn = endpoint->cross_stack_endpoint_name
                                 ? ccdk_fmt(endpoint, "%s/endpoint/%s", endpoint->cross_stack_function_arn,
                                            endpoint->cross_stack_endpoint_name)
                                 : endpoint->arn;
    const char **self = ccdk__alloc(app, sizeof *self);
    self[0] = policy_arn;
    const char *account = endpoint->imported ? ccdk__arn_component(endpoint, endpoint->arn, 4)
                                             : ccdk_stack_account(endpoint->node.stack);
    ccdk_iam_grant_on_resource o = {
        .actions = CCDK_STRS("lambda:InvokeWebFunctionEndpoint"),
        .resource_arns = CCDK_STRS(endpoint->arn),
        .resource_self_arns = CCDK_STRS(policy_arn),
        .resource_account = account,
        .add_to_resource_policy = endpoint_policy_adder,
        .resource = endpoint,
    };
    (void)self;
    return ccdk_iam_grant_add_to_principal_or_resource(grantee, &o) != 0;
}

/* ------------------------------------------------------------------ code */

ccdk_lambda_web_function_code *ccdk_lambda_web_function_code_from_bucket(ccdk_s3_bucket *bucket, const char *key,
                                                                        const char *object_version)
{
    if (!ccdk__arg_handle_ok(bucket, __func__, "bucket"))
        return NULL;
    ccdk_app *app = ccdk__node_of(bucket)->app;
    ccdk_lambda_web_function_code *c = ccdk__alloc(app, sizeof *c);
    c->app = app;
    c->bucket = bucket;
    c->key = ccdk__strdup(app, key ? key : "");
    c->object_version = object_version ? ccdk__strdup(app, object_version) : NULL;
    return c;
}

/* the ServicePrincipal lambda.amazonaws.com on behalf of the account's web-function revisions */
static ccdk_iam_principal *revision_service_principal(ccdk_lambda_web_function *fn, const char *source_arn)
{
    ccdk_app *app = fn->node.app;
    ccdk_value *cond = ccdk__v_obj(app);
    ccdk_value *eq = ccdk__v_obj(app);
    ccdk__v_set(eq, "aws:SourceAccount", ccdk__v_from_string(app, ccdk_stack_account(fn->node.stack)));
    ccdk__v_set(cond, "StringEquals", eq);
    ccdk_value *like = ccdk__v_obj(app);
    ccdk__v_set(like, "aws:SourceArn", ccdk__v_from_string(app, source_arn));
    ccdk__v_set(cond, "ArnLike", like);
    return ccdk_iam_principal_with_conditions(ccdk_iam_service_principal(fn, "lambda.amazonaws.com"), cond);
}

static const char *all_revisions_arn(ccdk_lambda_web_function *fn)
{
    return ccdk__format_arn(fn->node.stack, "lambda", NULL, "web-function", "/", "*/revision/*");
}

/* Resource.isOwnedResource: a construct whose default child is a CfnResource */
static int is_owned(const void *construct)
{
    const ccdk__node *n = ccdk__node_of(construct);
    const ccdk__node *child = n ? ccdk__node_default_child(n) : NULL;
    return child && child->kind && child->kind->element;
}

/* grantServiceRead(bucket, key, scope, options) */
void ccdk__wf_grant_service_read(ccdk_lambda_web_function *fn, ccdk_s3_bucket *bucket, const char *key,
                                 const char *function_arn)
{
    ccdk_app *app = fn->node.app;
    ccdk_value *cond = ccdk__v_obj(app);
    ccdk_value *eq = ccdk__v_obj(app);
    ccdk__v_set(eq, "aws:SourceAccount", ccdk__v_from_string(app, ccdk_stack_account(fn->node.stack)));
    ccdk__v_set(cond, "StringEquals", eq);
    ccdk_value *like = ccdk__v_obj(app);
    ccdk__v_set(like, "aws:SourceArn", ccdk__v_from_string(app, ccdk_fmt(fn, "%s/revision/*", function_arn)));
    ccdk__v_set(cond, "ArnLike", like);
    ccdk_iam_policy_statement *s = ccdk_iam_policy_statement_new(fn, &(ccdk_iam_policy_statement_props){
        .principals = CCDK_LIST(ccdk_iam_service_principal(fn, "lambda.amazonaws.com")),
        .actions = CCDK_STRS("s3:GetObject", "s3:GetObjectVersion"),
        .resources = CCDK_STRS(ccdk_s3_bucket_arn_for_objects(bucket, key)),
        .conditions = cond,
    });
    if (ccdk_s3_bucket_add_to_resource_policy(bucket, s)) {
        ccdk_construct *policy = ccdk_s3_bucket_policy(bucket);
        if (policy)
            ccdk_node_add_dependency(fn, policy);
    } else {
        ccdk__warning(fn, "@aws-cdk/aws-lambda:webFunctionImportedCodeBucketPolicy",
                      "Cannot inspect or modify the imported bucket '%s', so none of the requirements WebFunction places "
                      "on a code bucket are checked for it. Ensure yourself that it has versioning enabled, that it is "
                      "not encrypted with an AWS managed KMS key (the key policy cannot be changed to let Lambda "
                      "decrypt), and that it grants lambda.amazonaws.com s3:GetObject and s3:GetObjectVersion on the "
                      "code object.",
                      ccdk__node_of(bucket)->path);
    }
    ccdk_kms_key *key_ = ccdk_s3_bucket_encryption_key(bucket);
    if (key_) {
        ccdk_kms_key_grant_decrypt(key_, revision_service_principal(fn, all_revisions_arn(fn)));
        if (!is_owned(key_))
            ccdk__warning(fn, "@aws-cdk/aws-lambda:webFunctionImportedCodeBucketKmsKey",
                          "Cannot grant kms:Decrypt to lambda.amazonaws.com on the imported KMS key used by the code "
                          "bucket. Grant it manually on the key policy.");
    }
}

/* validateBucketVersioned / validateBucketEncryption of a bucket of this app, at synthesis */
static void validate_code_bucket(ccdk__node *n, ccdk_s3_bucket *bucket, const char *factory)
{
    ccdk_cfn_resource *cfn = ccdk_s3_bucket_resource(bucket);
    if (!cfn)
        return;
    const char *path = ccdk__node_of(bucket)->path;
    ccdk_value *versioning = ccdk__res_get(cfn, "VersioningConfiguration");
    ccdk_value *status = versioning ? ccdk__v_get(versioning, "Status") : NULL;
    if (!(status && status->kind == CCDK__V_STR && !strcmp(status->u.str.s, "Enabled")) &&
        !(status && status->kind != CCDK__V_STR))
        ccdk__unscoped_error(n->app,
                             "[%s] The bucket '%s' used with WebFunctionCode.%s() must have versioning enabled (set "
                             "`versioned: true` on the Bucket).",
                             n->path, path, factory);
    ccdk_value *enc = ccdk__res_get(cfn, "BucketEncryption");
    ccdk_value *rules = enc ? ccdk__v_get(enc, "ServerSideEncryptionConfiguration") : NULL;
    if (!rules || rules->kind != CCDK__V_LIST)
        return;
    for (uint32_t i = 0; i < rules->u.list.n; i++) {
        ccdk_value *applied = ccdk__v_get(rules->u.list.items[i], "ServerSideEncryptionByDefault");
        ccdk_value *alg = applied ? ccdk__v_get(applied, "SSEAlgorithm") : NULL;
        if (!alg || alg->kind != CCDK__V_STR || strncmp(alg->u.str.s, "aws:kms", 7))
            continue;
        ccdk_value *kid = ccdk__v_get(applied, "KMSMasterKeyID");
        int aws_managed = !kid;
        if (kid && kid->kind == CCDK__V_STR) {
            size_t l = strlen(kid->u.str.s);
            aws_managed = l >= 12 && !strcmp(kid->u.str.s + l - 12, "alias/aws/s3");
        }
        if (aws_managed) {
            ccdk__unscoped_error(n->app,
                                 "[%s] The bucket '%s' used with WebFunctionCode.%s() is encrypted with an AWS-managed "
                                 "KMS key, whose key policy cannot be modified to authorize lambda.amazonaws.com to read "
                                 "the code object. Use `BucketEncryption.S3_MANAGED`, or a customer managed key.",
                                 n->path, path, factory);
            return;
        }
    }
}

/* the validations of a WebFunction: its code's (added at bind), then its resource policy's */
static void validate_web_function(ccdk__node *n)
{
    ccdk_lambda_web_function *fn = (ccdk_lambda_web_function *)n;
    if (fn->code && fn->code->bucket)
        validate_code_bucket(n, fn->code->bucket,
                             fn->code->kind == CCDK__WF_CODE_PROVIDED ? "fromAssetToProvidedBucket" : "fromBucket");
    if (fn->policy_doc) {
        ccdk_strs errors = ccdk_iam_policy_document_validate_for_resource_policy(fn->policy_doc, NULL);
        for (size_t i = 0; i < errors.count; i++)
            ccdk__unscoped_error(n->app, "[%s] %s", n->path, errors.items[i]);
    }
}

/* validateCodeKey: no leading '/', no '*', '?' or '${' in a literal key */
static int check_code_key(ccdk_lambda_web_function *fn, const char *key)
{
    if (ccdk__is_unresolved(key))
        return 1;
    if (key[0] == '/' || strpbrk(key, "*?") || strstr(key, "${")) {
        ccdk__error(fn,
                    "The code object key '%s' must not start with '/' or contain '*', '?' or '${'. It scopes the Lambda "
                    "service principal's read access to your bucket, where these would widen it.",
                    key);
        return 0;
    }
    return 1;
}

/* ------------------------------------------------------------------ WebFunction */


/* referenceToOtherStack: the target of the first reference (Ref, GetAtt) in v, or in the tokens of
 * its strings, to an element of another top-level stack than own; NULL when none. Lazies are not
 * produced (aws-cdk-lib's findTokens does not produce them either). */
static ccdk__node *foreign_reference(ccdk_app *app, const ccdk_value *v, ccdk_stack *own, int depth);

static ccdk__node *foreign_reference_in_string(ccdk_app *app, const char *s, ccdk_stack *own, int depth)
{
    const char *begins[2] = {BEGIN_STR, BEGIN_LIST};
    for (int b = 0; b < 2; b++) {
        const char *p = s;
        size_t len, idx;
        int st;
        while (p && *p && (p = ccdk__next_marker(app, p, begins[b], &len, &idx, &st)) != NULL) {
            if (st == TOK_OK) {
                ccdk__node *t = foreign_reference(app, app->tokens[idx], own, depth + 1);
                if (t)
                    return t;
            }
            p += len ? len : 1;
        }
    }
    return NULL;
}

static ccdk__node *foreign_reference(ccdk_app *app, const ccdk_value *v, ccdk_stack *own, int depth)
{
    if (!v || depth > 64)
        return NULL;
    switch (v->kind) {
    case CCDK__V_STR:
        return foreign_reference_in_string(app, v->u.str.s, own, depth);
    case CCDK__V_REF:
    case CCDK__V_GETATT:
        return v->u.ref.target && ccdk__top_level_stack(v->u.ref.target->stack) != own ? v->u.ref.target : NULL;
    case CCDK__V_LIST:
        for (uint32_t i = 0; i < v->u.list.n; i++) {
            ccdk__node *t = foreign_reference(app, v->u.list.items[i], own, depth + 1);
            if (t)
                return t;
        }
        return NULL;
    case CCDK__V_OBJ:
        for (uint32_t i = 0; i < v->u.obj.n; i++) {
            ccdk__node *t = foreign_reference(app, v->u.obj.e[i].val, own, depth + 1);
            if (t)
                return t;
        }
        return NULL;
    case CCDK__V_JOIN:
        return foreign_reference(app, v->u.join.list, own, depth + 1);
    default:
        return NULL;
    }
}

/* resolveEgressNetworkConnectorArn; NULL after an error */
static const char *egress_connector_arn(ccdk_lambda_web_function *fn, ccdk_lambda_network_connector *connector)
{
    ccdk__node *cn = ccdk__node_of(connector);
    int owned = ccdk_lambda_network_connector_is_network_connector(connector);
    if (owned && ccdk__top_level_stack(cn->stack) != ccdk__top_level_stack(fn->node.stack)) {
        ccdk__error(fn,
                    "The network connector '%s' is defined in stack '%s', but this WebFunction is in '%s'. Its latest "
                    "version ARN changes on every update and cannot be exported across stacks. Define the connector in "
                    "this stack, or import a fixed version from a literal ARN string with "
                    "NetworkConnector.fromNetworkConnectorVersionArn().",
                    cn->path, ccdk__node_of(cn->stack)->path, ccdk__node_of(fn->node.stack)->path);
        return NULL;
    }
    const char *arn = ccdk_lambda_network_connector_latest_version_arn(connector);
    ccdk__node *referenced = foreign_reference_in_string(fn->node.app, arn, ccdk__top_level_stack(fn->node.stack), 0);
    if (referenced) {
        /* the referenced CfnElement's path, as Reference.target (the L1, not its L2) */
        ccdk__error(fn,
                    "The network connector '%s' was imported from a value that references '%s' in stack '%s', but "
                    "this WebFunction is in '%s'. A connector's version ARN changes on every update and cannot be "
                    "exported across stacks. Import the version from a literal ARN string instead.",
                    cn->path, referenced->path, ccdk__node_of(referenced->stack)->path,
                    ccdk__node_of(fn->node.stack)->path);
        return NULL;
    }
    const char *types = ccdk__network_connector_compute_types(connector);
    if (types && strcmp(types, "WebFunction")) {
        ccdk__error(fn,
                    "The network connector '%s' was created for %s, but a WebFunction needs one created for "
                    "NetworkConnectorComputeType.WEB_FUNCTION.",
                    cn->path, types);
        return NULL;
    }
    return arn;
}

static const char *resolve_kms_key_arn(ccdk_lambda_web_function *fn, ccdk_kms_key *key)
{
    const char *arn = ccdk_kms_key_arn(key);
    if (arn && !ccdk__is_unresolved(arn) && !strstr(arn, ":key/")) {
        ccdk__error(fn, "kmsKey must be a KMS key ARN containing ':key/', got '%s'.", arn);
        return NULL;
    }
    return arn;
}

static void grant_service_key_usage(ccdk_lambda_web_function *fn, ccdk_kms_key *key)
{
    ccdk_kms_key_grant(key, revision_service_principal(fn, all_revisions_arn(fn)),
                       CCDK_STRS("kms:Decrypt", "kms:GenerateDataKey", "kms:DescribeKey"));
    if (!is_owned(key))
        ccdk__warning(fn, "@aws-cdk/aws-lambda:webFunctionImportedEnvVarKmsKey",
                      "Cannot grant the Lambda service principal usage of the imported KMS key passed as `kmsKey`. Grant "
                      "lambda.amazonaws.com kms:Decrypt, kms:GenerateDataKey and kms:DescribeKey on the key policy "
                      "manually.");
}

static ccdk_lambda_web_function_endpoint *create_endpoint(ccdk_lambda_web_function *fn, const char *id,
                                                         const ccdk_lambda_web_function_endpoint_options *o)
{
    ccdk_lambda_web_function_endpoint *ep = endpoint_new(fn, id, o, fn, fn->revision_id);
    if (ep->resource && fn->resource) {
        ccdk__res_add_depends(ep->resource, &fn->resource->el.node);
        ccdk__res_add_depends(ep->resource, &fn->revision->el.node);
    }
    return ep;
}

ccdk_lambda_web_function *ccdk_lambda_web_function_new(void *scope, const char *id, const ccdk_lambda_web_function_props *props)
{
    ccdk_lambda_web_function *fn = ccdk__construct(ccdk_lambda_web_function, &kind_wf, scope, id);
    ccdk_app *app = fn->node.app;
    static const ccdk_lambda_web_function_props none;
    if (!props)
        props = &none;
    if (!CCDK__ENUM_OK(fn, props->default_endpoint_auth, ccdk_lambda_web_function_auth_type,
                       CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_UNSET, CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH,
                       "defaultEndpointAuth") ||
        !CCDK__ENUM_OK(fn, props->application_log_level, ccdk_lambda_application_log_level,
                       CCDK_LAMBDA_APPLICATION_LOG_LEVEL_UNSET, CCDK_LAMBDA_APPLICATION_LOG_LEVEL_FATAL,
                       "applicationLogLevel") ||
        !CCDK__ENUM_OK(fn, props->system_log_level, ccdk_lambda_system_log_level, CCDK_LAMBDA_SYSTEM_LOG_LEVEL_UNSET,
                       CCDK_LAMBDA_SYSTEM_LOG_LEVEL_WARN, "systemLogLevel"))
        return fn;
    if (!props->code) {
        ccdk__error(fn, "code is required");
        return fn;
    }
    if (!props->runtime || !props->runtime->name) {
        ccdk__error(fn, "runtime is required");
        return fn;
    }
    if (!props->default_endpoint_auth) {
        ccdk__error(fn, "defaultEndpointAuth is required");
        return fn;
    }
    /* functionName: the given name, else generatePhysicalName() */
    const char *function_name = props->web_function_name ? ccdk__strdup(app, props->web_function_name)
                                                         : ccdk__unique_resource_name(&fn->node, 40, "");
    if (props->web_function_name && !check_resource_name(fn, props->web_function_name, "Function name"))
        return fn;
    if (props->revision_description && *props->revision_description &&
        !ccdk__is_unresolved(props->revision_description)) {
        size_t len = ccdk__js_length(props->revision_description);
        if (len > 256) {
            ccdk__error(fn,
                        "Function description cannot be longer than 256 characters. Function description currently has "
                        "%zu characters.",
                        len);
            return fn;
        }
    }
    if (props->timeout.unit != CCDK_TIME_UNSET) {
        if (!ccdk__duration_check(fn, props->timeout))
            return fn;
        if (!props->timeout.token) {
            double secs = ccdk__duration_to_seconds(fn, props->timeout, 0);
            if (secs < 3 || secs > 900 || secs != floor(secs)) {
                ccdk__error(fn, "Timeout must be an integer between 3 and 900 seconds, got %s", js_num(app, secs));
                return fn;
            }
        }
    }
    if (props->max_concurrency_per_environment.set && !props->max_concurrency_per_environment.token) {
        double v = props->max_concurrency_per_environment.value;
        if (v < 1 || v > 128 || v != floor(v)) {
            ccdk__error(fn, "maxConcurrencyPerEnvironment must be an integer between 1 and 128, got %s", js_num(app, v));
            return fn;
        }
    }
    if (props->egress_network_connector)
        fn->has_egress_connector = 1;

    /* the role */
    if (props->role) {
        fn->role = props->role;
    } else {
        fn->role = ccdk_iam_role_new(fn, "ServiceRole", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(fn, "lambda.amazonaws.com"),
            .managed_policies = CCDK_LIST(
                ccdk_iam_managed_policy_from_aws_managed_policy_name(fn, "service-role/AWSLambdaBasicExecutionRole")),
        });
    }
    fn->grant_principal = ccdk_iam_role_principal(fn->role);

    /* props.code.bind(this, {webFunctionArn}) */
    const char *bind_arn = ccdk__format_arn(fn->node.stack, "lambda", NULL, "web-function", "/", function_name);
    ccdk_lambda_web_function_code *code = props->code;
    fn->code = code;
    const char *s3_bucket, *s3_key, *s3_version;
    if (code->kind != CCDK__WF_CODE_BUCKET) {
        if (!ccdk__wf_code_bind_staged(code, fn, bind_arn, &s3_bucket, &s3_key, &s3_version))
            return fn;
    } else {
        if (!check_code_key(fn, code->key))
            return fn;
        ccdk__wf_grant_service_read(fn, code->bucket, code->key, bind_arn);
        s3_bucket = ccdk_s3_bucket_name(code->bucket);
        s3_key = code->key;
        s3_version = code->object_version;
    }

    /* environment, with entryPoint */
    size_t nenv = CCDK__LEN(props->environment, "environment");
    ccdk_value *env = ccdk__v_obj(app);
    for (size_t i = 0; i < nenv; i++)
        if (props->environment.items[i].key)
            ccdk__v_set(env, props->environment.items[i].key,
                        ccdk__v_from_string(app, props->environment.items[i].value ? props->environment.items[i].value : ""));
    if (props->entry_point) {
        const char *rt = props->runtime->name;
        if (!ccdk__is_unresolved(rt) && strncmp(rt, "nodejs", 6)) {
            ccdk__error(fn, "entryPoint is only supported for Node.js runtimes, got '%s'", rt);
            return fn;
        }
        if (ccdk__v_get(env, "AWS_LAMBDA_NODEJS_ENTRYPOINT")) {
            ccdk__error(fn, "entryPoint cannot be used together with an AWS_LAMBDA_NODEJS_ENTRYPOINT environment "
                            "variable; set only one");
            return fn;
        }
        ccdk__v_set(env, "AWS_LAMBDA_NODEJS_ENTRYPOINT", ccdk__v_from_string(app, props->entry_point));
    }

    fn->log_group = props->log_group ? props->log_group : ccdk_logs_log_group_new(fn, "LogGroup", NULL);

    /* new CfnWebFunction(this, 'Function', {functionName, tags}) */
    ccdk_cfn_resource *r = ccdk__l1(fn, "Function", "AWS::Lambda::WebFunction", "aws-cdk-lib.aws_lambda.CfnWebFunction");
    r->tag_kind = 1;
    fn->resource = r;
    ccdk__ext(&fn->node)->default_child_override = &r->el.node;
    ccdk__res_set(r, "FunctionName", ccdk__v_from_string(app, function_name));
    size_t ntags = CCDK__LEN(props->tags, "tags");
    for (size_t i = 0; i < ntags; i++)
        if (props->tags.items[i].key)
            ccdk__tags_set(&r->el.node, props->tags.items[i].key,
                           props->tags.items[i].value ? props->tags.items[i].value : "", 50);
    /* webFunctionArn: getResourceArnAttribute(attrFunctionArn, {resourceName: physicalName}) */
    fn->arn = ccdk__resource_env_attribute(fn, r, "FunctionArn", bind_arn);
    fn->name = function_name;

    /* new CfnWebFunctionRevision(this, 'Revision', {...}) */
    ccdk_cfn_resource *rev = ccdk__l1(fn, "Revision", "AWS::Lambda::WebFunctionRevision",
                                      "aws-cdk-lib.aws_lambda.CfnWebFunctionRevision");
    fn->revision = rev;
    ccdk__res_set(rev, "FunctionName", ccdk__v_from_string(app, ccdk_cfn_resource_ref(r)));
    if (props->revision_description)
        ccdk__res_set(rev, "Description", ccdk__v_from_string(app, props->revision_description));
    ccdk_value *s3o = ccdk__v_obj(app);
    ccdk__v_set(s3o, "Bucket", ccdk__v_from_string(app, s3_bucket));
    ccdk__v_set(s3o, "Key", ccdk__v_from_string(app, s3_key));
    if (s3_version)
        ccdk__v_set(s3o, "VersionId", ccdk__v_from_string(app, s3_version));
    ccdk_value *code_config = ccdk__v_obj(app);
    ccdk__v_set(code_config, "S3Object", s3o);
    ccdk_value *runtime_config = ccdk__v_obj(app);
    ccdk__v_set(runtime_config, "Runtime", ccdk__v_from_string(app, props->runtime->name));
    ccdk_value *build = ccdk__v_obj(app);
    ccdk__v_set(build, "CodeConfig", code_config);
    ccdk__v_set(build, "RuntimeConfig", runtime_config);
    ccdk__res_set(rev, "BuildConfig", build);

    /* serviceConfig in CloudFormation's order (the convert function's: the template's); tree.json
     * has the L2's, from the ORDER entries of scripts/gen-tree-props-table.js. The connector's errors
     * come after timeout's, as the L2 evaluates the object literal. */
    const char *connector_arn = NULL;
    if (props->egress_network_connector) {
        connector_arn = egress_connector_arn(fn, props->egress_network_connector);
        if (!connector_arn)
            return fn;
    }
    ccdk_value *svc = ccdk__v_obj(app);
    if (connector_arn)
        ccdk__v_set(svc, "EgressNetworkConnectorArn", ccdk__v_from_string(app, connector_arn));
    if (env->u.obj.n)
        ccdk__v_set(svc, "EnvironmentVariables", env);
    ccdk__v_set(svc, "ExecutionRoleArn", ccdk__v_from_string(app, ccdk_iam_role_arn(fn->role)));
    if (props->max_concurrency_per_environment.set)
        ccdk__v_set(svc, "MaxConcurrencyPerEnvironment",
                    ccdk__v_num_or_token(app, props->max_concurrency_per_environment.value,
                                         props->max_concurrency_per_environment.token));
    ccdk_value *logging = ccdk__v_obj(app);
    const char *app_level = ccdk__lambda_application_log_level_name(props->application_log_level);
    const char *sys_level = ccdk__lambda_system_log_level_name(props->system_log_level);
    if (app_level)
        ccdk__v_set(logging, "ApplicationLogLevel", ccdk__v_str(app, app_level));
    ccdk__v_set(logging, "LogGroup", ccdk__v_from_string(app, ccdk_logs_log_group_name(fn->log_group)));
    if (sys_level)
        ccdk__v_set(logging, "SystemLogLevel", ccdk__v_str(app, sys_level));
    ccdk_value *telemetry = ccdk__v_obj(app);
    ccdk__v_set(telemetry, "LoggingConfig", logging);
    ccdk__v_set(svc, "TelemetryConfig", telemetry);
    if (props->timeout.unit != CCDK_TIME_UNSET)
        ccdk__v_set(svc, "TimeoutSeconds", ccdk__duration_value(fn, props->timeout, CCDK_TIME_SECONDS, 1));
    else
        ccdk__v_set(svc, "TimeoutSeconds", ccdk__v_num(app, 30));
    ccdk__res_set(rev, "ServiceConfig", svc);
    if (props->kms_key) {
        const char *karn = resolve_kms_key_arn(fn, props->kms_key);
        if (!karn)
            return fn;
        ccdk__res_set(rev, "KmsKeyArn", ccdk__v_from_string(app, karn));
        grant_service_key_usage(fn, props->kms_key);
    }
    ccdk__res_add_depends(rev, &r->el.node);
    fn->revision_arn = ccdk_cfn_resource_get_att(rev, "RevisionArn");
    fn->revision_id = ccdk_cfn_resource_get_att(rev, "RevisionId");

    /* the endpoint: defaultEndpoint's settings with defaultEndpointAuth, and the default name */
    ccdk_lambda_web_function_endpoint_options o = props->default_endpoint;
    o.auth_type = props->default_endpoint_auth;
    if (!o.endpoint_name) {
        region_list regions = region_list_of(&fn->node, &o.endpoint_location);
        ccdk_lambda_web_function_endpoint_type type = o.endpoint_location.endpoint_type_
                                                          ? o.endpoint_location.endpoint_type_
                                                          : CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_HOME_REGION;
        if (type == CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_HOME_REGION && !regions.defined)
            o.endpoint_name = "prod";
        else if (type >= CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_HOME_REGION &&
                 type <= CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_PER_REGION)
            o.endpoint_name =
                ccdk__sprintf(app, "prod-%s", endpoint_shape_hash(&fn->node, endpoint_type_name(type), &regions));
    }
    fn->endpoint = create_endpoint(fn, "Endpoint", &o);
    ccdk__wf_code_bind_to_resource(code, rev);
    return fn;
}

ccdk_lambda_web_function_endpoint *ccdk_lambda_web_function_add_endpoint(ccdk_lambda_web_function *fn, const char *id,
                                                                        const ccdk_lambda_web_function_endpoint_options *options)
{
    if (!ccdk__target_ok(fn, __func__) || !ccdk__arg_ok(id, __func__, "id"))
        return NULL;
    return create_endpoint(fn, id, options);
}

int ccdk_lambda_web_function_add_to_resource_policy(ccdk_lambda_web_function *fn, ccdk_iam_policy_statement *statement)
{
    if (!ccdk__target_ok(fn, __func__) || !ccdk__arg_ok(statement, __func__, "statement"))
        return 0;
    ccdk_app *app = fn->node.app;
    if (fn->imported) {
        ccdk__warning(fn, "@aws-cdk/aws-lambda:webFunctionResourcePolicyNotModified",
                      "The resource-based policy of an imported WebFunction cannot be added to: a web function has a "
                      "single policy, and defining it here would replace the existing one. Add this statement where the "
                      "function is defined: %s",
                      statement_json(app, statement));
        return 0;
    }
    if (!fn->policy) {
        fn->policy_doc = ccdk_iam_policy_document_new(fn, (ccdk_iam_policy_statement_list){0});
        ccdk_iam_policy_document_assign_sids(fn->policy_doc);
        fn->policy = ccdk__l1(fn, "ResourcePolicy", "AWS::Lambda::ResourcePolicy", "aws-cdk-lib.aws_lambda.CfnResourcePolicy");
        ccdk__res_set(fn->policy, "ResourceArn", ccdk__v_from_string(app, fn->arn));
        ccdk__res_set(fn->policy, "PolicyDocument", ccdk_iam_policy_document_value(fn->policy_doc));
    }
    ccdk_iam_policy_document_add_statements(fn->policy_doc, statement);
    return 1;
}

void ccdk_lambda_web_function_add_to_role_policy(ccdk_lambda_web_function *fn, ccdk_iam_policy_statement *statement)
{
    if (!ccdk__target_ok(fn, __func__) || !ccdk__arg_ok(statement, __func__, "statement"))
        return;
    /* an import's grantPrincipal is an UnknownPrincipal: not modelled (nothing is added) */
    if (fn->grant_principal)
        ccdk_iam_principal_add_to_policy(fn->grant_principal, statement);
}

/* ------------------------------------------------------------------ imports */

ccdk_lambda_web_function *ccdk_lambda_web_function_from_web_function_attributes(
    void *scope, const char *id, const ccdk_lambda_web_function_attributes *attrs)
{
    ccdk__node *s = ccdk__scope(scope);
    ccdk_app *app = s->app;
    const char *arn = attrs && attrs->web_function_arn ? attrs->web_function_arn : "";
    ccdk_lambda_web_function *fn = ccdk__alloc(app, sizeof *fn);
    /* Arn.split(arn, SLASH_RESOURCE_NAME).resourceName, before the construct is made */
    const char *name = ccdk__arn_check(s, arn) ? ccdk__arn_slash_resource_name(s, arn) : "";
    ccdk__node_init(&fn->node, &kind_wf_import, s, id);
    fn->imported = 1;
    fn->arn = ccdk__strdup(app, arn);
    fn->name = name;
    return fn;
}

ccdk_lambda_web_function *ccdk_lambda_web_function_from_web_function_arn(void *scope, const char *id,
                                                                        const char *web_function_arn)
{
    return ccdk_lambda_web_function_from_web_function_attributes(
        scope, id, &(ccdk_lambda_web_function_attributes){.web_function_arn = web_function_arn});
}

/* ------------------------------------------------------------------ getters */

const char *ccdk_lambda_web_function_arn(ccdk_lambda_web_function *fn)
{
    return ccdk__handle_ok(fn, __func__) ? fn->arn : NULL;
}

const char *ccdk_lambda_web_function_name(ccdk_lambda_web_function *fn)
{
    return ccdk__handle_ok(fn, __func__) ? fn->name : NULL;
}

const char *ccdk_lambda_web_function_revision_arn(ccdk_lambda_web_function *fn)
{
    return ccdk__handle_ok(fn, __func__) ? fn->revision_arn : NULL;
}

const char *ccdk_lambda_web_function_revision_id(ccdk_lambda_web_function *fn)
{
    return ccdk__handle_ok(fn, __func__) ? fn->revision_id : NULL;
}

ccdk_iam_role *ccdk_lambda_web_function_role(ccdk_lambda_web_function *fn)
{
    return ccdk__handle_ok(fn, __func__) ? fn->role : NULL;
}

ccdk_iam_principal *ccdk_lambda_web_function_grant_principal(ccdk_lambda_web_function *fn)
{
    return ccdk__handle_ok(fn, __func__) ? fn->grant_principal : NULL;
}

ccdk_logs_log_group *ccdk_lambda_web_function_log_group(ccdk_lambda_web_function *fn)
{
    return ccdk__handle_ok(fn, __func__) ? fn->log_group : NULL;
}

ccdk_lambda_web_function_endpoint *ccdk_lambda_web_function_default_endpoint(ccdk_lambda_web_function *fn)
{
    return ccdk__handle_ok(fn, __func__) ? fn->endpoint : NULL;
}

ccdk_cfn_resource *ccdk_lambda_web_function_resource(ccdk_lambda_web_function *fn)
{
    return ccdk__handle_ok(fn, __func__) ? fn->resource : NULL;
}

ccdk_cfn_resource *ccdk_lambda_web_function_resource_revision(ccdk_lambda_web_function *fn)
{
    return ccdk__handle_ok(fn, __func__) ? fn->revision : NULL;
}

int ccdk_lambda_web_function_is_web_function(const void *x)
{
    const ccdk__node *n = x ? ccdk__node_of(x) : NULL;
    return n && n->kind == &kind_wf;
}
