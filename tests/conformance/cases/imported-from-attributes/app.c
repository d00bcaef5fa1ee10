/* Seed README, Imported Lambdas: Function.fromFunctionAttributes. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_from_function_attributes(stack, "Function",
        &(ccdk_lambda_function_attributes){
            .function_arn = "arn:aws:lambda:us-east-1:123456789012:function:MyFn",
            /* imported function is in the same account as the stack: permissions may be modified */
            .same_environment = CCDK_TRUE,
            /* imported function is in a different account and already has the correct permissions */
            .skip_permissions = CCDK_TRUE,
        });
    /* (added: show the imported attributes in the template) */
    ccdk_cfn_output_new(stack, "FunctionArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_arn(fn)});
    ccdk_cfn_output_new(stack, "FunctionName", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_name(fn)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
