/* aws-cdk's api.test.ts (aws-lambda-event-sources), each test as its own stack (the tests'
 * `new cdk.Stack()`, here named), and a stack of corners: a method on the root path, ANY, a path
 * parameter, repeated and trailing slashes, and two functions (an API each). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>

static ccdk_lambda_function *given(ccdk_stack *stack, const char *id)
{
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "boom"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Minimal", NULL);
        ccdk_lambda_function *handler = given(stack, "MyFunc");
        ccdk_lambda_function_add_event_source(handler, ccdk_lambda_api_event_source(stack, "get", "/foo"));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Disjoint", NULL);
        ccdk_lambda_function *handler = given(stack, "MyFunc");
        ccdk_lambda_function_add_event_source(handler, ccdk_lambda_api_event_source(stack, "get", "/foo"));
        ccdk_lambda_function_add_event_source(handler, ccdk_lambda_api_event_source(stack, "post", "/bar"));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "TreeOfRoutes", NULL);
        ccdk_lambda_function *handler = given(stack, "MyFunc");
        ccdk_lambda_function_add_event_source(handler, ccdk_lambda_api_event_source(stack, "get", "/foo"));
        ccdk_lambda_function_add_event_source(handler, ccdk_lambda_api_event_source(stack, "post", "/foo/bar"));
        ccdk_lambda_function_add_event_source(handler, ccdk_lambda_api_event_source(stack, "post", "/foo/bar/zoo"));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Corners", NULL);
        ccdk_lambda_function *first = given(stack, "First");
        ccdk_lambda_function_add_event_source(first, ccdk_lambda_api_event_source(stack, "any", "/"));
        ccdk_lambda_function_add_event_source(first, ccdk_lambda_api_event_source(stack, "DELETE", "/items/{id}"));
        ccdk_lambda_function *second = given(stack, "Second");
        ccdk_lambda_function_add_event_source(second, ccdk_lambda_api_event_source(stack, "put", "/items"));
        ccdk_lambda_function_add_event_source(second, ccdk_lambda_api_event_source(stack, "patch", "//items/"));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
