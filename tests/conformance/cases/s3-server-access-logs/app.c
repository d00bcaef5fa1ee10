/* server access logs: targets, prefixes, key formats, an encrypted and an imported target (see app.js). */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *logs = ccdk_s3_bucket_new(stack, "Logs", NULL);
    ccdk_s3_bucket_new(stack, "Source", &(ccdk_s3_bucket_props){
        .server_access_logs_bucket = logs,
        .server_access_logs_prefix = "source/",
        .target_object_key_format = {CCDK_S3_KEY_FORMAT_PARTITIONED_PREFIX, CCDK_S3_PARTITION_DATE_SOURCE_EVENT_TIME},
    });
    ccdk_s3_bucket_new(stack, "Other", &(ccdk_s3_bucket_props){.server_access_logs_bucket = logs});
    ccdk_s3_bucket_new(stack, "Self", &(ccdk_s3_bucket_props){
        .server_access_logs_prefix = "self/",
        .target_object_key_format = {.kind = CCDK_S3_KEY_FORMAT_SIMPLE_PREFIX},
    });
    ccdk_s3_bucket *encrypted = ccdk_s3_bucket_new(stack, "EncryptedLogs", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_KMS});
    ccdk_s3_bucket_new(stack, "ToEncrypted", &(ccdk_s3_bucket_props){
        .server_access_logs_bucket = encrypted, .server_access_logs_prefix = "enc"});
    ccdk_s3_bucket_new(stack, "ToImported", &(ccdk_s3_bucket_props){
        .server_access_logs_bucket = ccdk_s3_bucket_from_bucket_name(stack, "ImportedLogs", "my-logs-bucket")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
