/* Conformance case 'destinations-event-bridge-bus-handle': see app.js. */
#include <ccdk/events.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *bus_stack = ccdk_stack_new(app, "BusStack", &(ccdk_stack_props){.account = "123456789012", .region = "eu-west-1"});
    ccdk_events_event_bus *shared = ccdk_events_event_bus_new(bus_stack, "Shared", &(ccdk_events_event_bus_props){
        .event_bus_name = "shared-bus"});
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "eu-west-1"});

    ccdk_events_event_bus *own = ccdk_events_event_bus_new(stack, "Own", NULL);
    ccdk_events_event_bus *by_arn = ccdk_events_event_bus_from_event_bus_arn(stack, "ByArn",
        "arn:aws:events:eu-west-1:123456789012:event-bus/by-arn");
    ccdk_events_event_bus *by_name = ccdk_events_event_bus_from_event_bus_name(stack, "ByName", "by-name");
    ccdk_events_event_bus *by_attrs = ccdk_events_event_bus_from_event_bus_attributes(stack, "ByAttrs",
        &(ccdk_events_event_bus_attributes){
            .event_bus_name = "by-attrs", .event_bus_arn = "arn:aws:events:eu-west-1:123456789012:event-bus/by-attrs"});

    ccdk_lambda_function_new(stack, "OwnFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .on_success = ccdk_lambda_destinations_event_bridge_destination_from_bus(own),
        .on_failure = ccdk_lambda_destinations_event_bridge_destination(stack, NULL),
    });
    ccdk_lambda_function_new(stack, "ImportedBusFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .on_success = ccdk_lambda_destinations_event_bridge_destination_from_bus(by_arn),
        .on_failure = ccdk_lambda_destinations_event_bridge_destination_from_bus(by_name),
    });
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "AliasFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
    });
    ccdk_lambda_alias *alias = ccdk_lambda_function_add_alias(fn, "live", NULL);
    ccdk_lambda_function_configure_async_invoke(alias, &(ccdk_lambda_event_invoke_config_options){
        .on_success = ccdk_lambda_destinations_event_bridge_destination_from_bus(by_attrs),
        .on_failure = ccdk_lambda_destinations_event_bridge_destination_from_bus(shared),
        .retry_attempts = CCDK_NUM(1),
    });
    ccdk_lambda_function *imported = ccdk_lambda_function_from_function_attributes(stack, "Imported",
        &(ccdk_lambda_function_attributes){.function_arn = "arn:aws:lambda:eu-west-1:123456789012:function:imported"});
    ccdk_lambda_function_configure_async_invoke(imported, &(ccdk_lambda_event_invoke_config_options){
        .on_failure = ccdk_lambda_destinations_event_bridge_destination_from_bus(own)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
