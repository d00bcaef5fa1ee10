/* test_enums.c - a public enum field or parameter that holds none of its constants (a cast int: a
 * C enum holds any int) makes ccdk_app_synth() fail with "<what>: <value> is not a valid <type>
 * (...)" on the construct path and write nothing; never a default, a dropped property or a name
 * table read out of bounds (src/core/errors.c ccdk__enum_ok). Each case runs with 1000 and -1.
 * scripts/check-enums.py (make headers) checks that every enum field and parameter of the public
 * headers has a check in src/; these cases show that the checks fire, one construct per module. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ccdk/cloudwatch.h>
#include <ccdk/codeguru.h>
#include <ccdk/dynamodb.h>
#include <ccdk/ec2.h>
#include <ccdk/ecr.h>
#include <ccdk/efs.h>
#include <ccdk/iam.h>
#include <ccdk/kinesis.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_code_signing.h>
#include <ccdk/lambda_image.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/logs.h>
#include <ccdk/s3.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/signer.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>
#include <ccdk/ssm.h>

#include "testlib.h"

/* the asset of the cases that take one: a small directory of the test's own (a shared directory
 * such as /tmp is copied whole by the early staging, other runs' output included) */
static char asset_dir[] = "/tmp/ccdk-enums-asset-XXXXXX";

void ccdk__process_errors_clear(void); /* tests only (src/core/arena.h) */

typedef struct {
    ccdk_stack *s;
    int v; /* the bad value */
} ctx;

static ccdk_lambda_function_props fn_props(ccdk_stack *s)
{
    return (ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "index.handler", .code = ccdk_lambda_code_from_inline(s, "x")};
}
static ccdk_lambda_function *fn(ccdk_stack *s) { return ccdk_lambda_function_new(s, "F", &(ccdk_lambda_function_props){
    .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "index.handler", .code = ccdk_lambda_code_from_inline(s, "x")}); }
static ccdk_ec2_vpc *vpc(ccdk_stack *s) { return ccdk_ec2_vpc_new(s, "V", NULL); }

/* one builder per enum field or parameter: B(name) { ... c->v ... } */
#define B(name) static void b_##name(ctx *c)
#define FN_PROP(field_init)                                                                                            \
    do {                                                                                                               \
        ccdk_lambda_function_props p = fn_props(c->s);                                                                 \
        field_init;                                                                                                    \
        ccdk_lambda_function_new(c->s, "F", &p);                                                                       \
    } while (0)

B(fn_tracing) { FN_PROP(p.tracing = (ccdk_lambda_tracing)c->v); }
B(fn_logging_format) { FN_PROP(p.logging_format = (ccdk_lambda_logging_format)c->v); }
B(fn_app_log_level) { FN_PROP(p.application_log_level_v2 = (ccdk_lambda_application_log_level)c->v); }
B(fn_sys_log_level) { FN_PROP(p.system_log_level_v2 = (ccdk_lambda_system_log_level)c->v); }
B(fn_recursive_loop) { FN_PROP(p.recursive_loop = (ccdk_lambda_recursive_loop)c->v); }
B(fn_log_retention) { FN_PROP(p.log_retention = (ccdk_logs_retention_days)c->v); }
B(fn_log_removal_policy) { FN_PROP(p.log_removal_policy = (ccdk_removal_policy)c->v); }
B(fn_current_version_removal)
{
    ccdk_lambda_version_options o = {.removal_policy = (ccdk_removal_policy)c->v};
    FN_PROP(p.current_version_options = &o);
}
B(fn_adot_type)
{
    ccdk_lambda_adot_instrumentation_config a = {.layer_version = {(ccdk_lambda_adot_layer_type)c->v, NULL},
                                                 .exec_wrapper = CCDK_LAMBDA_ADOT_EXEC_WRAPPER_REGULAR_HANDLER};
    FN_PROP(p.adot_instrumentation = &a);
}
B(fn_adot_wrapper)
{
    ccdk_lambda_adot_instrumentation_config a = {.layer_version = {CCDK_LAMBDA_ADOT_LAYER_GENERIC, NULL},
                                                 .exec_wrapper = (ccdk_lambda_adot_exec_wrapper)c->v};
    FN_PROP(p.adot_instrumentation = &a);
}
B(fn_params_log_level)
{
    ccdk_lambda_params_and_secrets ps = {.version = CCDK_LAMBDA_PARAMS_AND_SECRETS_V1_0_103,
                                         .log_level = (ccdk_lambda_params_and_secrets_log_level)c->v};
    FN_PROP(p.params_and_secrets = &ps);
}
B(fn_timeout_unit) { FN_PROP(p.timeout = ((ccdk_duration){3, (ccdk_time_unit)c->v, NULL})); }
B(fn_storage_unit) { FN_PROP(p.ephemeral_storage_size = ((ccdk_size){1, (ccdk_size_unit)c->v, NULL})); }
B(fn_vpc_subnets)
{
    ccdk_ec2_vpc *v = vpc(c->s);
    FN_PROP((p.vpc = v, p.vpc_subnets.subnet_type = (ccdk_ec2_subnet_type)c->v));
}
B(fn_url_auth)
{
    ccdk_lambda_function_add_function_url(fn(c->s), &(ccdk_lambda_function_url_options){.auth_type = (ccdk_lambda_url_auth_type)c->v});
}
B(fn_url_invoke_mode)
{
    ccdk_lambda_function_add_function_url(fn(c->s), &(ccdk_lambda_function_url_options){.invoke_mode = (ccdk_lambda_invoke_mode)c->v});
}
B(fn_permission_url_auth)
{
    ccdk_lambda_function_add_permission(fn(c->s), "P", &(ccdk_lambda_permission){
        .principal = ccdk_iam_service_principal(c->s, "s3.amazonaws.com"),
        .function_url_auth_type = (ccdk_lambda_url_auth_type)c->v});
}
B(code_s3_storage_mode)
{
    ccdk_s3_bucket *b = ccdk_s3_bucket_new(c->s, "B", NULL);
    ccdk_lambda_code_from_bucket_v2(b, "k", &(ccdk_lambda_bucket_options){
        .object_version = "1", .s3_object_storage_mode = (ccdk_lambda_s3_object_storage_mode)c->v});
}
B(code_asset_follow) { ccdk_lambda_code_from_asset(c->s, asset_dir, &(ccdk_asset_options){.follow = (ccdk_symlink_follow_mode)c->v}); }
B(code_asset_ignore_mode) { ccdk_lambda_code_from_asset(c->s, asset_dir, &(ccdk_asset_options){.ignore_mode = (ccdk_ignore_mode_t)c->v}); }
B(image_asset_follow)
{
    ccdk_lambda_docker_image_code_from_image_asset(c->s, asset_dir, &(ccdk_lambda_asset_image_code_props){
        .follow_symlinks = (ccdk_symlink_follow_mode)c->v});
}
B(image_asset_ignore_mode)
{
    ccdk_lambda_docker_image_code_from_image_asset(c->s, asset_dir, &(ccdk_lambda_asset_image_code_props){
        .ignore_mode = (ccdk_ignore_mode_t)c->v});
}
B(code_asset_hash_type) { ccdk_lambda_code_from_asset(c->s, asset_dir, &(ccdk_asset_options){.asset_hash_type = (ccdk_asset_hash_type)c->v}); }
B(code_bundling_output)
{
    ccdk_bundling_options b = {.image = ccdk_docker_image_from_registry(c->s, "alpine"), .output_type = (ccdk_bundling_output)c->v};
    ccdk_lambda_code_from_asset(c->s, asset_dir, &(ccdk_asset_options){.bundling = &b});
}
B(code_bundling_file_access)
{
    ccdk_bundling_options b = {.image = ccdk_docker_image_from_registry(c->s, "alpine"),
                               .bundling_file_access = (ccdk_bundling_file_access)c->v};
    ccdk_lambda_code_from_asset(c->s, asset_dir, &(ccdk_asset_options){.bundling = &b});
}
B(code_bundling_volume)
{
    ccdk_docker_volume vol = {.host_path = "/a", .container_path = "/b", .consistency = (ccdk_docker_volume_consistency)c->v};
    ccdk_bundling_options b = {.image = ccdk_docker_image_from_registry(c->s, "alpine"), .volumes = CCDK_LIST(vol)};
    ccdk_lambda_code_from_asset(c->s, asset_dir, &(ccdk_asset_options){.bundling = &b});
}
B(runtime_family)
{
    static ccdk_lambda_runtime rt = {.name = "custom1"};
    rt.family = (ccdk_lambda_runtime_family)c->v;
    FN_PROP(p.runtime = &rt);
}
B(version_removal)
{
    ccdk_lambda_version_new(c->s, "Ver", &(ccdk_lambda_version_props){.lambda = fn(c->s), .removal_policy = (ccdk_removal_policy)c->v});
}
B(layer_removal)
{
    ccdk_lambda_layer_version_new(c->s, "L", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(c->s, asset_dir, NULL), .removal_policy = (ccdk_removal_policy)c->v});
}
B(apply_removal_policy)
{
    ccdk_cfn_resource_apply_removal_policy(ccdk_cfn_resource_new(c->s, "R", "AWS::SNS::Topic", NULL), (ccdk_removal_policy)c->v);
}
B(nested_stack_removal) { ccdk_nested_stack_new(c->s, "N", &(ccdk_nested_stack_props){.removal_policy = (ccdk_removal_policy)c->v}); }
B(log_group_retention) { ccdk_logs_log_group_new(c->s, "G", &(ccdk_logs_log_group_props){.retention = (ccdk_logs_retention_days)c->v}); }
B(log_group_class) { ccdk_logs_log_group_new(c->s, "G", &(ccdk_logs_log_group_props){.log_group_class = (ccdk_logs_log_group_class)c->v}); }
B(log_group_removal) { ccdk_logs_log_group_new(c->s, "G", &(ccdk_logs_log_group_props){.removal_policy = (ccdk_removal_policy)c->v}); }
B(log_retention_retention)
{
    ccdk_logs_log_retention_new(c->s, "R", &(ccdk_logs_log_retention_props){.log_group_name = "g", .retention = (ccdk_logs_retention_days)c->v});
}
B(log_retention_removal)
{
    ccdk_logs_log_retention_new(c->s, "R", &(ccdk_logs_log_retention_props){
        .log_group_name = "g", .retention = CCDK_LOGS_RETENTION_ONE_DAY, .removal_policy = (ccdk_removal_policy)c->v});
}
B(dynamodb_attr_type)
{
    ccdk_dynamodb_table_new(c->s, "T", &(ccdk_dynamodb_table_props){.partition_key = {"id", (ccdk_dynamodb_attribute_type)c->v}});
}
B(dynamodb_billing)
{
    ccdk_dynamodb_table_new(c->s, "T", &(ccdk_dynamodb_table_props){.partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
                                                                     .billing_mode = (ccdk_dynamodb_billing_mode)c->v});
}
B(dynamodb_stream)
{
    ccdk_dynamodb_table_new(c->s, "T", &(ccdk_dynamodb_table_props){.partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
                                                                     .stream = (ccdk_dynamodb_stream_view_type)c->v});
}
B(dynamodb_v2_stream)
{
    ccdk_dynamodb_table_v2_new(c->s, "T", &(ccdk_dynamodb_table_v2_props){.partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
                                                                           .dynamo_stream = (ccdk_dynamodb_stream_view_type)c->v});
}
B(dynamodb_removal)
{
    ccdk_dynamodb_table_new(c->s, "T", &(ccdk_dynamodb_table_props){.partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
                                                                     .removal_policy = (ccdk_removal_policy)c->v});
}
B(vpc_ip_protocol) { ccdk_ec2_vpc_new(c->s, "V", &(ccdk_ec2_vpc_props){.ip_protocol = (ccdk_ec2_ip_protocol)c->v}); }
B(vpc_subnet_config)
{
    ccdk_ec2_subnet_configuration cfg = {.name = "A", .subnet_type = (ccdk_ec2_subnet_type)c->v};
    ccdk_ec2_vpc_new(c->s, "V", &(ccdk_ec2_vpc_props){.subnet_configuration = CCDK_LIST(cfg)});
}
B(flow_log_traffic)
{
    ccdk_ec2_vpc_add_flow_log(vpc(c->s), "FL", &(ccdk_ec2_flow_log_options){.traffic_type = (ccdk_ec2_flow_log_traffic_type)c->v});
}
B(flow_log_interval)
{
    ccdk_ec2_vpc_add_flow_log(vpc(c->s), "FL", &(ccdk_ec2_flow_log_options){
        .max_aggregation_interval = (ccdk_ec2_flow_log_max_aggregation_interval)c->v});
}
B(ecr_removal) { ccdk_ecr_repository_new(c->s, "E", &(ccdk_ecr_repository_props){.removal_policy = (ccdk_removal_policy)c->v}); }
#define EFS(field_init)                                                                                                \
    do {                                                                                                               \
        ccdk_efs_file_system_props p = {.vpc = vpc(c->s)};                                                             \
        field_init;                                                                                                    \
        ccdk_efs_file_system_new(c->s, "FS", &p);                                                                      \
    } while (0)
B(efs_lifecycle) { EFS(p.lifecycle_policy = (ccdk_efs_lifecycle_policy)c->v); }
B(efs_archive) { EFS(p.transition_to_archive_policy = (ccdk_efs_lifecycle_policy)c->v); }
B(efs_out_of_ia) { EFS(p.out_of_infrequent_access_policy = (ccdk_efs_out_of_infrequent_access_policy)c->v); }
B(efs_performance) { EFS(p.performance_mode = (ccdk_efs_performance_mode)c->v); }
B(efs_throughput) { EFS(p.throughput_mode = (ccdk_efs_throughput_mode)c->v); }
B(efs_overwrite) { EFS(p.replication_overwrite_protection = (ccdk_efs_replication_overwrite_protection)c->v); }
B(efs_removal) { EFS(p.removal_policy = (ccdk_removal_policy)c->v); }
B(iam_effect)
{
    ccdk_iam_policy_statement_new(c->s, &(ccdk_iam_policy_statement_props){
        .effect = (ccdk_iam_effect)c->v, .actions = CCDK_STRS("s3:GetObject"), .resources = CCDK_STRS("*")});
}
B(kinesis_mode) { ccdk_kinesis_stream_new(c->s, "K", &(ccdk_kinesis_stream_props){.stream_mode = (ccdk_kinesis_stream_mode)c->v}); }
B(kinesis_encryption) { ccdk_kinesis_stream_new(c->s, "K", &(ccdk_kinesis_stream_props){.encryption = (ccdk_kinesis_stream_encryption)c->v}); }
B(kinesis_removal) { ccdk_kinesis_stream_new(c->s, "K", &(ccdk_kinesis_stream_props){.removal_policy = (ccdk_removal_policy)c->v}); }
B(kms_removal) { ccdk_kms_key_new(c->s, "Key", &(ccdk_kms_key_props){.removal_policy = (ccdk_removal_policy)c->v}); }
B(alarm_operator)
{
    ccdk_cloudwatch_alarm_new(c->s, "A", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_cloudwatch_metric_new(c->s, &(ccdk_cloudwatch_metric_props){.namespace_ = "N", .metric_name = "M"}),
        .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1),
        .comparison_operator = (ccdk_cloudwatch_comparison_operator)c->v});
}
B(alarm_missing_data)
{
    ccdk_cloudwatch_alarm_new(c->s, "A", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_cloudwatch_metric_new(c->s, &(ccdk_cloudwatch_metric_props){.namespace_ = "N", .metric_name = "M"}),
        .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1),
        .treat_missing_data = (ccdk_cloudwatch_treat_missing_data)c->v});
}
B(codeguru_platform)
{
    ccdk_codeguru_profiling_group_new(c->s, "P", &(ccdk_codeguru_profiling_group_props){
        .compute_platform = (ccdk_codeguru_compute_platform)c->v});
}
B(code_signing_untrusted)
{
    ccdk_signer_signing_profile *sp = ccdk_signer_signing_profile_new(c->s, "SP", &(ccdk_signer_signing_profile_props){
        .platform = CCDK_SIGNER_PLATFORM_AWS_LAMBDA_SHA384_ECDSA});
    ccdk_lambda_code_signing_config_new(c->s, "CSC", &(ccdk_lambda_code_signing_config_props){
        .signing_profiles = CCDK_LIST(sp),
        .untrusted_artifact_on_deployment = (ccdk_lambda_untrusted_artifact_on_deployment)c->v});
}
B(esm_starting_position)
{
    ccdk_lambda_event_source_mapping_new(c->s, "M", &(ccdk_lambda_event_source_mapping_props){
        .target = fn(c->s), .options = {.event_source_arn = "arn:aws:kinesis:us-east-1:1:stream/s",
                                        .starting_position = (ccdk_lambda_starting_position)c->v}});
}
B(esm_log_level)
{
    ccdk_lambda_event_source_mapping_new(c->s, "M", &(ccdk_lambda_event_source_mapping_props){
        .target = fn(c->s), .options = {.event_source_arn = "arn:aws:kinesis:us-east-1:1:stream/s",
                                        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
                                        .log_level = (ccdk_lambda_event_source_mapping_log_level)c->v}});
}
B(kinesis_source_starting_position)
{
    ccdk_kinesis_stream *k = ccdk_kinesis_stream_new(c->s, "K", NULL);
    ccdk_lambda_function_add_event_source(fn(c->s), ccdk_lambda_kinesis_event_source(k, &(ccdk_lambda_stream_event_source_props){
        .starting_position = (ccdk_lambda_starting_position)c->v}));
}
B(sns_protocol)
{
    ccdk_sns_subscription_new(c->s, "Sub", &(ccdk_sns_subscription_props){
        .topic = ccdk_sns_topic_new(c->s, "T", NULL), .endpoint = "a@b.c", .protocol = (ccdk_sns_subscription_protocol)c->v});
}
B(sns_url_protocol)
{
    ccdk_sns_topic_add_url_subscription(ccdk_sns_topic_new(c->s, "T", NULL), "https://x",
                                        &(ccdk_sns_url_subscription_props){.protocol = (ccdk_sns_subscription_protocol)c->v});
}
B(sqs_dedup) { ccdk_sqs_queue_new(c->s, "Q", &(ccdk_sqs_queue_props){.fifo = CCDK_TRUE, .deduplication_scope = (ccdk_sqs_deduplication_scope)c->v}); }
B(sqs_fifo_limit) { ccdk_sqs_queue_new(c->s, "Q", &(ccdk_sqs_queue_props){.fifo = CCDK_TRUE, .fifo_throughput_limit = (ccdk_sqs_fifo_throughput_limit)c->v}); }
B(sqs_encryption) { ccdk_sqs_queue_new(c->s, "Q", &(ccdk_sqs_queue_props){.encryption = (ccdk_sqs_queue_encryption)c->v}); }
B(sqs_redrive)
{
    ccdk_sqs_queue_new(c->s, "Q", &(ccdk_sqs_queue_props){
        .redrive_allow_policy = &(ccdk_sqs_redrive_allow_policy){.redrive_permission = (ccdk_sqs_redrive_permission)c->v}});
}
B(ssm_tier) { ccdk_ssm_string_parameter_new(c->s, "P", &(ccdk_ssm_string_parameter_props){.string_value = "v", .tier = (ccdk_ssm_parameter_tier)c->v}); }
B(ssm_data_type) { ccdk_ssm_string_parameter_new(c->s, "P", &(ccdk_ssm_string_parameter_props){.string_value = "v", .data_type = (ccdk_ssm_parameter_data_type)c->v}); }
B(sqs_removal) { ccdk_sqs_queue_new(c->s, "Q", &(ccdk_sqs_queue_props){.removal_policy = (ccdk_removal_policy)c->v}); }
B(s3_removal) { ccdk_s3_bucket_new(c->s, "B", &(ccdk_s3_bucket_props){.removal_policy = (ccdk_removal_policy)c->v}); }
B(secret_removal)
{
    ccdk_secretsmanager_secret_new(c->s, "Sec", &(ccdk_secretsmanager_secret_props){.removal_policy = (ccdk_removal_policy)c->v});
}

typedef struct {
    const char *name;
    void (*build)(ctx *);
    const char *what; /* "<what>: <v> is not a valid <type>" */
    const char *type;
    const char *path; /* the error's construct path; NULL: a process-wide error (no path) */
    int v1, v2;       /* the bad values; 0, 0: 1000 and -1 */
} enum_case;

#define RM "ccdk_removal_policy"
static const enum_case cases[] = {
    {"fn_tracing", b_fn_tracing, "tracing", "ccdk_lambda_tracing", "S/F", 0, 0},
    {"fn_logging_format", b_fn_logging_format, "loggingFormat", "ccdk_lambda_logging_format", "S/F", 0, 0},
    {"fn_app_log_level", b_fn_app_log_level, "applicationLogLevelV2", "ccdk_lambda_application_log_level", "S/F", 0, 0},
    {"fn_sys_log_level", b_fn_sys_log_level, "systemLogLevelV2", "ccdk_lambda_system_log_level", "S/F", 0, 0},
    {"fn_recursive_loop", b_fn_recursive_loop, "recursiveLoop", "ccdk_lambda_recursive_loop", "S/F", 0, 0},
    {"fn_log_retention", b_fn_log_retention, "logRetention", "ccdk_logs_retention_days", "S/F", 1000, 4},
    {"fn_log_removal_policy", b_fn_log_removal_policy, "logRemovalPolicy", RM, "S/F", 0, 0},
    {"fn_current_version_removal", b_fn_current_version_removal, "currentVersionOptions.removalPolicy", RM, "S/F", 0, 0},
    {"fn_adot_type", b_fn_adot_type, "adotInstrumentation.layerVersion", "ccdk_lambda_adot_layer_type", "S/F", 0, 0},
    {"fn_adot_wrapper", b_fn_adot_wrapper, "adotInstrumentation.execWrapper", "ccdk_lambda_adot_exec_wrapper", "S/F", 0, 0},
    {"fn_params_log_level", b_fn_params_log_level, "paramsAndSecrets.logLevel", "ccdk_lambda_params_and_secrets_log_level", "S/F", 0, 0},
    {"fn_timeout_unit", b_fn_timeout_unit, "Duration unit", "ccdk_time_unit", "S/F", 0, 0},
    {"fn_storage_unit", b_fn_storage_unit, "Size unit", "ccdk_size_unit", "S/F", 0, 0},
    {"fn_vpc_subnets", b_fn_vpc_subnets, "subnet selection: subnetType", "ccdk_ec2_subnet_type", "S/V", 0, 0},
    {"fn_url_auth", b_fn_url_auth, "authType", "ccdk_lambda_url_auth_type", "S/F/FunctionUrl", 0, 0},
    {"fn_url_invoke_mode", b_fn_url_invoke_mode, "invokeMode", "ccdk_lambda_invoke_mode", "S/F/FunctionUrl", 0, 0},
    {"fn_permission_url_auth", b_fn_permission_url_auth, "addPermission: functionUrlAuthType", "ccdk_lambda_url_auth_type", "S/F", 0, 0},
    {"code_s3_storage_mode", b_code_s3_storage_mode, "s3ObjectStorageMode", "ccdk_lambda_s3_object_storage_mode", "S/B", 0, 0},
    {"code_asset_follow", b_code_asset_follow, "asset options: follow", "ccdk_symlink_follow_mode", "S", 0, 0},
    {"code_asset_ignore_mode", b_code_asset_ignore_mode, "asset options: ignoreMode", "ccdk_ignore_mode_t", "S", 0, 0},
    {"image_asset_follow", b_image_asset_follow, "image asset options: followSymlinks", "ccdk_symlink_follow_mode", "S", 0, 0},
    {"image_asset_ignore_mode", b_image_asset_ignore_mode, "image asset options: ignoreMode", "ccdk_ignore_mode_t", "S", 0, 0},
    {"code_asset_hash_type", b_code_asset_hash_type, "asset options: assetHashType", "ccdk_asset_hash_type", "S", 0, 0},
    {"code_bundling_output", b_code_bundling_output, "bundling: outputType", "ccdk_bundling_output", "S", 0, 0},
    {"code_bundling_file_access", b_code_bundling_file_access, "bundling: bundlingFileAccess", "ccdk_bundling_file_access", "S", 0, 0},
    {"code_bundling_volume", b_code_bundling_volume, "bundling: volumes: consistency", "ccdk_docker_volume_consistency", "S", 0, 0},
    {"runtime_family", b_runtime_family, "runtime custom1: family", "ccdk_lambda_runtime_family", NULL, 0, 0},
    {"version_removal", b_version_removal, "removalPolicy", RM, "S/Ver/Resource", 0, 0},
    {"layer_removal", b_layer_removal, "removalPolicy", RM, "S/L/Resource", 0, 0},
    {"apply_removal_policy", b_apply_removal_policy, "removalPolicy", RM, "S/R", 0, 0},
    {"nested_stack_removal", b_nested_stack_removal, "removalPolicy", RM, "S/N.NestedStack/N.NestedStackResource", 0, 0},
    {"log_group_retention", b_log_group_retention, "retention", "ccdk_logs_retention_days", "S/G", 1000, 4},
    {"log_group_class", b_log_group_class, "logGroupClass", "ccdk_logs_log_group_class", "S/G", 0, 0},
    {"log_group_removal", b_log_group_removal, "removalPolicy", RM, "S/G/Resource", 0, 0},
    {"log_retention_retention", b_log_retention_retention, "retention", "ccdk_logs_retention_days", "S/R", 1000, -1},
    {"log_retention_removal", b_log_retention_removal, "removalPolicy", RM, "S/R", 0, 0},
    {"dynamodb_attr_type", b_dynamodb_attr_type, "partitionKey.type", "ccdk_dynamodb_attribute_type", "S/T", 0, 0},
    {"dynamodb_billing", b_dynamodb_billing, "billingMode", "ccdk_dynamodb_billing_mode", "S/T", 0, 0},
    {"dynamodb_stream", b_dynamodb_stream, "stream", "ccdk_dynamodb_stream_view_type", "S/T", 0, 0},
    {"dynamodb_v2_stream", b_dynamodb_v2_stream, "dynamoStream", "ccdk_dynamodb_stream_view_type", "S/T", 0, 0},
    {"dynamodb_removal", b_dynamodb_removal, "removalPolicy", RM, "S/T/Resource", 0, 0},
    {"vpc_ip_protocol", b_vpc_ip_protocol, "ipProtocol", "ccdk_ec2_ip_protocol", "S/V", 0, 0},
    {"vpc_subnet_config", b_vpc_subnet_config, "subnetConfiguration: subnetType", "ccdk_ec2_subnet_type", "S/V", 0, 0},
    {"flow_log_traffic", b_flow_log_traffic, "trafficType", "ccdk_ec2_flow_log_traffic_type", "S/V/FL", 0, 0},
    {"flow_log_interval", b_flow_log_interval, "maxAggregationInterval", "ccdk_ec2_flow_log_max_aggregation_interval", "S/V/FL", 0, 0},
    {"ecr_removal", b_ecr_removal, "removalPolicy", RM, "S/E/Resource", 0, 0},
    {"efs_lifecycle", b_efs_lifecycle, "lifecyclePolicy", "ccdk_efs_lifecycle_policy", "S/FS", 0, 0},
    {"efs_archive", b_efs_archive, "transitionToArchivePolicy", "ccdk_efs_lifecycle_policy", "S/FS", 0, 0},
    {"efs_out_of_ia", b_efs_out_of_ia, "outOfInfrequentAccessPolicy", "ccdk_efs_out_of_infrequent_access_policy", "S/FS", 0, 0},
    {"efs_performance", b_efs_performance, "performanceMode", "ccdk_efs_performance_mode", "S/FS", 0, 0},
    {"efs_throughput", b_efs_throughput, "throughputMode", "ccdk_efs_throughput_mode", "S/FS", 0, 0},
    {"efs_overwrite", b_efs_overwrite, "replicationOverwriteProtection", "ccdk_efs_replication_overwrite_protection", "S/FS", 0, 0},
    {"efs_removal", b_efs_removal, "removalPolicy", RM, "S/FS/Resource", 0, 0},
    {"iam_effect", b_iam_effect, "PolicyStatement effect", "ccdk_iam_effect", "S", 0, 0},
    {"kinesis_mode", b_kinesis_mode, "streamMode", "ccdk_kinesis_stream_mode", "S/K", 0, 0},
    {"kinesis_encryption", b_kinesis_encryption, "encryption", "ccdk_kinesis_stream_encryption", "S/K", 0, 0},
    {"kinesis_removal", b_kinesis_removal, "removalPolicy", RM, "S/K/Resource", 0, 0},
    {"kms_removal", b_kms_removal, "removalPolicy", RM, "S/Key/Resource", 0, 0},
    {"alarm_operator", b_alarm_operator, "comparisonOperator", "ccdk_cloudwatch_comparison_operator", "S/A", 0, 0},
    {"alarm_missing_data", b_alarm_missing_data, "treatMissingData", "ccdk_cloudwatch_treat_missing_data", "S/A", 0, 0},
    {"codeguru_platform", b_codeguru_platform, "computePlatform", "ccdk_codeguru_compute_platform", "S/P", 0, 0},
    {"code_signing_untrusted", b_code_signing_untrusted, "untrustedArtifactOnDeployment", "ccdk_lambda_untrusted_artifact_on_deployment", "S/CSC", 0, 0},
    {"esm_starting_position", b_esm_starting_position, "startingPosition", "ccdk_lambda_starting_position", "S/M", 0, 0},
    {"esm_log_level", b_esm_log_level, "logLevel", "ccdk_lambda_event_source_mapping_log_level", "S/M", 0, 0},
    {"kinesis_source_starting_position", b_kinesis_source_starting_position, "startingPosition", "ccdk_lambda_starting_position", "S/F/KinesisEventSource:SKFA7B1114", 0, 0},
    {"sns_protocol", b_sns_protocol, "protocol", "ccdk_sns_subscription_protocol", "S/Sub", 0, 0},
    {"sns_url_protocol", b_sns_url_protocol, "addUrlSubscription: protocol", "ccdk_sns_subscription_protocol", "S/T", 0, 0},
    {"sqs_dedup", b_sqs_dedup, "deduplicationScope", "ccdk_sqs_deduplication_scope", "S/Q", 0, 0},
    {"sqs_fifo_limit", b_sqs_fifo_limit, "fifoThroughputLimit", "ccdk_sqs_fifo_throughput_limit", "S/Q", 0, 0},
    {"sqs_encryption", b_sqs_encryption, "encryption", "ccdk_sqs_queue_encryption", "S/Q", 0, 0},
    {"sqs_redrive", b_sqs_redrive, "redriveAllowPolicy.redrivePermission", "ccdk_sqs_redrive_permission", "S/Q", 0, 0},
    {"sqs_removal", b_sqs_removal, "removalPolicy", RM, "S/Q/Resource", 0, 0},
    {"ssm_tier", b_ssm_tier, "tier", "ccdk_ssm_parameter_tier", "S/P", 0, 0},
    {"ssm_data_type", b_ssm_data_type, "dataType", "ccdk_ssm_parameter_data_type", "S/P", 0, 0},
    {"s3_removal", b_s3_removal, "removalPolicy", RM, "S/B/Resource", 0, 0},
    {"secret_removal", b_secret_removal, "removalPolicy", RM, "S/Sec/Resource", 0, 0},
};

static void run_case(const enum_case *k, int v)
{
    char dir[] = "/tmp/ccdk-enums-XXXXXX";
    if (!mkdtemp(dir))
        abort();
    char out[64];
    snprintf(out, sizeof out, "%s/out", dir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ctx c = {s, v};
    k->build(&c);
    int rc = ccdk_app_synth(app);
    char want[256];
    snprintf(want, sizeof want, "%s: %d is not a valid %s (", k->what, v, k->type);
    char want_path[128];
    snprintf(want_path, sizeof want_path, "%s: ", k->path ? k->path : "");
    CHECK_MSG(rc != 0, "%s = %d: synth succeeded", k->name, v);
    int found = 0;
    size_t n = ccdk_app_error_count(app);
    for (size_t i = 0; i < n && !found; i++) {
        const char *e = ccdk_app_error(app, i);
        found = k->path ? !strncmp(e, want_path, strlen(want_path)) && !strncmp(e + strlen(want_path), want, strlen(want))
                        : strstr(e, want) != NULL;
    }
    CHECK_MSG(found, "%s = %d: no error \"%s%s...\"", k->name, v, k->path ? want_path : "", want);
    if (!found)
        for (size_t i = 0; i < n; i++)
            fprintf(stderr, "      error %zu: %s\n", i, ccdk_app_error(app, i));
    struct stat st;
    CHECK_MSG(stat(out, &st) != 0, "%s = %d: %s was written", k->name, v, out);
    ccdk_app_free(app);
    ccdk__process_errors_clear();
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
}

TEST(enum_out_of_range)
{
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const enum_case *k = &cases[i];
        if (!tl_selected(k->name))
            continue;
        run_case(k, k->v1 || k->v2 ? k->v1 : 1000);
        run_case(k, k->v1 || k->v2 ? k->v2 : -1);
    }
}

/* the same apps with the values left out synthesize: the errors above come from the values alone */
TEST(baseline_synthesizes)
{
    char dir[] = "/tmp/ccdk-enums-XXXXXX";
    if (!mkdtemp(dir))
        abort();
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = dir, .quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ctx c = {s, 0};
    b_fn_tracing(&c);
    CHECK(ccdk_app_synth(app) == 0);
    ccdk_app_free(app);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
}

/* functions without a construct: the process-wide list */
TEST(no_construct)
{
    size_t before = ccdk_process_error_count();
    CHECK(ccdk_lambda_adot_latest_version((ccdk_lambda_adot_layer_type)1000) == NULL);
    CHECK(ccdk_duration_to_seconds((ccdk_duration){1, (ccdk_time_unit)1000, NULL}) != ccdk_duration_to_seconds((ccdk_duration){1, (ccdk_time_unit)1000, NULL}));
    CHECK(ccdk_size_to_mebibytes((ccdk_size){1, (ccdk_size_unit)-1, NULL}) != ccdk_size_to_mebibytes((ccdk_size){1, (ccdk_size_unit)-1, NULL}));
    CHECK(ccdk_process_error_count() >= before + 3);
    int adot = 0, dur = 0, size = 0;
    for (size_t i = before; i < ccdk_process_error_count(); i++) {
        const char *e = ccdk_process_error(i);
        adot |= strstr(e, "ccdk_lambda_adot_latest_version: 1000 is not a valid ccdk_lambda_adot_layer_type") != NULL;
        dur |= strstr(e, "ccdk_duration_to_seconds: 1000 is not a valid ccdk_time_unit") != NULL;
        size |= strstr(e, "ccdk_size_to_mebibytes: -1 is not a valid ccdk_size_unit") != NULL;
    }
    CHECK(adot && dur && size);
    ccdk__process_errors_clear();
    char *err = NULL;
    char out[65];
    CHECK(ccdk_fs_fingerprint(asset_dir, &(ccdk_asset_options){.follow = (ccdk_symlink_follow_mode)1000}, out, &err) != 0);
    CHECK(err && strstr(err, "follow: 1000 is not a valid ccdk_symlink_follow_mode"));
    free(err);
}

int main(void)
{
    if (!mkdtemp(asset_dir))
        abort();
    char file[128];
    snprintf(file, sizeof file, "%s/index.js", asset_dir);
    FILE *f = fopen(file, "w");
    if (!f || fputs("exports.handler = async () => 1;\n", f) < 0 || fclose(f) != 0)
        abort();
    RUN(enum_out_of_range);
    RUN(baseline_synthesizes);
    RUN(no_construct);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", asset_dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", asset_dir);
    return TEST_DONE();
}
