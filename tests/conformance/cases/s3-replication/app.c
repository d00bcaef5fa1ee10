/* s3.Bucket replicationRules, replicationRole and addReplicationPolicy (see app.js). */
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *destination = ccdk_s3_bucket_new(stack, "Destination", &(ccdk_s3_bucket_props){.versioned = CCDK_TRUE});
    ccdk_kms_key *replica_key = ccdk_kms_key_new(stack, "ReplicaKey", NULL);
    ccdk_s3_bucket *cross_account = ccdk_s3_bucket_from_bucket_attributes(stack, "CrossAccount", &(ccdk_s3_bucket_attributes){
        .bucket_name = "cross-account-bucket", .account = "111111111111"});
    ccdk_s3_bucket_new(stack, "Source", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE,
        .encryption = CCDK_S3_ENCRYPTION_KMS,
        .replication_rules = CCDK_LIST_OF(ccdk_s3_replication_rule,
            {
                .destination = destination,
                .id = "same-account",
                .priority = CCDK_NUM(1),
                .storage_class = CCDK_S3_STORAGE_CLASS_INFREQUENT_ACCESS,
                .kms_key = replica_key,
                .sse_kms_encrypted_objects = CCDK_TRUE,
                .replica_modifications = CCDK_FALSE,
                .delete_marker_replication = CCDK_TRUE,
                .replication_time_control = CCDK_S3_REPLICATION_TIME_FIFTEEN_MINUTES,
                .metrics = CCDK_S3_REPLICATION_TIME_FIFTEEN_MINUTES,
                .filter = {.prefix = "data/"},
            },
            {
                .destination = cross_account,
                .priority = CCDK_NUM(2),
                .access_control_transition = CCDK_TRUE,
                .metrics = CCDK_S3_REPLICATION_TIME_FIFTEEN_MINUTES,
                .filter = {.prefix = "logs/", .tags = CCDK_KVS({"team", "a"}, {"env", "prod"})},
            }),
    });
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "GivenRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "s3.amazonaws.com")});
    ccdk_s3_bucket_new(stack, "SourceWithRole", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE,
        .replication_role = role,
        .replication_rules = CCDK_LIST_OF(ccdk_s3_replication_rule, {
            .destination = destination, .sse_kms_encrypted_objects = CCDK_FALSE, .delete_marker_replication = CCDK_FALSE}),
    });
    ccdk_s3_bucket_add_replication_policy(destination, ccdk_iam_role_arn(role), CCDK_TRUE, "222222222222");
    ccdk_s3_bucket_add_replication_policy(destination, "arn:aws:iam::333333333333:role/other", CCDK_UNSET, NULL);
    ccdk_s3_bucket_add_replication_policy(cross_account, ccdk_iam_role_arn(role), CCDK_UNSET, NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
