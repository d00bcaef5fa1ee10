/* Conformance case 'unit-function-b-version-hash': function.test.ts's FunctionVersionUpgrade and
 * 2.87.0 version hash stability tests (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/aws-lambda:recognizeLayerVersion", "true"})});
    ccdk_validations_acknowledge(app, "CloudFormation-Validate::W3030", "Node 99.x is not valid, sure");

    ccdk_stack *stack = ccdk_stack_new(app, "VersionUpgrade", NULL);
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "bar",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .description = "my description",
    });
    ccdk_lambda_function_version_upgrade_aspect(stack, "@aws-cdk/aws-lambda:recognizeLayerVersion", CCDK_UNSET);

    /* new lambda.Runtime('node99.x'): family and the rest undefined */
    static const ccdk_lambda_runtime the_runtime = {.name = "node99.x", .family = CCDK_LAMBDA_FAMILY_OTHER};
    stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(stack, "MyLayer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "x.zip", NULL),
        .compatible_runtimes = CCDK_LIST(&the_runtime),
    });
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
        .managed_policies = CCDK_LIST(
            ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "service-role/AWSLambdaBasicExecutionRole"),
            ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "AWSXRayDaemonWriteAccess")),
    });
    ccdk_lambda_function *lambda_fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .runtime = &the_runtime,
        .memory_size = CCDK_NUM(128),
        .handler = "index.handler",
        .timeout = ccdk_duration_seconds(30),
        .environment = CCDK_KVS({"VARIABLE_1", "ONE"}),
        .code = ccdk_lambda_code_from_asset(stack, "x.zip", NULL),
        .role = role,
        .current_version_options = &(ccdk_lambda_version_options){.removal_policy = CCDK_REMOVAL_POLICY_RETAIN},
        .layers = CCDK_LIST(layer),
    });
    ccdk_lambda_alias_new(stack, "MyAlias", &(ccdk_lambda_alias_props){
        .alias_name = "current",
        .version = ccdk_lambda_function_current_version(lambda_fn),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
