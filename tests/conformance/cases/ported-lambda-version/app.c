/* ported-lambda-version: aws-cdk's lambda-version.test.ts ported literally (see app.js); its custom
 * runtime is a ccdk_lambda_runtime of our own; the Default stack is a NULL id. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static const ccdk_lambda_runtime THE_RUNTIME = {
    .name = "node99.x", .family = CCDK_LAMBDA_FAMILY_NODEJS, .supports_inline_code = 1};

static ccdk_lambda_function *new_fn(ccdk_stack *stack)
{
    return ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = &THE_RUNTIME,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
        ccdk_lambda_version *version = ccdk_lambda_version_from_version_arn(stack, "Version",
            "arn:aws:lambda:region:account-id:function:function-name:version");
        ccdk_cfn_output_new(stack, "ARN", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_arn(version)});
        ccdk_cfn_output_new(stack, "Name", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_function_name(version)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "EventInvokeConfig", NULL);
        ccdk_lambda_version_new(stack, "Version", &(ccdk_lambda_version_props){
            .lambda = new_fn(stack), .max_event_age = ccdk_duration_hours(1), .retry_attempts = CCDK_NUM(0)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedVersions", NULL);
        ccdk_lambda_version *version1 = ccdk_lambda_version_from_version_arn(stack, "Version1",
            "arn:aws:lambda:region:account-id:function:function-name:version1");
        ccdk_lambda_version *version2 = ccdk_lambda_version_from_version_arn(stack, "Version2",
            "arn:aws:lambda:region:account-id:function:function-name:version2");
        ccdk_lambda_function_configure_async_invoke(version1, &(ccdk_lambda_event_invoke_config_options){.retry_attempts = CCDK_NUM(1)});
        ccdk_lambda_function_configure_async_invoke(version2, &(ccdk_lambda_event_invoke_config_options){.retry_attempts = CCDK_NUM(0)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AddAlias", NULL);
        ccdk_lambda_version_add_alias(ccdk_lambda_function_current_version(new_fn(stack)), "foo", NULL);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "EdgeArn", NULL);
        ccdk_lambda_version *version = ccdk_lambda_function_current_version(new_fn(stack));
        ccdk_cfn_output_new(stack, "EdgeArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_edge_arn(version)});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
