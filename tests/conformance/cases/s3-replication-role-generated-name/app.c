/* Conformance case 's3-replication-role-generated-name': see app.js. */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/aws-s3:setUniqueReplicationRoleName", "true"})});
    ccdk_stack *dst = ccdk_stack_new(app, "DestinationStack", &(ccdk_stack_props){.account = "222222222222", .region = "us-east-1"});
    ccdk_s3_bucket *destination = ccdk_s3_bucket_new(dst, "Destination", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE, .bucket_name = "replica-destination-bucket"});
    ccdk_stack *src = ccdk_stack_new(app, "SourceStack", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    ccdk_s3_bucket *source = ccdk_s3_bucket_new(src, "Source", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE,
        .replication_rules = CCDK_LIST_OF(ccdk_s3_replication_rule, {
            .destination = destination, .priority = CCDK_NUM(1), .access_control_transition = CCDK_TRUE}),
    });
    ccdk_s3_bucket *local_destination = ccdk_s3_bucket_new(src, "LocalDestination", &(ccdk_s3_bucket_props){.versioned = CCDK_TRUE});
    ccdk_s3_bucket *local = ccdk_s3_bucket_new(src, "LocalSource", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE,
        .replication_rules = CCDK_LIST_OF(ccdk_s3_replication_rule, {.destination = local_destination, .priority = CCDK_NUM(1)}),
    });
    ccdk_s3_bucket_add_replication_policy(destination, ccdk_s3_bucket_replication_role_arn(source), CCDK_TRUE, "111111111111");
    ccdk_cfn_output_new(src, "LocalRole", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_replication_role_arn(local)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
