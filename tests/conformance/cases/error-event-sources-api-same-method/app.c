/* error: two ApiEventSources of one function for GET /foo ('/foo/' and '/foo') */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_lambda_function *handler = ccdk_lambda_function_new(stack, "MyFunc", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "boom"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
    });
    ccdk_lambda_function_add_event_source(handler, ccdk_lambda_api_event_source(stack, "get", "/foo/"));
    ccdk_lambda_function_add_event_source(handler, ccdk_lambda_api_event_source(stack, "get", "/foo"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
