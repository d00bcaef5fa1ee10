/* StringListParameter for a function (see app.js). */
#include <stdio.h>

#include <ccdk/lambda.h>
#include <ccdk/ssm.h>

static const char *baz(void *ctx)
{
    (void)ctx;
    return "Baz!";
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ssm_string_list_parameter *regions = ccdk_ssm_string_list_parameter_new(stack, "Regions", &(ccdk_ssm_string_list_parameter_props){
        .parameter_name = "/app/regions",
        .description = "The regions",
        .allowed_pattern = "^[a-z0-9-]+$",
        .tier = CCDK_SSM_PARAMETER_TIER_STANDARD,
        .string_list_value = CCDK_STRS("us-east-1", "eu-west-1"),
    });
    ccdk_ssm_string_list_parameter *unnamed = ccdk_ssm_string_list_parameter_new(stack, "Unnamed", &(ccdk_ssm_string_list_parameter_props){
        .allowed_pattern = "^(Foo|Bar)$",
        .string_list_value = CCDK_STRS("Foo", ccdk_lazy_string(stack, baz, NULL)),
    });
    ccdk_ssm_string_list_parameter *by_name = ccdk_ssm_string_list_parameter_from_string_list_parameter_name(stack, "ByName", "/app/hosts");
    ccdk_ssm_string_list_parameter *subnets = ccdk_ssm_string_list_parameter_from_list_parameter_attributes(
        stack, "Subnets",
        &(ccdk_ssm_list_parameter_attributes){.parameter_name = "/net/subnets", .element_type = CCDK_SSM_PARAMETER_VALUE_TYPE_AWS_EC2_SUBNET_ID});
    ccdk_ssm_string_list_parameter *pinned = ccdk_ssm_string_list_parameter_from_list_parameter_attributes(
        stack, "Pinned", &(ccdk_ssm_list_parameter_attributes){.parameter_name = "pinned", .version = CCDK_NUM(7)});
    ccdk_opt_num none = {0};
    ccdk_strs zones = ccdk_ssm_string_list_parameter_value_for_typed_list_parameter(
        stack, "/net/zones", CCDK_SSM_PARAMETER_VALUE_TYPE_AWS_EC2_AVAILABILITYZONE_NAME, none);
    ccdk_strs zones_again = ccdk_ssm_string_list_parameter_value_for_typed_list_parameter(
        stack, "/net/zones", CCDK_SSM_PARAMETER_VALUE_TYPE_AWS_EC2_AVAILABILITYZONE_NAME, none);
    char types[512];
    snprintf(types, sizeof types, "%s %s %s %s", ccdk_ssm_string_list_parameter_type(regions),
             ccdk_ssm_string_list_parameter_type(by_name), ccdk_ssm_string_list_parameter_type(subnets),
             ccdk_ssm_string_list_parameter_type(pinned));
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
        .environment = CCDK_KVS(
            {"REGIONS", ccdk_fn_join(stack, ";", ccdk_ssm_string_list_parameter_string_list_value(regions))},
            {"UNNAMED", ccdk_fn_join(stack, ";", ccdk_ssm_string_list_parameter_string_list_value(unnamed))},
            {"HOSTS", ccdk_fn_join(stack, ";", ccdk_ssm_string_list_parameter_string_list_value(by_name))},
            {"SUBNETS", ccdk_fn_join(stack, ";", ccdk_ssm_string_list_parameter_string_list_value(subnets))},
            {"PINNED", ccdk_fn_join(stack, ";", ccdk_ssm_string_list_parameter_string_list_value(pinned))},
            {"ZONES", ccdk_fn_join(stack, ";", zones)},
            {"ZONES_AGAIN", ccdk_fn_join(stack, ";", zones_again)},
            {"TYPES", types}),
    });
    ccdk_ssm_string_list_parameter_grant_read(regions, fn);
    ccdk_ssm_string_list_parameter_grant_write(unnamed, fn);
    ccdk_ssm_string_list_parameter_grant_read(by_name, fn);
    ccdk_ssm_string_list_parameter_grant_read(subnets, fn);
    ccdk_cfn_output_new(stack, "RegionsArn", &(ccdk_cfn_output_props){.value = ccdk_ssm_string_list_parameter_arn(regions)});
    ccdk_cfn_output_new(stack, "RegionsName", &(ccdk_cfn_output_props){.value = ccdk_ssm_string_list_parameter_name(regions)});
    ccdk_cfn_output_new(stack, "UnnamedArn", &(ccdk_cfn_output_props){.value = ccdk_ssm_string_list_parameter_arn(unnamed)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
