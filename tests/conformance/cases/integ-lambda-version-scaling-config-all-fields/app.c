/* Conformance case 'integ-lambda-version-scaling-config-all-fields': aws-lambda
 * test/integ.version-scaling-config-all-fields.ts (the IntegTest is dropped). */
#include <ccdk/ec2.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_capacity_provider.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:disableGitSource", "true"}),
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "VersionScalingConfigAllFieldsStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.max_azs = CCDK_NUM(2)});
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "SecurityGroup", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_lambda_capacity_provider *capacity_provider = ccdk_lambda_capacity_provider_new(stack, "CapacityProvider",
        &(ccdk_lambda_capacity_provider_props){
            .subnets = ccdk_ec2_vpc_private_subnets(vpc),
            .security_groups = CCDK_LIST(sg),
        });
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => ({ statusCode: 200 });"),
        .current_version_options = &(ccdk_lambda_version_options){
            .min_execution_environments = CCDK_NUM(1),
            .max_execution_environments = CCDK_NUM(5),
        },
    });
    ccdk_lambda_capacity_provider_add_function(capacity_provider, fn, NULL);
    /* Access currentVersion to trigger Version resource creation with scaling config */
    ccdk_lambda_function_current_version(fn);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
