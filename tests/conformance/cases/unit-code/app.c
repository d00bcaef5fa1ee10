/* aws-lambda/test/code.test.ts: shared asset code, asset metadata, CfnParametersCode (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_node_set_context(stack, "aws:cdk:enable-asset-metadata", "true");
    ccdk_lambda_code *directory_asset = ccdk_lambda_code_from_asset(stack, "my-lambda-handler", NULL);
    ccdk_lambda_function_new(stack, "Func1", &(ccdk_lambda_function_props){
        .handler = "foom", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST, .code = directory_asset});
    ccdk_lambda_function_new(stack, "Func2", &(ccdk_lambda_function_props){
        .handler = "foom", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST, .code = directory_asset});

    ccdk_lambda_code *code = ccdk_lambda_code_from_cfn_parameters(stack, NULL);
    ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .code = code, .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST, .handler = "index.handler"});
    ccdk_cfn_output_new(stack, "BucketNameParamOut", &(ccdk_cfn_output_props){.value = ccdk_lambda_code_bucket_name_param(code)});
    ccdk_cfn_output_new(stack, "ObjectKeyParamOut", &(ccdk_cfn_output_props){.value = ccdk_lambda_code_object_key_param(code)});

    ccdk_cfn_parameter *bucket_name_param = ccdk_cfn_parameter_new(stack, "BucketNameParam",
        &(ccdk_cfn_parameter_props){.type = "String"});
    ccdk_cfn_parameter *bucket_key_param = ccdk_cfn_parameter_new(stack, "ObjectKeyParam",
        &(ccdk_cfn_parameter_props){.type = "String"});
    ccdk_lambda_code *code2 = ccdk_lambda_code_from_cfn_parameters(stack, &(ccdk_lambda_cfn_parameters_code_props){
        .bucket_name_param = bucket_name_param, .object_key_param = bucket_key_param});
    ccdk_lambda_function_new(stack, "Function2", &(ccdk_lambda_function_props){
        .code = code2, .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST, .handler = "index.handler"});
    ccdk_cfn_resource_new(stack, "Overrides", "Custom::Overrides",
        ccdk_lambda_code_assign(code2, "SomeBucketName", "SomeObjectKey"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
