/* aws-events's connection.test.ts and api-destination.test.ts (see app.js). */
#include <ccdk/events.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    { /* 'basic connection' */
        ccdk_stack *stack = ccdk_stack_new(app, "Basic", NULL);
        ccdk_events_connection_new(stack, "Connection", &(ccdk_events_connection_props){
            .authorization = {.type = CCDK_EVENTS_AUTHORIZATION_BASIC, .username = "username", .password = "password"},
            .connection_name = "testConnection", .description = "ConnectionDescription"});
    }
    { /* 'API key connection' */
        ccdk_stack *stack = ccdk_stack_new(app, "ApiKey", NULL);
        ccdk_events_connection_new(stack, "Connection", &(ccdk_events_connection_props){
            .authorization = {.type = CCDK_EVENTS_AUTHORIZATION_API_KEY, .api_key_name = "keyname",
                              .api_key_value = "{{resolve:secretsmanager:mysecret:SecretString:key::}}"},
            .header_parameters = CCDK_LIST_OF(ccdk_events_http_parameter, {"content-type", "application/json"},
                {"x-token", "{{resolve:secretsmanager:tokens:SecretString:token::}}", CCDK_TRUE}),
            .query_string_parameters = CCDK_LIST_OF(ccdk_events_http_parameter, {"q", "1"})});
    }
    { /* 'oauth connection', api destinations */
        ccdk_stack *stack = ccdk_stack_new(app, "OAuth", NULL);
        ccdk_events_connection *connection = ccdk_events_connection_new(stack, "Connection", &(ccdk_events_connection_props){
            .authorization = {.type = CCDK_EVENTS_AUTHORIZATION_OAUTH, .authorization_endpoint = "authorizationEndpoint",
                              .client_id = "clientID", .client_secret = "clientSecret",
                              .http_method = CCDK_EVENTS_HTTP_METHOD_GET,
                              .header_parameters = CCDK_LIST_OF(ccdk_events_http_parameter, {"oAuthHeaderKey", "oAuthHeaderValue"})},
            .body_parameters = CCDK_LIST_OF(ccdk_events_http_parameter, {"body", "b"})});
        ccdk_events_api_destination *dest = ccdk_events_api_destination_new(stack, "ApiDestination",
            &(ccdk_events_api_destination_props){
                .api_destination_name = "ApiDestination", .connection = connection, .description = "ApiDestination",
                .endpoint = "someendpoint", .http_method = CCDK_EVENTS_HTTP_METHOD_PUT, .rate_limit_per_second = CCDK_NUM(60)});
        ccdk_events_api_destination_new(stack, "Default", &(ccdk_events_api_destination_props){
            .connection = connection, .endpoint = "https://example.com"});
        ccdk_events_connection_new(stack, "OAuthPost", &(ccdk_events_connection_props){
            .authorization = {.type = CCDK_EVENTS_AUTHORIZATION_OAUTH, .authorization_endpoint = "https://auth",
                              .client_id = "id", .client_secret = "s", .http_method = CCDK_EVENTS_HTTP_METHOD_POST}});
        ccdk_cfn_output_new(stack, "Arn", &(ccdk_cfn_output_props){.value = ccdk_events_api_destination_arn(dest)});
        ccdk_cfn_output_new(stack, "ArnForPolicy", &(ccdk_cfn_output_props){.value = ccdk_events_api_destination_arn_for_policy(dest)});
        ccdk_cfn_output_new(stack, "Name", &(ccdk_cfn_output_props){.value = ccdk_events_api_destination_name(dest)});
        ccdk_cfn_output_new(stack, "ConnectionName", &(ccdk_cfn_output_props){.value = ccdk_events_connection_name(connection)});
        ccdk_cfn_output_new(stack, "SecretArn", &(ccdk_cfn_output_props){.value = ccdk_events_connection_secret_arn(connection)});
    }
    { /* imports */
        ccdk_stack *stack = ccdk_stack_new(app, "Imports", NULL);
        ccdk_events_connection *by_arn = ccdk_events_connection_from_event_bus_arn(stack, "ByArn",
            "arn:aws:events:us-east-1:123456789012:connection/MyConnection/5d3c6d9d-7b4b-4ce6-a3f5-0c9a1c8b1f3e",
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:events!connection/MyConnection/abc");
        ccdk_events_connection *by_attrs = ccdk_events_connection_from_connection_attributes(stack, "ByAttrs",
            &(ccdk_events_connection_attributes){.connection_name = "other",
                .connection_arn = "arn:aws:events:us-east-1:123456789012:connection/other/1", .connection_secret_arn = "arn:s"});
        ccdk_events_api_destination_new(stack, "Dest", &(ccdk_events_api_destination_props){
            .connection = by_arn, .endpoint = "https://a"});
        ccdk_events_api_destination *imported = ccdk_events_api_destination_from_api_destination_attributes(stack, "ImportedDest",
            &(ccdk_events_api_destination_attributes){
                .api_destination_arn = "arn:aws:events:us-east-1:123456789012:api-destination/MyDest/uuid", .connection = by_attrs});
        ccdk_cfn_output_new(stack, "ByArnName", &(ccdk_cfn_output_props){.value = ccdk_events_connection_name(by_arn)});
        ccdk_cfn_output_new(stack, "DestName", &(ccdk_cfn_output_props){.value = ccdk_events_api_destination_name(imported)});
        ccdk_cfn_output_new(stack, "DestConnection", &(ccdk_cfn_output_props){
            .value = ccdk_events_connection_arn(ccdk_events_api_destination_connection(imported))});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
