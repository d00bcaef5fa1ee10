/* Conformance case 'grants-invoke-version': see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_singleton.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
    });
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
    });

    ccdk_lambda_function_grant_invoke_latest_version(fn, role);
    ccdk_lambda_function_grant_invoke_latest_version(fn, ccdk_iam_service_principal(stack, "apigateway.amazonaws.com"));
    ccdk_lambda_function_grant_invoke_latest_version(fn, ccdk_iam_service_principal(stack, "apigateway.amazonaws.com"));

    ccdk_lambda_version *version = ccdk_lambda_version_new(stack, "Version", &(ccdk_lambda_version_props){.lambda = fn});
    ccdk_lambda_function_grant_invoke_version(fn, role, version);
    ccdk_lambda_version *v1 = ccdk_lambda_version_from_version_attributes(stack, "V1",
        &(ccdk_lambda_version_attributes){.version = "1", .lambda = fn});
    ccdk_lambda_function_grant_invoke_version(fn, ccdk_iam_service_principal(stack, "events.amazonaws.com"), v1);
    ccdk_lambda_function_grant_invoke_version(fn, ccdk_iam_service_principal(stack, "events.amazonaws.com"), v1);
    ccdk_lambda_function_grant_invoke_version(fn, ccdk_iam_account_principal(stack, "123456789012"),
                                              ccdk_lambda_function_latest_version(fn));

    ccdk_lambda_function_grant_invoke_composite_principal(fn, ccdk_iam_composite_principal(stack, (ccdk_iam_principal_list)CCDK_LIST(
        ccdk_iam_service_principal(stack, "a.amazonaws.com"),
        ccdk_iam_account_principal(stack, "123456789012"),
        ccdk_iam_arn_principal(stack, "arn:aws:iam::123456789012:role/other"))));

    ccdk_lambda_function_grant_invoke(fn, ccdk_iam_account_root_principal(stack));
    ccdk_lambda_function_grant_invoke(fn, ccdk_iam_account_root_principal(stack));
    ccdk_lambda_function_grant_invoke(fn, ccdk_iam_account_principal(stack, "111122223333"));

    ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
        .alias_name = "live",
        .version = version,
    });
    ccdk_lambda_function_grant_invoke(alias, ccdk_iam_account_root_principal(stack));
    ccdk_lambda_function_grant_invoke_url(alias, role);
    ccdk_lambda_function_grant_invoke_url(alias, ccdk_iam_account_principal(stack, "111122223333"));
    ccdk_lambda_function_grant_invoke_url(version, ccdk_iam_service_principal(stack, "b.amazonaws.com"));
    ccdk_lambda_function_grant_invoke_latest_version(alias, ccdk_iam_service_principal(stack, "c.amazonaws.com"));

    ccdk_lambda_singleton_function *single = ccdk_lambda_singleton_function_new(stack, "Single", &(ccdk_lambda_singleton_function_props){
        .uuid = "6a3d2f1e-0000-4000-8000-000000000001",
        .function = {
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "foo"),
        },
    });
    ccdk_lambda_function_grant_invoke_latest_version(single, ccdk_iam_service_principal(stack, "d.amazonaws.com"));
    ccdk_lambda_function_grant_invoke_latest_version(single, role);
    ccdk_lambda_function_grant_invoke_composite_principal(single, ccdk_iam_composite_principal(stack, (ccdk_iam_principal_list)CCDK_LIST(
        ccdk_iam_account_root_principal(stack), ccdk_iam_service_principal(stack, "e.amazonaws.com"))));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
