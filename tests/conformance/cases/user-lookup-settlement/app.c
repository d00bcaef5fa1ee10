/* Conformance case 'user-lookup-settlement': see app.js. */
#include <ccdk/dynamodb.h>
#include <ccdk/events.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/sqs.h>
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Settlement", &(ccdk_stack_props){
        .account = "123456789012", .region = "eu-west-1",
    });

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_lookup(stack, "Vpc", &(ccdk_ec2_vpc_lookup_options){
        .tags = CCDK_KVS({"team", "payments"}, {"stage", "prod"}),
    });
    ccdk_ec2_security_group *db_sg = ccdk_ec2_security_group_from_lookup_by_name(stack, "DbSg", "payments-db", vpc);
    const char *db_endpoint = ccdk_ssm_string_parameter_value_from_lookup(stack, "/payments/db/endpoint", NULL, NULL);
    ccdk_kms_key *key = ccdk_kms_key_from_lookup(stack, "PaymentsKey", &(ccdk_kms_key_lookup_options){
        .alias_name = "alias/payments",
    });

    ccdk_secretsmanager_secret *creds = ccdk_secretsmanager_secret_from_secret_name_v2(stack, "DbCreds",
                                                                                      "payments/db-credentials");
    ccdk_dynamodb_table *ledger = ccdk_dynamodb_table_from_table_name(stack, "Ledger", "payments-ledger");
    ccdk_s3_bucket *statements = ccdk_s3_bucket_from_bucket_name(stack, "Statements", "payments-statements-prod");
    ccdk_lambda_function *fraud = ccdk_lambda_function_from_function_arn(stack, "FraudCheck",
        "arn:aws:lambda:eu-west-1:123456789012:function:fraud-check");
    ccdk_sqs_queue *settlements = ccdk_sqs_queue_from_queue_arn(stack, "SettlementQueue",
        "arn:aws:sqs:eu-west-1:123456789012:payments-settlements");

    ccdk_ec2_security_group *own_sg = ccdk_ec2_security_group_new(stack, "SettlementSg", &(ccdk_ec2_security_group_props){
        .vpc = vpc,
        .description = "settlement function",
    });
    ccdk_ec2_security_group_add_egress_rule(own_sg, ccdk_ec2_peer_ipv4(ccdk_ec2_vpc_cidr_block(vpc)), ccdk_ec2_port_tcp(443),
                                            "endpoints in the VPC", CCDK_UNSET);

    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Settle", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "handler.settle",
        .code = ccdk_lambda_code_from_asset(stack, "settlement", NULL),
        .vpc = vpc,
        .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS},
        .security_groups = CCDK_LIST(db_sg, own_sg),
        .environment_encryption = key,
        .environment = CCDK_KVS({"DB_ENDPOINT", db_endpoint},
                                {"SECRET_NAME", ccdk_secretsmanager_secret_name(creds)},
                                {"TABLE", ccdk_dynamodb_table_name(ledger)},
                                {"BUCKET", ccdk_s3_bucket_name(statements)}),
        .timeout = ccdk_duration_minutes(5),
    });
    ccdk_secretsmanager_secret_grant_read(creds, fn);
    ccdk_dynamodb_table_grant_read_write_data(ledger, fn);
    ccdk_s3_bucket_grant_put(statements, fn, "settlements/*");
    ccdk_lambda_function_grant_invoke(fraud, fn);
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(settlements, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(10),
        .report_batch_item_failures = CCDK_TRUE,
    }));

    ccdk_value *sweep = ccdk_v_object(stack);
    ccdk_v_set(sweep, "mode", ccdk_v_string(stack, "sweep"));
    ccdk_v_set(sweep, "vpc", ccdk_v_string(stack, ccdk_ec2_vpc_id(vpc)));
    ccdk_events_rule_new(stack, "NightlyFraudSweep", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_cron(stack, &(ccdk_events_cron_options){.minute = "15", .hour = "2"}),
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(fraud, &(ccdk_events_lambda_function_target_props){
            .event = ccdk_events_rule_target_input_from_object(stack, sweep),
        })),
    });

    ccdk_ec2_subnet_list private_subnets = ccdk_ec2_vpc_private_subnets(vpc);
    const char *ids = "";
    for (size_t i = 0; i < private_subnets.count; i++)
        ids = ccdk_fmt(stack, "%s%s%s", ids, i ? "," : "", ccdk_ec2_subnet_id(private_subnets.items[i]));
    ccdk_cfn_output_new(stack, "VpcId", &(ccdk_cfn_output_props){.value = ccdk_ec2_vpc_id(vpc)});
    ccdk_cfn_output_new(stack, "PrivateSubnets", &(ccdk_cfn_output_props){.value = ids});
    ccdk_cfn_output_new(stack, "KeyArn", &(ccdk_cfn_output_props){.value = ccdk_kms_key_arn(key)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
