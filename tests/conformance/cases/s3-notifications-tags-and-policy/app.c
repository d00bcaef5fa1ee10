/* Tags, Version and imported-function destinations, a bucket policy made after the notification (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>
int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_tags_add(stack, "team", "x");
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "F", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X, .handler = "i.h", .code = ccdk_lambda_code_from_inline(stack, "x")});
    ccdk_lambda_version *v = ccdk_lambda_function_current_version(fn);
    ccdk_s3_bucket *b = ccdk_s3_bucket_new(stack, "B", &(ccdk_s3_bucket_props){.encryption = CCDK_S3_ENCRYPTION_DSSE_MANAGED});
    ccdk_s3_bucket_add_event_notification(b, CCDK_S3_OBJECT_CREATED, ccdk_s3_lambda_destination(v), CCDK_S3_NO_FILTERS);
    ccdk_lambda_function *imp = ccdk_lambda_function_from_function_arn(stack, "I", "arn:aws:lambda:us-east-1:123456789012:function:other");
    ccdk_s3_bucket_add_event_notification(b, CCDK_S3_OBJECT_REMOVED, ccdk_s3_lambda_destination(imp), CCDK_S3_NO_FILTERS);
    ccdk_s3_bucket_grant_read(b, ccdk_iam_account_principal(stack, "123456789012"), NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
