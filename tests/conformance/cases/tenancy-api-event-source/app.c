/* function.test.ts, 'multi-tenant function accepts ApiEventSource': an event source whose class is
 * named ApiEventSource (ccdk_lambda_event_source_set_class_name) may trigger a function with tenant
 * isolation; here it adds an output when bound. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>

static void bind(void *target, void *ctx)
{
    ccdk_stack *stack = ctx;
    ccdk_cfn_output_new(stack, "Bound", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_function_name((ccdk_lambda_function *)target),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .tenancy_config = CCDK_LAMBDA_TENANCY_CONFIG_PER_TENANT,
    });
    ccdk_lambda_event_source *src = ccdk_lambda_event_source_new(stack, bind, stack);
    ccdk_lambda_event_source_set_class_name(src, "ApiEventSource");
    ccdk_lambda_function_add_event_source(fn, src);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
