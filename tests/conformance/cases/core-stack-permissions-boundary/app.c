/* core: stack.test.ts's permissionsBoundary: fromName in an environment-agnostic stack, fromArn
 * with ${Qualifier} and ${AWS::AccountId} in a stack with an account and a custom qualifier, a
 * Stage's boundary for its stacks and a stack's own over it; on roles (a function's, one with a
 * boundary of its own), users and a nested stack's role. */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>

static void role(ccdk_stack *scope)
{
    ccdk_iam_role_new(scope, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(scope, "ec2.amazonaws.com"),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *by_name = ccdk_stack_new(app, "ByName", &(ccdk_stack_props){
        .permissions_boundary = {.name = "developer-policy"},
    });
    ccdk_lambda_function_new(by_name, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(by_name, "lambda-handler", NULL),
    });
    ccdk_iam_role_new(by_name, "Bounded", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(by_name, "ec2.amazonaws.com"),
        .permissions_boundary = ccdk_iam_managed_policy_from_aws_managed_policy_name(by_name, "PowerUserAccess"),
    });
    ccdk_iam_user_new(by_name, "User", NULL);
    ccdk_stack *nested = ccdk_nested_stack_new(by_name, "Nested", NULL);
    role(nested);
    ccdk_cfn_resource_new(by_name, "Topic", "AWS::SNS::Topic", NULL);

    ccdk_stack *by_arn = ccdk_stack_new(app, "ByArn", &(ccdk_stack_props){
        .account = "123456789012",
        .region = "eu-west-1",
        .synthesizer = &(ccdk_default_stack_synthesizer_props){.qualifier = "custom"},
        .permissions_boundary = {.arn = "arn:aws:iam::${AWS::AccountId}:policy/cdk-${Qualifier}-boundary-${AWS::Region}"},
    });
    role(by_arn);
    role(ccdk_nested_stack_new(by_arn, "Nested", NULL));

    ccdk_stage *stage = ccdk_stage_new(app, "Stage", &(ccdk_stage_props){
        .account = "123456789012",
        .region = "us-east-1",
        .permissions_boundary = {.arn = "arn:aws:iam::123456789012:policy/stage"},
    });
    role(ccdk_stack_new(stage, "Own", &(ccdk_stack_props){.permissions_boundary = {.name = "own"}}));
    role(ccdk_stack_new(stage, "Inherited", NULL));

    role(ccdk_stack_new(app, "None", NULL));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
