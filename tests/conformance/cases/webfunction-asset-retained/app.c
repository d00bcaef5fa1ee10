/* Revisions kept with RemovalPolicy.RETAIN and RETAIN_ON_UPDATE_OR_DELETE: their
 * Custom::S3ObjectCopy takes the revision's DeletionPolicy and UpdateReplacePolicy; the managed code
 * bucket, its policy and auto-delete resource are kept too (the warning
 * @aws-cdk/aws-lambda:webFunctionManagedBucketRetained), and so is the policy of a provided bucket. */
#include <ccdk/lambda_webfunction.h>

#define BASE .runtime = CCDK_LAMBDA_WEB_FUNCTION_RUNTIME_NODEJS_24_X, .default_endpoint_auth = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH
#define DIR "../webfunction-provided-bucket/my-app"

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_lambda_web_function *managed = ccdk_lambda_web_function_new(stack, "Managed", &(ccdk_lambda_web_function_props){
        BASE, .code = ccdk_lambda_web_function_code_from_asset_to_managed_bucket(stack, DIR, NULL)});
    ccdk_cfn_resource_apply_removal_policy(ccdk_lambda_web_function_resource_revision(managed),
                                           CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE);

    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "CodeBucket", &(ccdk_s3_bucket_props){.versioned = CCDK_TRUE});
    ccdk_lambda_web_function *provided = ccdk_lambda_web_function_new(stack, "Provided", &(ccdk_lambda_web_function_props){
        BASE, .code = ccdk_lambda_web_function_code_from_asset_to_provided_bucket(bucket, DIR, NULL)});
    ccdk_cfn_resource_apply_removal_policy(ccdk_lambda_web_function_resource_revision(provided), CCDK_REMOVAL_POLICY_RETAIN);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
