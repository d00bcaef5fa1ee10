/* Conformance case 'error-events-bus-policy-duplicate-sid': see app.js. */
#include <ccdk/events.h>
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_node_set_context(stack, "@aws-cdk/aws-events:requireEventBusPolicySid", "true");
    ccdk_events_event_bus *bus = ccdk_events_event_bus_new(stack, "Bus", NULL);
    ccdk_events_event_bus_grant_put_events_to_with_sid(bus, ccdk_iam_service_principal(stack, "lambda.amazonaws.com"), "Same");
    ccdk_events_event_bus_grant_put_events_to_with_sid(bus, ccdk_iam_service_principal(stack, "sns.amazonaws.com"), "Same");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
