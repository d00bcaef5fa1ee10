/* publicReadAccess with a blockPublicAccess that blocks public policies only (see app.js) */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket_new(stack, "Bucket", &(ccdk_s3_bucket_props){
        .public_read_access = CCDK_TRUE,
        .block_public_access = &(ccdk_s3_block_public_access){
            .block_public_policy = CCDK_TRUE,
            .block_public_acls = CCDK_FALSE,
            .ignore_public_acls = CCDK_FALSE,
            .restrict_public_buckets = CCDK_FALSE,
        },
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
