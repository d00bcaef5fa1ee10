/* params_and_secrets.c - Function prop paramsAndSecrets (lambda.ParamsAndSecretsLayerVersion):
 * Function.configureParamsAndSecretsExtension, the ParamsAndSecretsLayer (fromVersion: looked up per
 * region and architecture in the generated layer_tables.c; fromVersionArn: the ARN given) and the
 * extension's environment variables from its options, with aws-cdk-lib's defaults and checks. */
#include <string.h>

#include "ccdk/lambda_versions.h"
#include "insights_table.h"
#include "lambda_internal.h"
#include "layer_tables.h"

struct ps_fact {
    const char *version, *arch;
};

/* ParamsAndSecretsLayerVersion.getVersionArn(scope, version, architecture) */
static const char *version_arn(ccdk_lambda_function *fn, const struct ps_fact *f)
{
    ccdk_stack *stack = fn->base.node.stack;
    ccdk_app *app = fn->base.node.app;
    /* region-info's facts: the built-in ones, or those ccdk_fact_register gave the App (as
     * aws-cdk-lib's Fact.register) */
    const char *fact = ccdk__sprintf(app, "params-and-secrets-layer:%s_%s", ccdk__replace_all(app, f->version, ".", "_"), f->arch);
    if (stack->region && !ccdk__is_unresolved(stack->region)) {
        const char *arn = ccdk__fact_find(app, stack->region, fact);
        if (!arn)
            ccdk__error(fn, "Parameters and Secrets Extension is not supported in region %s for %s architecture",
                        stack->region, f->arch);
        return arn;
    }
    return ccdk__regional_fact_agnostic(stack, stack, fact, NULL);
}

/* a number option as value.toString() writes it: a token stays a token */
static const char *num_env(ccdk_app *app, ccdk_opt_num n, double def)
{
    if (n.set && n.token)
        return n.token;
    return ccdk__num_string(app, n.set ? n.value : def);
}

/* a number option as aws-cdk-lib's range checks see it: they test no isUnresolved(), so a number
 * token is its encoded double, a huge negative number, below every minimum (CCDK__TOKEN_NUMBER: the
 * digits of aws-cdk-lib's differ by the token's index, which starts at random) */
static double opt_num_value(ccdk_opt_num n)
{
    return n.token ? CCDK__TOKEN_NUMBER : n.value;
}

/* environmentVariablesFromOptions(fn): NULL after an error */
static int options_check(ccdk_lambda_function *fn, const ccdk_lambda_params_and_secrets *p)
{
    ccdk_app *app = fn->base.node.app;
    double v = opt_num_value(p->cache_size);
    if (p->cache_size.set && (v < 0 || v > 1000)) {
        ccdk__error(fn, "Cache size must be between 0 and 1000 inclusive - provided: %s", ccdk__num_string(app, v));
        return 0;
    }
    v = opt_num_value(p->http_port);
    if (p->http_port.set && (v < 1 || v > 65535)) {
        ccdk__error(fn, "HTTP port must be between 1 and 65535 inclusive - provided: %s", ccdk__num_string(app, v));
        return 0;
    }
    v = opt_num_value(p->max_connections);
    if (p->max_connections.set && v < 1) {
        ccdk__error(fn, "Maximum connections must be at least 1 - provided: %s", ccdk__num_string(app, v));
        return 0;
    }
    int ok = 1;
    if (ccdk_duration_is_set(p->secrets_manager_ttl)) {
        double s = ccdk__duration_convert(fn, p->secrets_manager_ttl, CCDK_TIME_SECONDS, 1, &ok);
        if (!ok)
            return 0;
        if (s > 300) {
            ccdk__error(fn, "Maximum TTL for a cached secret is 300 seconds - provided: %s seconds", ccdk__num_string(app, s));
            return 0;
        }
    }
    if (ccdk_duration_is_set(p->parameter_store_ttl)) {
        double s = ccdk__duration_convert(fn, p->parameter_store_ttl, CCDK_TIME_SECONDS, 1, &ok);
        if (!ok)
            return 0;
        if (s > 300) {
            ccdk__error(fn, "Maximum TTL for a cached parameter is 300 seconds - provided: %s seconds", ccdk__num_string(app, s));
            return 0;
        }
    }
    return 1;
}

/* a Duration option in unit (toMilliseconds() / toSeconds()), or def when not given; NULL after an
 * error. A token duration (the TTL checks above let it pass) stays a token, as num_env's. */
static const char *duration_env(ccdk_lambda_function *fn, ccdk_duration d, ccdk_time_unit unit, double def)
{
    int ok = 1;
    double v = ccdk_duration_is_set(d) ? ccdk__duration_convert(fn, d, unit, 1, &ok) : def;
    if (ok && ccdk_duration_is_unresolved(d))
        return d.token;
    return ok ? ccdk__num_string(fn->base.node.app, v) : NULL;
}

void ccdk__fn_step_params_and_secrets(ccdk__fn_ctor *c)
{
    const ccdk_lambda_params_and_secrets *p = c->props->params_and_secrets;
    ccdk_lambda_function *fn = c->fn;
    ccdk_app *app = c->app;
    if (!p)
        return;
    if (!p->version == !p->version_arn) {
        ccdk__error(fn, "paramsAndSecrets: give exactly one of version (fromVersion) and version_arn (fromVersionArn)");
        return;
    }
    const char *arn = p->version_arn;
    if (!arn) {
        struct ps_fact f = {p->version, fn->architecture ? fn->architecture->name : "x86_64"};
        if (!(arn = version_arn(fn, &f)))
            return;
    }
    if (!options_check(fn, p))
        return;
    static const char *const levels[] = {"info", "debug", "info", "warn", "error", "none"};
    if ((size_t)p->log_level >= sizeof levels / sizeof *levels)
        return; /* none of the constants: an error already (function.c's validate_enums) */
    const char *sm_timeout = duration_env(fn, p->secrets_manager_timeout, CCDK_TIME_MILLIS, 0);
    const char *sm_ttl = duration_env(fn, p->secrets_manager_ttl, CCDK_TIME_SECONDS, 300);
    const char *ssm_timeout = duration_env(fn, p->parameter_store_timeout, CCDK_TIME_MILLIS, 0);
    const char *ssm_ttl = duration_env(fn, p->parameter_store_ttl, CCDK_TIME_SECONDS, 300);
    if (!sm_timeout || !sm_ttl || !ssm_timeout || !ssm_ttl)
        return;
    ccdk_lambda_layer_version *l = ccdk_lambda_layer_version_from_layer_version_arn(fn, "ParamsAndSecretsLayer", arn);
    ccdk_lambda_function_add_layers(fn, (ccdk_lambda_layer_list)CCDK_LIST(l));
    ccdk_lambda_function_add_environment(fn, "PARAMETERS_SECRETS_EXTENSION_CACHE_ENABLED",
                                         ccdk__tri_false(p->cache_enabled) ? "false" : "true");
    ccdk_lambda_function_add_environment(fn, "PARAMETERS_SECRETS_EXTENSION_CACHE_SIZE", num_env(app, p->cache_size, 1000));
    ccdk_lambda_function_add_environment(fn, "PARAMETERS_SECRETS_EXTENSION_HTTP_PORT", num_env(app, p->http_port, 2773));
    ccdk_lambda_function_add_environment(fn, "PARAMETERS_SECRETS_EXTENSION_LOG_LEVEL", levels[p->log_level]);
    ccdk_lambda_function_add_environment(fn, "PARAMETERS_SECRETS_EXTENSION_MAX_CONNECTIONS", num_env(app, p->max_connections, 3));
    ccdk_lambda_function_add_environment(fn, "SECRETS_MANAGER_TIMEOUT_MILLIS", sm_timeout);
    ccdk_lambda_function_add_environment(fn, "SECRETS_MANAGER_TTL", sm_ttl);
    ccdk_lambda_function_add_environment(fn, "SSM_PARAMETER_STORE_TIMEOUT_MILLIS", ssm_timeout);
    ccdk_lambda_function_add_environment(fn, "SSM_PARAMETER_STORE_TTL", ssm_ttl);
}
