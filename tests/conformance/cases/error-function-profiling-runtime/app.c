/* Conformance case 'error-function-profiling-runtime': function.test.ts describe('profiling') 'throws an error when used with an unsupported runtime'. */
#include <ccdk/lambda.h>
#include <ccdk/codeguru.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .profiling_group = ccdk_codeguru_profiling_group_new(stack, "ProfilingGroup", NULL),
        .environment = CCDK_KVS({"AWS_CODEGURU_PROFILER_GROUP_ARN", "profiler_group_arn"}, {"AWS_CODEGURU_PROFILER_ENABLED", "yes"}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
