/* Conformance case 'user-ops-dashboard': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_lambda_code *code = ccdk_lambda_code_from_asset(stack, "handlers", NULL);
    ccdk_lambda_function *checkout = ccdk_lambda_function_new(stack, "Checkout", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.checkout",
        .code = code,
        .memory_size = CCDK_NUM(512),
        .timeout = ccdk_duration_seconds(10),
    });
    ccdk_lambda_alias *live = ccdk_lambda_alias_new(stack, "CheckoutLive", &(ccdk_lambda_alias_props){
        .alias_name = "live",
        .version = ccdk_lambda_function_current_version(checkout),
    });
    ccdk_lambda_function *search = ccdk_lambda_function_new(stack, "Search", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.search",
        .code = code,
    });
    ccdk_lambda_function *nightly = ccdk_lambda_function_new(stack, "Nightly", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.nightly",
        .code = code,
        .timeout = ccdk_duration_minutes(5),
    });

    ccdk_duration five_minutes = ccdk_duration_minutes(5);
    ccdk_cloudwatch_dashboard *dashboard = ccdk_cloudwatch_dashboard_new(stack, "OpsDashboard", &(ccdk_cloudwatch_dashboard_props){
        .dashboard_name = "shop-operations",
        .default_interval = ccdk_duration_hours(6),
    });
    ccdk_cloudwatch_dashboard_add_widgets(dashboard, (ccdk_cloudwatch_widget_list)CCDK_LIST(ccdk_cloudwatch_text_widget_new(stack, &(ccdk_cloudwatch_text_widget_props){
        .markdown = "# Shop operations\nCheckout, search and the nightly job.",
        .width = 24,
        .height = 2,
    })));
    ccdk_cloudwatch_widget *errors_graph = ccdk_cloudwatch_graph_widget_new(stack, &(ccdk_cloudwatch_graph_widget_props){
        .title = "Errors",
        .left = CCDK_LIST(
            ccdk_lambda_function_metric_errors(live, &(ccdk_cloudwatch_metric_options){.period = five_minutes, .label = "checkout (live)"}),
            ccdk_lambda_function_metric_errors(search, &(ccdk_cloudwatch_metric_options){.period = five_minutes}),
            ccdk_lambda_function_metric_errors(nightly, &(ccdk_cloudwatch_metric_options){.period = five_minutes})),
        .width = 8,
    });
    ccdk_cloudwatch_graph_widget_add_right_metric(errors_graph, ccdk_lambda_function_metric_invocations(live, &(ccdk_cloudwatch_metric_options){
        .period = five_minutes, .color = CCDK_CW_COLOR_GREY}));
    ccdk_cloudwatch_dashboard_add_widgets(dashboard, (ccdk_cloudwatch_widget_list)CCDK_LIST(
        errors_graph,
        ccdk_cloudwatch_graph_widget_new(stack, &(ccdk_cloudwatch_graph_widget_props){
            .title = "Duration p99",
            .left = CCDK_LIST(
                ccdk_lambda_function_metric_duration(checkout, &(ccdk_cloudwatch_metric_options){.statistic = "p99", .period = five_minutes}),
                ccdk_lambda_function_metric_duration(search, &(ccdk_cloudwatch_metric_options){.statistic = "p99", .period = five_minutes})),
            .left_y_axis = &(ccdk_cloudwatch_y_axis_props){.min = CCDK_NUM(0), .label = "ms", .show_units = CCDK_FALSE},
            .width = 8,
        }),
        ccdk_cloudwatch_graph_widget_new(stack, &(ccdk_cloudwatch_graph_widget_props){
            .title = "Throttles",
            .left = CCDK_LIST(ccdk_lambda_function_metric_throttles(checkout, NULL), ccdk_lambda_function_metric_throttles(search, NULL)),
            .stacked = CCDK_TRUE,
            .width = 8,
        })));
    ccdk_cloudwatch_dashboard_add_widgets(dashboard, (ccdk_cloudwatch_widget_list)CCDK_LIST(ccdk_cloudwatch_single_value_widget_new(stack, &(ccdk_cloudwatch_single_value_widget_props){
        .title = "Checkouts today",
        .metrics = CCDK_LIST(ccdk_lambda_function_metric_invocations(live, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_days(1)})),
        .width = 6,
    })));

    ccdk_sns_topic *on_call = ccdk_sns_topic_new(stack, "OnCall", NULL);
    ccdk_cloudwatch_alarm *checkout_errors = ccdk_cloudwatch_metric_create_alarm(
        ccdk_lambda_function_metric_errors(live, &(ccdk_cloudwatch_metric_options){.period = five_minutes}),
        stack, "CheckoutErrors", &(ccdk_cloudwatch_create_alarm_options){
            .threshold = CCDK_NUM(5),
            .evaluation_periods = CCDK_NUM(2),
            .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_NOT_BREACHING,
        });
    ccdk_cloudwatch_alarm *search_slow = ccdk_cloudwatch_alarm_new(stack, "SearchSlow", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_lambda_function_metric_duration(search, &(ccdk_cloudwatch_metric_options){.statistic = "p99", .period = five_minutes}),
        .threshold = CCDK_NUM(2000),
        .evaluation_periods = CCDK_NUM(3),
    });
    ccdk_cloudwatch_alarm *shop_down = ccdk_cloudwatch_composite_alarm_new(stack, "ShopDegraded", &(ccdk_cloudwatch_composite_alarm_props){
        .alarm_description = "checkout failing or search slow",
        .alarm_rule = ccdk_cloudwatch_alarm_rule_any_of(stack, (ccdk_cloudwatch_alarm_rule_list)CCDK_LIST(
            ccdk_cloudwatch_alarm_rule_from_alarm(checkout_errors, CCDK_CW_ALARM_STATE_ALARM),
            ccdk_cloudwatch_alarm_rule_from_alarm(search_slow, CCDK_CW_ALARM_STATE_ALARM))),
    });
    ccdk_cloudwatch_alarm_add_alarm_action(shop_down, ccdk_cloudwatch_actions_sns_action(on_call));

    ccdk_cloudwatch_dashboard_add_widgets(dashboard, (ccdk_cloudwatch_widget_list)CCDK_LIST(
        ccdk_cloudwatch_alarm_status_widget_new(stack, &(ccdk_cloudwatch_alarm_status_widget_props){
            .title = "Shop health",
            .alarms = CCDK_LIST(shop_down, checkout_errors, search_slow),
            .width = 12,
        }),
        ccdk_cloudwatch_alarm_widget_new(stack, &(ccdk_cloudwatch_alarm_widget_props){
            .title = "Search p99 alarm", .alarm = search_slow, .width = 12})));

    ccdk_cfn_output_new(stack, "DashboardName", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_dashboard_name(dashboard)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
