/* Conformance case 'user-ops-cross-stack-dashboard': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack_props env = {.account = "777766665555", .region = "us-east-2"};

    ccdk_stack *checkout = ccdk_stack_new(app, "Checkout", &env);
    ccdk_lambda_function *api = ccdk_lambda_function_new(checkout, "Api", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(checkout, "exports.handler = async () => ({ statusCode: 200 });"),
    });
    ccdk_lambda_alias *live = ccdk_lambda_function_add_alias(api, "live", NULL);
    ccdk_cloudwatch_alarm *api_errors = ccdk_cloudwatch_metric_create_alarm(ccdk_lambda_function_metric_errors(live, NULL), checkout,
                                                                            "ApiErrors", &(ccdk_cloudwatch_create_alarm_options){
                                                                                .threshold = CCDK_NUM(5),
                                                                                .evaluation_periods = CCDK_NUM(1),
                                                                            });
    ccdk_cloudwatch_alarm *api_latency = ccdk_cloudwatch_metric_create_alarm(
        ccdk_lambda_function_metric_duration(live, &(ccdk_cloudwatch_metric_options){.statistic = "p99"}), checkout, "ApiLatency",
        &(ccdk_cloudwatch_create_alarm_options){
            .threshold = CCDK_NUM(1500),
            .evaluation_periods = CCDK_NUM(3),
            .alarm_name = "checkout-api-p99",
        });

    ccdk_stack *fulfilment = ccdk_stack_new(app, "Fulfilment", &env);
    ccdk_sqs_queue *orders = ccdk_sqs_queue_new(fulfilment, "Orders", NULL);
    ccdk_lambda_function *worker = ccdk_lambda_function_new(fulfilment, "Worker", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(fulfilment, "def handler(event, context):\n    return None\n"),
    });
    ccdk_lambda_function_add_event_source(worker, ccdk_lambda_sqs_event_source(orders, NULL));
    ccdk_cloudwatch_alarm *backlog = ccdk_cloudwatch_alarm_new(fulfilment, "Backlog", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_sqs_queue_metric_approximate_age_of_oldest_message(orders, NULL),
        .threshold = CCDK_NUM(600),
        .evaluation_periods = CCDK_NUM(2),
    });
    ccdk_cloudwatch_alarm *worker_errors = ccdk_cloudwatch_metric_create_alarm(
        ccdk_lambda_function_metric_errors(worker, NULL), fulfilment, "WorkerErrors",
        &(ccdk_cloudwatch_create_alarm_options){.threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)});

    ccdk_stack *ops = ccdk_stack_new(app, "Ops", &env);
    ccdk_sns_topic *oncall = ccdk_sns_topic_new(ops, "OnCall", NULL);
    ccdk_cloudwatch_alarm *maintenance = ccdk_cloudwatch_alarm_new(ops, "Maintenance", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_cloudwatch_metric_new(ops, &(ccdk_cloudwatch_metric_props){
            .namespace_ = "Ops",
            .metric_name = "MaintenanceWindow",
            .statistic = "Maximum",
        }),
        .threshold = CCDK_NUM(1),
        .comparison_operator = CCDK_CW_GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        .evaluation_periods = CCDK_NUM(1),
    });
    ccdk_cloudwatch_alarm *any_service = ccdk_cloudwatch_composite_alarm_new(ops, "AnyService", &(ccdk_cloudwatch_composite_alarm_props){
        .alarm_rule = ccdk_cloudwatch_alarm_rule_any_of(ops, (ccdk_cloudwatch_alarm_rule_list)CCDK_LIST(
            ccdk_cloudwatch_alarm_rule_from_alarm(api_errors, CCDK_CW_ALARM_STATE_ALARM),
            ccdk_cloudwatch_alarm_rule_from_alarm(api_latency, CCDK_CW_ALARM_STATE_ALARM),
            ccdk_cloudwatch_alarm_rule_all_of(ops, (ccdk_cloudwatch_alarm_rule_list)CCDK_LIST(
                ccdk_cloudwatch_alarm_rule_from_alarm(backlog, CCDK_CW_ALARM_STATE_ALARM),
                ccdk_cloudwatch_alarm_rule_from_alarm(worker_errors, CCDK_CW_ALARM_STATE_ALARM))))),
        .actions_suppressor = maintenance,
        .alarm_description = "a service of the shop is failing",
    });
    ccdk_cloudwatch_alarm_add_alarm_action(any_service, ccdk_cloudwatch_actions_sns_action(oncall));
    ccdk_cloudwatch_widget *status = ccdk_cloudwatch_alarm_status_widget_new(ops, &(ccdk_cloudwatch_alarm_status_widget_props){
        .title = "services",
        .alarms = CCDK_LIST(any_service, api_errors, api_latency, backlog, worker_errors),
        .width = 24,
    });
    ccdk_cloudwatch_widget *p99 = ccdk_cloudwatch_alarm_widget_new(ops, &(ccdk_cloudwatch_alarm_widget_props){
        .title = "checkout p99",
        .alarm = api_latency,
        .width = 12,
    });
    ccdk_cloudwatch_widget *graph = ccdk_cloudwatch_graph_widget_new(ops, &(ccdk_cloudwatch_graph_widget_props){
        .title = "invocations",
        .left = CCDK_LIST(ccdk_lambda_function_metric_invocations(live, NULL), ccdk_lambda_function_metric_invocations(worker, NULL)),
        .right = CCDK_LIST(ccdk_sqs_queue_metric_approximate_number_of_messages_visible(orders, NULL)),
        .width = 12,
    });
    ccdk_cloudwatch_widget *single = ccdk_cloudwatch_single_value_widget_new(ops, &(ccdk_cloudwatch_single_value_widget_props){
        .metrics = CCDK_LIST(ccdk_lambda_function_metric_throttles(api, NULL), ccdk_lambda_function_metric_throttles(worker, NULL)),
        .width = 24,
    });
    ccdk_cloudwatch_dashboard_new(ops, "OnCallView", &(ccdk_cloudwatch_dashboard_props){
        .dashboard_name = "shop-on-call",
        .default_interval = ccdk_duration_hours(6),
        .widgets = CCDK_LIST_OF(ccdk_cloudwatch_widget_list, CCDK_LIST(status), CCDK_LIST(p99, graph), CCDK_LIST(single)),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
