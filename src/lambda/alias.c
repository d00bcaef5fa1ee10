/* alias.c - lambda.Alias (alias.js): CfnAlias with routing config and provisioned concurrency, the
 * async invoke config, fn.addAlias / version.addAlias, Alias.fromAliasAttributes. */
#include <string.h>

#include "ccdk/lambda_versions.h"
#include "lambda_internal.h"

static const ccdk__kind kind_alias = {.fqn = "aws-cdk-lib.aws_lambda.Alias", .class_name = "Alias2"};
/* fromAliasAttributes' class Imported extends QualifiedFunctionBase (constructor.name in messages) */
static const ccdk__kind kind_alias_import = {.fqn = "aws-cdk-lib.aws_lambda.QualifiedFunctionBase", .class_name = "Imported"};

/* An alias (new or imported) takes its function, role and principal from its version. */
static ccdk_lambda_function *bind_version(ccdk_lambda_alias *a, ccdk_lambda_version *ver, const char *name)
{
    a->alias_name = ccdk__strdup(a->base.node.app, name);
    a->version = ver;
    a->base.lambda = ver->base.lambda;
    a->base.role = ver->base.role;
    a->base.grant_principal = ver->base.grant_principal;
    return ver->base.lambda;
}

/* alias.functionName is `${Fn.select(6, Fn.split(':', functionArn))}:${aliasName}` and the qualifier
 * Fn.select(7, ...): made when resolved, not for every alias whether used or not (they were ~20
 * values and tokens an alias, a third of its memory). The resolved output is the same. */
static ccdk_value *alias_arn_part(ccdk_lambda_alias *a, int index)
{
    return ccdk__v_from_string(a->base.node.app, ccdk_fn_select(a, index, ccdk_fn_split(a, ":", a->base.arn)));
}
static ccdk_value *alias_name_part(void *ctx) { return alias_arn_part(ctx, 6); }
static ccdk_value *alias_qualifier_part(void *ctx) { return alias_arn_part(ctx, 7); }

ccdk_lambda_alias *ccdk_lambda_alias_new(void *scope, const char *id, const ccdk_lambda_alias_props *props)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_lambda_alias *a = ccdk__alloc(app, sizeof *a);
    ccdk__fnbase_init(&a->base, &kind_alias, scope, id, CCDK__FN_ALIAS);
    a->base.can_create_permissions = 1;
    if (!props || !props->alias_name || !props->version) {
        ccdk__error(a, "aliasName and version are required");
        return a;
    }
    ccdk_lambda_version *ver = props->version;
    ccdk_lambda_function *fn = bind_version(a, ver, props->alias_name);
    /* provisionedConcurrentExecutions on a function with tenant isolation (issue 16) */
    if (props->provisioned_concurrent_executions.set &&
        (props->provisioned_concurrent_executions.token || props->provisioned_concurrent_executions.value != 0) &&
        ccdk__tenant_isolated(fn)) {
        /* aws-cdk-lib throws here; ccdk records the error and makes the whole construct all the same,
         * so that later calls on it (grants, URLs, ...) find its ARN */
        ccdk__error(a, "Provisioned Concurrency is not supported for functions with tenant isolation mode");
    }

    /* determineRoutingConfig */
    ccdk_value *routing = NULL;
    const ccdk_lambda_version_weight *additional = CCDK__NT(app, props->additional_versions, "additionalVersions");
    if (additional && additional[0].version) {
        double total = 0;
        int ok = 1;
        for (const ccdk_lambda_version_weight *w = additional; w->version; w++) {
            if (w->weight < 0 || w->weight > 1) {
                ccdk__error(a, "Additional version weight must be between 0 and 1, got: %s", ccdk__num_string(app, w->weight));
                ok = 0;
                break;
            }
            total = w == additional ? w->weight : total + w->weight;
        }
        if (ok && total > 1)
            ccdk__error(a, "Sum of additional version weights must not exceed 1, got: %s", ccdk__num_string(app, total));
        ccdk_value *list = ccdk__v_list(app);
        for (const ccdk_lambda_version_weight *w = additional; w->version; w++) {
            ccdk_value *o = ccdk__v_obj(app);
            ccdk__v_set(o, "FunctionVersion", ccdk__v_from_string(app, w->version->version));
            ccdk__v_set(o, "FunctionWeight", ccdk__v_num(app, w->weight));
            ccdk__v_push(list, o);
        }
        routing = ccdk__v_obj(app);
        ccdk__v_set(routing, "AdditionalVersionWeights", list);
    }
    ccdk_value *pc = NULL;
    if (props->provisioned_concurrent_executions.set &&
        (props->provisioned_concurrent_executions.token || props->provisioned_concurrent_executions.value != 0)) {
        if (!props->provisioned_concurrent_executions.token && props->provisioned_concurrent_executions.value <= 0)
            ccdk__error(a, "provisionedConcurrentExecutions must have value greater than or equal to 1");
        pc = ccdk__v_obj(app);
        ccdk__v_set(pc, "ProvisionedConcurrentExecutions", ccdk__v_opt_num(app, props->provisioned_concurrent_executions));
    }
    ccdk_cfn_resource *r = ccdk__l1(a, "Resource", "AWS::Lambda::Alias", "aws-cdk-lib.aws_lambda.CfnAlias");
    a->resource = r;
    ccdk__res_set(r, "Name", ccdk__v_from_string(app, a->alias_name));
    if (props->description)
        ccdk__res_set(r, "Description", ccdk__v_from_string(app, props->description));
    ccdk__res_set(r, "FunctionName", ccdk__v_from_string(app, fn ? fn->base.name : ""));
    ccdk__res_set(r, "FunctionVersion", ccdk__v_from_string(app, ver->version));
    if (routing)
        ccdk__res_set(r, "RoutingConfig", routing);
    if (pc)
        ccdk__res_set(r, "ProvisionedConcurrencyConfig", pc);

    /* iam.Role.fromRoleArn(this, 'ScalingRole', the service-linked role of Application Auto Scaling) */
    ccdk_stack *s = a->base.node.stack;
    const char *role_arn = ccdk__sprintf(app,
                                         "arn:%s:iam::%s:role/aws-service-role/lambda.application-autoscaling.amazonaws.com/"
                                         "AWSServiceRoleForApplicationAutoScaling_LambdaConcurrency",
                                         ccdk_stack_partition(s), ccdk_stack_account(s));
    a->scaling_role = ccdk_iam_role_from_role_arn(a, "ScalingRole", role_arn);

    /* alias.functionArn: a memoized getter's, made (and numbered) at its first read (token.c) */
    a->base.arn = ccdk__token_mark_unread(app, ccdk_cfn_resource_ref(r));
    /* alias.functionName: a memoized getter too, its Fn.select made at its first read */
    a->base.name = ccdk__sprintf(app, "%s:%s", ccdk__token_mark_unread(app, ccdk__token_str(app, ccdk__v_lazy(app, alias_name_part, a))),
                                 a->alias_name);
    a->base.qualifier = ccdk__token_str(app, ccdk__v_lazy(app, alias_qualifier_part, a));
    if (props->on_failure || props->on_success || ccdk_duration_is_set(props->max_event_age) || props->retry_attempts.set)
        ccdk__configure_async_invoke_options(&a->base, &(ccdk_lambda_event_invoke_config_options){
            .on_failure = props->on_failure, .on_success = props->on_success,
            .max_event_age = props->max_event_age, .retry_attempts = props->retry_attempts}, a->base.qualifier);
    return a;
}

ccdk_lambda_alias *ccdk_lambda_function_add_alias(void *fn_or_version, const char *alias_name,
                                                  const ccdk_lambda_alias_options *o)
{
    ccdk__fnbase *fb = ccdk__fnbase_of(fn_or_version); /* not an IFunction: the error is recorded */
    ccdk_lambda_version *ver;
    if (fb && fb->fkind == CCDK__FN_FUNCTION) {
        ver = ccdk_lambda_function_current_version((ccdk_lambda_function *)fb);
    } else if (fb && (fb->fkind == CCDK__FN_VERSION || fb->fkind == CCDK__FN_LATEST)) {
        ver = (ccdk_lambda_version *)fb;
    } else {
        if (fb)
            ccdk__error(fb, "addAlias is only available on a Function or a Version");
        else if (!fn_or_version) /* no App to record it on */
            ccdk__process_error("%s: the function is NULL", __func__);
        ver = ccdk_lambda_function_current_version(ccdk__nil_function()); /* never NULL */
    }
    static const ccdk_lambda_alias_options none;
    if (!o)
        o = &none;
    ccdk_lambda_alias_props p = {
        .alias_name = alias_name,
        .version = ver,
        .description = o->description,
        .additional_versions = o->additional_versions,
        .provisioned_concurrent_executions = o->provisioned_concurrent_executions,
        .max_event_age = o->max_event_age,
        .retry_attempts = o->retry_attempts,
        .on_success = o->on_success,
        .on_failure = o->on_failure,
    };
    ccdk__fnbase *owner = fb ? fb : (ccdk__fnbase *)ccdk__nil_function(); /* NULL: the error is recorded */
    return ccdk_lambda_alias_new(owner, ccdk__sprintf(owner->node.app, "Alias%s", alias_name ? alias_name : ""), &p);
}

ccdk_lambda_alias *ccdk_lambda_version_add_alias(ccdk_lambda_version *version, const char *alias_name,
                                                 const ccdk_lambda_alias_options *options)
{
    if (!ccdk__target_ok(version, __func__))
        return NULL;
    return ccdk_lambda_function_add_alias(version, alias_name, options);
}

int ccdk__alias_is_import(const ccdk_lambda_alias *a) { return a->base.node.kind == &kind_alias_import; }

ccdk_lambda_alias *ccdk_lambda_alias_from_alias_attributes(void *scope, const char *id, const ccdk_lambda_alias_attributes *attrs)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_lambda_alias *a = ccdk__alloc(app, sizeof *a);
    ccdk__fnbase_init(&a->base, &kind_alias_import, scope, id, CCDK__FN_ALIAS);
    if (!attrs || !attrs->alias_name || !attrs->alias_version || !attrs->alias_version->base.lambda) {
        ccdk__error(a, "aliasName and aliasVersion are required");
        return a;
    }
    ccdk_lambda_version *ver = attrs->alias_version;
    ccdk_lambda_function *fn = bind_version(a, ver, attrs->alias_name);
    a->base.arn = ccdk__sprintf(app, "%s:%s", fn->base.arn, attrs->alias_name);
    a->base.name = ccdk__sprintf(app, "%s:%s", fn->base.name, attrs->alias_name);
    a->base.qualifier = a->alias_name;
    /* _isStackAccount() */
    ccdk_stack *s = a->base.node.stack;
    int same = 0;
    if (s && !ccdk__stack_is_env_agnostic_account(s) && !ccdk__is_unresolved(a->base.arn)) {
        const char *p = a->base.arn;
        for (int i = 0; i < 4 && p; i++)
            if ((p = strchr(p, ':')))
                p++;
        size_t n = strlen(s->account);
        same = p && !strncmp(p, s->account, n) && (p[n] == ':' || p[n] == 0);
    }
    a->base.can_create_permissions = same;
    return a;
}

const char *ccdk_lambda_alias_arn(ccdk_lambda_alias *a) { return ccdk__handle_ok(a, __func__) ? ccdk__fnbase_arn(&a->base) : NULL; }
const char *ccdk_lambda_alias_function_name(ccdk_lambda_alias *a)
{
    return ccdk__handle_ok(a, __func__) ? ccdk__fnbase_name(&a->base) : NULL;
}
const char *ccdk_lambda_alias_name(ccdk_lambda_alias *a) { return ccdk__handle_ok(a, __func__) ? a->alias_name : NULL; }
ccdk_lambda_version *ccdk_lambda_alias_version(ccdk_lambda_alias *a) { return ccdk__handle_ok(a, __func__) ? a->version : NULL; }
ccdk_cfn_resource *ccdk_lambda_alias_resource(ccdk_lambda_alias *a) { return ccdk__handle_ok(a, __func__) ? a->resource : NULL; }
ccdk_iam_role *ccdk_lambda_alias_role(ccdk_lambda_alias *a) { return ccdk__handle_ok(a, __func__) ? a->base.role : NULL; }
