/* Conformance case 'capacity-provider-add-function-tokens': capacityProvider.addFunction with number
 * tokens (a Number parameter) in the scaling limits and the other options: the range checks of an
 * unresolved limit are skipped; each combination a stack. */
#include <ccdk/lambda_capacity_provider.h>

static void combo(ccdk_app *app, const char *id, int min, int max)
{
    ccdk_stack *stack = ccdk_stack_new(app, id, NULL);
    const char *p = ccdk_cfn_parameter_value_as_string(ccdk_cfn_parameter_new(stack, "P", &(ccdk_cfn_parameter_props){.type = "Number"}));
    ccdk_ec2_subnet *subnet = ccdk_ec2_subnet_from_subnet_id(stack, "Subnet", "subnet-1");
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_from_security_group_id(stack, "SG", "sg-12345678", (ccdk_tristate){0}, (ccdk_tristate){0});
    ccdk_lambda_capacity_provider *cp = ccdk_lambda_capacity_provider_new(stack, "CP", &(ccdk_lambda_capacity_provider_props){
        .subnets = CCDK_LIST(subnet), .security_groups = CCDK_LIST(sg)});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "F", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
    });
    /* min / max: -1 the token, 0 not given, else the number */
    ccdk_opt_num lo = min < 0 ? CCDK_NUM_TOKEN(p) : min ? CCDK_NUM(min) : (ccdk_opt_num){0};
    ccdk_opt_num hi = max < 0 ? CCDK_NUM_TOKEN(p) : max ? CCDK_NUM(max) : (ccdk_opt_num){0};
    ccdk_lambda_capacity_provider_add_function(cp, fn, &(ccdk_lambda_capacity_provider_function_options){
        .latest_published_scaling_config = {.min_execution_environments = lo, .max_execution_environments = hi},
        .per_execution_environment_max_concurrency = CCDK_NUM_TOKEN(p),
        .execution_environment_memory_gib_per_v_cpu = CCDK_NUM_TOKEN(p),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    combo(app, "Min", -1, 0);
    combo(app, "Max", 0, -1);
    combo(app, "MinTokenMax", -1, 3);
    combo(app, "MaxTokenMin", 3, -1);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
