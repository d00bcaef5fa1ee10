/* Conformance case 'user-foundation-workload': see app.js. */
#include <ccdk/ec2.h>
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/logs.h>
#include <ccdk/sqs.h>
#include <stdio.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack_props env = {.account = "121212121212", .region = "sa-east-1"};

    ccdk_stack *foundation = ccdk_stack_new(app, "Foundation", &env);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(foundation, "Vpc", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(2),
        .nat_gateways = CCDK_NUM(1),
        .restrict_default_security_group = CCDK_FALSE,
        .subnet_configuration = CCDK_LIST_OF(ccdk_ec2_subnet_configuration,
            {.name = "Ingress", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC},
            {.name = "Workloads", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS}),
    });
    ccdk_ec2_security_group *workload_sg = ccdk_ec2_security_group_new(foundation, "WorkloadSg", &(ccdk_ec2_security_group_props){
        .vpc = vpc,
        .description = "workload functions",
    });
    ccdk_iam_role *role = ccdk_iam_role_new(foundation, "WorkloadRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(foundation, "lambda.amazonaws.com"),
        .managed_policies = CCDK_LIST(
            ccdk_iam_managed_policy_from_aws_managed_policy_name(foundation, "service-role/AWSLambdaVPCAccessExecutionRole"),
            ccdk_iam_managed_policy_from_aws_managed_policy_name(foundation, "AWSXRayDaemonWriteAccess")),
    });
    ccdk_kms_key *key = ccdk_kms_key_new(foundation, "WorkloadKey", &(ccdk_kms_key_props){.enable_key_rotation = CCDK_TRUE});
    ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(foundation, "WorkloadLogs", &(ccdk_logs_log_group_props){
        .retention = CCDK_LOGS_RETENTION_THREE_MONTHS,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(foundation, "WorkloadDlq", &(ccdk_sqs_queue_props){.retention_period = ccdk_duration_days(14)});
    ccdk_lambda_layer_version *log_layer = ccdk_lambda_layer_version_new(foundation, "LogLayer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(foundation, "layer", NULL),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_NODEJS_22_X),
        .compatible_architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_ARM_64),
    });

    ccdk_stack *workload = ccdk_stack_new(app, "Workload", &env);
    const char *names[][2] = {{"Orders", "orders"}, {"Billing", "billing"}};
    for (int i = 0; i < 2; i++) {
        char code[64];
        snprintf(code, sizeof code, "exports.handler = async () => '%s';", names[i][0]);
        ccdk_lambda_function_new(workload, names[i][0], &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
            .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(workload, code),
            .role = role,
            .vpc = vpc,
            .vpc_subnets = {.subnet_group_name = "Workloads"},
            .security_groups = CCDK_LIST(workload_sg),
            .environment_encryption = key,
            .environment = CCDK_KVS({"SERVICE", names[i][1]}),
            .log_group = log_group,
            .logging_format = CCDK_LAMBDA_LOGGING_FORMAT_JSON,
            .application_log_level_v2 = CCDK_LAMBDA_APPLICATION_LOG_LEVEL_INFO,
            .system_log_level_v2 = CCDK_LAMBDA_SYSTEM_LOG_LEVEL_WARN,
            .dead_letter_queue = dlq,
            .layers = CCDK_LIST(log_layer),
            .tracing = CCDK_LAMBDA_TRACING_ACTIVE,
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
