/* tenancy.c - Function prop tenancyConfig (lambda.TenancyConfig): the TenancyConfig property
 * (SnapStart refuses it: snapstart.c). */
#include "lambda_internal.h"

const ccdk_lambda_tenancy_config ccdk_lambda_tenancy_config_per_tenant = {"PER_TENANT"};

void ccdk__fn_step_tenancy(ccdk__fn_ctor *c)
{
    const ccdk_lambda_tenancy_config *t = c->props->tenancy_config;
    if (!t || !c->fn->resource)
        return;
    /* this.tenancyConfig: Version, Alias and addEventSource check it later; a copy, as props may not live */
    ccdk_lambda_tenancy_config *kept = ccdk__alloc(c->app, sizeof *kept);
    kept->tenant_isolation_mode = t->tenant_isolation_mode ? ccdk__strdup(c->app, t->tenant_isolation_mode) : NULL;
    c->fn->tenancy_config = kept;
    ccdk_value *o = ccdk__v_obj(c->app);
    if (t->tenant_isolation_mode)
        ccdk__v_set(o, "TenantIsolationMode", ccdk__v_from_string(c->app, t->tenant_isolation_mode));
    ccdk__res_set(c->fn->resource, "TenancyConfig", o);
}

int ccdk__tenant_isolated(const ccdk_lambda_function *fn)
{
    return fn && fn->tenancy_config && fn->tenancy_config->tenant_isolation_mode;
}
