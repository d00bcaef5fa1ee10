/* an object lock retention of more than 100 years */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket_new(stack, "Bucket", &(ccdk_s3_bucket_props){
        .object_lock_default_retention = {CCDK_S3_OBJECT_LOCK_GOVERNANCE, ccdk_duration_days(365 * 100 + 1)},
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
