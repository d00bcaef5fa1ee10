/* Conformance case 'user-isolated-report-job': see app.js. */
#include <ccdk/dynamodb.h>
#include <ccdk/ec2.h>
#include <ccdk/ec2_vpc_endpoint_services.h>
#include <ccdk/efs.h>
#include <ccdk/events.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/s3.h>
#include <ccdk/secretsmanager.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "SalesReports", NULL);

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "ReportsVpc", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(2),
        .nat_gateways = CCDK_NUM(0),
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.name = "data", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .cidr_mask = CCDK_NUM(24)}),
        .restrict_default_security_group = CCDK_FALSE,
    });
    ccdk_ec2_gateway_vpc_endpoint *s3_endpoint = ccdk_ec2_vpc_add_gateway_endpoint(vpc, "S3",
        &(ccdk_ec2_gateway_vpc_endpoint_options){.service = CCDK_EC2_GATEWAY_VPC_ENDPOINT_AWS_SERVICE_S3});
    ccdk_ec2_vpc_add_gateway_endpoint(vpc, "Dynamo",
        &(ccdk_ec2_gateway_vpc_endpoint_options){.service = CCDK_EC2_GATEWAY_VPC_ENDPOINT_AWS_SERVICE_DYNAMODB});
    ccdk_ec2_interface_vpc_endpoint *secrets_endpoint = ccdk_ec2_vpc_add_interface_endpoint(vpc, "SecretsManager",
        &(ccdk_ec2_interface_vpc_endpoint_options){
            .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_SECRETS_MANAGER,
            .open = CCDK_FALSE,
        });

    ccdk_s3_bucket *reports = ccdk_s3_bucket_new(stack, "Reports", &(ccdk_s3_bucket_props){
        .enforce_ssl = CCDK_TRUE,
        .encryption = CCDK_S3_ENCRYPTION_S3_MANAGED,
        .lifecycle_rules = CCDK_LIST_OF(ccdk_s3_lifecycle_rule, {.prefix = "daily/", .expiration = ccdk_duration_days(90)}),
    });
    ccdk_ec2_gateway_vpc_endpoint_add_to_policy(s3_endpoint, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .principals = CCDK_LIST(ccdk_iam_any_principal(stack)),
        .actions = CCDK_STRS("s3:GetObject", "s3:PutObject", "s3:ListBucket"),
        .resources = CCDK_STRS(ccdk_s3_bucket_arn(reports), ccdk_s3_bucket_arn_for_objects(reports, "*")),
    }));

    ccdk_efs_file_system *scratch = ccdk_efs_file_system_new(stack, "Scratch", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED},
        .encrypted = CCDK_TRUE,
        .lifecycle_policy = CCDK_EFS_LIFECYCLE_AFTER_14_DAYS,
        .performance_mode = CCDK_EFS_PERFORMANCE_MODE_GENERAL_PURPOSE,
        .throughput_mode = CCDK_EFS_THROUGHPUT_MODE_BURSTING,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_efs_access_point *access_point = ccdk_efs_file_system_add_access_point(scratch, "ReportsAccessPoint",
        &(ccdk_efs_access_point_options){
            .path = "/reports",
            .create_acl = &(ccdk_efs_acl){.owner_uid = "1001", .owner_gid = "1001", .permissions = "750"},
            .posix_user = &(ccdk_efs_posix_user){.uid = "1001", .gid = "1001"},
        });

    ccdk_ec2_security_group *job_sg = ccdk_ec2_security_group_new(stack, "ReportJobSg", &(ccdk_ec2_security_group_props){
        .vpc = vpc,
        .allow_all_outbound = CCDK_FALSE,
        .description = "Sales report job",
    });
    ccdk_ec2_security_group_add_egress_rule(job_sg, ccdk_ec2_peer_prefix_list("pl-6ea54007"), ccdk_ec2_port_tcp(443),
                                            "S3 through the gateway endpoint", CCDK_UNSET);

    ccdk_dynamodb_table *sales = ccdk_dynamodb_table_from_table_name(stack, "Sales", "sales-orders");
    ccdk_secretsmanager_secret *db_secret = ccdk_secretsmanager_secret_from_secret_complete_arn(stack, "WarehouseSecret",
        "arn:aws:secretsmanager:eu-west-1:123456789012:secret:reports/warehouse-AbCdEf");

    ccdk_lambda_function *job = ccdk_lambda_function_new(stack, "ReportJob", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "report.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return event\n"),
        .timeout = ccdk_duration_minutes(10),
        .memory_size = CCDK_NUM(2048),
        .vpc = vpc,
        .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED},
        .security_groups = CCDK_LIST(job_sg),
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(access_point, "/mnt/reports"),
        .reserved_concurrent_executions = CCDK_NUM(1),
        .retry_attempts = CCDK_NUM(0),
        .environment = CCDK_KVS(
            {"REPORTS_BUCKET", ccdk_s3_bucket_name(reports)},
            {"SALES_TABLE", ccdk_dynamodb_table_name(sales)},
            {"WAREHOUSE_SECRET_ARN", ccdk_secretsmanager_secret_arn(db_secret)},
            {"SCRATCH_DIR", "/mnt/reports"}),
    });
    ccdk_ec2_connections_allow_to(ccdk_lambda_function_connections(job),
                                  ccdk_ec2_interface_vpc_endpoint_connections(secrets_endpoint),
                                  ccdk_ec2_port_tcp(443), "Secrets Manager endpoint");
    ccdk_dynamodb_table_grant_read_data(sales, job);
    ccdk_secretsmanager_secret_grant_read(db_secret, job);
    ccdk_s3_bucket_grant_read_write(reports, job, "daily/*");

    ccdk_value *daily_input = ccdk_v_object(stack);
    ccdk_v_set(daily_input, "report", ccdk_v_string(stack, "daily-sales"));
    ccdk_v_set(daily_input, "requestedAt", ccdk_v_string(stack, ccdk_events_event_field_time(stack)));
    ccdk_events_rule_new(stack, "Weekdays", &(ccdk_events_rule_props){
        .description = "Daily sales report, weekdays 06:15 UTC",
        .schedule = ccdk_events_schedule_cron(stack, &(ccdk_events_cron_options){
            .minute = "15", .hour = "6", .week_day = "MON-FRI"}),
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(job, &(ccdk_events_lambda_function_target_props){
            .event = ccdk_events_rule_target_input_from_object(stack, daily_input),
            .retry_attempts = CCDK_NUM(2),
        })),
    });
    ccdk_events_rule *monthly = ccdk_events_rule_new(stack, "Monthly", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_expression(stack, "cron(0 7 1 * ? *)"),
    });
    ccdk_value *monthly_input = ccdk_v_object(stack);
    ccdk_v_set(monthly_input, "report", ccdk_v_string(stack, "monthly-sales"));
    ccdk_v_set(monthly_input, "month", ccdk_v_string(stack, ccdk_events_event_field_from_path(stack, "$.time")));
    ccdk_events_rule_add_target(monthly, ccdk_events_targets_lambda_function(job, &(ccdk_events_lambda_function_target_props){
        .event = ccdk_events_rule_target_input_from_object(stack, monthly_input),
        .max_event_age = ccdk_duration_hours(1),
    }));

    ccdk_cfn_output_new(stack, "ScratchFileSystemId", &(ccdk_cfn_output_props){.value = ccdk_efs_file_system_id(scratch)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
