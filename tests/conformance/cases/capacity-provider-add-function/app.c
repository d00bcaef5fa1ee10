/* Conformance case 'capacity-provider-add-function': capacityProvider.addFunction on three
 * functions: without options, with every option (publishToLatestPublished, both scaling limits),
 * with only a minimum; a fourth again through an imported provider with publishToLatestPublished:
 * false (a later call replaces CapacityProviderConfig); a fifth twice, the second time without
 * options. The info annotation goes on each function. */
#include <ccdk/lambda_capacity_provider.h>

static ccdk_lambda_function *fn(ccdk_stack *stack, const char *id)
{
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {}"),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "SecurityGroup",
                                                              &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_lambda_capacity_provider *cp = ccdk_lambda_capacity_provider_new(stack, "MyCapacityProvider", &(ccdk_lambda_capacity_provider_props){
        .subnets = ccdk_ec2_vpc_private_subnets(vpc),
        .security_groups = CCDK_LIST(sg),
    });
    ccdk_lambda_function *plain = fn(stack, "Plain");
    ccdk_lambda_capacity_provider_add_function(cp, plain, NULL);
    ccdk_lambda_capacity_provider_add_function(cp, fn(stack, "AllOptions"), &(ccdk_lambda_capacity_provider_function_options){
        .per_execution_environment_max_concurrency = CCDK_NUM(10),
        .execution_environment_memory_gib_per_v_cpu = CCDK_NUM(2),
        .latest_published_scaling_config = {.min_execution_environments = CCDK_NUM(1), .max_execution_environments = CCDK_NUM(5)},
        .publish_to_latest_published = CCDK_TRUE,
    });
    ccdk_lambda_capacity_provider_add_function(cp, fn(stack, "MinOnly"), &(ccdk_lambda_capacity_provider_function_options){
        .latest_published_scaling_config = {.min_execution_environments = CCDK_NUM(2)},
    });
    ccdk_lambda_function *later = fn(stack, "Later");
    ccdk_lambda_capacity_provider_add_function(cp, later, &(ccdk_lambda_capacity_provider_function_options){
        .publish_to_latest_published = CCDK_TRUE,
        .execution_environment_memory_gib_per_v_cpu = CCDK_NUM(4),
    });
    ccdk_lambda_capacity_provider *imported =
        ccdk_lambda_capacity_provider_from_capacity_provider_name(stack, "Imported", "other-cp");
    ccdk_lambda_capacity_provider_add_function(imported, later, &(ccdk_lambda_capacity_provider_function_options){
        .publish_to_latest_published = CCDK_FALSE,
        .per_execution_environment_max_concurrency = CCDK_NUM(64),
    });
    ccdk_lambda_function *cleared = fn(stack, "Cleared");
    ccdk_lambda_capacity_provider_add_function(cp, cleared, &(ccdk_lambda_capacity_provider_function_options){
        .publish_to_latest_published = CCDK_TRUE,
        .latest_published_scaling_config = {.max_execution_environments = CCDK_NUM(3)},
    });
    /* publishToLatestPublished back to undefined; FunctionScalingConfig stays */
    ccdk_lambda_capacity_provider_add_function(cp, cleared, NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
