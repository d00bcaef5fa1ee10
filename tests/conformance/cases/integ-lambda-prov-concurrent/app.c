/* Conformance case 'integ-lambda-prov-concurrent': aws-lambda test/integ.lambda.prov.concurrent.ts
 * (nothing dropped; STANDARD_NODEJS_RUNTIME of the integ tests' config is NODEJS_18_X). */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

#define CODE(type) "exports.handler =  async function(event, context) { " \
                   "console.log(\"Hello from CDK! with " type " Provisioned Concurrent Exec!\");}"

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"},
                                     {"@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-lambda-pce-1", NULL);
    const int pce = 5;

    /* Integration test for provisioned concurrent execution via Alias */
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyLambdaAliasPCE", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, CODE("Alias")),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
    });
    ccdk_lambda_function_add_to_role_policy(fn, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .resources = CCDK_STRS("*"), .actions = CCDK_STRS("*")}));
    ccdk_lambda_version *version = ccdk_lambda_function_current_version(fn);
    ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
        .alias_name = "prod",
        .version = version,
        .provisioned_concurrent_executions = CCDK_NUM(pce),
    });
    ccdk_lambda_function_add_permission(alias, "AliasPermission", &(ccdk_lambda_permission){
        .principal = ccdk_iam_service_principal(stack, "cloudformation.amazonaws.com")});

    /* Integration test for provisioned concurrent execution via Version */
    ccdk_lambda_function *fn_version_pce = ccdk_lambda_function_new(stack, "MyLambdaVersionPCE", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, CODE("Version")),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .current_version_options = &(ccdk_lambda_version_options){.provisioned_concurrent_executions = CCDK_NUM(pce)},
    });
    ccdk_lambda_function_add_to_role_policy(fn_version_pce, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .resources = CCDK_STRS("*"), .actions = CCDK_STRS("*")}));
    ccdk_lambda_version *version2 = ccdk_lambda_function_current_version(fn_version_pce);
    ccdk_lambda_alias *alias2 = ccdk_lambda_alias_new(stack, "Alias2", &(ccdk_lambda_alias_props){
        .alias_name = "prod",
        .version = version2,
    });
    ccdk_lambda_function_add_permission(alias2, "AliasPermission2", &(ccdk_lambda_permission){
        .principal = ccdk_iam_service_principal(stack, "cloudformation.amazonaws.com")});

    /* Changes the function description when the feature flag is present to validate the changed
     * function hash. */
    ccdk_lambda_function_version_upgrade_aspect(stack, CCDK_LAMBDA_RECOGNIZE_LAYER_VERSION, CCDK_UNSET);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
