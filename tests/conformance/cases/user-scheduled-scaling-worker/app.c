/* Conformance case 'user-scheduled-scaling-worker': see app.js. */
#include <ccdk/appscaling.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_sqs_queue *dead_letters = ccdk_sqs_queue_new(stack, "JobsDlq", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14),
    });
    ccdk_sqs_queue *jobs = ccdk_sqs_queue_new(stack, "Jobs", &(ccdk_sqs_queue_props){
        .visibility_timeout = ccdk_duration_minutes(3),
        .dead_letter_queue = &(ccdk_sqs_dead_letter_queue){.queue = dead_letters, .max_receive_count = CCDK_NUM(5)},
    });

    ccdk_lambda_function *worker = ccdk_lambda_function_new(stack, "Worker", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "worker", NULL),
        .timeout = ccdk_duration_seconds(30),
        .memory_size = CCDK_NUM(256),
        .environment = CCDK_KVS({"QUEUE_URL", ccdk_sqs_queue_url(jobs)}),
    });
    ccdk_lambda_alias *prod = ccdk_lambda_function_add_alias(worker, "prod", NULL);
    ccdk_lambda_function_add_event_source(prod, ccdk_lambda_sqs_event_source(jobs, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(10),
        .max_batching_window = ccdk_duration_seconds(5),
        .report_batch_item_failures = CCDK_TRUE,
    }));

    ccdk_lambda_scalable_attribute *scaling = ccdk_lambda_alias_add_auto_scaling(prod, &(ccdk_lambda_auto_scaling_options){
        .min_capacity = CCDK_NUM(1),
        .max_capacity = CCDK_NUM(20),
    });
    ccdk_lambda_scalable_attribute_scale_on_utilization(scaling, &(ccdk_lambda_utilization_scaling_options){
        .utilization_target = CCDK_NUM(0.7),
    });
    ccdk_lambda_scalable_attribute_scale_on_schedule(scaling, "BusinessHours", &(ccdk_lambda_scaling_schedule){
        .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){.minute = "0", .hour = "8", .week_day = "MON-FRI"}),
        .min_capacity = CCDK_NUM(5),
        .time_zone = "Europe/Berlin",
    });
    ccdk_lambda_scalable_attribute_scale_on_schedule(scaling, "AfterHours", &(ccdk_lambda_scaling_schedule){
        .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){.minute = "0", .hour = "19", .week_day = "MON-FRI"}),
        .min_capacity = CCDK_NUM(1),
        .time_zone = "Europe/Berlin",
    });

    ccdk_iam_group *support = ccdk_iam_group_new(stack, "Support", &(ccdk_iam_group_props){.group_name = "worker-support"});
    ccdk_sqs_queue_grant_consume_messages(jobs, support);
    ccdk_sqs_queue_grant_consume_messages(dead_letters, support);
    ccdk_sqs_queue_grant_purge(dead_letters, support);
    ccdk_iam_group_add_managed_policy(support, ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "CloudWatchReadOnlyAccess"));
    ccdk_iam_user_new(stack, "OnCallEngineer", &(ccdk_iam_user_props){
        .user_name = "worker-oncall",
        .groups = CCDK_LIST(support),
    });

    ccdk_value *aud = ccdk_v_object(stack);
    ccdk_v_set(aud, "cognito-identity.amazonaws.com:aud", ccdk_v_string(stack, "eu-central-1:11111111-2222-3333-4444-555555555555"));
    ccdk_value *amr = ccdk_v_object(stack);
    ccdk_v_set(amr, "cognito-identity.amazonaws.com:amr", ccdk_v_string(stack, "authenticated"));
    ccdk_value *conditions = ccdk_v_object(stack);
    ccdk_v_set(conditions, "StringEquals", aud);
    ccdk_v_set(conditions, "ForAnyValue:StringLike", amr);
    ccdk_iam_role *mobile_role = ccdk_iam_role_new(stack, "MobileClients", &(ccdk_iam_role_props){
        .description = "Cognito identities of the mobile app",
        .assumed_by = ccdk_iam_federated_principal(stack, "cognito-identity.amazonaws.com", conditions,
                                                   "sts:AssumeRoleWithWebIdentity"),
    });
    ccdk_lambda_function_grant_invoke(prod, mobile_role);

    ccdk_cfn_output_new(stack, "WorkerAlias", &(ccdk_cfn_output_props){.value = ccdk_lambda_alias_arn(prod)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
