/* ccdk/lambda_capacity_provider.h - lambda.CapacityProvider (aws-cdk-lib/aws-lambda/lib/
 * capacity-provider.ts): the EC2 capacity (Lambda Managed Instances) that functions run on, its
 * imports, and capacityProvider.addFunction(fn, options). */
#ifndef CCDK_LAMBDA_CAPACITY_PROVIDER_H
#define CCDK_LAMBDA_CAPACITY_PROVIDER_H

#include "ccdk/lambda.h"
#include "ccdk/kms.h"
#include "ccdk/logs.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ccdk_lambda_capacity_provider (ICapacityProvider: a CapacityProvider or an import) is declared
 * in ccdk/core.h. */

/* ================================================================== values */

/** InstanceTypeFilter.allow(types) / exclude(types); zero is "not given". A value; its members are
 *  not for users. */
typedef struct {
    int kind_; /* 0 not given, 1 allow, 2 exclude */
    ccdk_ec2_instance_type_list instance_types_;
} ccdk_lambda_instance_type_filter;
ccdk_lambda_instance_type_filter ccdk_lambda_instance_type_filter_allow(ccdk_ec2_instance_type_list instance_types);
ccdk_lambda_instance_type_filter ccdk_lambda_instance_type_filter_exclude(ccdk_ec2_instance_type_list instance_types);

/** TargetTrackingScalingPolicy.cpuUtilization(target): a value. */
typedef struct {
    const char *predefined_metric_type_; /* "LambdaCapacityProviderAverageCPUUtilization" */
    double target_value_;
} ccdk_lambda_target_tracking_scaling_policy;
typedef CCDK_LIST_TYPE(ccdk_lambda_target_tracking_scaling_policy) ccdk_lambda_target_tracking_scaling_policy_list;
ccdk_lambda_target_tracking_scaling_policy ccdk_lambda_target_tracking_scaling_policy_cpu_utilization(double target_cpu_utilization);

/** ScalingOptions.auto() / ScalingOptions.manual(policies); zero is "not given". A value. */
typedef struct {
    const char *scaling_mode_; /* "Auto", "Manual"; NULL: not given */
    ccdk_lambda_target_tracking_scaling_policy_list scaling_policies_;
} ccdk_lambda_scaling_options;
ccdk_lambda_scaling_options ccdk_lambda_scaling_options_auto(void);
ccdk_lambda_scaling_options ccdk_lambda_scaling_options_manual(ccdk_lambda_target_tracking_scaling_policy_list scaling_policies);

/** PropagateTags.none() / PropagateTags.explicit(tags); zero is "not given". A value (tags are not
 *  copied: keep them alive until the capacity provider is made). */
typedef struct {
    const char *mode_; /* "None", "Explicit"; NULL: not given */
    ccdk_kvs explicit_tags_;
} ccdk_lambda_propagate_tags;
ccdk_lambda_propagate_tags ccdk_lambda_propagate_tags_none(void);
ccdk_lambda_propagate_tags ccdk_lambda_propagate_tags_explicit(ccdk_kvs tags);

/* ================================================================== CapacityProvider */

typedef struct {
    const char *capacity_provider_name;             /* default: CloudFormation's */
    ccdk_ec2_security_group_list security_groups;   /* required: 1 to 5 */
    ccdk_ec2_subnet_list subnets;                   /* required: 1 to 16 */
    ccdk_iam_role *operator_role;                   /* default: a role "OperatorRole" for lambda.amazonaws.com
                                                     * with AWSLambdaManagedEC2ResourceOperator */
    ccdk_lambda_architecture_list architectures;    /* default: none (InstanceRequirements.Architectures) */
    ccdk_lambda_instance_type_filter instance_type_filter;
    ccdk_opt_num max_v_cpu_count;                   /* 12 to 15000 */
    ccdk_lambda_scaling_options scaling_options;
    ccdk_kms_key *kms_key;
    ccdk_lambda_propagate_tags propagate_tags;
    ccdk_logs_log_group *log_group;                 /* TelemetryConfig.LoggingConfig.LogGroup: its name */
    ccdk_lambda_system_log_level system_log_level;
} ccdk_lambda_capacity_provider_props;

/** new lambda.CapacityProvider(scope, id, props): an AWS::Lambda::CapacityProvider "Resource" (and
 *  the default operator role before it). Bad props are aws-cdk-lib's errors with the construct path
 *  (see "Validations" below); no props, subnets or security groups at all is "<prop> is required".
 *  Owned by the App; never NULL. */
ccdk_lambda_capacity_provider *ccdk_lambda_capacity_provider_new(void *scope, const char *id,
                                                                 const ccdk_lambda_capacity_provider_props *props);
/** CapacityProvider.fromCapacityProviderArn(scope, id, arn) / fromCapacityProviderAttributes(scope,
 *  id, {capacityProviderArn}): an import (no resources); its name is Arn.split(arn,
 *  COLON_RESOURCE_NAME).resourceName (Fn::Select(6, Fn::Split(":", arn)) for a token ARN; NULL when
 *  a literal ARN has none). A literal that is not an ARN is aws-cdk-lib's error. Never NULL. */
ccdk_lambda_capacity_provider *ccdk_lambda_capacity_provider_from_capacity_provider_arn(void *scope, const char *id,
                                                                                       const char *capacity_provider_arn);
/** CapacityProviderAttributes for fromCapacityProviderAttributes. */
typedef struct {
    const char *capacity_provider_arn; /* required */
} ccdk_lambda_capacity_provider_attributes;
ccdk_lambda_capacity_provider *ccdk_lambda_capacity_provider_from_capacity_provider_attributes(
    void *scope, const char *id, const ccdk_lambda_capacity_provider_attributes *attrs);
/** CapacityProvider.fromCapacityProviderName(scope, id, name): the import of
 *  arn:<partition>:lambda:<region>:<account>:capacity-provider:<name> in the scope's stack. */
ccdk_lambda_capacity_provider *ccdk_lambda_capacity_provider_from_capacity_provider_name(void *scope, const char *id,
                                                                                        const char *capacity_provider_name);
/** capacityProvider.capacityProviderName (Ref) and capacityProviderArn (Fn::GetAtt Arn), or an
 *  import's values; owned by the App; NULL for NULL. */
const char *ccdk_lambda_capacity_provider_name(ccdk_lambda_capacity_provider *capacity_provider);
const char *ccdk_lambda_capacity_provider_arn(ccdk_lambda_capacity_provider *capacity_provider);
/** The CfnCapacityProvider; NULL for an import and for NULL. */
ccdk_cfn_resource *ccdk_lambda_capacity_provider_resource(ccdk_lambda_capacity_provider *capacity_provider);

/** LatestPublishedScalingConfig: the $LATEST.PUBLISHED version's execution environments. */
typedef struct {
    ccdk_opt_num min_execution_environments; /* 0 to 15000 */
    ccdk_opt_num max_execution_environments; /* 0 to 15000, not below min */
} ccdk_lambda_latest_published_scaling_config;

/** CapacityProviderFunctionOptions. */
typedef struct {
    ccdk_opt_num per_execution_environment_max_concurrency;
    ccdk_opt_num execution_environment_memory_gib_per_v_cpu;
    ccdk_tristate publish_to_latest_published;  /* PublishToLatestPublished; default: not set */
    ccdk_lambda_latest_published_scaling_config latest_published_scaling_config; /* FunctionScalingConfig */
} ccdk_lambda_capacity_provider_function_options;

/** capacityProvider.addFunction(fn, options): options may be NULL. Sets fn's CfnFunction
 *  CapacityProviderConfig (this provider's ARN and the options) and PublishToLatestPublished (both
 *  replaced by a later call), FunctionScalingConfig when a min or max is given, and adds aws-cdk-lib's
 *  info annotation on fn ("Capacity provider configuration cannot be removed from a function, only
 *  modified. [ack: aws-lambda:Function.CapacityProviderConfiguration]"). An imported function (no
 *  CfnFunction) is JavaScript's TypeError message as an error on the provider. Also works on an
 *  imported provider (aws-cdk-lib has the method only on CapacityProvider). */
void ccdk_lambda_capacity_provider_add_function(ccdk_lambda_capacity_provider *capacity_provider, ccdk_lambda_function *fn,
                                                const ccdk_lambda_capacity_provider_function_options *options);

/* ================================================================== Validations
 * aws-cdk-lib 2.276.0's messages, on the capacity provider, in its order (<name> is the
 * capacity_provider_name, or "your capacity provider"); tokens are not checked:
 *   "maxVCpuCount must be between 12 and 15000, but <name> has <n>."
 *   "subnets must contain between 1 and 16 items but <name> has <n> items."
 *   "securityGroups must contain between 1 and 5 items but <name> has <n> items."
 *   "capacityProviderName must be an arn or have only alphanumeric characters, but did not: <name>"
 *   "Capacity provider name can not be longer than 140 characters but <name> has <n> characters."
 *   "instanceTypeFilter must have at least one instanceType when configured, but <name> has 0 items."
 *   "scalingOptions must have at least one policy when scalingMode is 'Manual', but <name> has 0 items."
 *   "scalingOptions can have at most ten policies when scalingMode is 'Manual', but <name> has <n> items."
 *   "propagateTags explicit tags can have at most 40 tags, but <name> has <n>."
 * addFunction (latest_published_scaling_config):
 *   "minExecutionEnvironments must be between 0 and 15000, but was <n>."
 *   "maxExecutionEnvironments must be between 0 and 15000, but was <n>."
 *   "minExecutionEnvironments must be less than or equal to maxExecutionEnvironments."
 */

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_lambda_capacity_provider_new(scope, ...) ccdk_lambda_capacity_provider_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_capacity_provider_from_capacity_provider_arn(scope, ...) ccdk_lambda_capacity_provider_from_capacity_provider_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_capacity_provider_from_capacity_provider_attributes(scope, ...) ccdk_lambda_capacity_provider_from_capacity_provider_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_capacity_provider_from_capacity_provider_name(scope, ...) ccdk_lambda_capacity_provider_from_capacity_provider_name(CCDK_SCOPE(scope), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
