/* error-alias-event-invoke-config-twice (aws-lambda/test/alias.test.ts 'throws when calling configureAsyncInvoke on already configured alias') */
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/lambda_versions.h>

static const char *on_success(ccdk_construct *scope, void *fn, ccdk_lambda_destination_type type, void *ctx)
{
    (void)scope, (void)fn, (void)type, (void)ctx;
    return "on-success-arn";
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "hello()"),
        .handler = "index.hello",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
    });
    ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
        .alias_name = "prod", .version = ccdk_lambda_function_current_version(fn),
        .on_success = ccdk_lambda_destination_new(stack, on_success, NULL)});
    ccdk_lambda_function_configure_async_invoke(alias, &(ccdk_lambda_event_invoke_config_options){.retry_attempts = CCDK_NUM(0)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
