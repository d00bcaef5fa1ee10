/* A LambdaDestination takes an IFunction (a Function, Version or Alias); a bucket is not one. */
// expect: _Generic|Generic
#include <ccdk/s3.h>

void f(ccdk_lambda_function *fn, ccdk_s3_bucket *bucket)
{
#ifndef CONTROL
    ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED, ccdk_s3_lambda_destination(bucket),
                                          CCDK_S3_NO_FILTERS);
#else
    ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED, ccdk_s3_lambda_destination(fn),
                                          CCDK_S3_FILTERS({.prefix = "in/", .suffix = ".jpg"}, {.suffix = ".png"}));
    ccdk_s3_bucket_grant_read(bucket, fn, NULL); /* a Function as the grantee: its role */
#endif
}
