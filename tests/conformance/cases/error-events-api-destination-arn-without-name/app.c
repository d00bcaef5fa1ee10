/* Conformance case 'error-events-api-destination-arn-without-name': see app.js. */
#include <ccdk/events.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_events_connection *connection = ccdk_events_connection_from_connection_attributes(stack, "Connection",
        &(ccdk_events_connection_attributes){.connection_name = "c",
            .connection_arn = "arn:aws:events:us-east-1:123456789012:connection/c/1", .connection_secret_arn = "arn:s"});
    ccdk_events_api_destination_from_api_destination_attributes(stack, "Dest", &(ccdk_events_api_destination_attributes){
        .api_destination_arn = "arn:aws:events:us-east-1:123456789012:api-destination", .connection = connection});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
