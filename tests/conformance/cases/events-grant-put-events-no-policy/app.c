/* Conformance case 'events-grant-put-events-no-policy': see app.js. */
#include <ccdk/events.h>
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_node_set_context(stack, "@aws-cdk/aws-events:requireEventBusPolicySid", "false");
    ccdk_events_event_bus *bus = ccdk_events_event_bus_new(stack, "Bus", NULL);
    ccdk_events_event_bus_grant_put_events_to(bus, ccdk_iam_service_principal(stack, "lambda.amazonaws.com"));
    ccdk_events_event_bus_grant_put_events_to(bus, ccdk_iam_account_principal(stack, "999999999999"));
    ccdk_events_event_bus *imported =
        ccdk_events_event_bus_from_event_bus_arn(stack, "Imported", "arn:aws:events:us-east-1:999999999999:event-bus/other");
    ccdk_events_event_bus_grant_put_events_to(imported, ccdk_iam_service_principal(stack, "sns.amazonaws.com"));
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
    });
    ccdk_events_event_bus_grant_put_events_to(bus, role);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
