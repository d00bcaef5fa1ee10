/* accessControl LOG_DELIVERY_WRITE with objectOwnership BUCKET_OWNER_ENFORCED (see app.js) */
#include <ccdk/kms.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket_new(stack, "AccessLogs", &(ccdk_s3_bucket_props){
        .bucket_name = "mylogbucket",
        .access_control = CCDK_S3_ACCESS_CONTROL_LOG_DELIVERY_WRITE,
        .object_ownership = CCDK_S3_OBJECT_OWNERSHIP_BUCKET_OWNER_ENFORCED,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
