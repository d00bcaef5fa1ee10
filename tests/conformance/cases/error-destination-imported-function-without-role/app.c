/* error: configureAsyncInvoke on an import without a role: the EventBridge destination warns, the
 * Lambda destination's grantInvoke needs the grantee's policy fragment (an unscoped error; see app.js) */
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *target = ccdk_lambda_function_new(stack, "Target", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
    });
    ccdk_lambda_function *imported = ccdk_lambda_function_from_function_attributes(stack, "Imported",
        &(ccdk_lambda_function_attributes){.function_arn = "arn:aws:lambda:us-east-1:123456789012:function:imported"});
    ccdk_lambda_function_configure_async_invoke(imported, &(ccdk_lambda_event_invoke_config_options){
        .on_failure = ccdk_lambda_destinations_event_bridge_destination(stack, NULL),
        .on_success = ccdk_lambda_destinations_lambda_destination(target, NULL),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
