/* event-sources-s3-alias: S3EventSource and S3EventSourceV2 bound to an Alias and to a Version
 * (LambdaDestination's permission under the alias or version, named by its permissionsNode; the
 * notification's LambdaFunctionArn is the alias's or version's ARN), and S3EventSource bound to
 * imported functions of the stack's account and of another */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    /* aws-cdk's test/test-function.ts */
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async function handler(event) { return { event }; }"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
    });
    ccdk_lambda_alias *live = ccdk_lambda_function_add_alias(fn, "live", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "B", NULL);
    ccdk_lambda_function_add_event_source(live, ccdk_lambda_s3_event_source(bucket, &(ccdk_lambda_s3_event_source_props){
        .events = CCDK_STRS(CCDK_S3_OBJECT_CREATED, CCDK_S3_OBJECT_REMOVED),
        .filters = CCDK_LIST_OF(ccdk_s3_notification_key_filter, {.prefix = "in/"}),
    }));
    ccdk_s3_bucket *other = ccdk_s3_bucket_new(stack, "Other", NULL);
    ccdk_lambda_function_add_event_source(ccdk_lambda_function_current_version(fn),
                                          ccdk_lambda_s3_event_source_v2(other, &(ccdk_lambda_s3_event_source_props){
                                              .events = CCDK_STRS(CCDK_S3_OBJECT_CREATED_PUT)}));

    /* imported functions: of the stack's account (the permission), of another (a warning, no permission) */
    ccdk_stack *imports = ccdk_stack_new(app, "Imports", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_s3_bucket *images = ccdk_s3_bucket_new(imports, "Images", NULL);
    const char *ids[] = {"Mine", "Theirs"};
    const char *arns[] = {"arn:aws:lambda:us-east-1:123456789012:function:mine", "arn:aws:lambda:us-east-1:999999999999:function:theirs"};
    for (int i = 0; i < 2; i++)
        ccdk_lambda_function_add_event_source(ccdk_lambda_function_from_function_arn(imports, ids[i], arns[i]),
                                              ccdk_lambda_s3_event_source(images, &(ccdk_lambda_s3_event_source_props){
                                                  .events = CCDK_STRS(CCDK_S3_OBJECT_CREATED),
                                                  .filters = CCDK_LIST_OF(ccdk_s3_notification_key_filter,
                                                                          {.suffix = ccdk_fmt(imports, ".%s", ids[i])}),
                                              }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
