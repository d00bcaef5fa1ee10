/* Bucket.fromBucketAttributes with an ARN given as the bucketName (see app.js) */
#include <ccdk/kms.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.region = "us-east-1"});
    ccdk_s3_bucket_from_bucket_attributes(stack, "MyBucket3", &(ccdk_s3_bucket_attributes){.bucket_name = "arn:aws:s3:::example-com"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
