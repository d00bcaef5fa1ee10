/* Conformance case 'ported-lambda-multiple-functions': lambda.test.ts 'add notifications to multiple
 * functions' in the stack a NULL id makes ('Default'): see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "MyBucket", NULL);
    ccdk_lambda_function *fn1 = ccdk_lambda_function_new(stack, "MyFunction1", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
    });
    ccdk_lambda_function *fn2 = ccdk_lambda_function_new(stack, "MyFunction2", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
    });
    ccdk_s3_notification_destination *lambda_destination1 = ccdk_s3_lambda_destination(fn1);
    ccdk_s3_notification_destination *lambda_destination2 = ccdk_s3_lambda_destination(fn2);
    ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED, lambda_destination1,
                                          CCDK_S3_FILTERS({.prefix = "v1/"}));
    ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED, lambda_destination2,
                                          CCDK_S3_FILTERS({.prefix = "v2/"}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
