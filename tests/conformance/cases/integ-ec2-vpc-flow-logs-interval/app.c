/* Conformance case 'integ-ec2-vpc-flow-logs-interval': aws-ec2 test/integ.vpc-flow-logs-interval.ts
 * (dropped: the IntegTest). */
#include <stdio.h>
#include <ccdk/ec2.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *stack = ccdk_stack_new(app, "FlowLogsTestStack", NULL);
    ccdk_node_set_context(stack, "@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", "false");

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", NULL);

    ccdk_ec2_flow_log_new(stack, "FlowLogsCW", &(ccdk_ec2_flow_log_props){
        .resource_type = ccdk_ec2_flow_log_resource_type_from_vpc(vpc),
        .max_aggregation_interval = CCDK_EC2_FLOW_LOG_MAX_AGGREGATION_INTERVAL_TEN_MINUTES,
    });

    ccdk_ec2_vpc_add_flow_log(vpc, "FlowLogsS3", &(ccdk_ec2_flow_log_options){
        .destination = ccdk_ec2_flow_log_destination_to_s3(NULL, NULL, NULL),
        .max_aggregation_interval = CCDK_EC2_FLOW_LOG_MAX_AGGREGATION_INTERVAL_ONE_MINUTE,
    });

    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", &(ccdk_s3_bucket_props){
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        .auto_delete_objects = CCDK_TRUE,
    });
    char objects[256];
    snprintf(objects, sizeof objects, "AWSLogs/%s/*", ccdk_stack_account(stack));
    const char *logs_arn = ccdk_stack_format_arn(stack, "logs", "*", NULL, NULL);
    char conditions[1024];
    snprintf(conditions, sizeof conditions,
             "{\"StringEquals\": {\"s3:x-amz-acl\": \"bucket-owner-full-control\", \"aws:SourceAccount\": \"%s\"},"
             " \"ArnLike\": {\"aws:SourceArn\": \"%s\"}}",
             ccdk_stack_account(stack), logs_arn);
    ccdk_s3_bucket_add_to_resource_policy(bucket, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .effect = CCDK_IAM_ALLOW,
        .principals = CCDK_LIST(ccdk_iam_service_principal(stack, "delivery.logs.amazonaws.com")),
        .actions = CCDK_STRS("s3:PutObject"),
        .resources = CCDK_STRS(ccdk_s3_bucket_arn_for_objects(bucket, objects)),
        .conditions = ccdk_v_json(stack, conditions),
    }));
    snprintf(conditions, sizeof conditions,
             "{\"StringEquals\": {\"aws:SourceAccount\": \"%s\"}, \"ArnLike\": {\"aws:SourceArn\": \"%s\"}}",
             ccdk_stack_account(stack), logs_arn);
    ccdk_s3_bucket_add_to_resource_policy(bucket, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .effect = CCDK_IAM_ALLOW,
        .principals = CCDK_LIST(ccdk_iam_service_principal(stack, "delivery.logs.amazonaws.com")),
        .actions = CCDK_STRS("s3:GetBucketAcl", "s3:ListBucket"),
        .resources = CCDK_STRS(ccdk_s3_bucket_arn(bucket)),
        .conditions = ccdk_v_json(stack, conditions),
    }));

    ccdk_ec2_vpc_add_flow_log(vpc, "FlowLogsS3KeyPrefix", &(ccdk_ec2_flow_log_options){
        .destination = ccdk_ec2_flow_log_destination_to_s3(bucket, "prefix/", NULL),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
