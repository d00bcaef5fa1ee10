/* currentVersion of functions whose properties hold tokens, and of a function from an S3 bucket. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    const char *desc = ccdk_fn_join(stack, "", CCDK_STRS("Function in ", ccdk_stack_region(stack), " for ",
                                                         ccdk_stack_account(stack)));
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .description = desc,
        .environment = CCDK_KVS({"QUEUE_URL", ccdk_sqs_queue_url(queue)}, {"REGION", ccdk_aws_region(stack)},
                                {"STATIC", "x"}),
    });
    ccdk_lambda_function_add_alias(fn, "prod", &(ccdk_lambda_alias_options){.description = "production"});
    ccdk_lambda_function *from_bucket = ccdk_lambda_function_new(stack, "FromBucket", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_bucket(ccdk_s3_bucket_from_bucket_name(stack, "CodeBucket", "my-bucket"), "code.zip", "v1"),
        .dead_letter_queue = queue,
    });
    ccdk_cfn_output_new(stack, "BucketFnVersion", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_version_version(ccdk_lambda_function_current_version(from_bucket))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
