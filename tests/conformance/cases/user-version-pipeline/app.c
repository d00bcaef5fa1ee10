/* Conformance case 'user-version-pipeline': a deploy role granted invoke on a currentVersion
 * before the function renders, a version ARN in another function's environment, live aliases,
 * and an alias ARN read across stacks (see app.js). */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *api = ccdk_stack_new(app, "Api", NULL);
    ccdk_iam_role *deployer = ccdk_iam_role_new(api, "Deployer", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(api, "codedeploy.amazonaws.com")});
    ccdk_lambda_function *checkout = ccdk_lambda_function_new(api, "Checkout", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(api, "exports.handler = async () => ({ ok: true });"),
        .memory_size = CCDK_NUM(512),
        .environment = CCDK_KVS({"STAGE", "prod"}),
    });
    ccdk_lambda_version *version = ccdk_lambda_function_current_version(checkout);
    ccdk_lambda_function_grant_invoke(version, ccdk_iam_role_principal(deployer));
    ccdk_lambda_alias *checkout_live = ccdk_lambda_function_add_alias(version, "live", NULL);
    ccdk_lambda_function *router = ccdk_lambda_function_new(api, "Router", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(api, "exports.handler = async (e) => e;"),
        .environment = CCDK_KVS({"CHECKOUT_VERSION", ccdk_lambda_version_arn(version)},
                                {"CHECKOUT_ALIAS", ccdk_lambda_alias_arn(checkout_live)}),
    });
    ccdk_lambda_alias *router_live = ccdk_lambda_function_add_alias(router, "live", NULL);

    ccdk_stack *ops = ccdk_stack_new(app, "Ops", NULL);
    ccdk_lambda_function_new(ops, "Probe", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(ops, "def handler(e, c):\n    return e\n"),
        .environment = CCDK_KVS({"TARGET", ccdk_lambda_alias_arn(router_live)}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
