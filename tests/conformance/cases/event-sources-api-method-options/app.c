/* Conformance case 'event-sources-api-method-options': ApiEventSource with apigateway.MethodOptions
 * (ccdk_lambda_api_event_source_with_options): operationName, apiKeyRequired, requestParameters,
 * authorization types without an authorizer, authorizationScopes kept or dropped with the warning. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>

#define PROPS(stack)                                                                               \
    .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "index.handler",                \
    .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_lambda_function *a = ccdk_lambda_function_new(stack, "A", &(ccdk_lambda_function_props){PROPS(stack)});
    ccdk_lambda_function_add_event_source(a, ccdk_lambda_api_event_source_with_options(stack, "get", "/items", &(ccdk_lambda_api_method_options){
        .api_key_required = CCDK_TRUE,
        .operation_name = "listItems",
        .request_parameters = CCDK_LIST_OF(ccdk_lambda_api_request_parameter,
                                           {"method.request.querystring.page", 0}, {"method.request.header.x-id", 1}),
    }));
    ccdk_lambda_function_add_event_source(a, ccdk_lambda_api_event_source_with_options(stack, "POST", "/items", &(ccdk_lambda_api_method_options){
        .authorization_type = "AWS_IAM", .api_key_required = CCDK_FALSE}));
    ccdk_lambda_function_add_event_source(a, ccdk_lambda_api_event_source_with_options(stack, "DELETE", "/items/{id}", &(ccdk_lambda_api_method_options){
        .authorization_type = "NONE", .authorization_scopes = CCDK_STRS("items/delete")}));

    ccdk_lambda_function *b = ccdk_lambda_function_new(stack, "B", &(ccdk_lambda_function_props){PROPS(stack)});
    ccdk_lambda_function_add_event_source(b, ccdk_lambda_api_event_source_with_options(stack, "GET", "/", &(ccdk_lambda_api_method_options){
        .authorization_type = "COGNITO_USER_POOLS", .authorization_scopes = CCDK_STRS("scope/read", "scope/write")}));
    ccdk_lambda_function_add_event_source(b, ccdk_lambda_api_event_source_with_options(stack, "PUT", "/x", &(ccdk_lambda_api_method_options){
        .authorization_scopes = CCDK_EMPTY_LIST}));
    ccdk_lambda_function_add_event_source(b, ccdk_lambda_api_event_source_with_options(stack, "PATCH", "/x", &(ccdk_lambda_api_method_options){0}));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
