/* The deprecated Function props `architectures` and `securityGroup`, and the IFunction.architecture
 * getter (of a Function, Version, Alias, import).
 * Ported from aws-cdk: function.test.ts ('Architecture is properly readable from the function',
 * 'Only one of architecture or architectures', 'with securityGroup' ...) */
#include <ccdk/lambda.h>
#include <ccdk/lambda_insights.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_lambda_code *code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";");
    /* architectures: [ARM_64] writes Architectures, but fn.architecture stays X86_64 (and so does the
     * Insights layer picked for it) */
    ccdk_lambda_function *via_list = ccdk_lambda_function_new(stack, "ViaList", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X, .handler = "index.handler", .code = code,
        .architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_ARM_64),
        .insights_version = CCDK_LAMBDA_INSIGHTS_VERSION(1_0_119_0),
    });
    ccdk_lambda_function *via_prop = ccdk_lambda_function_new(stack, "ViaProp", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X, .handler = "index.handler", .code = code,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .insights_version = CCDK_LAMBDA_INSIGHTS_VERSION(1_0_119_0),
    });
    ccdk_lambda_function *empty_list = ccdk_lambda_function_new(stack, "EmptyList", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X, .handler = "index.handler", .code = code,
        .architectures = CCDK_EMPTY_LIST,
    });
    ccdk_lambda_version *version = ccdk_lambda_version_new(stack, "Version", &(ccdk_lambda_version_props){.lambda = via_prop});
    ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){.alias_name = "live", .version = version});
    ccdk_lambda_function *imported = ccdk_lambda_function_from_function_attributes(stack, "Imported", &(ccdk_lambda_function_attributes){
        .function_arn = "arn:aws:lambda:us-east-1:123456789012:function:other",
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
    });
    ccdk_lambda_function *imported_plain =
        ccdk_lambda_function_from_function_arn(stack, "ImportedPlain", "arn:aws:lambda:us-east-1:123456789012:function:plain");
    ccdk_cfn_output_new(stack, "ViaListArch", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_architecture(via_list)->name});
    ccdk_cfn_output_new(stack, "ViaPropArch", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_architecture(via_prop)->name});
    ccdk_cfn_output_new(stack, "EmptyListArch", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_architecture(empty_list)->name});
    ccdk_cfn_output_new(stack, "VersionArch", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_architecture(version)->name});
    ccdk_cfn_output_new(stack, "AliasArch", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_architecture(alias)->name});
    ccdk_cfn_output_new(stack, "ImportedArch", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_architecture(imported)->name});
    ccdk_cfn_output_new(stack, "ImportedPlainArch", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_architecture(imported_plain)->name});

    /* securityGroup (singular): the function's only group */
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .nat_gateways = CCDK_NUM(0),
        .max_azs = CCDK_NUM(1),
        .restrict_default_security_group = CCDK_FALSE,
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.name = "Data", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .cidr_mask = CCDK_NUM(24)}),
    });
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "FunctionSG", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .allow_all_outbound = CCDK_FALSE});
    ccdk_lambda_function *in_vpc = ccdk_lambda_function_new(stack, "InVpc", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X, .handler = "index.handler", .code = code,
        .vpc = vpc,
        .security_group = sg,
    });
    ccdk_ec2_connections_allow_to_any_ipv4(ccdk_lambda_function_connections(in_vpc), ccdk_ec2_port_tcp(443), "HTTPS out");

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
