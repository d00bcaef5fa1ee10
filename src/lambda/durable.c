/* durable.c - Function prop durableConfig (lambda.DurableConfig): Function.renderDurableConfig, the
 * DurableConfig property {ExecutionTimeout, RetentionPeriodInDays}. (The managed policy of the new
 * role, AWSLambdaBasicDurableExecutionRolePolicy, is chosen in function.c's step "execution role".) */
#include "lambda_internal.h"

void ccdk__fn_step_durable(ccdk__fn_ctor *c)
{
    const ccdk_lambda_durable_config *d = c->props->durable_config;
    ccdk_lambda_function *fn = c->fn;
    if (!d || !fn->resource)
        return;
    /* addInfoV2 appends the acknowledgement hint */
    ccdk_annotations_add_info(fn, "Modifying an existing lambda to use durability will trigger a resource replacement "
                                  "[ack: aws-lambda:Function.DurableConfig]");
    if (!ccdk_duration_is_set(d->execution_timeout)) {
        /* executionTimeout is required (TypeScript refuses the props without it) */
        ccdk__error(fn, "durableConfig.executionTimeout is required");
        return;
    }
    int ok = 1;
    double t = ccdk__duration_convert(fn, d->execution_timeout, CCDK_TIME_SECONDS, 1, &ok);
    if (!ok)
        return;
    /* !executionTimeout.isUnresolved() && ... (and retentionPeriod's): a token is not checked */
    if (!d->execution_timeout.token && (t < 1 || t > 31622400)) {
        ccdk__error(fn, "executionTimeout must be between 1 and 31622400 seconds, got %s", ccdk__num_string(c->app, t));
        return;
    }
    ccdk_value *o = ccdk__v_obj(c->app);
    ccdk__v_set(o, "ExecutionTimeout", ccdk__v_num_or_token(c->app, t, d->execution_timeout.token));
    if (ccdk_duration_is_set(d->retention_period)) {
        double days = ccdk__duration_convert(fn, d->retention_period, CCDK_TIME_DAYS, 1, &ok);
        if (!ok)
            return;
        if (!d->retention_period.token && (days < 1 || days > 90)) {
            ccdk__error(fn, "retentionPeriodInDays must be between 1 and 90 days, got %s", ccdk__num_string(c->app, days));
            return;
        }
        ccdk__v_set(o, "RetentionPeriodInDays", ccdk__v_num_or_token(c->app, days, d->retention_period.token));
    }
    ccdk__res_set(fn->resource, "DurableConfig", o);
}
