/* Conformance case 'user-vpc-batch-workers': see app.js. */
#include <ccdk/appscaling.h>
#include <ccdk/cloudwatch.h>
#include <ccdk/ec2.h>
#include <ccdk/efs.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/logs.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "BatchWorkers", &(ccdk_stack_props){
        .account = "123456789012",
        .region = "us-west-2",
        .description = "batch workers in a VPC",
    });

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Network", &(ccdk_ec2_vpc_props){
        .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("10.40.0.0/16"),
        .max_azs = CCDK_NUM(2),
        .nat_gateways = CCDK_NUM(1),
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.name = "ingress", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .cidr_mask = CCDK_NUM(24)},
            {.name = "app", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS, .cidr_mask = CCDK_NUM(20)},
            {.name = "data", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .cidr_mask = CCDK_NUM(24)}),
    });

    ccdk_ec2_security_group *database_sg = ccdk_ec2_security_group_new(stack, "DatabaseSg", &(ccdk_ec2_security_group_props){
        .vpc = vpc,
        .description = "the jobs database",
        .allow_all_outbound = CCDK_FALSE,
    });
    ccdk_ec2_security_group *worker_sg = ccdk_ec2_security_group_new(stack, "WorkerSg", &(ccdk_ec2_security_group_props){
        .vpc = vpc,
        .description = "batch workers",
    });

    ccdk_efs_file_system *file_system = ccdk_efs_file_system_new(stack, "Scratch", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED},
        .encrypted = CCDK_TRUE,
        .performance_mode = CCDK_EFS_PERFORMANCE_MODE_GENERAL_PURPOSE,
        .throughput_mode = CCDK_EFS_THROUGHPUT_MODE_ELASTIC,
        .lifecycle_policy = CCDK_EFS_LIFECYCLE_AFTER_14_DAYS,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_efs_access_point *access_point = ccdk_efs_file_system_add_access_point(file_system, "Jobs", &(ccdk_efs_access_point_options){
        .path = "/jobs",
        .create_acl = &(ccdk_efs_acl){.owner_uid = "1001", .owner_gid = "1001", .permissions = "750"},
        .posix_user = &(ccdk_efs_posix_user){.uid = "1001", .gid = "1001"},
    });

    ccdk_sqs_queue *dead_letters = ccdk_sqs_queue_new(stack, "JobsDlq", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14),
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_SQS_MANAGED,
    });
    ccdk_sqs_queue *jobs = ccdk_sqs_queue_new(stack, "Jobs", &(ccdk_sqs_queue_props){
        .visibility_timeout = ccdk_duration_minutes(6),
        .dead_letter_queue = &(ccdk_sqs_dead_letter_queue){.queue = dead_letters, .max_receive_count = CCDK_NUM(5)},
        .enforce_ssl = CCDK_TRUE,
    });

    ccdk_logs_log_group *worker_logs = ccdk_logs_log_group_new(stack, "WorkerLogs", &(ccdk_logs_log_group_props){
        .retention = CCDK_LOGS_RETENTION_ONE_MONTH,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        .data_protection_policy = &(ccdk_logs_data_protection_policy_props){
            .name = "batch-pii",
            .identifiers = CCDK_LIST_OF(ccdk_logs_data_identifier, {"EmailAddress"}, {"CreditCardNumber"},
                                        {"JobToken", "jt-[0-9a-f]{32}"}),
        },
    });

    ccdk_lambda_function *worker = ccdk_lambda_function_new(stack, "Worker", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "batch.work",
        .code = ccdk_lambda_code_from_asset(stack, "handlers", NULL),
        .memory_size = CCDK_NUM(2048),
        .timeout = ccdk_duration_minutes(1),
        .vpc = vpc,
        .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS},
        .security_groups = CCDK_LIST(worker_sg),
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(access_point, "/mnt/jobs"),
        .log_group = worker_logs,
        .logging_format = CCDK_LAMBDA_LOGGING_FORMAT_JSON,
        .application_log_level_v2 = CCDK_LAMBDA_APPLICATION_LOG_LEVEL_INFO,
        .system_log_level_v2 = CCDK_LAMBDA_SYSTEM_LOG_LEVEL_WARN,
        .environment = CCDK_KVS({"SCRATCH", "/mnt/jobs"}, {"DB_PORT", "5432"}),
        .ephemeral_storage_size = ccdk_size_gibibytes(2),
    });
    ccdk_ec2_connections_allow_to(ccdk_lambda_function_connections(worker), ccdk_ec2_security_group_connections(database_sg),
                                  ccdk_ec2_port_tcp(5432), "workers to the jobs database");
    ccdk_lambda_function_add_event_source(worker, ccdk_lambda_sqs_event_source(jobs, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(20),
        .max_batching_window = ccdk_duration_seconds(10),
        .max_concurrency = CCDK_NUM(5),
        .report_batch_item_failures = CCDK_TRUE,
    }));

    ccdk_lambda_alias *live = ccdk_lambda_alias_new(stack, "WorkerLive", &(ccdk_lambda_alias_props){
        .alias_name = "live",
        .version = ccdk_lambda_function_current_version(worker),
        .provisioned_concurrent_executions = CCDK_NUM(2),
    });
    ccdk_lambda_scalable_attribute *scaling = ccdk_lambda_alias_add_auto_scaling(live, &(ccdk_lambda_auto_scaling_options){
        .min_capacity = CCDK_NUM(2),
        .max_capacity = CCDK_NUM(20),
    });
    ccdk_lambda_scalable_attribute_scale_on_utilization(scaling, &(ccdk_lambda_utilization_scaling_options){
        .utilization_target = CCDK_NUM(0.7),
    });
    ccdk_lambda_scalable_attribute_scale_on_schedule(scaling, "NightlyBatch", &(ccdk_lambda_scaling_schedule){
        .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){.hour = "1", .minute = "0"}),
        .min_capacity = CCDK_NUM(10),
    });
    ccdk_lambda_scalable_attribute_scale_on_schedule(scaling, "Daytime", &(ccdk_lambda_scaling_schedule){
        .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){.hour = "6", .minute = "30"}),
        .min_capacity = CCDK_NUM(2),
    });

    ccdk_lambda_function *compactor = ccdk_lambda_function_new(stack, "Compactor", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "batch.compact",
        .code = ccdk_lambda_code_from_asset(stack, "handlers", NULL),
        .timeout = ccdk_duration_minutes(5),
        .vpc = vpc,
        .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED},
        .allow_all_outbound = CCDK_FALSE,
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(access_point, "/mnt/jobs"),
        .reserved_concurrent_executions = CCDK_NUM(1),
        .log_group = ccdk_logs_log_group_new(stack, "CompactorLogs", &(ccdk_logs_log_group_props){.retention = CCDK_LOGS_RETENTION_ONE_WEEK}),
    });
    ccdk_ec2_connections_allow_to(ccdk_lambda_function_connections(compactor), ccdk_ec2_security_group_connections(database_sg),
                                  ccdk_ec2_port_tcp(5432), NULL);

    ccdk_logs_metric_filter *failures = ccdk_logs_log_group_add_metric_filter(worker_logs, "JobFailures", &(ccdk_logs_metric_filter_props){
        .filter_pattern = ccdk_logs_filter_pattern_string_value(stack, "$.level", "=", "ERROR"),
        .metric_namespace = "Batch",
        .metric_name = "JobFailures",
        .metric_value = "1",
        .default_value = CCDK_NUM(0),
    });
    ccdk_cloudwatch_metric_create_alarm(
        ccdk_logs_metric_filter_metric(failures, &(ccdk_cloudwatch_metric_options){.statistic = "Sum", .period = ccdk_duration_minutes(5)}),
        stack, "JobFailuresAlarm", &(ccdk_cloudwatch_create_alarm_options){
            .threshold = CCDK_NUM(10),
            .evaluation_periods = CCDK_NUM(2),
            .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_NOT_BREACHING,
        });

    ccdk_cloudwatch_alarm_new(stack, "WorkerErrors", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_lambda_function_metric_errors(live, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_minutes(1)}),
        .threshold = CCDK_NUM(5),
        .evaluation_periods = CCDK_NUM(3),
        .datapoints_to_alarm = CCDK_NUM(2),
        .comparison_operator = CCDK_CW_GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    });
    ccdk_cloudwatch_metric_create_alarm(ccdk_lambda_function_metric_throttles(worker, NULL), stack, "WorkerThrottles",
                                        &(ccdk_cloudwatch_create_alarm_options){.threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)});
    ccdk_cloudwatch_metric_create_alarm(
        ccdk_sqs_queue_metric_approximate_age_of_oldest_message(jobs, &(ccdk_cloudwatch_metric_options){
            .period = ccdk_duration_minutes(5), .statistic = "Maximum"}),
        stack, "JobsBacklog", &(ccdk_cloudwatch_create_alarm_options){
            .threshold = CCDK_NUM(900), .evaluation_periods = CCDK_NUM(3), .alarm_description = "jobs waiting > 15 min"});
    ccdk_cloudwatch_metric_create_alarm(ccdk_sqs_queue_metric_approximate_number_of_messages_visible(dead_letters, NULL), stack,
                                        "DeadLetters", &(ccdk_cloudwatch_create_alarm_options){
                                            .threshold = CCDK_NUM(0),
                                            .comparison_operator = CCDK_CW_GREATER_THAN_THRESHOLD,
                                            .evaluation_periods = CCDK_NUM(1),
                                        });

    ccdk_cfn_output_new(stack, "JobsQueueUrl", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_url(jobs)});
    ccdk_cfn_output_new(stack, "LiveAliasArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_alias_arn(live)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
