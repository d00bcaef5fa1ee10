/* error-event-invoke-config-twice (aws-lambda/test/function.test.ts 'throws when calling configureAsyncInvoke on already configured function') */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "fn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .max_event_age = ccdk_duration_hours(1),
    });
    ccdk_lambda_function_configure_async_invoke(fn, &(ccdk_lambda_event_invoke_config_options){.retry_attempts = CCDK_NUM(0)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
