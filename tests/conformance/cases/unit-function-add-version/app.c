/* unit-function-add-version: function.test.ts 'add a version with event invoke config'
 * (ccdk_lambda_function_add_version, deprecated fn.addVersion), with provisioned executions and a
 * maxEventAge, and a name only. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "fn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
    });

    ccdk_lambda_function_add_version(fn, "1", "sha256", "desc", (ccdk_opt_num){0},
                                     &(ccdk_lambda_event_invoke_config_options){.retry_attempts = CCDK_NUM(0)});
    ccdk_lambda_version *v2 = ccdk_lambda_function_add_version(
        fn, "2", NULL, NULL, CCDK_NUM(5),
        &(ccdk_lambda_event_invoke_config_options){.max_event_age = ccdk_duration_minutes(10)});
    ccdk_lambda_function_add_version(fn, "Plain", NULL, NULL, (ccdk_opt_num){0}, NULL);
    ccdk_cfn_output_new(stack, "V2", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_version(v2)});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
