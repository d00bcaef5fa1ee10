/* ported-layers: aws-cdk's layers.test.ts ported literally (see app.js); the Default stack is a
 * NULL id. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
        ccdk_lambda_code *code = ccdk_lambda_s3_code_new(bucket, "ObjectKey", NULL);
        ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(stack, "LayerVersion", &(ccdk_lambda_layer_version_props){
            .code = code, .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_NODEJS_LATEST)});
        ccdk_lambda_layer_version_add_permission(layer, "GrantUsage-123456789012",
            &(ccdk_lambda_layer_version_permission){.account_id = "123456789012"});
        ccdk_lambda_layer_version_add_permission(layer, "GrantUsage-o-123456",
            &(ccdk_lambda_layer_version_permission){.account_id = "*", .organization_id = "o-123456"});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "CreateStack", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
        ccdk_lambda_layer_version_new(stack, "LayerVersion", &(ccdk_lambda_layer_version_props){
            .code = ccdk_lambda_s3_code_new(bucket, "ObjectKey", NULL),
            .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_NODEJS_LATEST)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
        ccdk_lambda_layer_version_new(stack, "layer", &(ccdk_lambda_layer_version_props){
            .code = ccdk_lambda_code_from_asset(stack, "layer-code", NULL),
            .removal_policy = CCDK_REMOVAL_POLICY_RETAIN});
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
        ccdk_lambda_layer_version_new(stack, "MyLayer", &(ccdk_lambda_layer_version_props){
            .code = ccdk_lambda_s3_code_new(bucket, "ObjectKey", NULL),
            .compatible_architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_ARM_64)});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
