/* Conformance case 'integ-lambda-function-capacity-provider-imported': aws-lambda
 * test/integ.function-capacity-provider-imported.ts (a capacity provider in one stack, imported by
 * ARN into another that adds a function to it). Dropped: the IntegTest and its invokeFunction
 * assertion. */
#include <ccdk/lambda_capacity_provider.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });

    /* Stack 1: Create the capacity provider */
    ccdk_stack *provider_stack = ccdk_stack_new(app, "ImportedCPStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(provider_stack, "Vpc", NULL);
    ccdk_ec2_security_group *security_group = ccdk_ec2_security_group_new(provider_stack, "SecurityGroup",
                                                                          &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_lambda_capacity_provider *capacity_provider = ccdk_lambda_capacity_provider_new(provider_stack, "CapacityProvider",
        &(ccdk_lambda_capacity_provider_props){
            .subnets = ccdk_ec2_vpc_private_subnets(vpc),
            .security_groups = CCDK_LIST(security_group),
        });

    /* Stack 2: Import the capacity provider and add a function to it */
    ccdk_stack *function_stack = ccdk_stack_new(app, "ImportedCPFunctionStack", NULL);
    ccdk_lambda_capacity_provider *imported = ccdk_lambda_capacity_provider_from_capacity_provider_arn(
        function_stack, "ImportedCapacityProvider", ccdk_lambda_capacity_provider_arn(capacity_provider));
    ccdk_lambda_function *fn = ccdk_lambda_function_new(function_stack, "importedCPFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(function_stack, "exports.handler = async () => ({ statusCode: 200 });"),
    });
    ccdk_lambda_capacity_provider_add_function(imported, fn, NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
