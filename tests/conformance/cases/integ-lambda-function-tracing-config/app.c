/* Conformance case 'integ-lambda-function-tracing-config': aws-lambda
 * test/integ.lambda-function-tracing-config.ts. Dropped: the IntegTest. Adapted: `tracingConfig:
 * { mode: TracingMode.ACTIVE }` is newer than aws-cdk-lib 2.276.0; its equivalent there is
 * `tracing: Tracing.ACTIVE`. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "stack", NULL);
    ccdk_lambda_function_new(stack, "Lambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .tracing = CCDK_LAMBDA_TRACING_ACTIVE,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
