/* Conformance case 'durable-config-units': durableConfig durations in other units, a durable function
 * with its own role and one with a dead-letter queue (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "stack", NULL);
#define BASE .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "index.handler", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X
    ccdk_lambda_function_new(stack, "Minutes", &(ccdk_lambda_function_props){BASE,
        .durable_config = &(ccdk_lambda_durable_config){.execution_timeout = ccdk_duration_minutes(90), .retention_period = ccdk_duration_hours(48)}});
    ccdk_lambda_function_new(stack, "Days", &(ccdk_lambda_function_props){BASE,
        .durable_config = &(ccdk_lambda_durable_config){.execution_timeout = ccdk_duration_days(366), .retention_period = ccdk_duration_minutes(1440)}});
    ccdk_lambda_function_new(stack, "Millis", &(ccdk_lambda_function_props){BASE,
        .durable_config = &(ccdk_lambda_durable_config){.execution_timeout = ccdk_duration_millis(5000)}});
    ccdk_lambda_function_new(stack, "OwnRole", &(ccdk_lambda_function_props){BASE,
        .role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")}),
        .durable_config = &(ccdk_lambda_durable_config){.execution_timeout = ccdk_duration_hours(1)}});
    ccdk_lambda_function_new(stack, "WithDlq", &(ccdk_lambda_function_props){BASE, .dead_letter_queue_enabled = CCDK_TRUE,
        .durable_config = &(ccdk_lambda_durable_config){.execution_timeout = ccdk_duration_hours(1)}});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
