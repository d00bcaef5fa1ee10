/* Conformance case 'user-managed-instances-api': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/ec2.h>
#include <ccdk/ec2_instance_types.h>
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_capacity_provider.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/logs.h>

static ccdk_lambda_function *fn(ccdk_stack *stack, const char *id, const char *code)
{
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, code),
        .memory_size = CCDK_NUM(2048),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack_props env = {.account = "343434343434", .region = "us-east-1"};
    ccdk_stack *network = ccdk_stack_new(app, "Network", &env);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(network, "Vpc", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(2),
        .nat_gateways = CCDK_NUM(1),
        .restrict_default_security_group = CCDK_FALSE,
    });
    ccdk_ec2_security_group *instances_sg = ccdk_ec2_security_group_new(network, "InstancesSg", &(ccdk_ec2_security_group_props){
        .vpc = vpc,
        .description = "managed instances",
    });

    ccdk_stack *platform = ccdk_stack_new(app, "Platform", &env);
    ccdk_kms_key *key = ccdk_kms_key_new(platform, "ProviderKey", &(ccdk_kms_key_props){.enable_key_rotation = CCDK_TRUE});
    ccdk_lambda_capacity_provider *provider = ccdk_lambda_capacity_provider_new(platform, "Provider", &(ccdk_lambda_capacity_provider_props){
        .capacity_provider_name = "steady-api",
        .subnets = ccdk_ec2_vpc_private_subnets(vpc),
        .security_groups = CCDK_LIST(instances_sg),
        .architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_ARM_64),
        .instance_type_filter = ccdk_lambda_instance_type_filter_allow((ccdk_ec2_instance_type_list)CCDK_LIST(
            ccdk_ec2_instance_type_of(CCDK_EC2_INSTANCE_CLASS_M7G, CCDK_EC2_INSTANCE_SIZE_LARGE),
            ccdk_ec2_instance_type_of(CCDK_EC2_INSTANCE_CLASS_C7G, CCDK_EC2_INSTANCE_SIZE_XLARGE))),
        .max_v_cpu_count = CCDK_NUM(64),
        .scaling_options = ccdk_lambda_scaling_options_manual((ccdk_lambda_target_tracking_scaling_policy_list)CCDK_LIST(
            ccdk_lambda_target_tracking_scaling_policy_cpu_utilization(60))),
        .kms_key = key,
        .log_group = ccdk_logs_log_group_new(platform, "ProviderLogs", &(ccdk_logs_log_group_props){
            .retention = CCDK_LOGS_RETENTION_ONE_MONTH}),
    });
    ccdk_lambda_function *api = fn(platform, "Api", "exports.handler = async () => ({ statusCode: 200 });");
    ccdk_lambda_capacity_provider_add_function(provider, api, &(ccdk_lambda_capacity_provider_function_options){
        .per_execution_environment_max_concurrency = CCDK_NUM(32),
        .execution_environment_memory_gib_per_v_cpu = CCDK_NUM(2),
        .publish_to_latest_published = CCDK_TRUE,
        .latest_published_scaling_config = {.min_execution_environments = CCDK_NUM(2), .max_execution_environments = CCDK_NUM(20)},
    });
    ccdk_lambda_function *indexer = fn(platform, "Indexer", "exports.handler = async () => undefined;");
    ccdk_lambda_capacity_provider_add_function(provider, indexer, &(ccdk_lambda_capacity_provider_function_options){
        .execution_environment_memory_gib_per_v_cpu = CCDK_NUM(4),
    });

    ccdk_lambda_alias *live = ccdk_lambda_function_add_alias(api, "live", NULL);
    ccdk_lambda_function_url *url = ccdk_lambda_function_add_function_url(live, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM,
    });
    ccdk_iam_role *partner = ccdk_iam_role_new(platform, "PartnerCaller", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_principal(platform, "565656565656"),
    });
    ccdk_lambda_function_url_grant_invoke_url(url, partner);
    ccdk_cloudwatch_metric_create_alarm(ccdk_lambda_function_metric_throttles(live, NULL), platform, "ApiThrottles",
                                        &(ccdk_cloudwatch_create_alarm_options){.threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)});
    ccdk_cfn_output_new(platform, "ApiUrl", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(url)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
