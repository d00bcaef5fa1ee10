/* ec2 flow logs: the Vpc's flow_logs (CloudWatch Logs, own group and role); addFlowLog to S3 (key
 * prefix, Parquet, REJECT, one minute, custom format; the bucket's logging policy under the flag)
 * and to an own bucket; new FlowLog for a subnet into a given group with a given role, for a network
 * interface with an imported role, to S3 with Hive partitions, for a transit gateway attachment; a function reading the group. */
#include <ccdk/lambda.h>
#include <ccdk/logs.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(1),
        .nat_gateways = CCDK_NUM(0),
        .restrict_default_security_group = CCDK_FALSE,
        .flow_logs = CCDK_LIST_OF(ccdk_ec2_vpc_flow_log, {"FlowLogs", {0}}),
    });
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "LogBucket", NULL);
    ccdk_ec2_flow_log *to_s3 = ccdk_ec2_vpc_add_flow_log(vpc, "ToS3", &(ccdk_ec2_flow_log_options){
        .destination = ccdk_ec2_flow_log_destination_to_s3(bucket, "flow",
            &(ccdk_ec2_s3_destination_options){.file_format = CCDK_EC2_FLOW_LOG_FILE_FORMAT_PARQUET}),
        .traffic_type = CCDK_EC2_FLOW_LOG_TRAFFIC_TYPE_REJECT,
        .max_aggregation_interval = CCDK_EC2_FLOW_LOG_MAX_AGGREGATION_INTERVAL_ONE_MINUTE,
        .log_format = CCDK_STRS(CCDK_EC2_LOG_FORMAT_FIELD("srcaddr"), CCDK_EC2_LOG_FORMAT_FIELD("dstaddr"), "${action}"),
    });
    ccdk_ec2_vpc_add_flow_log(vpc, "OwnBucket", &(ccdk_ec2_flow_log_options){
        .destination = ccdk_ec2_flow_log_destination_to_s3(NULL, NULL, NULL),
        .traffic_type = CCDK_EC2_FLOW_LOG_TRAFFIC_TYPE_ACCEPT,
        .max_aggregation_interval = CCDK_EC2_FLOW_LOG_MAX_AGGREGATION_INTERVAL_TEN_MINUTES,
    });
    ccdk_logs_log_group *group = ccdk_logs_log_group_new(stack, "Group",
        &(ccdk_logs_log_group_props){.retention = CCDK_LOGS_RETENTION_ONE_WEEK});
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "vpc-flow-logs.amazonaws.com"),
    });
    ccdk_ec2_flow_log *subnet_log = ccdk_ec2_flow_log_new(stack, "SubnetLog", &(ccdk_ec2_flow_log_props){
        .resource_type = ccdk_ec2_flow_log_resource_type_from_subnet(ccdk_ec2_vpc_isolated_subnets(vpc).items[0]),
        .destination = ccdk_ec2_flow_log_destination_to_cloud_watch_logs(group, role),
        .flow_log_name = "isolated-subnet",
        .log_format = CCDK_STRS(CCDK_EC2_LOG_FORMAT_ALL_DEFAULT_FIELDS),
    });
    ccdk_iam_role *imported = ccdk_iam_role_from_role_arn(stack, "Imported", "arn:aws:iam::123456789012:role/flow-logs");
    ccdk_ec2_flow_log_new(stack, "EniLog", &(ccdk_ec2_flow_log_props){
        .resource_type = ccdk_ec2_flow_log_resource_type_from_network_interface_id("eni-123456"),
        .destination = ccdk_ec2_flow_log_destination_to_cloud_watch_logs(NULL, imported),
    });
    ccdk_ec2_flow_log_new(stack, "HiveLog", &(ccdk_ec2_flow_log_props){
        .resource_type = ccdk_ec2_flow_log_resource_type_from_vpc(vpc),
        .destination = ccdk_ec2_flow_log_destination_to_s3(bucket, NULL,
            &(ccdk_ec2_s3_destination_options){.hive_compatible_partitions = CCDK_TRUE, .per_hour_partition = CCDK_TRUE}),
    });
    ccdk_ec2_flow_log_new(stack, "TgwLog", &(ccdk_ec2_flow_log_props){
        .resource_type = ccdk_ec2_flow_log_resource_type_from_transit_gateway_attachment_id("tgw-attach-123456"),
        .max_aggregation_interval = CCDK_EC2_FLOW_LOG_MAX_AGGREGATION_INTERVAL_ONE_MINUTE,
    });
    ccdk_lambda_function *reader = ccdk_lambda_function_new(stack, "Reader", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
        .environment = CCDK_KVS({"GROUP", ccdk_logs_log_group_name(ccdk_ec2_flow_log_log_group(subnet_log))},
                                {"FLOW_LOG", ccdk_ec2_flow_log_id(to_s3)},
                                {"PREFIX", ccdk_ec2_flow_log_key_prefix(to_s3)}),
    });
    ccdk_logs_log_group_grant_read(ccdk_ec2_flow_log_log_group(subnet_log), reader);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
