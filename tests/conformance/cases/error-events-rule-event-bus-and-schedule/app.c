/* Conformance case 'error-events-rule-event-bus-and-schedule': see app.js. */
#include <ccdk/events.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_events_event_bus *bus = ccdk_events_event_bus_new(stack, "EventBus", NULL);
    ccdk_events_rule_new(stack, "MyRule", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_rate(stack, ccdk_duration_minutes(10)), .event_bus = bus});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
