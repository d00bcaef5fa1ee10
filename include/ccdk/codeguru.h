/* ccdk/codeguru.h - Amazon CodeGuru Profiler: ProfilingGroup (aws-cdk-lib/aws-codeguruprofiler),
 * as Lambda's `profiling` / `profilingGroup` props need it. */
#ifndef CCDK_CODEGURU_H
#define CCDK_CODEGURU_H

#include "ccdk/core.h"
#include "ccdk/iam.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ccdk_codeguru_profiling_group ccdk_codeguru_profiling_group;

typedef enum {
    CCDK_CODEGURU_COMPUTE_PLATFORM_UNSET = 0,
    CCDK_CODEGURU_COMPUTE_PLATFORM_AWS_LAMBDA, /* "AWSLambda" */
    CCDK_CODEGURU_COMPUTE_PLATFORM_DEFAULT     /* "Default" */
} ccdk_codeguru_compute_platform;

typedef struct {
    /** Default: Names.uniqueId of the group (cut to 240 characters). */
    const char *profiling_group_name;
    ccdk_codeguru_compute_platform compute_platform;
} ccdk_codeguru_profiling_group_props;

/** new ProfilingGroup(scope, id, props): props may be NULL. */
ccdk_codeguru_profiling_group *ccdk_codeguru_profiling_group_new(void *scope, const char *id,
                                                                 const ccdk_codeguru_profiling_group_props *props);
/** Attributes, as string tokens. */
const char *ccdk_codeguru_profiling_group_name(ccdk_codeguru_profiling_group *g);
const char *ccdk_codeguru_profiling_group_arn(ccdk_codeguru_profiling_group *g);
/** The region of the group's environment (its stack's region). */
const char *ccdk_codeguru_profiling_group_region(ccdk_codeguru_profiling_group *g);
ccdk_cfn_resource *ccdk_codeguru_profiling_group_resource(ccdk_codeguru_profiling_group *g);
/** grantPublish: codeguru-profiler:ConfigureAgent, PostAgentProfile. grantRead: GetProfile, DescribeProfilingGroup. */
void ccdk_codeguru_profiling_group_grant_publish(ccdk_codeguru_profiling_group *g, ccdk_iam_principal *grantee);
void ccdk_codeguru_profiling_group_grant_read(ccdk_codeguru_profiling_group *g, ccdk_iam_principal *grantee);

#ifdef __cplusplus
}
#endif
#endif
