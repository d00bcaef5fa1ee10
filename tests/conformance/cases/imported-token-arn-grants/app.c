/* Conformance case 'imported-token-arn-grants': see app.js. */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_cfn_parameter *arn = ccdk_cfn_parameter_new(stack, "TargetArn", &(ccdk_cfn_parameter_props){.type = "String"});
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Caller", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
    });

    ccdk_lambda_function *same = ccdk_lambda_function_from_function_attributes(stack, "FromParameter", &(ccdk_lambda_function_attributes){
        .function_arn = ccdk_cfn_parameter_value_as_string(arn),
        .same_environment = CCDK_TRUE,
    });
    ccdk_lambda_function_grant_invoke(same, role);

    ccdk_lambda_function *skipped = ccdk_lambda_function_from_function_attributes(stack, "FromParameterSkipped", &(ccdk_lambda_function_attributes){
        .function_arn = ccdk_fn_join(stack, ":", CCDK_STRS("arn:aws:lambda:us-east-1", ccdk_cfn_parameter_value_as_string(arn))),
        .skip_permissions = CCDK_TRUE,
    });
    ccdk_lambda_function_grant_invoke(skipped, role);

    ccdk_lambda_function *literal = ccdk_lambda_function_from_function_attributes(stack, "Literal", &(ccdk_lambda_function_attributes){
        .function_arn = "arn:aws:lambda:us-east-1:123456789012:function:local",
        .same_environment = CCDK_TRUE,
    });
    ccdk_lambda_function_grant_invoke(literal, role);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
