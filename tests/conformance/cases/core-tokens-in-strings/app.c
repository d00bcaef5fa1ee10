/* core: strings mixing literal text and references (Fn::Join). */
#include <ccdk/lambda.h>
#include <stdio.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_lambda_function *target = ccdk_lambda_function_new(stack, "Target", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"target\";"),
    });
    const char *arn = ccdk_lambda_function_arn(target);
    const char *name = ccdk_lambda_function_name(target);

    const char *info = ccdk_fmt(stack, "arn=%s;name=%s!", arn, name);
    const char *adjacent = ccdk_fmt(stack, "%s%s", name, arn);
    const char *where = ccdk_fmt(stack, "%s/%s/%s", ccdk_aws_region(stack), ccdk_aws_account_id(stack),
                                 ccdk_stack_name(stack) /* stack.stackName: a literal */);

    ccdk_lambda_function *caller = ccdk_lambda_function_new(stack, "Caller", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"caller\";"),
        .environment = CCDK_KVS(
                                {"TARGET_ARN", arn},
                                {"TARGET_INFO", info},
                                {"ADJACENT", adjacent},
                                {"WHERE", where}),
    });
    ccdk_lambda_function_add_environment(caller, "ADDED_LATER", ccdk_fmt(stack, "prefix-%s", name));

    const char *mixed = ccdk_fmt(stack, "The function %s has ARN %s.", name, arn);
    ccdk_cfn_output_new(stack, "Mixed", &(ccdk_cfn_output_props){.value = mixed});
    ccdk_cfn_output_new(stack, "OnlyToken", &(ccdk_cfn_output_props){.value = arn});
    ccdk_cfn_output_new(stack, "Literal", &(ccdk_cfn_output_props){.value = "just text with \"quotes\" and \\ backslash"});
    const char *partition = ccdk_fmt(stack, "arn:%s:lambda:%s:%s:function:%s", ccdk_aws_partition(stack),
                                     ccdk_aws_region(stack), ccdk_aws_account_id(stack), name);
    ccdk_cfn_output_new(stack, "Partition", &(ccdk_cfn_output_props){.value = partition});
    ccdk_cfn_output_new(stack, "Joined", &(ccdk_cfn_output_props){
        .value = ccdk_fn_join(stack, "", CCDK_STRS("a", name, "b", "c")),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
