/* Conformance case 'cloudwatch-composite-alarm-lambda': composite alarms over a Lambda function's
 * alarms, alarm imports, alarm widgets (see app.js). Ported from aws-cdk:
 * aws-cloudwatch/test/composite-alarm.test.ts and alarm.test.ts (imports). */
#include <ccdk/cloudwatch.h>
#include <ccdk/lambda.h>
#include <ccdk/sns.h>

#define CREATE(m, id, ...) ccdk_cloudwatch_metric_create_alarm(m, stack, id, &(ccdk_cloudwatch_create_alarm_options){__VA_ARGS__})
#define FROM(alarm, state) ccdk_cloudwatch_alarm_rule_from_alarm(alarm, CCDK_CW_ALARM_STATE_##state)

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.tags = CCDK_KVS({"team", "orders"})});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_cloudwatch_alarm *errors = CREATE(ccdk_lambda_function_metric_errors(fn, NULL), "Errors",
                                           .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1));
    ccdk_cloudwatch_alarm *throttles = CREATE(ccdk_lambda_function_metric_throttles(fn, NULL), "Throttles",
                                              .threshold = CCDK_NUM(10), .evaluation_periods = CCDK_NUM(2));
    ccdk_cloudwatch_alarm *duration = CREATE(ccdk_lambda_function_metric_duration(fn, NULL), "Duration",
                                             .threshold = CCDK_NUM(1000), .evaluation_periods = CCDK_NUM(3),
                                             .alarm_name = "Alarm with space in name");
    ccdk_cloudwatch_alarm *invocations = CREATE(ccdk_lambda_function_metric_invocations(fn, NULL), "Invocations",
                                                .threshold = CCDK_NUM(0), .evaluation_periods = CCDK_NUM(1),
                                                .comparison_operator = CCDK_CW_LESS_THAN_OR_EQUAL_TO_THRESHOLD);

    ccdk_cloudwatch_alarm *imported = ccdk_cloudwatch_alarm_from_alarm_arn(stack, "Imported",
        "arn:aws:cloudwatch:us-west-2:123456789012:alarm:TestAlarmName");
    ccdk_cloudwatch_alarm *by_name = ccdk_cloudwatch_alarm_from_alarm_name(stack, "ByName", "OtherAlarm");
    ccdk_cloudwatch_alarm *composite_import = ccdk_cloudwatch_composite_alarm_from_composite_alarm_arn(stack, "CompositeImport",
        "arn:aws:cloudwatch:us-west-2:123456789012:alarm:Composite");
    ccdk_cloudwatch_alarm *composite_by_name = ccdk_cloudwatch_composite_alarm_from_composite_alarm_name(stack, "CompositeByName",
                                                                                                        "CompositeName");
    ccdk_cfn_output_new(stack, "ImportedName", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_alarm_name(imported)});
    ccdk_cfn_output_new(stack, "ByNameArn", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_alarm_arn(by_name)});
    ccdk_cfn_output_new(stack, "ByNameName", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_alarm_name(by_name)});
    ccdk_cfn_output_new(stack, "CompositeByNameArn", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_alarm_arn(composite_by_name)});

    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
    ccdk_cloudwatch_alarm *composite = ccdk_cloudwatch_composite_alarm_new(stack, "CompositeAlarm", &(ccdk_cloudwatch_composite_alarm_props){
        .alarm_rule = ccdk_cloudwatch_alarm_rule_any_of(stack, (ccdk_cloudwatch_alarm_rule_list)CCDK_LIST(
            ccdk_cloudwatch_alarm_rule_all_of(stack, (ccdk_cloudwatch_alarm_rule_list)CCDK_LIST(
                ccdk_cloudwatch_alarm_rule_any_of(stack, (ccdk_cloudwatch_alarm_rule_list)CCDK_LIST(
                    FROM(errors, ALARM), FROM(throttles, OK), FROM(duration, ALARM))),
                ccdk_cloudwatch_alarm_rule_not(FROM(invocations, INSUFFICIENT_DATA)))),
            ccdk_cloudwatch_alarm_rule_from_boolean(stack, 0))),
    });
    ccdk_cloudwatch_alarm_add_alarm_action(composite, ccdk_cloudwatch_actions_sns_action(topic));
    ccdk_cloudwatch_alarm_add_ok_action(composite, ccdk_cloudwatch_actions_sns_action(topic));
    ccdk_cfn_output_new(stack, "CompositeArn", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_alarm_arn(composite)});
    ccdk_cfn_output_new(stack, "CompositeName", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_alarm_name(composite)});

    ccdk_cfn_output_new(stack, "NamedAlarmName", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_alarm_name(duration)});
    ccdk_cfn_output_new(stack, "NamedAlarmArn", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_alarm_arn(duration)});
    ccdk_cloudwatch_alarm *suppressed = ccdk_cloudwatch_composite_alarm_new(stack, "Suppressed", &(ccdk_cloudwatch_composite_alarm_props){
        .composite_alarm_name = "suppressed",
        .alarm_description = "errors unless throttled",
        .actions_enabled = CCDK_TRUE,
        .alarm_rule = FROM(errors, ALARM),
        .actions_suppressor = throttles,
    });
    ccdk_cfn_output_new(stack, "SuppressedName", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_alarm_name(suppressed)});
    ccdk_cloudwatch_composite_alarm_new(stack, "SuppressedPeriods", &(ccdk_cloudwatch_composite_alarm_props){
        .alarm_rule = ccdk_cloudwatch_alarm_rule_from_boolean(stack, 1),
        .actions_suppressor = composite,
        .actions_suppressor_extension_period = ccdk_duration_minutes(2),
        .actions_suppressor_wait_period = ccdk_duration_minutes(5),
    });
    ccdk_cloudwatch_composite_alarm_new(stack, "AtLeast", &(ccdk_cloudwatch_composite_alarm_props){
        .alarm_rule = ccdk_cloudwatch_alarm_rule_any_of(stack, (ccdk_cloudwatch_alarm_rule_list)CCDK_LIST(
            ccdk_cloudwatch_alarm_rule_at_least(stack, CCDK_CW_ALARM_STATE_ALARM,
                (ccdk_cloudwatch_at_least_threshold){.count = CCDK_NUM(2)},
                (ccdk_cloudwatch_alarm_list)CCDK_LIST(errors, throttles, imported)),
            ccdk_cloudwatch_alarm_rule_at_least_not(stack, CCDK_CW_ALARM_STATE_OK,
                (ccdk_cloudwatch_at_least_threshold){.percentage = CCDK_NUM(50)},
                (ccdk_cloudwatch_alarm_list)CCDK_LIST(by_name, composite_import, composite_by_name)),
            ccdk_cloudwatch_alarm_rule_from_string(stack, "ALARM(SomeOtherAlarm)"),
            FROM(imported, OK))),
    });

    ccdk_cloudwatch_dashboard *dashboard = ccdk_cloudwatch_dashboard_new(stack, "Dashboard", &(ccdk_cloudwatch_dashboard_props){
        .default_interval = ccdk_duration_hours(36),
        .period_override = CCDK_CW_PERIOD_OVERRIDE_INHERIT,
        .widgets = CCDK_LIST_OF(ccdk_cloudwatch_widget_list,
            CCDK_LIST(ccdk_cloudwatch_alarm_status_widget_new(stack, &(ccdk_cloudwatch_alarm_status_widget_props){
                          .alarms = CCDK_LIST(errors, composite, imported),
                          .sort_by = CCDK_CW_ALARM_SORT_STATE_UPDATED_TIMESTAMP,
                          .states = CCDK_LIST(CCDK_CW_ALARM_STATE_ALARM, CCDK_CW_ALARM_STATE_INSUFFICIENT_DATA),
                      }),
                      ccdk_cloudwatch_alarm_widget_new(stack, &(ccdk_cloudwatch_alarm_widget_props){.alarm = composite, .width = 18})),
            CCDK_LIST(ccdk_cloudwatch_alarm_status_widget_new(stack, &(ccdk_cloudwatch_alarm_status_widget_props){
                .title = "All", .alarms = CCDK_LIST(throttles), .width = 24, .height = 2}))),
    });
    ccdk_cfn_output_new(stack, "DashboardArn", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_dashboard_arn(dashboard)});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
