/* Conformance case 'user-partner-webhooks': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/events.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    const ccdk_stack_props env = {.account = "111122223333", .region = "eu-west-1"};

    ccdk_stack *shared = ccdk_stack_new(app, "PartnerShared", &env);
    ccdk_events_event_bus *bus = ccdk_events_event_bus_new(shared, "PartnerBus", &(ccdk_events_event_bus_props){
        .event_bus_name = "partner-events"});
    ccdk_lambda_layer_version *signing = ccdk_lambda_layer_version_new(shared, "SigningLayer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(shared, "layer", NULL),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_NODEJS_20_X, CCDK_LAMBDA_RUNTIME_NODEJS_22_X),
        .description = "HMAC signature helpers",
    });
    ccdk_sns_topic *alerts = ccdk_sns_topic_new(shared, "Alerts", &(ccdk_sns_topic_props){.display_name = "Partner alerts"});

    ccdk_stack *stack = ccdk_stack_new(app, "PartnerWebhooks", &(ccdk_stack_props){
        .account = env.account, .region = env.region, .description = "partner webhooks"});
    ccdk_lambda_function *receiver = ccdk_lambda_function_new(stack, "Receiver", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack,
            "const { verify } = require(\"hmac\"); exports.handler = async (e) => ({ statusCode: 202 });"),
        .layers = CCDK_LIST(signing),
        .memory_size = CCDK_NUM(256),
        .timeout = ccdk_duration_seconds(10),
        .description = "receives partner webhooks",
        .environment = CCDK_KVS({"BUS_NAME", ccdk_events_event_bus_name(bus)},
                                {"SECRET_PARAMETER", "/partners/signing-secret"}),
    });
    ccdk_events_event_bus_grant_put_events_to(bus, receiver);
    ccdk_lambda_function_add_to_role_policy(receiver, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("ssm:GetParameter"),
        .resources = CCDK_STRS(ccdk_stack_format_arn(stack, "ssm", "parameter", NULL, "partners/signing-secret")),
    }));
    ccdk_lambda_alias *live = ccdk_lambda_function_add_alias(receiver, "live", NULL);
    ccdk_lambda_function_url *url = ccdk_lambda_function_add_function_url(live, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
        .cors = &(ccdk_lambda_function_url_cors){
            .allowed_origins = CCDK_STRS("https://partners.example.com"),
            .allowed_methods = CCDK_STRS("POST"),
            .allowed_headers = CCDK_STRS("content-type", "x-signature"),
            .max_age = ccdk_duration_minutes(10),
        },
    });
    ccdk_cfn_output_new(stack, "WebhookUrl", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(url)});

    ccdk_lambda_function *processor = ccdk_lambda_function_new(stack, "Processor", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return None\n"),
        .timeout = ccdk_duration_minutes(2),
        .reserved_concurrent_executions = CCDK_NUM(10),
    });
    ccdk_sqs_queue *failed = ccdk_sqs_queue_new(stack, "ProcessorDlq", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(7)});
    ccdk_events_rule_new(stack, "OrderEvents", &(ccdk_events_rule_props){
        .event_bus = bus,
        .event_pattern = ccdk_v_json(stack, "{\"source\":[\"partner.webhooks\"],\"detailType\":[\"order.created\",\"order.updated\"]}"),
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(processor, &(ccdk_events_lambda_function_target_props){
            .retry_attempts = CCDK_NUM(3),
            .max_event_age = ccdk_duration_hours(2),
            .dead_letter_queue = failed,
        })),
    });
    ccdk_cloudwatch_alarm *errors = ccdk_cloudwatch_metric_create_alarm(
        ccdk_lambda_function_metric_errors(processor, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_minutes(5)}),
        stack, "ProcessorErrors", &(ccdk_cloudwatch_create_alarm_options){
            .threshold = CCDK_NUM(1),
            .evaluation_periods = CCDK_NUM(1),
            .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_NOT_BREACHING,
        });
    ccdk_cloudwatch_alarm_add_alarm_action(errors, ccdk_cloudwatch_actions_sns_action(alerts));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
