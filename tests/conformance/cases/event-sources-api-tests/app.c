/* aws-cdk's api.test.ts (aws-lambda-event-sources), each test as its own stack (the tests'
 * `new cdk.Stack()`, here named), and a stack of corners: a method on the root path, ANY, a path
 * parameter, repeated and trailing slashes, and two functions (an API each); and functions whose
 * names are no tokens (a named one, its alias, imports); a function with tenant isolation. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>

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
    {
        /* functions whose name is no token: the method's integrationToken enters the deployment's hash */
        ccdk_stack *stack = ccdk_stack_new(app, "Names", NULL);
        ccdk_lambda_function *named = ccdk_lambda_function_new(stack, "Named", &(ccdk_lambda_function_props){
            .code = ccdk_lambda_code_from_inline(stack, "boom"),
            .handler = "index.handler",
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS,
            .function_name = "api-named-fn",
        });
        ccdk_lambda_function_add_event_source(named, ccdk_lambda_api_event_source(stack, "get", "/named"));
        ccdk_lambda_alias *live = ccdk_lambda_alias_new(stack, "Live", &(ccdk_lambda_alias_props){
            .alias_name = "live",
            .version = ccdk_lambda_function_current_version(named),
        });
        ccdk_lambda_function_add_event_source(live, ccdk_lambda_api_event_source(stack, "post", "/alias"));
        ccdk_lambda_function *by_arn =
            ccdk_lambda_function_from_function_arn(stack, "ByArn", "arn:aws:lambda:us-east-1:123456789012:function:imported-fn");
        ccdk_lambda_function_add_event_source(by_arn, ccdk_lambda_api_event_source(stack, "get", "/imported"));
        ccdk_lambda_function *by_name = ccdk_lambda_function_from_function_name(stack, "ByName", "imported-by-name");
        ccdk_lambda_function_add_event_source(by_name, ccdk_lambda_api_event_source(stack, "get", "/by-name"));
    }
    {
        /* a function with tenant isolation: an ApiEventSource is the one source it takes */
        ccdk_stack *stack = ccdk_stack_new(app, "Tenancy", NULL);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
            .code = ccdk_lambda_code_from_inline(stack, "foo"),
            .handler = "index.handler",
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
            .tenancy_config = CCDK_LAMBDA_TENANCY_CONFIG_PER_TENANT,
        });
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_api_event_source(stack, "get", "/tenant"));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
