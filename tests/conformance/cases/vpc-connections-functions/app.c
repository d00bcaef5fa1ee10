/* Two functions in a VPC with their automatic security groups; rules between them with
 * Connections (separate ingress and egress resources), to an IP range, a default port,
 * allow_internally, and a group added to a function's connections afterwards. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE,
        .max_azs = CCDK_NUM(2),
        .nat_gateways = CCDK_NUM(1),
    });
    ccdk_lambda_function_props props = {
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
        .vpc = vpc,
    };
    ccdk_lambda_function *api = ccdk_lambda_function_new(stack, "Api", &props);
    props.allow_all_outbound = CCDK_FALSE;
    ccdk_lambda_function *worker = ccdk_lambda_function_new(stack, "Worker", &props);
    ccdk_ec2_connections *api_c = ccdk_lambda_function_connections(api);
    ccdk_ec2_connections *worker_c = ccdk_lambda_function_connections(worker);
    ccdk_ec2_connections_allow_from(worker_c, api_c, ccdk_ec2_port_tcp(8080), "API calls the worker");
    ccdk_ec2_connections_allow_to(api_c, worker_c, ccdk_ec2_port_tcp_range(9000, 9010), NULL);
    ccdk_ec2_connections_allow_to_peer(worker_c, ccdk_ec2_peer_ipv4("192.168.0.0/24"), ccdk_ec2_port_tcp(5432), "database");
    ccdk_ec2_security_group *cache = ccdk_ec2_security_group_new(stack, "Cache", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_ec2_port redis = ccdk_ec2_port_tcp(6379);
    ccdk_ec2_connections *cache_c = ccdk_ec2_connections_new(stack, (ccdk_ec2_security_group_list)CCDK_LIST(cache), &redis);
    ccdk_ec2_connections_allow_default_port_from(cache_c, worker_c, NULL);
    ccdk_ec2_connections_allow_default_port_from(cache_c, api_c, "api to cache");
    ccdk_ec2_connections_allow_internally(api_c, ccdk_ec2_port_tcp(7000), "api peers");
    ccdk_ec2_connections_allow_to_default_port(worker_c, cache_c, "worker to cache");
    ccdk_ec2_connections_allow_default_port_from_any_ipv4(cache_c, "anyone to cache");
    /* a group joining the worker's connections later gets the rules given so far */
    ccdk_ec2_security_group *extra = ccdk_ec2_security_group_new(stack, "Extra", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .allow_all_outbound = CCDK_FALSE});
    ccdk_ec2_connections_add_security_group(worker_c, extra);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
