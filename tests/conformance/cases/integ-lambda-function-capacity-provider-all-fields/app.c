/* Conformance case 'integ-lambda-function-capacity-provider-all-fields': aws-lambda
 * test/integ.function-capacity-provider-all-fields.ts (capacityProvider.addFunction with every
 * option). Dropped: the IntegTest and its GetFunction assertion. */
#include <ccdk/lambda_capacity_provider.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "FunctionCapacityProviderAllFieldsStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.max_azs = CCDK_NUM(2)});
    ccdk_ec2_security_group *security_group = ccdk_ec2_security_group_new(stack, "SecurityGroup",
                                                                          &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_lambda_capacity_provider *capacity_provider = ccdk_lambda_capacity_provider_new(stack, "CapacityProvider",
        &(ccdk_lambda_capacity_provider_props){
            .subnets = ccdk_ec2_vpc_private_subnets(vpc),
            .security_groups = CCDK_LIST(security_group),
        });
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => ({ statusCode: 200 });"),
    });
    ccdk_lambda_capacity_provider_add_function(capacity_provider, fn, &(ccdk_lambda_capacity_provider_function_options){
        .per_execution_environment_max_concurrency = CCDK_NUM(10),
        .execution_environment_memory_gib_per_v_cpu = CCDK_NUM(2),
        .publish_to_latest_published = CCDK_TRUE,
        .latest_published_scaling_config = {
            .min_execution_environments = CCDK_NUM(1),
            .max_execution_environments = CCDK_NUM(5),
        },
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
