/* Conformance case 'user-partner-webhook-relay': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/events.h>
#include <ccdk/lambda.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "WebhookRelay", &(ccdk_stack_props){.account = "898989898989", .region = "eu-west-3"});
    ccdk_events_event_bus *bus = ccdk_events_event_bus_new(stack, "OrdersBus", &(ccdk_events_event_bus_props){.event_bus_name = "orders"});
    ccdk_events_event_bus_archive(bus, "OrdersArchive", &(ccdk_events_base_archive_props){
        .event_pattern = ccdk_v_json(stack, "{\"source\": [\"shop.orders\"]}"),
        .retention = ccdk_duration_days(30),
    });

    ccdk_lambda_function *enricher = ccdk_lambda_function_new(stack, "Enricher", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return event\n"),
        .environment = CCDK_KVS({"BUS_NAME", ccdk_events_event_bus_name(bus)}),
    });
    ccdk_events_event_bus_grant_put_events_to(bus, ccdk_lambda_function_grant_principal(enricher));
    ccdk_events_rule_new(stack, "EnrichNewOrders", &(ccdk_events_rule_props){
        .event_bus = bus,
        .event_pattern = ccdk_v_json(stack, "{\"source\": [\"shop.orders\"], \"detailType\": [\"OrderPlaced\"]}"),
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(enricher, &(ccdk_events_lambda_function_target_props){
            .retry_attempts = CCDK_NUM(2),
        })),
    });

    ccdk_secretsmanager_secret *partner_key = ccdk_secretsmanager_secret_new(stack, "PartnerApiKey", &(ccdk_secretsmanager_secret_props){
        .generate_secret_string = &(ccdk_secretsmanager_secret_string_generator){
            .secret_string_template = "{\"partner\":\"acme\"}",
            .generate_string_key = "apiKey",
            .exclude_punctuation = CCDK_TRUE,
        },
    });
    ccdk_events_connection *connection = ccdk_events_connection_new(stack, "PartnerConnection", &(ccdk_events_connection_props){
        .description = "acme order webhook",
        .authorization = {
            .type = CCDK_EVENTS_AUTHORIZATION_API_KEY,
            .api_key_name = "x-api-key",
            .api_key_value = ccdk_secretsmanager_secret_value_from_json(partner_key, "apiKey"),
        },
        .header_parameters = CCDK_LIST_OF(ccdk_events_http_parameter, {"x-source", "shop"}),
    });
    ccdk_events_api_destination *destination = ccdk_events_api_destination_new(stack, "PartnerEndpoint", &(ccdk_events_api_destination_props){
        .connection = connection,
        .endpoint = "https://hooks.acme.example/orders/*",
        .http_method = CCDK_EVENTS_HTTP_METHOD_POST,
        .rate_limit_per_second = CCDK_NUM(20),
    });
    ccdk_sqs_queue *failed = ccdk_sqs_queue_new(stack, "FailedDeliveries", &(ccdk_sqs_queue_props){.retention_period = ccdk_duration_days(14)});
    ccdk_events_rule_new(stack, "RelayEnriched", &(ccdk_events_rule_props){
        .event_bus = bus,
        .event_pattern = ccdk_v_json(stack, "{\"source\": [\"shop.enricher\"], \"detail\": {\"status\": [\"ENRICHED\"]}}"),
        .targets = CCDK_LIST(ccdk_events_targets_api_destination(destination, &(ccdk_events_api_destination_target_props){
            .path_parameter_values = CCDK_STRS("$.detail.orderId"),
            .header_parameters = CCDK_KVS({"x-order-id", "$.detail.orderId"}),
            .event = ccdk_events_rule_target_input_from_event_path(stack, "$.detail"),
            .dead_letter_queue = failed,
            .retry_attempts = CCDK_NUM(5),
            .max_event_age = ccdk_duration_hours(6),
        })),
    });
    ccdk_cloudwatch_alarm_new(stack, "DeliveriesFailing", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_sqs_queue_metric_approximate_number_of_messages_visible(failed, &(ccdk_cloudwatch_metric_options){
            .period = ccdk_duration_minutes(1)}),
        .threshold = CCDK_NUM(1),
        .evaluation_periods = CCDK_NUM(1),
        .comparison_operator = CCDK_CW_GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
