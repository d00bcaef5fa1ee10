/* Conformance case 'user-bluegreen-rollout': an app as a CDK user writes it, not shaped to a
 * feature: a blue/green release helper for a named checkout function in a stack pinned to one
 * account and region. The `live` alias stays on the last good version (imported by number) and
 * sends a tenth of the traffic to the new currentVersion (retained, described, one retry); it has
 * provisioned concurrency that scales on utilization (cooldowns) and on schedules in Berlin time
 * (business hours, evenings, a one-off sale window with start and end times), and failed async
 * invocations go to a queue. A `green` alias on the new version serves an IAM Function URL for
 * smoke tests that a role of the QA account may call. Alarms: the alias's errors (datapoints to
 * alarm) and throttles, the new version's error rate (a math expression over metrics by
 * ExecutedVersion), and a composite rollback alarm over them that tells the release topic; a
 * dashboard compares the versions. The new version and the alias are outputs. */
#include <stdio.h>
#include <ccdk/cloudwatch.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

typedef struct {
    const char *function_name, *version;
} version_dims;

/* a metric of the function's `live` alias, of the calls that ran the given version */
static ccdk_cloudwatch_metric *by_version(ccdk_stack *owner, const version_dims *d, const char *metric_name)
{
    char resource[256];
    snprintf(resource, sizeof resource, "%s:live", d->function_name);
    return ccdk_cloudwatch_metric_new(owner, &(ccdk_cloudwatch_metric_props){
        .namespace_ = "AWS/Lambda",
        .metric_name = metric_name,
        .dimensions = CCDK_KVS({"FunctionName", d->function_name}, {"Resource", resource}, {"ExecutedVersion", d->version}),
        .statistic = CCDK_CW_STATS_SUM,
        .period = ccdk_duration_minutes(1),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "CheckoutRelease", &(ccdk_stack_props){.account = "555566667777", .region = "eu-central-1"});

    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Checkout", &(ccdk_lambda_function_props){
        .function_name = "checkout-api",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => ({ statusCode: 200, body: \"v42\" });"),
        .memory_size = CCDK_NUM(1024),
        .current_version_options = &(ccdk_lambda_version_options){
            .removal_policy = CCDK_REMOVAL_POLICY_RETAIN, .description = "release 42", .retry_attempts = CCDK_NUM(1)},
    });
    ccdk_lambda_version *green = ccdk_lambda_function_current_version(fn);
    ccdk_lambda_version *blue = ccdk_lambda_version_from_version_attributes(stack, "Blue", &(ccdk_lambda_version_attributes){
        .lambda = fn, .version = "41"});
    ccdk_sqs_queue *failed = ccdk_sqs_queue_new(stack, "FailedInvocations", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(4)});

    ccdk_lambda_alias *live = ccdk_lambda_alias_new(stack, "Live", &(ccdk_lambda_alias_props){
        .alias_name = "live",
        .version = blue,
        .additional_versions = CCDK_LIST_OF(ccdk_lambda_version_weight, {green, 0.1}),
        .description = "blue 41, canary 42",
        .provisioned_concurrent_executions = CCDK_NUM(10),
        .on_failure = ccdk_lambda_destinations_sqs_destination(failed),
        .max_event_age = ccdk_duration_minutes(30),
    });
    ccdk_lambda_scalable_attribute *scaling = ccdk_lambda_alias_add_auto_scaling(live, &(ccdk_lambda_auto_scaling_options){
        .min_capacity = CCDK_NUM(10), .max_capacity = CCDK_NUM(120)});
    ccdk_lambda_scalable_attribute_scale_on_utilization(scaling, &(ccdk_lambda_utilization_scaling_options){
        .utilization_target = CCDK_NUM(0.7),
        .scale_in_cooldown = ccdk_duration_minutes(10),
        .scale_out_cooldown = ccdk_duration_minutes(1),
    });
    ccdk_lambda_scalable_attribute_scale_on_schedule(scaling, "BusinessHours", &(ccdk_lambda_scaling_schedule){
        .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){.minute = "45", .hour = "7", .week_day = "MON-FRI"}),
        .min_capacity = CCDK_NUM(40),
        .time_zone = "Europe/Berlin",
    });
    ccdk_lambda_scalable_attribute_scale_on_schedule(scaling, "Evening", &(ccdk_lambda_scaling_schedule){
        .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){.minute = "0", .hour = "20"}),
        .min_capacity = CCDK_NUM(10),
        .max_capacity = CCDK_NUM(60),
        .time_zone = "Europe/Berlin",
    });
    ccdk_lambda_scalable_attribute_scale_on_schedule(scaling, "SaleWindow", &(ccdk_lambda_scaling_schedule){
        .schedule = ccdk_appscaling_schedule_rate(stack, ccdk_duration_hours(1)),
        .min_capacity = CCDK_NUM(80),
        .start_time = "2026-11-27T05:00:00Z",
        .end_time = "2026-11-30T23:00:00Z",
    });

    ccdk_lambda_alias *smoke = ccdk_lambda_alias_new(stack, "Green", &(ccdk_lambda_alias_props){
        .alias_name = "green", .version = green, .description = "smoke tests of the new version"});
    ccdk_lambda_function_url *url = ccdk_lambda_function_add_function_url(smoke, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM});
    ccdk_lambda_function_url_grant_invoke_url(url, ccdk_iam_role_from_role_arn(stack, "QaRunner", "arn:aws:iam::888877776666:role/qa-smoke-runner"));

    ccdk_sns_topic *releases = ccdk_sns_topic_new(stack, "Releases", &(ccdk_sns_topic_props){.topic_name = "checkout-releases"});
    ccdk_cloudwatch_alarm *live_errors = ccdk_cloudwatch_metric_create_alarm(
        ccdk_lambda_function_metric_errors(live, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_minutes(1)}),
        stack, "LiveErrors", &(ccdk_cloudwatch_create_alarm_options){
            .threshold = CCDK_NUM(5),
            .evaluation_periods = CCDK_NUM(3),
            .datapoints_to_alarm = CCDK_NUM(2),
            .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_NOT_BREACHING,
        });
    ccdk_cloudwatch_alarm *live_throttles = ccdk_cloudwatch_metric_create_alarm(
        ccdk_lambda_function_metric_throttles(live, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_minutes(1)}),
        stack, "LiveThrottles", &(ccdk_cloudwatch_create_alarm_options){.threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(5)});
    version_dims dims = {ccdk_lambda_function_name(fn), ccdk_lambda_version_version(green)};
    ccdk_cloudwatch_metric *green_error_rate = ccdk_cloudwatch_math_expression_new(stack, &(ccdk_cloudwatch_math_expression_props){
        .expression = "100 * errors / MAX([errors, invocations])",
        .using_metrics = CCDK_LIST_OF(ccdk_cloudwatch_using_metric, {"errors", by_version(stack, &dims, "Errors")},
                                      {"invocations", by_version(stack, &dims, "Invocations")}),
        .label = "new version error %",
        .period = ccdk_duration_minutes(1),
    });
    ccdk_cloudwatch_alarm *green_errors = ccdk_cloudwatch_metric_create_alarm(green_error_rate, stack, "GreenErrorRate",
        &(ccdk_cloudwatch_create_alarm_options){
            .threshold = CCDK_NUM(2),
            .evaluation_periods = CCDK_NUM(5),
            .alarm_description = "the canary fails more than 2% of its calls",
        });
    ccdk_cloudwatch_alarm *rollback = ccdk_cloudwatch_composite_alarm_new(stack, "Rollback", &(ccdk_cloudwatch_composite_alarm_props){
        .composite_alarm_name = "checkout-rollback",
        .alarm_rule = ccdk_cloudwatch_alarm_rule_any_of(stack, (ccdk_cloudwatch_alarm_rule_list)CCDK_LIST(
            ccdk_cloudwatch_alarm_rule_from_alarm(green_errors, CCDK_CW_ALARM_STATE_ALARM),
            ccdk_cloudwatch_alarm_rule_all_of(stack, (ccdk_cloudwatch_alarm_rule_list)CCDK_LIST(
                ccdk_cloudwatch_alarm_rule_from_alarm(live_errors, CCDK_CW_ALARM_STATE_ALARM),
                ccdk_cloudwatch_alarm_rule_from_alarm(live_throttles, CCDK_CW_ALARM_STATE_ALARM))))),
    });
    ccdk_cloudwatch_alarm_add_alarm_action(rollback, ccdk_cloudwatch_actions_sns_action(releases));

    ccdk_cloudwatch_widget *graph = ccdk_cloudwatch_graph_widget_new(stack, &(ccdk_cloudwatch_graph_widget_props){
        .title = "invocations by version",
        .left = CCDK_LIST(by_version(stack, &dims, "Invocations")),
        .right = CCDK_LIST(green_error_rate),
        .width = 12,
    });
    ccdk_cloudwatch_widget *status = ccdk_cloudwatch_alarm_status_widget_new(stack, &(ccdk_cloudwatch_alarm_status_widget_props){
        .title = "release alarms",
        .alarms = CCDK_LIST(live_errors, live_throttles, green_errors, rollback),
        .width = 12,
    });
    ccdk_cloudwatch_dashboard_new(stack, "ReleaseBoard", &(ccdk_cloudwatch_dashboard_props){
        .dashboard_name = "checkout-release",
        .widgets = CCDK_LIST_OF(ccdk_cloudwatch_widget_list, CCDK_LIST(graph, status)),
    });

    ccdk_cfn_output_new(stack, "NewVersion", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_version(green)});
    ccdk_cfn_output_new(stack, "LiveAliasArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_alias_arn(live)});
    ccdk_cfn_output_new(stack, "SmokeUrl", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(url)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
