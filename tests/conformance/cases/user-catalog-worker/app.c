/* Conformance case 'user-catalog-worker': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/logs.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "CatalogWorker", &(ccdk_stack_props){
        .description = "Queue worker product (platform catalog v3)",
    });

    ccdk_cfn_parameter *memory = ccdk_cfn_parameter_new(stack, "MemorySize", &(ccdk_cfn_parameter_props){
        .type = "Number", .default_value = ccdk_v_number(stack, 512), .min_value = CCDK_NUM(128),
        .max_value = CCDK_NUM(10240), .description = "worker memory (MB)"});
    ccdk_cfn_parameter *batch_size = ccdk_cfn_parameter_new(stack, "BatchSize", &(ccdk_cfn_parameter_props){
        .type = "Number", .default_value = ccdk_v_number(stack, 10), .min_value = CCDK_NUM(1), .max_value = CCDK_NUM(100)});
    ccdk_cfn_parameter *window_seconds = ccdk_cfn_parameter_new(stack, "BatchingWindowSeconds", &(ccdk_cfn_parameter_props){
        .type = "Number", .default_value = ccdk_v_number(stack, 5)});
    ccdk_cfn_parameter *visibility = ccdk_cfn_parameter_new(stack, "VisibilityTimeoutSeconds", &(ccdk_cfn_parameter_props){
        .type = "Number", .default_value = ccdk_v_number(stack, 300)});
    ccdk_cfn_parameter *retention = ccdk_cfn_parameter_new(stack, "LogRetentionDays", &(ccdk_cfn_parameter_props){
        .type = "Number", .default_value = ccdk_v_number(stack, 14), .allowed_values = CCDK_STRS("7", "14", "30", "90")});
    ccdk_cfn_parameter *threshold = ccdk_cfn_parameter_new(stack, "DlqAlarmThreshold", &(ccdk_cfn_parameter_props){
        .type = "Number", .default_value = ccdk_v_number(stack, 1)});
    ccdk_cfn_parameter *email = ccdk_cfn_parameter_new(stack, "AlarmEmail", &(ccdk_cfn_parameter_props){
        .type = "String", .default_value = ccdk_v_string(stack, ""), .description = "empty: no e-mail"});
    ccdk_cfn_parameter *stage = ccdk_cfn_parameter_new(stack, "Stage", &(ccdk_cfn_parameter_props){
        .type = "String", .default_value = ccdk_v_string(stack, "dev"), .allowed_values = CCDK_STRS("dev", "prod")});
    ccdk_cfn_parameter *vpc_id = ccdk_cfn_parameter_new(stack, "VpcId", &(ccdk_cfn_parameter_props){.type = "AWS::EC2::VPC::Id"});
    ccdk_cfn_parameter *subnet_ids = ccdk_cfn_parameter_new(stack, "SubnetIds", &(ccdk_cfn_parameter_props){
        .type = "List<AWS::EC2::Subnet::Id>"});

    ccdk_cfn_condition *has_email = ccdk_cfn_condition_new(stack, "HasAlarmEmail",
        ccdk_fn_condition_not(stack, ccdk_fn_condition_equals(stack,
            ccdk_v_string(stack, ccdk_cfn_parameter_value_as_string(email)), ccdk_v_string(stack, ""))));
    ccdk_cfn_condition_new(stack, "IsProd", ccdk_fn_condition_equals(stack,
        ccdk_v_string(stack, ccdk_cfn_parameter_value_as_string(stage)), ccdk_v_string(stack, "prod")));

    /* a list token is one element to fromVpcAttributes: split it into one per AZ */
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_vpc_attributes(stack, "TeamVpc", &(ccdk_ec2_vpc_attributes){
        .vpc_id = ccdk_cfn_parameter_value_as_string(vpc_id),
        .availability_zones = CCDK_STRS("eu-west-1a", "eu-west-1b"),
        .private_subnet_ids = ccdk_token_as_list(ccdk_fn_split_assumed_length(stack, ",",
            ccdk_fn_join(stack, ",", ccdk_cfn_parameter_value_as_list(subnet_ids)), 2)),
    });

    ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(stack, "WorkDlq", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14)});
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Work", &(ccdk_sqs_queue_props){
        .visibility_timeout = ccdk_duration_seconds_token(ccdk_cfn_parameter_value_as_string(visibility)),
        .dead_letter_queue = &(ccdk_sqs_dead_letter_queue){.queue = dlq, .max_receive_count = CCDK_NUM(5)},
    });

    ccdk_lambda_function *worker = ccdk_lambda_function_new(stack, "Worker", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "main.handler",
        .code = ccdk_lambda_code_from_asset(stack, "worker", NULL),
        .memory_size = CCDK_NUM_TOKEN(ccdk_cfn_parameter_value_as_string(memory)),
        .timeout = ccdk_duration_minutes(1),
        .vpc = vpc,
        .environment = CCDK_KVS({"STAGE", ccdk_cfn_parameter_value_as_string(stage)},
                                {"LOG_LEVEL", ccdk_token_as_string(ccdk_fn_condition_if(stack, "IsProd",
                                    ccdk_v_string(stack, "INFO"), ccdk_v_string(stack, "DEBUG")))}),
        .log_group = ccdk_logs_log_group_new(stack, "WorkerLogs", &(ccdk_logs_log_group_props){
            .retention_token = ccdk_cfn_parameter_value_as_string(retention),
            .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        }),
    });
    ccdk_cfn_resource_add_property_override(ccdk_lambda_function_resource(worker), "ReservedConcurrentExecutions",
        ccdk_fn_condition_if(stack, "IsProd", ccdk_v_number(stack, 50), ccdk_v_string(stack, ccdk_aws_no_value(stack))));
    ccdk_lambda_function_add_event_source(worker, ccdk_lambda_sqs_event_source(queue, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM_TOKEN(ccdk_cfn_parameter_value_as_string(batch_size)),
        .max_batching_window = ccdk_duration_seconds_token(ccdk_cfn_parameter_value_as_string(window_seconds)),
        .report_batch_item_failures = CCDK_TRUE,
    }));

    ccdk_sns_topic *alerts = ccdk_sns_topic_new(stack, "Alerts", NULL);
    ccdk_sns_subscription *subscription = ccdk_sns_subscription_new(stack, "AlarmEmailSubscription",
        &(ccdk_sns_subscription_props){
            .topic = alerts,
            .protocol = CCDK_SNS_PROTOCOL_EMAIL,
            .endpoint = ccdk_cfn_parameter_value_as_string(email),
        });
    ccdk_cfn_resource_set_condition(ccdk_cfn_resource_of(ccdk_node_default_child(subscription)), has_email);

    ccdk_cloudwatch_alarm *alarm = ccdk_cloudwatch_alarm_new(stack, "DlqNotEmpty", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_sqs_queue_metric_approximate_number_of_messages_visible(dlq, NULL),
        .threshold = CCDK_NUM_TOKEN(ccdk_cfn_parameter_value_as_string(threshold)),
        .evaluation_periods = CCDK_NUM(1),
    });
    ccdk_cloudwatch_alarm_add_alarm_action(alarm, ccdk_cloudwatch_actions_sns_action(alerts));

    ccdk_ec2_subnet_list private_subnets = ccdk_ec2_vpc_private_subnets(vpc);
    ccdk_cfn_output_new(stack, "QueueUrl", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_url(queue)});
    ccdk_cfn_output_new(stack, "FirstSubnet", &(ccdk_cfn_output_props){.value = ccdk_ec2_subnet_id(private_subnets.items[0])});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
