/* unit-lambda-version-function-ref: lambda-version.test.ts "version's implementation of IFunctionRef
 * should point to the version" (a version is an IFunction handle; see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_validations_acknowledge(stack, "CloudFormation-Validate::E3071", "Tests intentionally use a bogus runtime");
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "hello()"),
        .handler = "index.hello",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
    });
    ccdk_lambda_version *ver = ccdk_lambda_version_new(stack, "Version", &(ccdk_lambda_version_props){.lambda = fn});
    ccdk_cfn_output_new(stack, "RefFunctionArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_ifunction_arn(ver)});
    ccdk_cfn_output_new(stack, "RefFunctionName", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_function_name(ver)});
    ccdk_cfn_output_new(stack, "FunctionArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_arn(ver)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
