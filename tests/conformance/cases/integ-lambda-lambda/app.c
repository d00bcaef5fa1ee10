/* Conformance case 'integ-lambda-lambda': aws-lambda test/integ.lambda.ts (the IntegTest is
 * dropped; STANDARD_NODEJS_RUNTIME of the integ tests' config is NODEJS_18_X; handler-snapstart.zip
 * is a small zip of our own). */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-lambda-1", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
    });
    ccdk_lambda_function_add_to_role_policy(fn, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .resources = CCDK_STRS("*"), .actions = CCDK_STRS("*")}));
    ccdk_lambda_function_add_function_url(fn, NULL);
    ccdk_lambda_version *version = ccdk_lambda_function_current_version(fn);
    ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
        .alias_name = "prod",
        .version = version,
    });
    ccdk_lambda_function_add_permission(alias, "AliasPermission", &(ccdk_lambda_permission){
        .principal = ccdk_iam_service_principal(stack, "cloudformation.amazonaws.com")});
    ccdk_lambda_function_add_function_url(alias, &(ccdk_lambda_function_url_options){.auth_type = CCDK_LAMBDA_URL_AUTH_NONE});

    /* Changes the function description when the feature flag is present to validate the changed
     * function hash. */
    ccdk_lambda_function_version_upgrade_aspect(stack, CCDK_LAMBDA_RECOGNIZE_LAYER_VERSION, CCDK_UNSET);

    ccdk_lambda_function_new(stack, "MySnapStartLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, "handler-snapstart.zip", NULL),
        .handler = "example.Handler::handleRequest",
        .runtime = CCDK_LAMBDA_RUNTIME_JAVA_11,
        .snap_start = CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS,
    });
    ccdk_lambda_function_new(stack, "MySnapStartLambdaArm", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, "handler-snapstart.zip", NULL),
        .handler = "example.Handler::handleRequest",
        .runtime = CCDK_LAMBDA_RUNTIME_JAVA_21,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .snap_start = CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
