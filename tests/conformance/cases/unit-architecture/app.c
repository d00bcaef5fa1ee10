/* aws-cdk's architecture.test.ts (aws-lambda): see app.js. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "stack", NULL);
    ccdk_lambda_function *test_lambda = ccdk_lambda_function_new(stack, "testLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X});
    const ccdk_lambda_architecture *arch = ccdk_lambda_function_architecture(test_lambda);
    ccdk_cfn_output_new(stack, "ArchitectureString", &(ccdk_cfn_output_props){.value = arch->name});
    ccdk_cfn_output_new(stack, "ArchitectureName", &(ccdk_cfn_output_props){.value = arch->name});
    ccdk_cfn_output_new(stack, "Arm64String", &(ccdk_cfn_output_props){.value = CCDK_LAMBDA_ARCHITECTURE_ARM_64->name});
    ccdk_cfn_output_new(stack, "Arm64DockerPlatform", &(ccdk_cfn_output_props){
        .value = CCDK_LAMBDA_ARCHITECTURE_ARM_64->docker_platform});
    ccdk_cfn_output_new(stack, "X86DockerPlatform", &(ccdk_cfn_output_props){.value = arch->docker_platform});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
