/* A NestedStack with a function, its ARN an output of the parent stack (issue 15's case): the
 * nested template is a file asset of the parent, the AWS::CloudFormation::Stack resource points
 * at it, and the reference becomes an Output of the nested template read by
 * Fn::GetAtt [..., Outputs.X] in the parent. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_stack *nested = ccdk_nested_stack_new(stack, "Nested", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(nested, "Handler", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(nested, "lambda-handler", NULL),
    });
    ccdk_cfn_output_new(stack, "HandlerArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_arn(fn)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
