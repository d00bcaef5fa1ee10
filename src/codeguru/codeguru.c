/* codeguru.c - codeguruprofiler.ProfilingGroup (aws-cdk-lib/aws-codeguruprofiler). */
#include <string.h>

#include "ccdk/codeguru.h"
#include "internal.h"

struct ccdk_codeguru_profiling_group {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    const char *name, *arn, *region;
};

static const ccdk__kind kind_group = {.fqn = "aws-cdk-lib.aws_codeguruprofiler.ProfilingGroup"};
static const ccdk__kind kind_imported_group = {.fqn = "aws-cdk-lib.Resource", .class_name = "Import"};

ccdk_codeguru_profiling_group *ccdk_codeguru_profiling_group_new(void *scope, const char *id,
                                                                 const ccdk_codeguru_profiling_group_props *props)
{
    ccdk__node *s = ccdk__scope(scope);
    ccdk_app *app = s->app;
    ccdk_codeguru_profiling_group *g = ccdk__alloc(app, sizeof *g);
    ccdk__node_init(&g->node, &kind_group, scope, id);
    if (props)
        CCDK__ENUM_OK(g, props->compute_platform, ccdk_codeguru_compute_platform, CCDK_CODEGURU_COMPUTE_PLATFORM_UNSET,
                      CCDK_CODEGURU_COMPUTE_PLATFORM_DEFAULT, "computePlatform");
    /* physicalName: props.profilingGroupName ?? Lazy(generateUniqueId) */
    const char *name = props ? props->profiling_group_name : NULL;
    if (!name) {
        const char *u = ccdk__node_unique_id(&g->node);
        size_t n = strlen(u);
        name = n > 240 ? ccdk__sprintf(app, "%.120s%s", u, u + n - 120) : u;
    }
    ccdk_cfn_resource *r = ccdk__l1(g, "ProfilingGroup", "AWS::CodeGuruProfiler::ProfilingGroup", "aws-cdk-lib.aws_codeguruprofiler.CfnProfilingGroup");
    r->tag_kind = 1;
    g->resource = r;
    ccdk__res_set(r, "ProfilingGroupName", ccdk__v_from_string(app, name));
    if (props && props->compute_platform)
        ccdk__res_set(r, "ComputePlatform",
                      ccdk__v_str(app, props->compute_platform == CCDK_CODEGURU_COMPUTE_PLATFORM_AWS_LAMBDA ? "AWSLambda"
                                                                                                        : "Default"));
    /* profilingGroupName, profilingGroupArn: memoized getters, made at their first read (token.c) */
    g->name = ccdk__token_mark_unread(app, ccdk_cfn_resource_ref(r));
    g->arn = ccdk__token_mark_unread(app, ccdk_cfn_resource_get_att(r, "Arn"));
    g->region = ccdk_stack_region(g->node.stack);
    return g;
}

ccdk_codeguru_profiling_group *ccdk_codeguru_profiling_group_from_profiling_group_arn(void *scope, const char *id,
                                                                                     const char *arn)
{
    ccdk__node *s = ccdk__scope(scope);
    ccdk_app *app = s->app;
    ccdk_codeguru_profiling_group *g = ccdk__alloc(app, sizeof *g);
    ccdk__node_init(&g->node, &kind_imported_group, scope, id);
    if (!ccdk__arn_check(g, arn)) {
        g->name = g->arn = g->region = "";
        return g;
    }
    /* profilingGroupName: splitArn(arn, SLASH_RESOURCE_NAME).resourceName; env from the ARN
     * (Resource's environmentFromArn): its region */
    g->arn = ccdk__strdup(app, arn);
    g->name = ccdk__arn_slash_resource_name(g, arn);
    g->region = ccdk__arn_component(g, arn, 3);
    return g;
}

ccdk_codeguru_profiling_group *ccdk_codeguru_profiling_group_from_profiling_group_name(void *scope, const char *id,
                                                                                      const char *name)
{
    ccdk__node *s = ccdk__scope(scope);
    /* Stack.of(scope).formatArn({service: 'codeguru-profiler', resource: 'profilingGroup', resourceName}) */
    const char *arn = s->stack && name ? ccdk_stack_format_arn(s->stack, "codeguru-profiler", "profilingGroup", "/", name) : NULL;
    return ccdk_codeguru_profiling_group_from_profiling_group_arn(scope, id, arn);
}

const char *ccdk_codeguru_profiling_group_name(ccdk_codeguru_profiling_group *g) { return CCDK__MEMO_GET(g, name); }
const char *ccdk_codeguru_profiling_group_arn(ccdk_codeguru_profiling_group *g) { return CCDK__MEMO_GET(g, arn); }
const char *ccdk_codeguru_profiling_group_region(ccdk_codeguru_profiling_group *g) { return ccdk__handle_ok(g, __func__) ? g->region : NULL; }
ccdk_cfn_resource *ccdk_codeguru_profiling_group_resource(ccdk_codeguru_profiling_group *g) { return ccdk__handle_ok(g, __func__) ? g->resource : NULL; }

void ccdk_codeguru_profiling_group_grant_publish(ccdk_codeguru_profiling_group *g, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(g, __func__))
        return;
    ccdk_iam_grant_add_to_principal(grantee, CCDK_STRS("codeguru-profiler:ConfigureAgent", "codeguru-profiler:PostAgentProfile"),
                                    CCDK_STRS(g->arn));
}

void ccdk_codeguru_profiling_group_grant_read(ccdk_codeguru_profiling_group *g, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(g, __func__))
        return;
    ccdk_iam_grant_add_to_principal(grantee, CCDK_STRS("codeguru-profiler:GetProfile", "codeguru-profiler:DescribeProfilingGroup"),
                                    CCDK_STRS(g->arn));
}
