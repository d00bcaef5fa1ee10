/* WebFunction.fromWebFunctionArn / fromWebFunctionAttributes (literal and token ARNs: the name from the
 * ARN), addToResourcePolicy on an import (aws-cdk-lib's warning), a WebFunctionEndpoint serving an
 * imported function (its grant to a service goes to the function's policy, which cannot be added to:
 * the warning) and to a role (the role's policy). */
#include <ccdk/lambda_webfunction.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_lambda_web_function *by_arn = ccdk_lambda_web_function_from_web_function_arn(stack, "ByArn",
        "arn:aws:lambda:us-west-2:123456789012:web-function/my-function");
    ccdk_cfn_parameter *param = ccdk_cfn_parameter_new(stack, "FunctionArnParam", &(ccdk_cfn_parameter_props){.type = "String"});
    ccdk_lambda_web_function *by_attrs = ccdk_lambda_web_function_from_web_function_attributes(stack, "ByAttrs",
        &(ccdk_lambda_web_function_attributes){.web_function_arn = ccdk_cfn_parameter_value_as_string(param)});
    ccdk_lambda_web_function_add_to_resource_policy(by_arn, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .principals = CCDK_LIST(ccdk_iam_arn_principal(stack, "arn:aws:iam::111122223333:root")),
        .actions = CCDK_STRS("lambda:InvokeWebFunctionEndpoint"),
        .resources = CCDK_STRS("*"),
    }));

    ccdk_lambda_web_function_endpoint *endpoint = ccdk_lambda_web_function_endpoint_new(stack, "Endpoint", &(ccdk_lambda_web_function_endpoint_props){
        .web_function = by_arn,
        .traffic = ccdk_lambda_web_function_traffic_single("rev-1"),
        .options = {.auth_type = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH, .endpoint_name = "extra"},
    });
    ccdk_lambda_web_function_endpoint_grant_invoke(endpoint, ccdk_iam_arn_principal(stack, "arn:aws:iam::444455556666:root"));
    ccdk_iam_role *caller = ccdk_iam_role_new(stack, "Caller", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_account_root_principal(stack)});
    ccdk_lambda_web_function_endpoint_grant_invoke(endpoint, ccdk_iam_role_principal(caller));

    ccdk_lambda_web_function_endpoint_new(stack, "ParamEndpoint", &(ccdk_lambda_web_function_endpoint_props){
        .web_function = by_attrs,
        .traffic = ccdk_lambda_web_function_traffic_single("rev-2"),
        .options = {
            .auth_type = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_APPLICATION_MANAGED,
            .endpoint_location = ccdk_lambda_web_function_endpoint_location_per_region(CCDK_STRS("eu-west-1")),
        },
    });

    ccdk_cfn_output_new(stack, "ByArnName", &(ccdk_cfn_output_props){.value = ccdk_lambda_web_function_name(by_arn)});
    ccdk_cfn_output_new(stack, "ByArnArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_web_function_arn(by_arn)});
    ccdk_cfn_output_new(stack, "ByAttrsName", &(ccdk_cfn_output_props){.value = ccdk_lambda_web_function_name(by_attrs)});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
