/* function_url.c - lambda.FunctionUrl (function-url.js): CfnUrl with CORS, auth type and invoke
 * mode; the public permissions of an anonymous URL; fn.addFunctionUrl. */
#include <string.h>

#include "ccdk/lambda_versions.h"
#include "lambda_internal.h"

static const ccdk__kind kind_url = {.fqn = "aws-cdk-lib.aws_lambda.FunctionUrl", .class_name = "FunctionUrl2"};

struct ccdk_lambda_function_url {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    const char *url, *function_arn;
    ccdk_lambda_url_auth_type auth_type;
    ccdk__fnbase *function;
};

static ccdk_value *strlist(ccdk_app *app, const char *const *l)
{
    ccdk_value *v = ccdk__v_list(app);
    for (; *l; l++)
        ccdk__v_push(v, ccdk__v_from_string(app, *l));
    return v;
}

ccdk_lambda_function_url *ccdk_lambda_function_url_new(void *scope, const char *id, const ccdk_lambda_function_url_props *props)
{
    ccdk_lambda_function_url *u = ccdk__construct(ccdk_lambda_function_url, &kind_url, scope, id);
    ccdk_app *app = u->node.app;
    ccdk__fnbase *fb = props && props->function ? ccdk__fnbase_of(props->function) : NULL;
    if (!fb) {
        ccdk__error(u, "function is required");
        return u;
    }
    if (fb->fkind == CCDK__FN_VERSION || fb->fkind == CCDK__FN_LATEST) {
        ccdk__error(u, "FunctionUrl cannot be used with a Version");
        return u;
    }
    /* props.function.tenancyConfig: a Function's own, an Alias's function's (QualifiedFunctionBase) */
    if (ccdk__tenant_isolated(fb->lambda)) {
        ccdk__error(u, "FunctionUrl is not supported for functions with tenant isolation mode");
        return u;
    }
    CCDK__ENUM_OK(u, props->auth_type, ccdk_lambda_url_auth_type, CCDK_LAMBDA_URL_AUTH_UNSET, CCDK_LAMBDA_URL_AUTH_NONE,
                  "authType");
    CCDK__ENUM_OK(u, props->invoke_mode, ccdk_lambda_invoke_mode, CCDK_LAMBDA_INVOKE_MODE_UNSET,
                  CCDK_LAMBDA_INVOKE_MODE_RESPONSE_STREAM, "invokeMode");
    u->function = fb;
    ccdk_lambda_alias *alias = fb->fkind == CCDK__FN_ALIAS ? (ccdk_lambda_alias *)fb : NULL;
    ccdk__fnbase *target = alias ? (alias->version && alias->version->base.lambda ? &alias->version->base.lambda->base : fb) : fb;
    u->auth_type = props->auth_type ? props->auth_type : CCDK_LAMBDA_URL_AUTH_AWS_IAM;
    ccdk_value *cors = NULL;
    if (props->cors) {
        const ccdk_lambda_function_url_cors *c = props->cors;
        cors = ccdk__v_obj(app);
        if (ccdk__tri_set(c->allow_credentials))
            ccdk__v_set(cors, "AllowCredentials", ccdk__v_bool(app, ccdk__tri_true(c->allow_credentials)));
        const char *const *headers = CCDK__NT(app, c->allowed_headers, "allowedHeaders");
        const char *const *methods = CCDK__NT(app, c->allowed_methods, "allowedMethods");
        const char *const *origins = CCDK__NT(app, c->allowed_origins, "allowedOrigins");
        const char *const *exposed = CCDK__NT(app, c->exposed_headers, "exposedHeaders");
        if (headers)
            ccdk__v_set(cors, "AllowHeaders", strlist(app, headers));
        static const char *const all[] = {"*", NULL};
        ccdk__v_set(cors, "AllowMethods", strlist(app, methods ? methods : all));
        if (origins)
            ccdk__v_set(cors, "AllowOrigins", strlist(app, origins));
        if (exposed)
            ccdk__v_set(cors, "ExposeHeaders", strlist(app, exposed));
        if (ccdk_duration_is_set(c->max_age)) {
            double s = ccdk__duration_to_seconds(u, c->max_age, 1);
            if (!c->max_age.token && s > 86400) { /* !maxAge.isUnresolved() && ... */
                ccdk__buf b = {0};
                ccdk__json_write_number(&b, s);
                ccdk__error(u, "FunctionUrl CORS maxAge should be less than or equal to 86400 secs (got %s)", b.data);
                ccdk__buf_free(&b);
            }
            ccdk__v_set(cors, "MaxAge", ccdk__v_num_or_token(app, s, c->max_age.token));
        }
    }
    ccdk_cfn_resource *r = ccdk__l1(u, "Resource", "AWS::Lambda::Url", "aws-cdk-lib.aws_lambda.CfnUrl");
    u->resource = r;
    ccdk__res_set(r, "AuthType", ccdk__v_str(app, u->auth_type == CCDK_LAMBDA_URL_AUTH_NONE ? "NONE" : "AWS_IAM"));
    if (cors)
        ccdk__res_set(r, "Cors", cors);
    if (props->invoke_mode)
        ccdk__res_set(r, "InvokeMode",
                      ccdk__v_str(app, props->invoke_mode == CCDK_LAMBDA_INVOKE_MODE_BUFFERED ? "BUFFERED" : "RESPONSE_STREAM"));
    ccdk__res_set(r, "TargetFunctionArn", ccdk__v_from_string(app, target->arn));
    if (alias)
        ccdk__res_set(r, "Qualifier", ccdk__v_from_string(app, alias->alias_name));
    if (alias && alias->resource)
        ccdk_node_add_dependency(r, alias->resource);
    u->url = ccdk_cfn_resource_get_att(r, "FunctionUrl");
    u->function_arn = ccdk_cfn_resource_get_att(r, "FunctionArn");
    if (props->auth_type == CCDK_LAMBDA_URL_AUTH_NONE) {
        ccdk_lambda_permission p1 = {.principal = ccdk_iam_any_principal(u),
                                     .action = "lambda:InvokeFunctionUrl",
                                     .function_url_auth_type = CCDK_LAMBDA_URL_AUTH_NONE};
        ccdk__add_permission(fb, "invoke-function-url", &p1);
        ccdk_lambda_permission p2 = {.principal = ccdk_iam_any_principal(u),
                                     .action = "lambda:InvokeFunction",
                                     .invoked_via_function_url = CCDK_TRUE};
        ccdk__add_permission(fb, "invoke-function", &p2);
    }
    return u;
}

ccdk_lambda_function_url *ccdk_lambda_function_add_function_url(void *fn, const ccdk_lambda_function_url_options *o)
{
    if (!ccdk__target_ok(fn, __func__))
        return NULL;
    ccdk__fnbase *fb = ccdk__fnbase_of(fn);
    if (!fb)
        return NULL;
    static const ccdk_lambda_function_url_options none;
    if (!o)
        o = &none;
    ccdk_lambda_function_url_props p = {.function = fn, .auth_type = o->auth_type, .cors = o->cors, .invoke_mode = o->invoke_mode};
    return ccdk_lambda_function_url_new(fn, "FunctionUrl", &p);
}

const char *ccdk_lambda_function_url_url(ccdk_lambda_function_url *u) { return ccdk__handle_ok(u, __func__) ? u->url : NULL; }
const char *ccdk_lambda_function_url_function_arn(ccdk_lambda_function_url *u) { return ccdk__handle_ok(u, __func__) ? u->function_arn : NULL; }
ccdk_cfn_resource *ccdk_lambda_function_url_resource(ccdk_lambda_function_url *u) { return ccdk__handle_ok(u, __func__) ? u->resource : NULL; }
ccdk_lambda_url_auth_type ccdk_lambda_function_url_auth_type(ccdk_lambda_function_url *u)
{
    return ccdk__handle_ok(u, __func__) ? u->auth_type : CCDK_LAMBDA_URL_AUTH_UNSET;
}

void ccdk_lambda_function_url_grant_invoke_url(ccdk_lambda_function_url *u, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(u, __func__))
        return;
    if (u->function)
        ccdk_lambda_function_grant_invoke_url(u->function, grantee);
}
