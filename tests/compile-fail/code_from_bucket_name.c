/* Code.fromBucket takes a bucket (as in TypeScript), not the bucket's name. */
// expect: incompatible|ccdk_s3_bucket
#include <ccdk/lambda.h>
#include <ccdk/s3.h>

ccdk_lambda_code *f(ccdk_stack *stack)
{
#ifndef CONTROL
    return ccdk_lambda_code_from_bucket("my-bucket", "code.zip", NULL);
#else
    return ccdk_lambda_code_from_bucket(ccdk_s3_bucket_from_bucket_name(stack, "Code", "my-bucket"), "code.zip", NULL);
#endif
}
