/* LayerVersion props and addPermission next to layers.test.ts's tests, at their edges (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
    ccdk_lambda_code *code = ccdk_lambda_s3_code_new(bucket, "ObjectKey", NULL);
    ccdk_lambda_layer_version *empty = ccdk_lambda_layer_version_new(stack, "Empty", &(ccdk_lambda_layer_version_props){
        .code = code, .description = "", .license = "", .compatible_architectures = CCDK_EMPTY_LIST});
    ccdk_lambda_layer_version *full = ccdk_lambda_layer_version_new(stack, "Full", &(ccdk_lambda_layer_version_props){
        .code = code, .description = "a layer", .license = "MIT", .layer_version_name = "my-layer",
        .compatible_architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_X86_64, CCDK_LAMBDA_ARCHITECTURE_ARM_64),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_NODEJS_20_X, CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
                                         CCDK_LAMBDA_RUNTIME_PYTHON_3_12),
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY});
    ccdk_lambda_layer_version_add_permission(full, "Everyone", &(ccdk_lambda_layer_version_permission){.account_id = "*"});
    ccdk_lambda_layer_version_add_permission(full, "Org", &(ccdk_lambda_layer_version_permission){
        .account_id = "*", .organization_id = "o-123456"});
    ccdk_lambda_layer_version_new(stack, "All", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "layer-code", NULL),
        .compatible_runtimes = ccdk_lambda_runtime_all_list(),
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE});
    ccdk_lambda_layer_version *by_arn = ccdk_lambda_layer_version_from_layer_version_arn(stack, "ByArn",
        "arn:aws:lambda:us-east-1:123456789012:layer:l:1");
    ccdk_lambda_layer_version_add_permission(by_arn, "Account", &(ccdk_lambda_layer_version_permission){
        .account_id = "123456789012"});
    ccdk_lambda_layer_version *by_attrs = ccdk_lambda_layer_version_from_layer_version_attributes(stack, "ByAttrs",
        &(ccdk_lambda_layer_version_attributes){
            .layer_version_arn = "arn:aws:lambda:us-east-1:123456789012:layer:m:2",
            .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_NODEJS_20_X)});
    ccdk_lambda_layer_version_add_permission(by_attrs, "Org", &(ccdk_lambda_layer_version_permission){
        .account_id = "*", .organization_id = "o-abc"});
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .layers = CCDK_LIST(empty, full, by_arn, by_attrs)});
    ccdk_cfn_output_new(stack, "ByArnArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_layer_version_arn(by_arn)});
    ccdk_cfn_output_new(stack, "FullArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_layer_version_arn(full)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
