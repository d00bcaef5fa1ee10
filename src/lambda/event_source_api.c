/* event_source_api.c - aws-lambda-event-sources' ApiEventSource (aws-lambda-event-sources/lib/api.js):
 * bound to a function, a method of an API Gateway RestApi that invokes it. The RestApi is the one
 * aws-cdk-lib makes for it (one per function and stack, with the function as its default
 * LambdaIntegration): its CfnRestApi, the CloudWatch role and account (unless the
 * @aws-cdk/aws-apigateway:disableCloudWatchRole flag is on), the latest Deployment (whose logical id
 * ends in the MD5 of what the resources and methods add to it, as LatestDeploymentResource does),
 * the "prod" stage, the Endpoint output, a Resource per path part and a Method per source, with the
 * function's two invoke permissions (the stage's and test-invoke-stage's). ccdk has no
 * aws-apigateway module: these are the parts ApiEventSource makes, and nothing else. */
#include <string.h>

#include "ccdk/lambda_event_sources.h"
#include "lambda_internal.h"

static const ccdk__kind kind_api = {.fqn = "aws-cdk-lib.aws_apigateway.RestApi", .class_name = "RestApi2"};
static const ccdk__kind kind_resource = {.fqn = "aws-cdk-lib.aws_apigateway.Resource", .class_name = "Resource2"};
static const ccdk__kind kind_method = {.fqn = "aws-cdk-lib.aws_apigateway.Method", .class_name = "Method2"};
static const ccdk__kind kind_root = {.fqn = "aws-cdk-lib.aws_apigateway.ResourceBase", .class_name = "RootResource"};
static const ccdk__kind kind_stage = {.fqn = "aws-cdk-lib.aws_apigateway.Stage", .class_name = "Stage2"};
static void deployment_prepare(ccdk__node *n);
static const ccdk__kind kind_deployment = {.fqn = "aws-cdk-lib.aws_apigateway.Deployment", .class_name = "Deployment2",
                                           .prepare = deployment_prepare};

typedef struct api_resource api_resource;
typedef struct rest_api rest_api;

typedef struct {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    rest_api *api;
    ccdk_value *hash; /* the list of what resources and methods add to the logical id */
    const char *original_logical_id;
} deployment;

struct rest_api {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    const char *rest_api_id, *root_resource_id;
    deployment *deployment;
    ccdk__node *root; /* the RootResource, "Default" */
    const char *stage_name; /* the stage's Ref */
    api_resource *children;
};

struct api_resource {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    const char *resource_id;
    const char *path; /* "/foo/bar" */
    api_resource *children, *next;
};

typedef struct {
    ccdk__node node;
} api_method;

/* LatestDeploymentResource.calculateLogicalId: the original logical id, then the MD5 of the
 * components (each resolved, JSON.stringify'd, joined) and the RestApi's resolved
 * _toCloudFormation(). */
static void deployment_prepare(ccdk__node *n)
{
    deployment *d = (deployment *)n;
    ccdk_app *app = n->app;
    ccdk_stack *stack = ccdk_stack_of(d->resource);
    ccdk_value *res = ccdk__v_obj(app);
    ccdk_value *props = ccdk__v_obj(app);
    ccdk__v_set(props, "Type", ccdk__v_str(app, "AWS::ApiGateway::RestApi"));
    ccdk_value *p = ccdk__v_obj(app);
    ccdk__v_set(p, "Name", ccdk__res_get(d->api->resource, "Name"));
    /* _toCloudFormation(): with its tags (Tags.of(...).add), after Name */
    ccdk_value *tags = ccdk__tags_for(ccdk__node_of(d->api->resource), 1);
    if (tags)
        ccdk__v_set(p, "Tags", tags);
    ccdk__v_set(props, "Properties", p);
    if (d->api->resource->metadata) /* aws:cdk:path, with path metadata on */
        ccdk__v_set(props, "Metadata", d->api->resource->metadata);
    ccdk__v_set(res, ccdk__element_logical_id(ccdk__node_of(d->api->resource)), props);
    ccdk_value *cf = ccdk__v_obj(app);
    ccdk__v_set(cf, "Resources", res);
    ccdk__buf b = {0};
    for (uint32_t i = 0; i < d->hash->u.list.n; i++)
        ccdk__buf_puts(&b, ccdk_stack_resolve_value(stack, d->hash->u.list.items[i]));
    ccdk__buf_puts(&b, ccdk_stack_resolve_value(stack, cf));
    char hex[33];
    ccdk__md5_hex(b.data ? b.data : "", b.len, hex);
    ccdk__buf_free(&b);
    ccdk_cfn_element_override_logical_id(d->resource, ccdk__sprintf(app, "%s%s", d->original_logical_id, hex));
}

static rest_api *rest_api_new(void *stack, const char *id)
{
    rest_api *api = ccdk__construct(rest_api, &kind_api, stack, id);
    ccdk_app *app = api->node.app;
    ccdk_cfn_resource *r = ccdk__l1(api, "Resource", "AWS::ApiGateway::RestApi", "aws-cdk-lib.aws_apigateway.CfnRestApi");
    api->resource = r;
    r->tag_kind = 1; /* CfnRestApi and CfnStage are taggable (Tags.of(...).add reaches them) */
    ccdk__res_set(r, "Name", ccdk__v_str(app, id));
    api->rest_api_id = ccdk_cfn_resource_ref(r);
    api->root_resource_id = ccdk_cfn_resource_get_att(r, "RootResourceId");
    /* _configureCloudWatchRole: the role by default unless the flag says otherwise */
    ccdk_cfn_resource *account = NULL;
    if (!ccdk__feature_flag(&api->node, "@aws-cdk/aws-apigateway:disableCloudWatchRole")) {
        ccdk_iam_role *role = ccdk_iam_role_new(api, "CloudWatchRole", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(api, "apigateway.amazonaws.com"),
            .managed_policies = CCDK_LIST(ccdk_iam_managed_policy_from_aws_managed_policy_name(
                api, "service-role/AmazonAPIGatewayPushToCloudWatchLogs")),
        });
        ccdk_cfn_resource_apply_removal_policy(ccdk_iam_role_resource(role), CCDK_REMOVAL_POLICY_RETAIN);
        account = ccdk__l1(api, "Account", "AWS::ApiGateway::Account", "aws-cdk-lib.aws_apigateway.CfnAccount");
        ccdk__res_set(account, "CloudWatchRoleArn", ccdk__v_from_string(app, ccdk_iam_role_arn(role)));
        ccdk_cfn_resource_apply_removal_policy(account, CCDK_REMOVAL_POLICY_RETAIN);
        ccdk_node_add_dependency(account, r);
    }
    /* _configureDeployment */
    void *api_scope = api;
    deployment *d = ccdk__construct(deployment, &kind_deployment, api_scope, "Deployment");
    d->api = api;
    d->hash = ccdk__v_list(app);
    d->resource = ccdk__l1(d, "Resource", "AWS::ApiGateway::Deployment", "aws-cdk-lib.aws_apigateway.CfnDeployment");
    ccdk__res_set(d->resource, "Description", ccdk__v_str(app, "Automatically created by the RestApi construct"));
    ccdk__res_set(d->resource, "RestApiId", ccdk__v_from_string(app, api->rest_api_id));
    d->original_logical_id = ccdk__keep(app, ccdk__element_logical_id(ccdk__node_of(d->resource)));
    ccdk_cfn_resource_add_metadata(d->resource, "aws:cdk:do-not-refactor", ccdk__v_bool(app, 1));
    api->deployment = d;
    ccdk__node *stage = ccdk__construct(ccdk__node, &kind_stage, api_scope, "DeploymentStage.prod");
    ccdk_cfn_resource *sr = ccdk__l1(stage, "Resource", "AWS::ApiGateway::Stage", "aws-cdk-lib.aws_apigateway.CfnStage");
    sr->tag_kind = 1;
    ccdk__res_set(sr, "DeploymentId", ccdk__v_from_string(app, ccdk_cfn_resource_ref(d->resource)));
    ccdk__res_set(sr, "RestApiId", ccdk__v_from_string(app, api->rest_api_id));
    ccdk__res_set(sr, "StageName", ccdk__v_str(app, "prod"));
    if (account)
        ccdk_node_add_dependency(stage, account);
    api->stage_name = ccdk_cfn_resource_ref(sr);
    ccdk_cfn_output_new(api, "Endpoint", &(ccdk_cfn_output_props){
        /* the stack's region (concrete with an environment), the URL suffix's pseudo parameter */
        .value = ccdk__sprintf(app, "https://%s.execute-api.%s.%s/%s/", api->rest_api_id, ccdk_stack_region(ccdk_stack_of(api)),
                               ccdk_aws_url_suffix(api), api->stage_name),
    });
    /* the RootResource, made last */
    api->root = ccdk__construct(ccdk__node, &kind_root, api_scope, "Default");
    return api;
}

/* validateResourcePathPart: the part without its curly braces (and then a trailing '+') is made of
 * [a-zA-Z0-9:._-$]; else aws-cdk-lib's error (its message has a line break), on the parent. */
static int path_part_ok(ccdk_app *app, ccdk__node *parent, const char *part)
{
    size_t n = strlen(part);
    const char *p = part;
    if (n >= 2 && part[0] == '{' && part[n - 1] == '}') {
        p++;
        n -= 2;
        if (n && p[n - 1] == '+')
            n--;
    }
    int ok = n > 0;
    for (size_t i = 0; i < n && ok; i++)
        ok = (p[i] >= 'a' && p[i] <= 'z') || (p[i] >= 'A' && p[i] <= 'Z') || (p[i] >= '0' && p[i] <= '9') ||
             strchr(":._-$", p[i]) != NULL;
    if (!ok)
        ccdk__error(parent, "Resource's path part only allow [a-zA-Z0-9:._-$], an optional trailing '+'\n"
                            "      and curly braces at the beginning and the end: %s",
                    ccdk__sprintf(app, "%.*s", (int)n, p));
    return ok;
}

/* root.resourceForPath(path): a leading "/" is taken only at the root (where it may repeat); each
 * part is the child of that name, made (Resource) when missing. *ok = 0 after an error. */
static api_resource *resource_for(rest_api *api, const char *path, int *ok)
{
    ccdk_app *app = api->node.app;
    api_resource *cur = NULL, **list = &api->children;
    const char *s = path;
    *ok = 1;
    while (*s) {
        if (*s == '/') {
            if (cur) {
                ccdk__error(cur, "Path may start with \"/\" only for the resource, but we are at: %s", cur->path);
                *ok = 0;
                return NULL;
            }
            s++;
            continue;
        }
        size_t n = strcspn(s, "/");
        const char *part = ccdk__sprintf(app, "%.*s", (int)n, s);
        s += n;
        if (*s == '/') /* split('/'), then the rest joined again: one separator goes */
            s++;
        api_resource *r = *list;
        while (r && strcmp(r->node.id, part))
            r = r->next;
        if (!r) {
            void *scope = cur ? (void *)cur : (void *)api->root;
            r = ccdk__construct(api_resource, &kind_resource, scope, part);
            if (!path_part_ok(app, ccdk__node_of(scope), part)) {
                *ok = 0;
                return NULL;
            }
            r->path = ccdk__sprintf(app, "%s/%s", cur ? cur->path : "", part);
            r->next = *list;
            *list = r;
            ccdk_cfn_resource *cr = ccdk__l1(r, "Resource", "AWS::ApiGateway::Resource", "aws-cdk-lib.aws_apigateway.CfnResource");
            r->resource = cr;
            const char *parent_id = cur ? cur->resource_id : api->root_resource_id;
            ccdk__res_set(cr, "ParentId", ccdk__v_from_string(app, parent_id));
            ccdk__res_set(cr, "PathPart", ccdk__v_str(app, part));
            ccdk__res_set(cr, "RestApiId", ccdk__v_from_string(app, api->rest_api_id));
            r->resource_id = ccdk_cfn_resource_ref(cr);
            /* the deployment depends on it and hashes {resource: resourceProps} */
            ccdk_node_add_dependency(api->deployment, cr);
            ccdk_value *props = ccdk__v_obj(app);
            ccdk__v_set(props, "restApiId", ccdk__v_from_string(app, api->rest_api_id));
            ccdk__v_set(props, "parentId", ccdk__v_from_string(app, parent_id));
            ccdk__v_set(props, "pathPart", ccdk__v_str(app, part));
            ccdk_value *c = ccdk__v_obj(app);
            ccdk__v_set(c, "resource", props);
            ccdk__v_push(api->deployment->hash, c);
        }
        cur = r;
        list = &r->children;
    }
    return cur;
}

typedef struct {
    const char *method; /* as given */
    const char *path;
    /* apigateway.MethodOptions (the subset ccdk takes), copied into the App */
    const char *operation_name;
    ccdk_tristate api_key_required;
    const char *authorization_type;        /* NULL: NONE */
    const char *const *authorization_scopes; /* NULL-terminated; NULL: not given */
    const ccdk_lambda_api_request_parameter *request_parameters;
    size_t n_request_parameters;
    int has_request_parameters;
} api_source;

static void bind_api(void *ctx, ccdk__fnbase *fb)
{
    api_source *s = ctx;
    ccdk_app *app = fb->node.app;
    ccdk_stack *stack = ccdk_stack_of(fb);
    const char *id = ccdk__sprintf(app, "%s:ApiEventSourceA7A86A4F", ccdk__node_unique_id(&fb->node));
    rest_api *api = (rest_api *)ccdk__node_find_child(ccdk__node_of(stack), id);
    if (!api)
        api = rest_api_new(stack, id);
    int ok;
    api_resource *res = resource_for(api, s->path, &ok);
    if (!ok)
        return;
    const char *resource_id = res ? res->resource_id : api->root_resource_id;
    const char *path = res ? res->path : "/";
    void *scope = res ? (void *)res : (void *)api->root;
    if (ccdk__node_find_child(ccdk__node_of(scope), s->method)) {
        /* a second method of that name: the construct's own error */
        ccdk__construct(api_method, &kind_method, scope, s->method);
        return;
    }
    api_method *m = ccdk__construct(api_method, &kind_method, scope, s->method);
    char *http = ccdk__strdup(app, s->method);
    for (char *c = http; *c; c++)
        if (*c >= 'a' && *c <= 'z')
            *c = (char)(*c - 'a' + 'A');
    /* validateHttpMethod (toUpperCase: ASCII here) */
    static const char *const allowed[] = {"ANY", "OPTIONS", "GET", "PUT", "POST", "DELETE", "PATCH", "HEAD"};
    int known = 0;
    for (size_t i = 0; i < sizeof allowed / sizeof *allowed; i++)
        known |= !strcmp(http, allowed[i]);
    if (!known) {
        ccdk__unscoped_error(app, "Invalid HTTP method \"%s\". Allowed methods: ANY,OPTIONS,GET,PUT,POST,DELETE,PATCH,HEAD", http);
        return;
    }
    /* LambdaIntegration.bind: the permissions, under the method */
    char *dotted = ccdk__strdup(app, path);
    for (char *c = dotted; *c; c++)
        if (*c == '/')
            *c = '.';
    const char *desc = ccdk__sprintf(app, "%s.%s.%s", ccdk__node_unique_id(&api->node), http, dotted);
    /* arnForExecuteApi(httpMethod, pathForArn(path), stage): ANY is "*", each {param} "*" */
    ccdk__buf ab = {0};
    for (const char *c = path; *c; c++) {
        const char *close = *c == '{' ? strchr(c, '}') : NULL;
        if (close) {
            ccdk__buf_putc(&ab, '*');
            c = close;
        } else {
            ccdk__buf_putc(&ab, *c);
        }
    }
    const char *arn_path = ccdk__sprintf(app, "%s", ab.data ? ab.data : "");
    ccdk__buf_free(&ab);
    const char *arn_method = strcmp(http, "ANY") ? http : "*";
    ccdk_iam_principal *principal = ccdk_iam_service_principal(m, "apigateway.amazonaws.com");
    /* Stack.of(restApi).formatArn({service: 'execute-api', resource: restApiId, arnFormat:
     * SLASH_RESOURCE_NAME, resourceName}): the stack's region and account (concrete in a stack with
     * an environment) */
    ccdk_stack *api_stack = ccdk_stack_of(api);
    ccdk_lambda_permission p1 = {.principal = principal, .scope = m,
                                 .source_arn = ccdk_stack_format_arn(api_stack, "execute-api", api->rest_api_id, "/",
                                                                     ccdk__sprintf(app, "%s/%s%s", api->stage_name, arn_method, arn_path))};
    ccdk__add_permission(fb, ccdk__sprintf(app, "ApiPermission.%s", desc), &p1);
    ccdk_lambda_permission p2 = {.principal = principal, .scope = m,
                                 .source_arn = ccdk_stack_format_arn(api_stack, "execute-api", api->rest_api_id, "/",
                                                                     ccdk__sprintf(app, "test-invoke-stage/%s%s", arn_method, arn_path))};
    ccdk__add_permission(fb, ccdk__sprintf(app, "ApiPermission.Test.%s", desc), &p2);
    /* the CfnMethod */
    /* AwsIntegration's uri: Stack.of(method).formatArn({service: 'apigateway', account: 'lambda',
     * resource: 'path', ...}): the stack's partition and region (literals with an environment, as
     * the stack gives them) */
    const char *uri = ccdk_stack_format_arn_components(ccdk_stack_of(m), &(ccdk_arn_components){
        .service = "apigateway", .account = "lambda", .resource = "path", .sep = "/",
        .resource_name = ccdk__sprintf(app, "2015-03-31/functions/%s/invocations", fb->arn),
        .arn_format = CCDK_ARN_FORMAT_SLASH_RESOURCE_NAME});
    /* Method's options: the authorization type as given (no authorizer: nothing else decides it);
     * scopes are kept for COGNITO_USER_POOLS only, else dropped with aws-cdk-lib's warning (an
     * empty list too: [] is truthy) */
    const char *auth_type = s->authorization_type ? s->authorization_type : "NONE";
    int cognito = !strcmp(auth_type, "COGNITO_USER_POOLS");
    if (s->authorization_scopes && !cognito)
        ccdk__warning(m, "@aws-cdk/aws-apigateway:invalidAuthScope",
                      "'AuthorizationScopes' can only be set when 'AuthorizationType' sets 'COGNITO_USER_POOLS'. "
                      "Default to ignore the values set in 'AuthorizationScopes'.");
    ccdk_value *scopes = NULL;
    if (s->authorization_scopes && cognito) {
        scopes = ccdk__v_list(app);
        for (const char *const *sc = s->authorization_scopes; *sc; sc++)
            ccdk__v_push(scopes, ccdk__v_from_string(app, *sc));
    }
    ccdk_value *params = NULL;
    if (s->has_request_parameters) {
        params = ccdk__v_obj(app);
        for (size_t i = 0; i < s->n_request_parameters; i++)
            ccdk__v_set(params, s->request_parameters[i].name, ccdk__v_bool(app, s->request_parameters[i].required));
    }
    ccdk_cfn_resource *r = ccdk__l1(m, "Resource", "AWS::ApiGateway::Method", "aws-cdk-lib.aws_apigateway.CfnMethod");
    if (ccdk__tri_set(s->api_key_required))
        ccdk__res_set(r, "ApiKeyRequired", ccdk__v_bool(app, ccdk__tri_true(s->api_key_required)));
    if (scopes)
        ccdk__res_set(r, "AuthorizationScopes", scopes);
    ccdk__res_set(r, "AuthorizationType", ccdk__v_from_string(app, auth_type));
    ccdk__res_set(r, "HttpMethod", ccdk__v_str(app, http));
    ccdk_value *integ = ccdk__v_obj(app);
    ccdk__v_set(integ, "IntegrationHttpMethod", ccdk__v_str(app, "POST"));
    ccdk__v_set(integ, "Type", ccdk__v_str(app, "AWS_PROXY"));
    ccdk__v_set(integ, "Uri", ccdk__v_from_string(app, uri));
    ccdk__res_set(r, "Integration", integ);
    if (s->operation_name)
        ccdk__res_set(r, "OperationName", ccdk__v_from_string(app, s->operation_name));
    if (params)
        ccdk__res_set(r, "RequestParameters", params);
    ccdk__res_set(r, "ResourceId", ccdk__v_from_string(app, resource_id));
    ccdk__res_set(r, "RestApiId", ccdk__v_from_string(app, api->rest_api_id));
    ccdk_node_add_dependency(api->deployment, r);
    /* deployment.addToLogicalId({method: {...methodProps, integrationToken}}): the integration's
     * deploymentToken is JSON.stringify({functionName}) when that name is no token: a Function's own
     * FunctionName prop (its physical name as given), another IFunction's functionName */
    const char *literal_name = NULL;
    if (fb->fkind == CCDK__FN_FUNCTION) {
        ccdk_value *pn = fb->lambda && fb->lambda->resource ? ccdk__res_get(fb->lambda->resource, "FunctionName") : NULL;
        if (pn && pn->kind == CCDK__V_STR && !ccdk__is_unresolved(pn->u.str.s))
            literal_name = pn->u.str.s;
    } else if (fb->name && !ccdk__is_unresolved(fb->name)) {
        literal_name = fb->name;
    }
    ccdk_value *mp = ccdk__v_obj(app);
    ccdk__v_set(mp, "resourceId", ccdk__v_from_string(app, resource_id));
    ccdk__v_set(mp, "restApiId", ccdk__v_from_string(app, api->rest_api_id));
    ccdk__v_set(mp, "httpMethod", ccdk__v_str(app, http));
    /* methodProps' order: ..., operationName, apiKeyRequired, authorizationType, authorizerId,
     * requestParameters, integration, ..., authorizationScopes */
    if (s->operation_name)
        ccdk__v_set(mp, "operationName", ccdk__v_from_string(app, s->operation_name));
    if (ccdk__tri_set(s->api_key_required))
        ccdk__v_set(mp, "apiKeyRequired", ccdk__v_bool(app, ccdk__tri_true(s->api_key_required)));
    ccdk__v_set(mp, "authorizationType", ccdk__v_from_string(app, auth_type));
    if (params)
        ccdk__v_set(mp, "requestParameters", params);
    ccdk_value *mi = ccdk__v_obj(app);
    ccdk__v_set(mi, "type", ccdk__v_str(app, "AWS_PROXY"));
    ccdk__v_set(mi, "uri", ccdk__v_from_string(app, uri));
    ccdk__v_set(mi, "integrationHttpMethod", ccdk__v_str(app, "POST"));
    ccdk__v_set(mp, "integration", mi);
    if (scopes)
        ccdk__v_set(mp, "authorizationScopes", scopes);
    if (literal_name) {
        ccdk__buf tb = {0};
        ccdk__buf_puts(&tb, "{\"functionName\":");
        ccdk__json_write_string(&tb, literal_name, strlen(literal_name));
        ccdk__buf_putc(&tb, '}');
        ccdk__v_set(mp, "integrationToken", ccdk__v_str(app, ccdk__sprintf(app, "%.*s", (int)tb.len, tb.data)));
        ccdk__buf_free(&tb);
    }
    ccdk_value *c = ccdk__v_obj(app);
    ccdk__v_set(c, "method", mp);
    ccdk__v_push(api->deployment->hash, c);
}

ccdk_lambda_event_source *ccdk_lambda_api_event_source(void *owner, const char *method, const char *path)
{
    return ccdk_lambda_api_event_source_with_options(owner, method, path, NULL);
}

ccdk_lambda_event_source *ccdk_lambda_api_event_source_with_options(void *owner, const char *method, const char *path,
                                                                    const ccdk_lambda_api_method_options *options)
{
    ccdk__node *on = ccdk__node_of(owner);
    if (!on) {
        ccdk__process_error("%s: the owner is %s", __func__, owner ? "not a construct handle" : "NULL");
        on = ccdk__node_of(ccdk__nil_stack());
    }
    ccdk_app *app = on->app;
    api_source *s = ccdk__alloc(app, sizeof *s);
    s->method = ccdk__keep(app, method ? method : "");
    s->path = ccdk__keep(app, path ? path : "");
    if (options) {
        s->operation_name = options->operation_name ? ccdk__keep(app, options->operation_name) : NULL;
        s->api_key_required = options->api_key_required;
        s->authorization_type = options->authorization_type ? ccdk__keep(app, options->authorization_type) : NULL;
        if (CCDK__GIVEN(options->authorization_scopes)) {
            size_t n = CCDK__LEN(options->authorization_scopes, "authorization_scopes");
            const char **sc = ccdk__alloc(app, (n + 1) * sizeof *sc);
            size_t k = 0;
            for (size_t i = 0; i < n; i++)
                if (options->authorization_scopes.items[i])
                    sc[k++] = ccdk__keep(app, options->authorization_scopes.items[i]);
            sc[k] = NULL;
            s->authorization_scopes = sc;
        }
        if (CCDK__GIVEN(options->request_parameters)) {
            size_t n = CCDK__LEN(options->request_parameters, "request_parameters");
            ccdk_lambda_api_request_parameter *rp = ccdk__alloc(app, (n ? n : 1) * sizeof *rp);
            size_t k = 0;
            for (size_t i = 0; i < n; i++) {
                if (!options->request_parameters.items[i].name) {
                    ccdk__error(on, "%s: request_parameters[%zu] has no name", __func__, i);
                    continue;
                }
                rp[k].name = ccdk__keep(app, options->request_parameters.items[i].name);
                rp[k++].required = options->request_parameters.items[i].required;
            }
            s->request_parameters = rp;
            s->n_request_parameters = k;
            s->has_request_parameters = 1;
        }
    }
    ccdk_lambda_event_source *src = ccdk__event_source_custom(app, "ApiEventSource", bind_api, s);
    if (!method || !path) {
        ccdk__error(on, "%s: %s is required", __func__, !method ? "method" : "path");
        return src;
    }
    if (path[0] != '/')
        ccdk__unscoped_error(app, "Path must start with \"/\": %s", path);
    return src;
}
