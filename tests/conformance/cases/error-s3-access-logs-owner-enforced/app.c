/* error-s3-access-logs-owner-enforced: a BUCKET_OWNER_ENFORCED bucket as a server access logs target. */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *logs = ccdk_s3_bucket_new(stack, "Logs", &(ccdk_s3_bucket_props){
        .object_ownership = CCDK_S3_OBJECT_OWNERSHIP_BUCKET_OWNER_ENFORCED});
    ccdk_s3_bucket_new(stack, "Source", &(ccdk_s3_bucket_props){.server_access_logs_bucket = logs});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
