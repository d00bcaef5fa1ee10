/* a bucket name of one character (see app.js) */
#include <ccdk/kms.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket_new(stack, "MyBucket1", &(ccdk_s3_bucket_props){.bucket_name = "a"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
