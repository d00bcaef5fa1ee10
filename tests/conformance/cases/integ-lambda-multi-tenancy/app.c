/* Conformance case 'integ-lambda-multi-tenancy': aws-lambda test/integ.multi-tenancy.ts
 * (the IntegTest is dropped; STANDARD_NODEJS_RUNTIME of the integ tests' config is NODEJS_18_X). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-lambda-multi-tenancy", NULL);
    ccdk_lambda_function_new(stack, "MultiTenantFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .tenancy_config = CCDK_LAMBDA_TENANCY_CONFIG_PER_TENANT,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
