/* runtime_management.c - Function prop runtimeManagementMode (lambda.RuntimeManagementMode): the
 * RuntimeManagementConfig property, {UpdateRuntimeOn} or {RuntimeVersionArn, UpdateRuntimeOn}. */
#include "lambda_internal.h"

const ccdk_lambda_runtime_management_mode ccdk_lambda_runtime_management_mode_auto = {"Auto", NULL};
const ccdk_lambda_runtime_management_mode ccdk_lambda_runtime_management_mode_function_update = {"FunctionUpdate", NULL};

const ccdk_lambda_runtime_management_mode *ccdk_lambda_runtime_management_mode_manual(void *owner, const char *arn)
{
    ccdk_app *app = ccdk__app_of(owner);
    ccdk_lambda_runtime_management_mode *m = ccdk__alloc(app, sizeof *m);
    m->mode = "Manual";
    m->runtime_version_arn = arn ? ccdk__strdup(app, arn) : NULL;
    return m;
}

/* runtimeManagementConfig: props.runtimeManagementMode?.runtimeManagementConfig (an arn that is
 * falsy, as "", gives the form without it, as RuntimeManagementMode's constructor) */
void ccdk__fn_step_runtime_management(ccdk__fn_ctor *c)
{
    const ccdk_lambda_runtime_management_mode *m = c->props->runtime_management_mode;
    if (!m || !c->fn->resource)
        return;
    ccdk_value *o = ccdk__v_obj(c->app);
    if (m->runtime_version_arn && *m->runtime_version_arn)
        ccdk__v_set(o, "RuntimeVersionArn", ccdk__v_from_string(c->app, m->runtime_version_arn));
    if (m->mode)
        ccdk__v_set(o, "UpdateRuntimeOn", ccdk__v_from_string(c->app, m->mode));
    ccdk__res_set(c->fn->resource, "RuntimeManagementConfig", o);
}
