/* profiling.c - Function props profiling / profilingGroup (CodeGuru Profiler). */
#include <string.h>

#include "ccdk/codeguru.h"
#include "lambda_internal.h"

static const char *const profiler_env[] = {"AWS_CODEGURU_PROFILER_GROUP_NAME", "AWS_CODEGURU_PROFILER_GROUP_ARN",
                                           "AWS_CODEGURU_PROFILER_TARGET_REGION", "AWS_CODEGURU_PROFILER_ENABLED", NULL};

/* Function.validateProfiling; 0 after an error. */
static int validate_profiling(ccdk_lambda_function *fn, const ccdk_lambda_function_props *props)
{
    if (props->runtime && !props->runtime->supports_code_guru_profiling) {
        ccdk__error(fn, "CodeGuru profiling is not supported by runtime %s", props->runtime->name);
        return 0;
    }
    for (const ccdk_kv *kv = CCDK__NT(fn->base.node.app, props->environment, "environment"); kv && kv->key; kv++)
        for (const char *const *e = profiler_env; *e; e++)
            if (!strcmp(kv->key, *e) && kv->value && *kv->value) {
                ccdk__warning(fn, NULL,
                              "AWS_CODEGURU_PROFILER_GROUP_NAME, AWS_CODEGURU_PROFILER_GROUP_ARN, "
                              "AWS_CODEGURU_PROFILER_TARGET_REGION, and AWS_CODEGURU_PROFILER_ENABLED should not be set "
                              "when profiling options enabled");
                return 1;
            }
    return 1;
}

void ccdk__fn_step_profiling(ccdk__fn_ctor *c)
{
    ccdk_lambda_function *fn = c->fn;
    const ccdk_lambda_function_props *props = c->props;
    ccdk_codeguru_profiling_group *g = NULL;
    if (props->profiling_group && !ccdk__tri_false(props->profiling)) {
        if (!validate_profiling(fn, props))
            return;
        g = props->profiling_group;
    } else if (ccdk__tri_true(props->profiling)) {
        if (!validate_profiling(fn, props))
            return;
        ccdk_codeguru_profiling_group_props gp = {.compute_platform = CCDK_CODEGURU_COMPUTE_PLATFORM_AWS_LAMBDA};
        g = ccdk_codeguru_profiling_group_new(fn, "ProfilingGroup", &gp);
    } else {
        return;
    }
    ccdk_codeguru_profiling_group_grant_publish(g, ccdk_iam_role_principal(fn->base.role));
    ccdk_lambda_function_add_environment(fn, "AWS_CODEGURU_PROFILER_GROUP_NAME", ccdk_codeguru_profiling_group_name(g));
    ccdk_lambda_function_add_environment(fn, "AWS_CODEGURU_PROFILER_TARGET_REGION", ccdk_codeguru_profiling_group_region(g));
    ccdk_lambda_function_add_environment(fn, "AWS_CODEGURU_PROFILER_GROUP_ARN", ccdk_codeguru_profiling_group_arn(g));
    ccdk_lambda_function_add_environment(fn, "AWS_CODEGURU_PROFILER_ENABLED", "TRUE");
}
