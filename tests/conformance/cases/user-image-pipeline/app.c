/* Conformance case 'user-image-pipeline': see app.js. */
#include <ccdk/dynamodb.h>
#include <ccdk/efs.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_insights.h>
#include <ccdk/logs.h>
#include <ccdk/s3.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "ImagePipeline", NULL);

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(2),
        .nat_gateways = CCDK_NUM(1),
    });

    ccdk_s3_bucket *uploads = ccdk_s3_bucket_new(stack, "Uploads", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_S3_MANAGED,
        .block_public_access = CCDK_S3_BLOCK_ALL,
        .enforce_ssl = CCDK_TRUE,
        .versioned = CCDK_TRUE,
    });

    ccdk_efs_file_system *scratch = ccdk_efs_file_system_new(stack, "Scratch", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .lifecycle_policy = CCDK_EFS_LIFECYCLE_AFTER_7_DAYS,
        .throughput_mode = CCDK_EFS_THROUGHPUT_MODE_ELASTIC,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_efs_access_point *access_point = ccdk_efs_file_system_add_access_point(scratch, "ProcessorAccess",
        &(ccdk_efs_access_point_options){
            .path = "/processor",
            .create_acl = &(ccdk_efs_acl){.owner_uid = "1001", .owner_gid = "1001", .permissions = "750"},
            .posix_user = &(ccdk_efs_posix_user){.uid = "1001", .gid = "1001"},
        });

    ccdk_dynamodb_table *results = ccdk_dynamodb_table_new(stack, "Results", &(ccdk_dynamodb_table_props){
        .partition_key = {"imageKey", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {"variant", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
        .point_in_time_recovery_specification = &(ccdk_dynamodb_point_in_time_recovery_specification){
            .point_in_time_recovery_enabled = CCDK_TRUE,
        },
        .time_to_live_attribute = "expiresAt",
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });

    ccdk_sns_topic *failures = ccdk_sns_topic_new(stack, "ProcessingFailures", &(ccdk_sns_topic_props){
        .display_name = "Image processing failures",
    });
    ccdk_sns_topic_add_email_subscription(failures, "images-oncall@example.com", NULL);

    ccdk_lambda_function *processor = ccdk_lambda_function_new(stack, "Processor", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "processor", NULL),
        .memory_size = CCDK_NUM(1769),
        .timeout = ccdk_duration_minutes(2),
        .ephemeral_storage_size = ccdk_size_gibibytes(2),
        .vpc = vpc,
        .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS},
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(access_point, "/mnt/scratch"),
        .environment = CCDK_KVS({"RESULTS_TABLE", ccdk_dynamodb_table_name(results)},
                                {"SCRATCH_DIR", "/mnt/scratch"}),
        .tracing = CCDK_LAMBDA_TRACING_ACTIVE,
        .insights_version = CCDK_LAMBDA_INSIGHTS_VERSION(1_0_229_0),
        .reserved_concurrent_executions = CCDK_NUM(20),
        .on_failure = ccdk_lambda_destinations_sns_destination(failures),
        .retry_attempts = CCDK_NUM(1),
        .max_event_age = ccdk_duration_hours(1),
        .log_group = ccdk_logs_log_group_new(stack, "ProcessorLogs", &(ccdk_logs_log_group_props){
            .retention = CCDK_LOGS_RETENTION_TWO_WEEKS,
            .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        }),
    });
    ccdk_lambda_function_add_event_source(processor, ccdk_lambda_s3_event_source(uploads, &(ccdk_lambda_s3_event_source_props){
        .events = CCDK_STRS(CCDK_S3_OBJECT_CREATED),
        .filters = CCDK_S3_FILTERS({.prefix = "incoming/", .suffix = ".jpg"}),
    }));
    ccdk_s3_bucket_grant_read(uploads, processor, NULL);
    ccdk_dynamodb_table_grant_write_data(results, processor);

    ccdk_cfn_output_new(stack, "UploadBucketName", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_name(uploads)});
    ccdk_cfn_output_new(stack, "ResultsTableName", &(ccdk_cfn_output_props){.value = ccdk_dynamodb_table_name(results)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
