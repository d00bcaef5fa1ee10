/* aws-cdk's api.test.ts as written, in the stack a NULL id makes ('Default'): the logical ids the
 * tests expect (MyFuncApiEventSourceA7A86A4FFB3F557C, ...); the three tests' routes in one stack. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_lambda_function *handler = ccdk_lambda_function_new(stack, "MyFunc", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "boom"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS,
    });
    ccdk_lambda_function_add_event_source(handler, ccdk_lambda_api_event_source(stack, "get", "/foo"));
    ccdk_lambda_function_add_event_source(handler, ccdk_lambda_api_event_source(stack, "post", "/bar"));
    ccdk_lambda_function_add_event_source(handler, ccdk_lambda_api_event_source(stack, "post", "/foo/bar"));
    ccdk_lambda_function_add_event_source(handler, ccdk_lambda_api_event_source(stack, "post", "/foo/bar/zoo"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
