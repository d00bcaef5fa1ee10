/* The VPC and a database security group in one stack, a function in another: the rules between
 * them land in the function's stack (remoteRule, reversed ids), the references as exports/imports. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *network = ccdk_stack_new(app, "Network", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(network, "Vpc", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .nat_gateways = CCDK_NUM(1)});
    ccdk_ec2_security_group *db = ccdk_ec2_security_group_new(network, "Database", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .allow_all_outbound = CCDK_FALSE});
    ccdk_stack *service = ccdk_stack_new(app, "Service", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(service, "Api", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(service, "exports.handler = async () => \"ok\";"),
        .vpc = vpc,
        .allow_all_outbound = CCDK_FALSE,
    });
    ccdk_ec2_connections_allow_to(ccdk_lambda_function_connections(fn), ccdk_ec2_security_group_connections(db),
                                  ccdk_ec2_port_tcp(5432), "api to database");
    ccdk_ec2_security_group_add_ingress_rule(db, ccdk_ec2_peer_ipv4("10.0.0.0/16"), ccdk_ec2_port_tcp(6432), NULL,
                                             CCDK_UNSET);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
