/* Conformance case 'user-doc-convert': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/ec2.h>
#include <ccdk/efs.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

static void doc_convert_stack(ccdk_app *app)
{
    ccdk_stack *stack = ccdk_stack_new(app, "DocConvert", &(ccdk_stack_props){.description = "Document conversion service"});

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Network", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(2),
        .nat_gateways = CCDK_NUM(1),
    });
    ccdk_ec2_vpc_add_gateway_endpoint(vpc, "S3Endpoint", &(ccdk_ec2_gateway_vpc_endpoint_options){
        .service = CCDK_EC2_GATEWAY_VPC_ENDPOINT_AWS_SERVICE_S3,
        .subnets = CCDK_EC2_SUBNET_SELECTIONS({.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS}),
    });
    ccdk_ec2_security_group *converter_sg = ccdk_ec2_security_group_new(stack, "ConverterSg", &(ccdk_ec2_security_group_props){
        .vpc = vpc,
        .description = "Converter functions",
        .allow_all_outbound = CCDK_FALSE,
    });
    ccdk_ec2_security_group_add_egress_rule(converter_sg, ccdk_ec2_peer_any_ipv4(), ccdk_ec2_port_tcp(443),
                                            "HTTPS to AWS APIs", CCDK_UNSET);
    ccdk_efs_file_system *scratch = ccdk_efs_file_system_new(stack, "Scratch", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .encrypted = CCDK_TRUE,
        .performance_mode = CCDK_EFS_PERFORMANCE_MODE_GENERAL_PURPOSE,
        .lifecycle_policy = CCDK_EFS_LIFECYCLE_AFTER_7_DAYS,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_efs_access_point *access_point = ccdk_efs_file_system_add_access_point(scratch, "ConverterAccess",
        &(ccdk_efs_access_point_options){
            .path = "/convert",
            .create_acl = &(ccdk_efs_acl){.owner_gid = "1001", .owner_uid = "1001", .permissions = "750"},
            .posix_user = &(ccdk_efs_posix_user){.gid = "1001", .uid = "1001"},
        });

    ccdk_s3_bucket *uploads = ccdk_s3_bucket_new(stack, "Uploads", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_S3_MANAGED,
        .block_public_access = CCDK_S3_BLOCK_ALL,
        .enforce_ssl = CCDK_TRUE,
        .lifecycle_rules = CCDK_LIST_OF(ccdk_s3_lifecycle_rule, {.prefix = "incoming/", .expiration = ccdk_duration_days(30)}),
    });
    ccdk_s3_bucket *output = ccdk_s3_bucket_new(stack, "Converted", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_S3_MANAGED,
        .block_public_access = CCDK_S3_BLOCK_ALL,
        .enforce_ssl = CCDK_TRUE,
        .versioned = CCDK_TRUE,
    });

    ccdk_sqs_queue *dead_letters = ccdk_sqs_queue_new(stack, "ConverterDlq", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14),
    });
    ccdk_sns_topic *failures = ccdk_sns_topic_new(stack, "ConversionFailures", &(ccdk_sns_topic_props){
        .display_name = "Document conversion failures",
    });

    ccdk_lambda_function *converter = ccdk_lambda_function_new(stack, "Converter", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "convert.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return {\"converted\": len(event.get(\"Records\", []))}\n"),
        .memory_size = CCDK_NUM(3008),
        .timeout = ccdk_duration_minutes(5),
        .ephemeral_storage_size = ccdk_size_gibibytes(4),
        .vpc = vpc,
        .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS},
        .security_groups = CCDK_LIST(converter_sg),
        .current_version_options = &(ccdk_lambda_version_options){.removal_policy = CCDK_REMOVAL_POLICY_RETAIN},
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(access_point, "/mnt/scratch"),
        .environment = CCDK_KVS({"OUTPUT_BUCKET", ccdk_s3_bucket_name(output)}, {"SCRATCH_DIR", "/mnt/scratch"}),
        .tracing = CCDK_LAMBDA_TRACING_ACTIVE,
        .logging_format = CCDK_LAMBDA_LOGGING_FORMAT_JSON,
        .application_log_level_v2 = CCDK_LAMBDA_APPLICATION_LOG_LEVEL_INFO,
        .system_log_level_v2 = CCDK_LAMBDA_SYSTEM_LOG_LEVEL_WARN,
        .dead_letter_queue = dead_letters,
        .on_failure = ccdk_lambda_destinations_sns_destination(failures),
        .retry_attempts = CCDK_NUM(1),
        .max_event_age = ccdk_duration_hours(2),
        .reserved_concurrent_executions = CCDK_NUM(50),
        .description = "Converts uploaded office documents to PDF",
    });
    ccdk_s3_bucket_grant_read(uploads, converter, "incoming/*");
    ccdk_s3_bucket_grant_put(output, converter, NULL);

    ccdk_lambda_alias *live = ccdk_lambda_alias_new(stack, "ConverterLive", &(ccdk_lambda_alias_props){
        .alias_name = "live",
        .version = ccdk_lambda_function_current_version(converter),
        .provisioned_concurrent_executions = CCDK_NUM(2),
    });
    ccdk_lambda_scalable_attribute *scaling = ccdk_lambda_alias_add_auto_scaling(live, &(ccdk_lambda_auto_scaling_options){
        .min_capacity = CCDK_NUM(2),
        .max_capacity = CCDK_NUM(20),
    });
    ccdk_lambda_scalable_attribute_scale_on_utilization(scaling, &(ccdk_lambda_utilization_scaling_options){
        .utilization_target = CCDK_NUM(0.7),
    });

    ccdk_s3_bucket_add_event_notification(uploads, CCDK_S3_OBJECT_CREATED, ccdk_s3_lambda_destination(live),
                                          CCDK_S3_FILTERS({.prefix = "incoming/", .suffix = ".docx"}));
    ccdk_s3_bucket_add_event_notification(uploads, CCDK_S3_OBJECT_CREATED, ccdk_s3_lambda_destination(live),
                                          CCDK_S3_FILTERS({.prefix = "incoming/", .suffix = ".odt"}));

    ccdk_s3_bucket_add_object_removed_notification(uploads, ccdk_s3_sns_destination(failures),
                                                   CCDK_S3_FILTERS({.prefix = "converted/"}));

    ccdk_lambda_function *pager = ccdk_lambda_function_new(stack, "Pager", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async (e) => { console.log(JSON.stringify(e)); };"),
        .timeout = ccdk_duration_seconds(10),
        .environment = CCDK_KVS({"ONCALL_ROTATION", "docs-platform"}),
    });

    ccdk_cloudwatch_alarm *errors = ccdk_cloudwatch_alarm_new(stack, "ConverterErrors", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_lambda_function_metric_errors(live, &(ccdk_cloudwatch_metric_options){
            .period = ccdk_duration_minutes(5), .statistic = CCDK_CW_STATS_SUM}),
        .threshold = CCDK_NUM(5),
        .evaluation_periods = CCDK_NUM(2),
        .datapoints_to_alarm = CCDK_NUM(2),
        .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_NOT_BREACHING,
        .alarm_description = "Conversions are failing",
    });
    ccdk_cloudwatch_alarm_add_alarm_action(errors, ccdk_cloudwatch_actions_sns_action(failures));
    ccdk_cloudwatch_alarm_add_alarm_action(errors, ccdk_cloudwatch_actions_lambda_action(pager, NULL));
    ccdk_cloudwatch_alarm_add_ok_action(errors, ccdk_cloudwatch_actions_sns_action(failures));

    ccdk_cloudwatch_alarm *slow = ccdk_cloudwatch_metric_create_alarm(
        ccdk_lambda_function_metric_duration(converter, &(ccdk_cloudwatch_metric_options){
            .statistic = ccdk_cloudwatch_stats_percentile(stack, 99)}),
        stack, "ConverterSlow", &(ccdk_cloudwatch_create_alarm_options){.threshold = CCDK_NUM(240000), .evaluation_periods = CCDK_NUM(3)});
    ccdk_cloudwatch_alarm_add_alarm_action(slow, ccdk_cloudwatch_actions_sns_action(failures));

    ccdk_cloudwatch_alarm *backlog = ccdk_cloudwatch_alarm_new(stack, "DeadLetterBacklog", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_sqs_queue_metric_approximate_number_of_messages_visible(dead_letters, NULL),
        .threshold = CCDK_NUM(1),
        .evaluation_periods = CCDK_NUM(1),
        .comparison_operator = CCDK_CW_GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    });
    ccdk_cloudwatch_alarm_add_alarm_action(backlog, ccdk_cloudwatch_actions_sns_action(failures));

    ccdk_cfn_output_new(stack, "UploadBucketName", &(ccdk_cfn_output_props){
        .value = ccdk_s3_bucket_name(uploads), .export_name = "DocConvert-UploadBucket"});
    ccdk_cfn_output_new(stack, "ConverterAliasArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_alias_arn(live)});
    ccdk_tags_add(stack, "service", "doc-convert");
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    doc_convert_stack(app);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
