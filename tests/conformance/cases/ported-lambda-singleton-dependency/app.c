/* Conformance case 'ported-lambda-singleton-dependency': lambda.test.ts 'permissions are added as a
 * dependency to the notifications resource when using singleton function' in the stack a NULL id
 * makes ('Default'): see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_singleton.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "MyBucket", NULL);
    ccdk_lambda_singleton_function *fn = ccdk_lambda_singleton_function_new(stack, "MyFunction",
        &(ccdk_lambda_singleton_function_props){
            .uuid = "uuid",
            .function = {
                .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
                .handler = "index.handler",
                .code = ccdk_lambda_code_from_inline(stack, "foo"),
            },
        });
    ccdk_s3_notification_destination *lambda_destination = ccdk_s3_lambda_destination(fn);
    ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED, lambda_destination,
                                          CCDK_S3_FILTERS({.prefix = "v1/"}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
