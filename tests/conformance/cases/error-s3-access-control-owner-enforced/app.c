/* accessControl PublicRead with objectOwnership BUCKET_OWNER_ENFORCED */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket_new(stack, "Bucket", &(ccdk_s3_bucket_props){.access_control = CCDK_S3_ACCESS_CONTROL_PUBLIC_READ, .object_ownership = CCDK_S3_OBJECT_OWNERSHIP_BUCKET_OWNER_ENFORCED});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
