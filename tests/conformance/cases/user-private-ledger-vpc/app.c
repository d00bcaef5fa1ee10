/* Conformance case 'user-private-ledger-vpc': see app.js. */
#include <ccdk/ec2_vpc_endpoint_services.h>
#include <ccdk/efs.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/logs.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "LedgerVpc", &(ccdk_stack_props){
        .account = "111122223333", .region = "us-west-2",
    });

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("10.40.0.0/16"),
        .max_azs = CCDK_NUM(2),
        .nat_gateways = CCDK_NUM(0),
        .subnet_configuration = CCDK_LIST_OF(ccdk_ec2_subnet_configuration,
            {.name = "app", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .cidr_mask = CCDK_NUM(24)},
            {.name = "data", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .cidr_mask = CCDK_NUM(26)}),
    });
    const ccdk_ec2_subnet_selection app_subnets = {.subnet_group_name = "app"};
    ccdk_ec2_vpc_add_gateway_endpoint(vpc, "S3", &(ccdk_ec2_gateway_vpc_endpoint_options){
        .service = CCDK_EC2_GATEWAY_VPC_ENDPOINT_AWS_SERVICE_S3,
        .subnets = CCDK_LIST_OF(ccdk_ec2_subnet_selection, app_subnets),
    });
    ccdk_ec2_vpc_add_gateway_endpoint(vpc, "Dynamo", &(ccdk_ec2_gateway_vpc_endpoint_options){
        .service = CCDK_EC2_GATEWAY_VPC_ENDPOINT_AWS_SERVICE_DYNAMODB,
        .subnets = CCDK_LIST_OF(ccdk_ec2_subnet_selection, app_subnets),
    });
    ccdk_ec2_vpc_add_interface_endpoint(vpc, "Secrets", &(ccdk_ec2_interface_vpc_endpoint_options){
        .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_SECRETS_MANAGER,
        .subnets = app_subnets,
    });
    ccdk_ec2_interface_vpc_endpoint *sqs_endpoint = ccdk_ec2_vpc_add_interface_endpoint(vpc, "Sqs",
        &(ccdk_ec2_interface_vpc_endpoint_options){
            .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_SQS,
            .subnets = app_subnets,
            .open = CCDK_FALSE,
        });

    ccdk_efs_file_system *files = ccdk_efs_file_system_new(stack, "LedgerFiles", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .vpc_subnets = {.subnet_group_name = "data"},
        .encrypted = CCDK_TRUE,
        .performance_mode = CCDK_EFS_PERFORMANCE_MODE_GENERAL_PURPOSE,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_efs_access_point *access_point = ccdk_efs_file_system_add_access_point(files, "Writer",
        &(ccdk_efs_access_point_options){
            .path = "/ledger",
            .create_acl = &(ccdk_efs_acl){.owner_uid = "1000", .owner_gid = "1000", .permissions = "755"},
            .posix_user = &(ccdk_efs_posix_user){.uid = "1000", .gid = "1000"},
        });

    ccdk_secretsmanager_secret *db_secret = ccdk_secretsmanager_secret_new(stack, "LedgerDbSecret",
        &(ccdk_secretsmanager_secret_props){
            .generate_secret_string = &(ccdk_secretsmanager_secret_string_generator){
                .secret_string_template = "{\"username\":\"ledger\"}",
                .generate_string_key = "password",
                .exclude_punctuation = CCDK_TRUE,
            },
        });

    ccdk_logs_log_group *audit = ccdk_logs_log_group_new(stack, "PiiAudit", &(ccdk_logs_log_group_props){
        .retention = CCDK_LOGS_RETENTION_ONE_YEAR,
    });
    ccdk_logs_log_group *writer_logs = ccdk_logs_log_group_new(stack, "WriterLogs", &(ccdk_logs_log_group_props){
        .retention = CCDK_LOGS_RETENTION_ONE_MONTH,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        .data_protection_policy = &(ccdk_logs_data_protection_policy_props){
            .name = "ledger-pii",
            .identifiers = CCDK_LIST_OF(ccdk_logs_data_identifier,
                {"EmailAddress"}, {"CreditCardNumber"}, {"AccountNumber", "ACCT-\\d{10}"}),
            .log_group_audit_destination = audit,
        },
    });

    ccdk_lambda_code *code = ccdk_lambda_code_from_asset(stack, "src", NULL);
    ccdk_sqs_queue *inbox = ccdk_sqs_queue_new(stack, "Inbox", &(ccdk_sqs_queue_props){
        .visibility_timeout = ccdk_duration_minutes(2),
    });

    ccdk_lambda_function *writer = ccdk_lambda_function_new(stack, "Writer", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "app.writer",
        .code = code,
        .vpc = vpc,
        .vpc_subnets = app_subnets,
        .allow_public_subnet = CCDK_FALSE,
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(access_point, "/mnt/ledger"),
        .timeout = ccdk_duration_minutes(1),
        .log_group = writer_logs,
        .environment = CCDK_KVS({"SECRET_ARN", ccdk_secretsmanager_secret_arn(db_secret)}),
    });
    ccdk_lambda_function_add_event_source(writer, ccdk_lambda_sqs_event_source(inbox, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(5),
    }));

    ccdk_lambda_function *api = ccdk_lambda_function_new(stack, "Api", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "app.api",
        .code = code,
        .vpc = vpc,
        .vpc_subnets = app_subnets,
        .environment = CCDK_KVS({"QUEUE_URL", ccdk_sqs_queue_url(inbox)},
                                {"SECRET_ARN", ccdk_secretsmanager_secret_arn(db_secret)}),
    });
    ccdk_sqs_queue_grant_send_messages(inbox, api);
    ccdk_secretsmanager_secret_grant_read(db_secret, api);
    ccdk_secretsmanager_secret_grant_read(db_secret, writer);

    ccdk_ec2_security_group *cache = ccdk_ec2_security_group_new(stack, "CacheSg", &(ccdk_ec2_security_group_props){
        .vpc = vpc,
        .description = "ledger cache nodes",
        .allow_all_outbound = CCDK_FALSE,
    });
    ccdk_ec2_connections *api_conn = ccdk_lambda_function_connections(api);
    ccdk_ec2_connections_allow_to(api_conn, ccdk_ec2_security_group_connections(cache), ccdk_ec2_port_tcp(6379), "api to cache");
    ccdk_ec2_connections_allow_to(api_conn, ccdk_lambda_function_connections(writer), ccdk_ec2_port_tcp(8443),
                                  "api to writer sidecar");
    ccdk_ec2_connections *sqs_conn = ccdk_ec2_interface_vpc_endpoint_connections(sqs_endpoint);
    ccdk_ec2_connections_allow_default_port_from(sqs_conn, api_conn, NULL);
    ccdk_ec2_connections_allow_default_port_from(sqs_conn, ccdk_lambda_function_connections(writer), "writer polls the queue");

    ccdk_lambda_function *shipper = ccdk_lambda_function_new(stack, "Shipper", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "app.shipper",
        .code = code,
    });
    ccdk_logs_log_group_add_subscription_filter(writer_logs, "ShipErrors", &(ccdk_logs_subscription_filter_props){
        .destination = ccdk_logs_destinations_lambda_destination(shipper, NULL),
        .filter_pattern = ccdk_logs_filter_pattern_any(stack, CCDK_STRS(
            ccdk_logs_filter_pattern_string_value(stack, "$.level", "=", "ERROR"),
            ccdk_logs_filter_pattern_number_value(stack, "$.latencyMs", ">", 2000))),
        .filter_name = "ledger-errors",
    });

    ccdk_cfn_output_new(stack, "VpcId", &(ccdk_cfn_output_props){.value = ccdk_ec2_vpc_id(vpc)});
    ccdk_cfn_output_new(stack, "FileSystemId", &(ccdk_cfn_output_props){.value = ccdk_efs_file_system_id(files)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
