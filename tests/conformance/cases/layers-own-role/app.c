/* Conformance case 'layers-own-role': the extension layers (insights, ADOT, params and secrets) on
 * functions with a role of their own, in us-east-1 (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_insights.h>
#include <ccdk/lambda_versions.h>

static ccdk_iam_role *role(ccdk_stack *stack, const char *id)
{
    return ccdk_iam_role_new(stack, id, &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "stack", &(ccdk_stack_props){.region = "us-east-1"});
#define BASE .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "index.handler"
    ccdk_lambda_function_new(stack, "Insights", &(ccdk_lambda_function_props){BASE,
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .role = role(stack, "InsightsRole"),
        .insights_version = CCDK_LAMBDA_INSIGHTS_VERSION(1_0_498_0)});
    ccdk_lambda_function_new(stack, "Adot", &(ccdk_lambda_function_props){BASE,
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .role = role(stack, "AdotRole"),
        .tracing = CCDK_LAMBDA_TRACING_PASS_THROUGH,
        .adot_instrumentation = &(ccdk_lambda_adot_instrumentation_config){
            .layer_version = {CCDK_LAMBDA_ADOT_LAYER_PYTHON_SDK, NULL},
            .exec_wrapper = CCDK_LAMBDA_ADOT_EXEC_WRAPPER_INSTRUMENT_HANDLER}});
    ccdk_lambda_function_new(stack, "Params", &(ccdk_lambda_function_props){BASE,
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .role = role(stack, "ParamsRole"),
        .layers = CCDK_LIST(ccdk_lambda_layer_version_from_layer_version_arn(stack, "Own", "arn:aws:lambda:us-east-1:123456789012:layer:own:1")),
        .insights_version = CCDK_LAMBDA_INSIGHTS_VERSION(1_0_404_0),
        .params_and_secrets = &(ccdk_lambda_params_and_secrets){.version = CCDK_LAMBDA_PARAMS_AND_SECRETS_V1_0_103}});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
