/* autoDeleteObjects on two buckets of a stack, one provider (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket_new(stack, "Scratch", &(ccdk_s3_bucket_props){
        .auto_delete_objects = CCDK_TRUE, .removal_policy = CCDK_REMOVAL_POLICY_DESTROY});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X, .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};")});
    ccdk_s3_bucket *uploads = ccdk_s3_bucket_new(stack, "Uploads", &(ccdk_s3_bucket_props){
        .auto_delete_objects = CCDK_TRUE,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        .enforce_ssl = CCDK_TRUE,
        .versioned = CCDK_TRUE,
    });
    ccdk_s3_bucket_add_event_notification(uploads, CCDK_S3_OBJECT_CREATED, ccdk_s3_lambda_destination(fn), CCDK_S3_NO_FILTERS);
    ccdk_s3_bucket_grant_read(uploads, fn, NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
