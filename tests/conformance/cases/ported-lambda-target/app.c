/* Conformance case 'ported-lambda-target': lambda.test.ts 'lambda as notification target' in the
 * stack a NULL id makes ('Default'): see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    /* GIVEN */
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_s3_bucket *bucket_a = ccdk_s3_bucket_new(stack, "MyBucket", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
    });
    /* WHEN */
    ccdk_s3_bucket_add_object_created_notification(bucket_a, ccdk_s3_lambda_destination(fn),
                                                   CCDK_S3_FILTERS({.suffix = ".png"}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
