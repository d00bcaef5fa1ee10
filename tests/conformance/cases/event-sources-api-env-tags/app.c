/* Conformance case 'event-sources-api-env-tags': ApiEventSource in a stack with an environment,
 * and tags on its RestApi and Stage (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "222222222222", .region = "eu-west-1"});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
    });
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_api_event_source(stack, "get", "/items/{id}"));
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_api_event_source(stack, "any", "/"));
    ccdk_tags_add(stack, "team", "orders");
    ccdk_tags_add(app, "cost-center", "ü ✓");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
