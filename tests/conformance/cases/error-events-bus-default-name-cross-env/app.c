/* Conformance case 'error-events-bus-default-name-cross-env': see app.js. */
#include <ccdk/events.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *a = ccdk_stack_new(app, "EventsStack", &(ccdk_stack_props){.account = "111111111111", .region = "eu-west-1"});
    ccdk_events_event_bus *bus = ccdk_events_event_bus_new(a, "Bus", NULL);
    ccdk_stack *b = ccdk_stack_new(app, "UserStack", &(ccdk_stack_props){.account = "222222222222", .region = "eu-west-1"});
    ccdk_value *props = ccdk_v_object(b);
    ccdk_v_set(props, "BusArn", ccdk_v_string(b, ccdk_events_event_bus_arn(bus)));
    ccdk_cfn_resource_new(b, "Referencer", "Custom::Ref", props);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
