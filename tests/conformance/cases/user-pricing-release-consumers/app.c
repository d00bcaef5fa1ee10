/* Conformance case 'user-pricing-release-consumers': see app.js. */
#include <ccdk/appscaling.h>
#include <ccdk/cloudwatch.h>
#include <ccdk/events.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_v2.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *core = ccdk_stack_new(app, "PricingCore", &(ccdk_stack_props){.account = "555566667777", .region = "eu-west-2"});

    ccdk_lambda_function *engine = ccdk_lambda_function_new(core, "Engine", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_JAVA_21,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "com.example.pricing.Handler::handleRequest",
        .code = ccdk_lambda_code_from_asset(core, "pricing-jar", NULL),
        .memory_size = CCDK_NUM(2048),
        .timeout = ccdk_duration_seconds(30),
        .snap_start = CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS,
        .environment = CCDK_KVS({"JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1"}),
        .current_version_options = &(ccdk_lambda_version_options){
            .description = "release 43",
            .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
        },
    });
    ccdk_lambda_version *previous = ccdk_lambda_version_new(core, "Release42", &(ccdk_lambda_version_props){
        .lambda = engine,
        .description = "release 42",
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
    });
    ccdk_lambda_alias *live = ccdk_lambda_alias_new(core, "Live", &(ccdk_lambda_alias_props){
        .alias_name = "live",
        .version = ccdk_lambda_function_current_version(engine),
        .additional_versions = CCDK_LIST_OF(ccdk_lambda_version_weight, {previous, 0.1}),
    });
    ccdk_lambda_scalable_attribute *scaling = ccdk_lambda_alias_add_auto_scaling(live, &(ccdk_lambda_auto_scaling_options){
        .min_capacity = CCDK_NUM(1),
        .max_capacity = CCDK_NUM(25),
    });
    ccdk_lambda_scalable_attribute_scale_on_utilization(scaling, &(ccdk_lambda_utilization_scaling_options){
        .utilization_target = CCDK_NUM(0.6),
        .scale_in_cooldown = ccdk_duration_minutes(10),
    });
    ccdk_lambda_scalable_attribute_scale_on_schedule(scaling, "MarketOpen", &(ccdk_lambda_scaling_schedule){
        .schedule = ccdk_appscaling_schedule_cron(core, &(ccdk_appscaling_cron_options){.minute = "45", .hour = "7", .week_day = "MON-FRI"}),
        .min_capacity = CCDK_NUM(8),
        .time_zone = "Europe/London",
    });
    ccdk_lambda_scalable_attribute_scale_on_schedule(scaling, "MarketClose", &(ccdk_lambda_scaling_schedule){
        .schedule = ccdk_appscaling_schedule_cron(core, &(ccdk_appscaling_cron_options){.minute = "0", .hour = "17", .week_day = "MON-FRI"}),
        .min_capacity = CCDK_NUM(1),
        .time_zone = "Europe/London",
    });

    ccdk_stack *consumers = ccdk_stack_new(app, "PricingConsumers", &(ccdk_stack_props){.account = "555566667777", .region = "eu-west-2"});
    ccdk_lambda_function *quoter = ccdk_lambda_function_new(consumers, "Quoter", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(consumers, "def handler(event, context):\n    return {\"quote\": None}\n"),
        .environment = CCDK_KVS({"PRICING_FUNCTION", ccdk_lambda_alias_arn(live)}),
    });
    ccdk_lambda_function_grant_invoke(live, quoter);
    ccdk_iam_role *batch = ccdk_iam_role_new(consumers, "BatchCaller", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(consumers, "batch.amazonaws.com"),
        .description = "nightly repricing jobs",
    });
    ccdk_lambda_function_grant_invoke(live, batch);
    ccdk_events_rule_new(consumers, "HourlyReprice", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_rate(consumers, ccdk_duration_hours(1)),
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(live, &(ccdk_events_lambda_function_target_props){
            .event_object = ccdk_v_json(consumers, "{\"mode\": \"reprice-all\"}"),
            .retry_attempts = CCDK_NUM(1),
        })),
    });
    ccdk_cloudwatch_metric *errors = ccdk_lambda_function_metric_errors(live, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_minutes(1)});
    ccdk_cloudwatch_metric *invocations =
        ccdk_lambda_function_metric_invocations(live, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_minutes(1)});
    ccdk_cloudwatch_alarm_new(consumers, "LiveErrorRate", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_cloudwatch_math_expression_new(consumers, &(ccdk_cloudwatch_math_expression_props){
            .expression = "100 * errors / MAX([invocations, 1])",
            .using_metrics = CCDK_LIST_OF(ccdk_cloudwatch_using_metric, {"errors", errors}, {"invocations", invocations}),
            .label = "error rate (%)",
            .period = ccdk_duration_minutes(1),
        }),
        .threshold = CCDK_NUM(2),
        .evaluation_periods = CCDK_NUM(5),
        .datapoints_to_alarm = CCDK_NUM(3),
    });
    ccdk_cloudwatch_widget *alias_graph = ccdk_cloudwatch_graph_widget_new(consumers, &(ccdk_cloudwatch_graph_widget_props){
        .title = "live alias",
        .left = CCDK_LIST(invocations),
        .right = CCDK_LIST(errors),
    });
    ccdk_cloudwatch_widget *latency = ccdk_cloudwatch_graph_widget_new(consumers, &(ccdk_cloudwatch_graph_widget_props){
        .title = "latency",
        .left = CCDK_LIST(ccdk_lambda_function_metric_duration(live, &(ccdk_cloudwatch_metric_options){.statistic = "p90"}),
                          ccdk_lambda_function_metric_duration(quoter, &(ccdk_cloudwatch_metric_options){.statistic = "p90"})),
    });
    ccdk_cloudwatch_dashboard_new(consumers, "Pricing", &(ccdk_cloudwatch_dashboard_props){
        .widgets = CCDK_LIST_OF(ccdk_cloudwatch_widget_list, CCDK_LIST(alias_graph, latency)),
    });
    ccdk_cfn_output_new(consumers, "LiveAliasArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_alias_arn(live)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
