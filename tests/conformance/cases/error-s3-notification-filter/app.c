/* two prefix rules in the filters of one notification */
#include <ccdk/lambda.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X, .handler = "index.handler", .code = ccdk_lambda_code_from_inline(stack, "x")});
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
    ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED, ccdk_s3_lambda_destination(fn),
                                          CCDK_S3_FILTERS({.prefix = "a/"}, {.prefix = "b/"}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
