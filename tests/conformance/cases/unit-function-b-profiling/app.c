/* Conformance case 'unit-function-b-profiling': function.test.ts's profiling tests, a stack each
 * (see app.js). */
#include <ccdk/codeguru.h>
#include <ccdk/lambda.h>

#define ENV_VARS                                                                                       \
    CCDK_KVS({"AWS_CODEGURU_PROFILER_GROUP_NAME", "profiler_group"},                                   \
             {"AWS_CODEGURU_PROFILER_GROUP_ARN", "profiler_group_arn"},                                \
             {"AWS_CODEGURU_PROFILER_TARGET_REGION", "us-east-1"}, {"AWS_CODEGURU_PROFILER_ENABLED", "yes"})

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *stack = ccdk_stack_new(app, "ClientProvidedGroup", NULL);
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
        .profiling_group = ccdk_codeguru_profiling_group_new(stack, "ProfilingGroup", NULL),
    });

    stack = ccdk_stack_new(app, "ClientImportedGroup", NULL);
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
        .profiling_group = ccdk_codeguru_profiling_group_from_profiling_group_arn(stack, "ProfilingGroup",
            "arn:aws:codeguru-profiler:us-east-1:123456789012:profilingGroup/MyAwesomeProfilingGroup"),
    });

    stack = ccdk_stack_new(app, "GroupButProfilingFalse", NULL);
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
        .profiling = CCDK_FALSE,
        .profiling_group = ccdk_codeguru_profiling_group_new(stack, "ProfilingGroup", NULL),
    });

    stack = ccdk_stack_new(app, "ProfilingWithEnvVars", NULL);
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
        .profiling = CCDK_TRUE,
        .environment = ENV_VARS,
    });

    stack = ccdk_stack_new(app, "GroupWithEnvVars", NULL);
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
        .profiling_group = ccdk_codeguru_profiling_group_new(stack, "ProfilingGroup", NULL),
        .environment = ENV_VARS,
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
