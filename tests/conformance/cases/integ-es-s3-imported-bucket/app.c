/* Conformance case 'integ-es-s3-imported-bucket': aws-cdk's integ.s3.imported-bucket.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest dropped; app.synth() added; the file's Bucket.BucketEncryption (undefined in aws-cdk-lib 2.276.0) written as s3.BucketEncryption */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>

/* test-function.ts's TestFunction: Code.fromInline(`exports.handler = ${handler.toString()}`) (the text
 * of app.js's handler), runtime STANDARD_NODEJS_RUNTIME (NODEJS_18_X) */
static ccdk_lambda_function *test_function(ccdk_stack *scope, const char *id)
{
    return ccdk_lambda_function_new(scope, id, &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(scope, "exports.handler = async function handler(event) {\n"
                                                    "  console.log('event:', JSON.stringify(event, undefined, 2));\n"
                                                    "  return { event };\n"
                                                    "}"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    ccdk_stack *stack1 = ccdk_stack_new(app, "TestStack1", NULL);
    ccdk_stack *stack2 = ccdk_stack_new(app, "TestStack2", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack1, "bucket", &(ccdk_s3_bucket_props){
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        .encryption = CCDK_S3_ENCRYPTION_S3_MANAGED,
    });
    ccdk_lambda_function *fn = test_function(stack2, "F");
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_s3_event_source_v2(
        ccdk_s3_bucket_from_bucket_name(stack2, "Imported", ccdk_s3_bucket_name(bucket)),
        &(ccdk_lambda_s3_event_source_props){.events = CCDK_STRS(CCDK_S3_OBJECT_CREATED)}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
