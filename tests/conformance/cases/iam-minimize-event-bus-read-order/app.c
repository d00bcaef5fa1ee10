/* Conformance case 'iam-minimize-event-bus-read-order': see app.js. Three unnamed event buses of a
 * producer stack granted to a consumer's role under minimizePolicies, in another order than they
 * were made: the merged resources and the exports follow the grants (eventBusArn read first there). */
#include <ccdk/events.h>
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/aws-iam:minimizePolicies", "true"})});
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", NULL);
    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", NULL);
    ccdk_events_event_bus *b0 = ccdk_events_event_bus_new(producer, "Bus0", NULL);
    ccdk_events_event_bus *b1 = ccdk_events_event_bus_new(producer, "Bus1", NULL);
    ccdk_events_event_bus *b2 = ccdk_events_event_bus_new(producer, "Bus2", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(consumer, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(consumer, "lambda.amazonaws.com"),
    });
    ccdk_events_event_bus_grant_put_events_to(b2, ccdk_iam_role_principal(role));
    ccdk_events_event_bus_grant_put_events_to(b0, ccdk_iam_role_principal(role));
    ccdk_events_event_bus_grant_put_events_to(b1, ccdk_iam_role_principal(role));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
