/* snapstart.c - Function prop snapStart (lambda.SnapStartConf): Function.configureSnapStart, its
 * warning, its checks (runtime, tenant isolation, EFS, ephemeral storage) and the SnapStart property. */
#include "lambda_internal.h"

const ccdk_lambda_snap_start_conf ccdk_lambda_snap_start_conf_on_published_versions = {"PublishedVersions"};

void ccdk__fn_step_snap_start(ccdk__fn_ctor *c)
{
    const ccdk_lambda_function_props *props = c->props;
    ccdk_lambda_function *fn = c->fn;
    if (!props->snap_start || !fn->resource)
        return;
    ccdk__warning(fn, "@aws-cdk/aws-lambda:snapStartRequirePublish",
                  "SnapStart only supports published Lambda versions. Ignore if function already has published versions.");
    if (props->runtime && props->runtime != CCDK_LAMBDA_RUNTIME_FROM_IMAGE && !props->runtime->supports_snap_start) {
        ccdk__error(fn, "SnapStart currently not supported by runtime %s", props->runtime->name);
        return;
    }
    if (props->tenancy_config && props->tenancy_config->tenant_isolation_mode) {
        ccdk__error(fn, "SnapStart is not supported for functions with tenant isolation mode");
        return;
    }
    if (props->filesystem) {
        ccdk__error(fn, "SnapStart is currently not supported using EFS");
        return;
    }
    if (props->ephemeral_storage_size.unit != CCDK_SIZE_UNSET &&
        ccdk__size_to_mebibytes(fn, props->ephemeral_storage_size) > 512) {
        ccdk__error(fn, "SnapStart is currently not supported using more than 512 MiB Ephemeral Storage");
        return;
    }
    ccdk_value *o = ccdk__v_obj(c->app);
    if (props->snap_start->apply_on)
        ccdk__v_set(o, "ApplyOn", ccdk__v_from_string(c->app, props->snap_start->apply_on));
    ccdk__res_set(fn->resource, "SnapStart", o);
}
