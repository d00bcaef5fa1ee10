/* Conformance case 'profiling-group-imported': see app.js. */
#include <ccdk/codeguru.h>
#include <ccdk/lambda.h>

static ccdk_stack *stack;

static void fn(const char *id, ccdk_codeguru_profiling_group *group)
{
    ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .profiling_group = group,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "ProfilingStack", NULL);
    fn("Literal", ccdk_codeguru_profiling_group_from_profiling_group_arn(stack, "LiteralGroup",
        "arn:aws:codeguru-profiler:eu-west-2:123456789012:profilingGroup/my-group"));
    ccdk_cfn_parameter *param = ccdk_cfn_parameter_new(stack, "GroupArn", &(ccdk_cfn_parameter_props){.type = "String"});
    fn("Token", ccdk_codeguru_profiling_group_from_profiling_group_arn(stack, "TokenGroup", ccdk_cfn_parameter_value_as_string(param)));
    fn("ByName", ccdk_codeguru_profiling_group_from_profiling_group_name(stack, "NamedGroup", "named-group"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
