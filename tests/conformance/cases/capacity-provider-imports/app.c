/* Conformance case 'capacity-provider-imports': CapacityProvider.fromCapacityProviderName (a
 * formatArn in an environment-agnostic stack), fromCapacityProviderArn (a literal ARN, one with
 * more colons, a '/' resource, a deploy-time parameter) and fromCapacityProviderAttributes; their
 * names and ARNs as outputs. */
#include <stdio.h>

#include <ccdk/lambda_capacity_provider.h>

static void out(ccdk_stack *stack, const char *id, ccdk_lambda_capacity_provider *cp)
{
    char name[64], arn[64];
    snprintf(name, sizeof name, "%sName", id);
    snprintf(arn, sizeof arn, "%sArn", id);
    ccdk_cfn_output_new(stack, name, &(ccdk_cfn_output_props){.value = ccdk_lambda_capacity_provider_name(cp)});
    ccdk_cfn_output_new(stack, arn, &(ccdk_cfn_output_props){.value = ccdk_lambda_capacity_provider_arn(cp)});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    out(stack, "ByName", ccdk_lambda_capacity_provider_from_capacity_provider_name(stack, "ByName", "my-existing-cp"));
    out(stack, "ByArn", ccdk_lambda_capacity_provider_from_capacity_provider_arn(stack, "ByArn",
        "arn:aws:lambda:us-east-1:123456789012:capacity-provider:my-cp"));
    out(stack, "Colons", ccdk_lambda_capacity_provider_from_capacity_provider_arn(stack, "Colons",
        "arn:aws:lambda:us-east-1:123456789012:capacity-provider:my-cp:extra"));
    out(stack, "Slash", ccdk_lambda_capacity_provider_from_capacity_provider_arn(stack, "Slash",
        "arn:aws:lambda:us-east-1:123456789012:capacity-provider/my-cp"));
    ccdk_cfn_parameter *param = ccdk_cfn_parameter_new(stack, "CapacityProviderArn", NULL);
    out(stack, "ByParameter", ccdk_lambda_capacity_provider_from_capacity_provider_arn(stack, "ByParameter",
        ccdk_cfn_parameter_value_as_string(param)));
    out(stack, "ByAttributes", ccdk_lambda_capacity_provider_from_capacity_provider_attributes(stack, "ByAttributes",
        &(ccdk_lambda_capacity_provider_attributes){"arn:aws-cn:lambda:cn-north-1:123456789012:capacity-provider:cn-cp"}));
    ccdk_stack *env = ccdk_stack_new(app, "EnvStack", &(ccdk_stack_props){
        .account = "111111111111", .region = "eu-west-1"});
    ccdk_lambda_capacity_provider *by_name = ccdk_lambda_capacity_provider_from_capacity_provider_name(env, "ByName", "env-cp");
    ccdk_cfn_output_new(env, "Arn", &(ccdk_cfn_output_props){.value = ccdk_lambda_capacity_provider_arn(by_name)});
    ccdk_cfn_output_new(env, "Name", &(ccdk_cfn_output_props){.value = ccdk_lambda_capacity_provider_name(by_name)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
