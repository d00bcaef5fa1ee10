/* Conformance case 'permissions-principal-types': see app.js. */
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

    ccdk_lambda_function_add_permission(fn, "S1", &(ccdk_lambda_permission){.principal = ccdk_iam_service_principal(stack, "my-service")});
    ccdk_lambda_function_add_permission(fn, "S2", &(ccdk_lambda_permission){.principal = ccdk_iam_account_principal(stack, "123456789012")});
    ccdk_lambda_function_add_permission(fn, "S3", &(ccdk_lambda_permission){
        .principal = ccdk_iam_arn_principal(stack, "arn:aws:iam::123456789012:role/my-role")});
    ccdk_lambda_function_add_permission(fn, "S4", &(ccdk_lambda_permission){.principal = ccdk_iam_organization_principal(stack, "o-12345abcde")});
    ccdk_lambda_function_add_permission(fn, "S5", &(ccdk_lambda_permission){.principal = ccdk_iam_account_root_principal(stack)});
    ccdk_lambda_function_add_permission(fn, "S6", &(ccdk_lambda_permission){.principal = ccdk_iam_any_principal(stack)});
    ccdk_lambda_function_add_permission(fn, "S7", &(ccdk_lambda_permission){.principal = ccdk_iam_role_principal(role)});
    ccdk_lambda_function_add_permission(fn, "S8", &(ccdk_lambda_permission){
        .principal = ccdk_iam_principal_with_conditions(ccdk_iam_any_principal(stack),
                                                        ccdk_v_json(stack, "{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-12345abcde\"}}"))});
    ccdk_lambda_function_add_permission(fn, "S9", &(ccdk_lambda_permission){
        .principal = ccdk_iam_principal_with_conditions(ccdk_iam_service_principal(stack, "s3.amazonaws.com"),
                                                        ccdk_v_json(stack, "{\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:s3:::my-bucket\"},"
                                                                           "\"StringEquals\":{\"aws:SourceAccount\":\"123456789012\"}}"))});
    ccdk_lambda_function_add_permission(fn, "S10", &(ccdk_lambda_permission){
        .action = "lambda:*",
        .principal = ccdk_iam_service_principal(stack, "s3.amazonaws.com"),
        .source_account = ccdk_stack_account(stack),
        .source_arn = "arn:aws:s3:::my_bucket",
    });
    ccdk_lambda_function_add_permission(fn, "S11", &(ccdk_lambda_permission){
        .action = "lambda:*",
        .principal = ccdk_iam_account_principal(stack, "123456789012"),
        .organization_id = "o-12345abcde",
    });
    ccdk_lambda_function_add_permission(fn, "S12", &(ccdk_lambda_permission){
        .principal = ccdk_iam_service_principal(stack, "alexa-appkit.amazon.com"),
        .event_source_token = "amzn1.ask.skill.1",
    });
    ccdk_lambda_function_add_permission(fn, "Url1", &(ccdk_lambda_permission){
        .action = "lambda:InvokeFunctionUrl",
        .principal = ccdk_iam_any_principal(stack),
        .function_url_auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
    });
    ccdk_lambda_function_add_permission(fn, "Url2", &(ccdk_lambda_permission){
        .action = "lambda:InvokeFunctionUrl",
        .principal = ccdk_iam_account_principal(stack, "123456789012"),
        .function_url_auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM,
    });
    ccdk_lambda_function_add_permission(fn, "Url3", &(ccdk_lambda_permission){
        .principal = ccdk_iam_account_principal(stack, "123456789012"),
        .invoked_via_function_url = CCDK_TRUE,
    });
    ccdk_construct *scope = ccdk_construct_new(stack, "PermissionScope");
    ccdk_lambda_function_add_permission(fn, "Scoped", &(ccdk_lambda_permission){
        .principal = ccdk_iam_service_principal(stack, "sns.amazonaws.com"),
        .scope = scope,
    });

    ccdk_lambda_version *version = ccdk_lambda_version_new(stack, "Version", &(ccdk_lambda_version_props){.lambda = fn});
    ccdk_lambda_function_add_permission(version, "V1", &(ccdk_lambda_permission){.principal = ccdk_iam_service_principal(stack, "events.amazonaws.com")});
    ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){.alias_name = "live", .version = version});
    ccdk_lambda_function_add_permission(alias, "A1", &(ccdk_lambda_permission){.principal = ccdk_iam_account_root_principal(stack)});
    ccdk_lambda_function_add_permission(alias, "A2", &(ccdk_lambda_permission){
        .principal = ccdk_iam_role_principal(role),
        .action = "lambda:InvokeFunctionUrl",
        .function_url_auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM,
    });

    ccdk_lambda_singleton_function *single = ccdk_lambda_singleton_function_new(stack, "Single", &(ccdk_lambda_singleton_function_props){
        .uuid = "84c0de93-353f-4217-9b0b-45b6c993251a",
        .function = {
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "foo"),
        },
    });
    ccdk_lambda_function_add_permission(single, "P1", &(ccdk_lambda_permission){.principal = ccdk_iam_service_principal(stack, "events.amazonaws.com")});

    ccdk_cfn_output_new(stack, "FunctionPermissionsNode", &(ccdk_cfn_output_props){.value = ccdk_node_path(ccdk_lambda_function_permissions_node(fn))});
    ccdk_cfn_output_new(stack, "AliasPermissionsNode", &(ccdk_cfn_output_props){.value = ccdk_node_path(ccdk_lambda_function_permissions_node(alias))});
    ccdk_cfn_output_new(stack, "SinglePermissionsNode", &(ccdk_cfn_output_props){.value = ccdk_node_path(ccdk_lambda_function_permissions_node(single))});
    ccdk_cfn_output_new(stack, "SingleP1", &(ccdk_cfn_output_props){
        .value = ccdk_node_path(ccdk_node_try_find_child(ccdk_lambda_function_permissions_node(single), "P1"))});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
