/* SecurityGroup.fromLookupById (looked up, in context.json) and fromLookupByName (missing: the
 * dummy) on a function in a looked-up VPC (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "eu-west-1"});
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_lookup(stack, "Vpc", &(ccdk_ec2_vpc_lookup_options){.vpc_name = "shared"});
    ccdk_ec2_security_group *by_id = ccdk_ec2_security_group_from_lookup_by_id(stack, "ById", "sg-0abc1234");
    ccdk_ec2_security_group *by_name = ccdk_ec2_security_group_from_lookup_by_name(stack, "ByName", "web", vpc);
    ccdk_ec2_security_group_add_ingress_rule(by_name, ccdk_ec2_peer_ipv4("10.0.0.0/16"), ccdk_ec2_port_tcp(8080),
                                             "from the VPC", CCDK_UNSET);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
        .vpc = vpc,
        .security_groups = CCDK_LIST(by_id, by_name),
    });
    ccdk_ec2_connections_allow_to_peer(ccdk_lambda_function_connections(fn), ccdk_ec2_peer_ipv4("10.1.0.0/16"),
                                       ccdk_ec2_port_tcp(443), "to the API");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
