/* What of aws-cdk's application-signals.test.ts aws-cdk-lib 2.276.0 can express: see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    /* 'Standard ADOT layer still works with other wrappers' */
    {
        ccdk_stack *stack = ccdk_stack_new(app, "StandardAdotStack", NULL);
        ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12, .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context): pass"),
            .adot_instrumentation = &(ccdk_lambda_adot_instrumentation_config){
                .layer_version = {CCDK_LAMBDA_ADOT_LAYER_PYTHON_SDK, NULL}, /* LATEST */
                .exec_wrapper = CCDK_LAMBDA_ADOT_EXEC_WRAPPER_INSTRUMENT_HANDLER}});
    }
    /* the Python test's set-up */
    {
        ccdk_stack *stack = ccdk_stack_new(app, "PythonStack", NULL);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12, .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context): return {\"statusCode\": 200}")});
        ccdk_lambda_function_add_layers(fn, (ccdk_lambda_layer_list)CCDK_LIST(ccdk_lambda_layer_version_from_layer_version_arn(
            stack, "AppSignalsLayer", "arn:aws:lambda:us-east-1:615299751070:layer:AWSOpenTelemetryDistroPython:19")));
        ccdk_lambda_function_add_environment(fn, "AWS_LAMBDA_EXEC_WRAPPER", "/opt/otel-instrument");
        ccdk_iam_role_add_managed_policy(ccdk_lambda_function_role(fn), ccdk_iam_managed_policy_from_aws_managed_policy_name(
            stack, "CloudWatchLambdaApplicationSignalsExecutionRolePolicy"));
    }
    /* the Node.js test's set-up */
    {
        ccdk_stack *stack = ccdk_stack_new(app, "NodeStack", NULL);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {}")});
        ccdk_lambda_function_add_layers(fn, (ccdk_lambda_layer_list)CCDK_LIST(ccdk_lambda_layer_version_from_layer_version_arn(
            stack, "AppSignalsLayer", "arn:aws:lambda:us-east-1:615299751070:layer:AWSOpenTelemetryDistroJs:8")));
    }

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
