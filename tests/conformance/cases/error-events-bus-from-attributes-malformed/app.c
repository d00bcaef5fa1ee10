/* error: EventBus.fromEventBusAttributes with an ARN that is not one (see app.js) */
#include <ccdk/events.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_events_event_bus_from_event_bus_attributes(stack, "Imported", &(ccdk_events_event_bus_attributes){
        .event_bus_name = "bus", .event_bus_arn = "arn:aws:events"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
