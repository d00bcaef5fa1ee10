/* bucket.test.ts's replication tests as written (see app.js). */
#include <ccdk/kms.h>
#include <ccdk/s3.h>

static void cross_account(ccdk_app *app, const char *suffix, const char *lower, ccdk_tristate access_control_transition)
{
    ccdk_stack *stack = ccdk_stack_new(app, ccdk_fmt(app, "stack%s", suffix), &(ccdk_stack_props){
        .account = "111111111111", .region = "us-east-1"});
    ccdk_stack *dst_stack = ccdk_stack_new(app, ccdk_fmt(app, "DstStack%s", suffix), &(ccdk_stack_props){.account = "222222222222"});
    ccdk_s3_bucket *dst = ccdk_s3_bucket_new(dst_stack, "DstBucket", &(ccdk_s3_bucket_props){
        .bucket_name = ccdk_fmt(app, "another-account-dst-bucket%s", lower)});
    ccdk_s3_bucket_new(stack, "SrcBucket", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE,
        .replication_rules = CCDK_LIST_OF(ccdk_s3_replication_rule, {
            .destination = dst, .access_control_transition = access_control_transition}),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *defaults = ccdk_stack_new(app, "Defaults", NULL);
    ccdk_s3_bucket_new(defaults, "SrcBucket", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE,
        .replication_rules = CCDK_LIST_OF(ccdk_s3_replication_rule, {.destination = ccdk_s3_bucket_new(defaults, "DstBucket", NULL)}),
    });

    ccdk_stack *full = ccdk_stack_new(app, "Full", NULL);
    ccdk_s3_bucket *full_dst = ccdk_s3_bucket_new(full, "DstBucket", NULL);
    ccdk_kms_key *kms_key = ccdk_kms_key_new(full, "Key", NULL);
    ccdk_s3_bucket_new(full, "SrcBucket", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE,
        .replication_rules = CCDK_LIST_OF(ccdk_s3_replication_rule, {
            .destination = full_dst,
            .replication_time_control = CCDK_S3_REPLICATION_TIME_FIFTEEN_MINUTES,
            .metrics = CCDK_S3_REPLICATION_TIME_FIFTEEN_MINUTES,
            .kms_key = kms_key,
            .storage_class = CCDK_S3_STORAGE_CLASS_GLACIER,
            .sse_kms_encrypted_objects = CCDK_TRUE,
            .replica_modifications = CCDK_TRUE,
            .id = "rule1",
            .priority = CCDK_NUM(1),
            .delete_marker_replication = CCDK_FALSE,
            .filter = {.prefix = "filterWord", .tags = CCDK_KVS({"filterKey", "filterValue"})},
        }),
    });

    ccdk_stack *source_enc = ccdk_stack_new(app, "SourceEncryption", NULL);
    ccdk_s3_bucket *enc_dst = ccdk_s3_bucket_new(source_enc, "DstBucket", NULL);
    ccdk_s3_bucket_new(source_enc, "SrcBucket", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE,
        .encryption = CCDK_S3_ENCRYPTION_KMS,
        .encryption_key = ccdk_kms_key_new(source_enc, "Key", NULL),
        .replication_rules = CCDK_LIST_OF(ccdk_s3_replication_rule, {.destination = enc_dst}),
    });

    cross_account(app, "", "", CCDK_UNSET);
    cross_account(app, "Acl", "acl", CCDK_TRUE);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
