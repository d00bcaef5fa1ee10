/* grantPublicAccess on a bucket whose blockPublicAccess blocks public policies (BLOCK_ALL) */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *b = ccdk_s3_bucket_new(stack, "Bucket", &(ccdk_s3_bucket_props){.block_public_access = CCDK_S3_BLOCK_ALL});
    ccdk_s3_bucket_grant_public_access(b, NULL, (ccdk_strs)CCDK_EMPTY_LIST);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
