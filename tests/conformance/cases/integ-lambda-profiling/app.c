/* Conformance case 'integ-lambda-profiling': aws-lambda test/integ.lambda-profiling.ts
 * (the IntegTest is dropped). */
#include <ccdk/codeguru.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack1", NULL);
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
        .profiling = CCDK_TRUE,
    });
    ccdk_codeguru_profiling_group *imported = ccdk_codeguru_profiling_group_from_profiling_group_arn(
        stack, "ImportedProfilingGroup",
        "arn:aws:codeguru-profiler:us-east-1:1234567890:profilingGroup/MyAwesomeProfilingGroup");
    ccdk_lambda_function_new(stack, "MyOtherLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
        .profiling = CCDK_TRUE,
        .profiling_group = imported,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
