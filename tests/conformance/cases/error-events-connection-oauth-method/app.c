/* Conformance case 'error-events-connection-oauth-method': see app.js. */
#include <ccdk/events.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_events_connection_new(stack, "Connection", &(ccdk_events_connection_props){
        .authorization = {.type = CCDK_EVENTS_AUTHORIZATION_OAUTH, .authorization_endpoint = "https://auth",
                          .client_id = "id", .client_secret = "s", .http_method = CCDK_EVENTS_HTTP_METHOD_HEAD}});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
