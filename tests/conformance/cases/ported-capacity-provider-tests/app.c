/* Conformance case 'ported-capacity-provider-tests': aws-cdk's capacity-provider.test.ts (aws-lambda)
 * ported literally: the describe's beforeEach (a `new cdk.Stack()`, Vpc 'Vpc', its first two private
 * subnets, SecurityGroup 'SecurityGroup') with 'with all properties configured' in the Default stack
 * (a NULL id), each other synthesizing test a stack of its own with the same beforeEach.
 * Ported from aws-cdk: capacity-provider.test.ts (the tests listed in app.js) */
#include <ccdk/lambda_capacity_provider.h>

typedef struct {
    ccdk_stack *stack;
    ccdk_ec2_subnet_list subnets;
    ccdk_ec2_security_group *security_group;
    ccdk_lambda_capacity_provider *capacity_provider;
} given_t;

/* beforeEach */
static given_t given(ccdk_app *app, const char *id)
{
    given_t g = {0};
    g.stack = ccdk_stack_new(app, id, NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(g.stack, "Vpc", NULL);
    ccdk_ec2_subnet_list priv = ccdk_ec2_vpc_private_subnets(vpc);
    g.subnets = (ccdk_ec2_subnet_list)CCDK_LIST_N(priv.items, 2);
    g.security_group = ccdk_ec2_security_group_new(g.stack, "SecurityGroup", &(ccdk_ec2_security_group_props){.vpc = vpc});
    return g;
}

/* describe('addFunction'): beforeEach */
static given_t given_provider(ccdk_app *app, const char *id)
{
    given_t g = given(app, id);
    g.capacity_provider = ccdk_lambda_capacity_provider_new(g.stack, "MyCapacityProvider", &(ccdk_lambda_capacity_provider_props){
        .subnets = g.subnets,
        .security_groups = CCDK_LIST(g.security_group),
    });
    return g;
}

static ccdk_lambda_function *my_function(ccdk_stack *stack, const ccdk_lambda_runtime *runtime)
{
    return ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = runtime,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {}"),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        /* 'with all properties configured' */
        given_t g = given(app, NULL);
        ccdk_iam_role *operator_role = ccdk_iam_role_new(g.stack, "CustomOperatorRole", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(g.stack, "lambda.amazonaws.com"),
        });
        ccdk_kms_key *kms_key = ccdk_kms_key_new(g.stack, "Key", NULL);
        ccdk_lambda_capacity_provider_new(g.stack, "MyCapacityProvider", &(ccdk_lambda_capacity_provider_props){
            .capacity_provider_name = "my-capacity-provider",
            .subnets = g.subnets,
            .security_groups = CCDK_LIST(g.security_group),
            .operator_role = operator_role,
            .architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_X86_64),
            .instance_type_filter = ccdk_lambda_instance_type_filter_allow((ccdk_ec2_instance_type_list)CCDK_LIST(
                ccdk_ec2_instance_type_of(CCDK_EC2_INSTANCE_CLASS_T3, CCDK_EC2_INSTANCE_SIZE_MICRO),
                ccdk_ec2_instance_type_of(CCDK_EC2_INSTANCE_CLASS_T3, CCDK_EC2_INSTANCE_SIZE_SMALL))),
            .max_v_cpu_count = CCDK_NUM(12),
            .scaling_options = ccdk_lambda_scaling_options_manual((ccdk_lambda_target_tracking_scaling_policy_list)CCDK_LIST(
                ccdk_lambda_target_tracking_scaling_policy_cpu_utilization(70))),
            .kms_key = kms_key,
        });
    }
    {
        /* 'with minimal properties' (and the other tests of this one provider) */
        given_t g = given(app, "Minimal");
        ccdk_lambda_capacity_provider_new(g.stack, "MyCapacityProvider", &(ccdk_lambda_capacity_provider_props){
            .subnets = g.subnets,
            .security_groups = CCDK_LIST(g.security_group),
        });
    }
    {
        /* 'with excluded instance types' */
        given_t g = given(app, "Excluded");
        ccdk_lambda_capacity_provider_new(g.stack, "MyCapacityProvider", &(ccdk_lambda_capacity_provider_props){
            .subnets = g.subnets,
            .security_groups = CCDK_LIST(g.security_group),
            .instance_type_filter = ccdk_lambda_instance_type_filter_exclude((ccdk_ec2_instance_type_list)CCDK_LIST(
                ccdk_ec2_instance_type_of(CCDK_EC2_INSTANCE_CLASS_T2, CCDK_EC2_INSTANCE_SIZE_NANO))),
        });
    }
    {
        /* 'with Auto scaling mode' */
        given_t g = given(app, "Auto");
        ccdk_lambda_capacity_provider_new(g.stack, "MyCapacityProvider", &(ccdk_lambda_capacity_provider_props){
            .subnets = g.subnets,
            .security_groups = CCDK_LIST(g.security_group),
            .scaling_options = ccdk_lambda_scaling_options_auto(),
        });
    }
    {
        /* 'uses custom operator role without creating default' */
        given_t g = given(app, "CustomRole");
        ccdk_iam_role *custom_role = ccdk_iam_role_new(g.stack, "CustomRole", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(g.stack, "lambda.amazonaws.com"),
        });
        ccdk_lambda_capacity_provider_new(g.stack, "MyCapacityProvider", &(ccdk_lambda_capacity_provider_props){
            .subnets = g.subnets,
            .security_groups = CCDK_LIST(g.security_group),
            .operator_role = custom_role,
        });
    }
    {
        /* 'does not create IAM resources when provided' */
        given_t g = given(app, "OperatorRole");
        ccdk_iam_role *operator_role = ccdk_iam_role_new(g.stack, "CustomOperatorRole", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(g.stack, "lambda.amazonaws.com"),
        });
        ccdk_lambda_capacity_provider_new(g.stack, "MyCapacityProvider", &(ccdk_lambda_capacity_provider_props){
            .subnets = g.subnets,
            .security_groups = CCDK_LIST(g.security_group),
            .operator_role = operator_role,
        });
    }
    {
        /* 'configures function with capacity provider' */
        given_t g = given_provider(app, "AddFunction");
        ccdk_lambda_function *func = my_function(g.stack, CCDK_LAMBDA_RUNTIME_NODEJS_22_X);
        ccdk_lambda_capacity_provider_add_function(g.capacity_provider, func, NULL);
    }
    {
        /* 'configures function with all options' */
        given_t g = given_provider(app, "AddFunctionAllOptions");
        ccdk_lambda_function *func = my_function(g.stack, CCDK_LAMBDA_RUNTIME_NODEJS_22_X);
        ccdk_lambda_capacity_provider_add_function(g.capacity_provider, func, &(ccdk_lambda_capacity_provider_function_options){
            .per_execution_environment_max_concurrency = CCDK_NUM(10),
            .execution_environment_memory_gib_per_v_cpu = CCDK_NUM(2),
            .latest_published_scaling_config = {
                .min_execution_environments = CCDK_NUM(1),
                .max_execution_environments = CCDK_NUM(5),
            },
            .publish_to_latest_published = CCDK_TRUE,
        });
    }
    {
        /* 'configures function with only scaling config' */
        given_t g = given_provider(app, "AddFunctionScaling");
        ccdk_lambda_function *func = my_function(g.stack, CCDK_LAMBDA_RUNTIME_NODEJS_18_X);
        ccdk_lambda_capacity_provider_add_function(g.capacity_provider, func, &(ccdk_lambda_capacity_provider_function_options){
            .latest_published_scaling_config = {.min_execution_environments = CCDK_NUM(2)},
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
