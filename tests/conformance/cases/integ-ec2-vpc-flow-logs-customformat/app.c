/* Conformance case 'integ-ec2-vpc-flow-logs-customformat': aws-ec2 test/integ.vpc-flow-logs-customformat.ts
 * (dropped: the IntegTest). LogFormat.X is CCDK_EC2_LOG_FORMAT_FIELD of its field name. */
#include <ccdk/ec2.h>
#include <ccdk/s3.h>

#define F CCDK_EC2_LOG_FORMAT_FIELD

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *stack = ccdk_stack_new(app, "FlowLogsTestStack", NULL);

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", NULL);

    ccdk_ec2_flow_log_new(stack, "FlowLogsCW", &(ccdk_ec2_flow_log_props){
        .resource_type = ccdk_ec2_flow_log_resource_type_from_vpc(vpc),
        .log_format = CCDK_STRS(F("srcport")),
    });
    ccdk_ec2_flow_log_new(stack, "FlowLogsAllFormatCW", &(ccdk_ec2_flow_log_props){
        .resource_type = ccdk_ec2_flow_log_resource_type_from_vpc(vpc),
        .log_format = CCDK_STRS(F("version"), F("account-id"), F("interface-id"), F("srcaddr"), F("dstaddr"),
                                F("srcport"), F("dstport"), F("protocol"), F("packets"), F("bytes"), F("start"),
                                F("end"), F("action"), F("log-status"), F("vpc-id"), F("subnet-id"),
                                F("instance-id"), F("tcp-flags"), F("type"), F("pkt-srcaddr"), F("pkt-dstaddr"),
                                F("region"), F("az-id"), F("sublocation-type"), F("sublocation-id"),
                                F("pkt-src-aws-service"), F("pkt-dst-aws-service"), F("flow-direction"),
                                F("traffic-path")),
    });

    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", &(ccdk_s3_bucket_props){
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        .auto_delete_objects = CCDK_TRUE,
    });
    ccdk_ec2_vpc_add_flow_log(vpc, "FlowLogsS3", &(ccdk_ec2_flow_log_options){
        .destination = ccdk_ec2_flow_log_destination_to_s3(bucket, "prefix/", NULL),
        .log_format = CCDK_STRS(F("dstport"), F("srcport")),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
