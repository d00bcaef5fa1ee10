/* aws-lambda/test/function.test.ts (first half): the addPermission tests, a stack per test (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static ccdk_lambda_function *new_test_lambda(ccdk_stack *stack)
{
    return ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "bar",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_14,
    });
}

static void import_and_permit(ccdk_stack *stack, ccdk_tristate same_environment)
{
    ccdk_lambda_function *fn = ccdk_lambda_function_from_function_attributes(stack, "iFunc", &(ccdk_lambda_function_attributes){
        .function_arn = "arn:aws:lambda:us-east-1:123456789012:function:BaseFunction",
        .same_environment = same_environment,
    });
    ccdk_lambda_function_add_permission(fn, "iFunc", &(ccdk_lambda_permission){
        .principal = ccdk_iam_service_principal(stack, "cloudformation.amazonaws.com")});
}

static ccdk_lambda_function *asset_fn(ccdk_stack *stack)
{
    return ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, "my-lambda-handler", NULL),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
    });
}

static const ccdk_lambda_permission *invoke_permission(ccdk_stack *stack)
{
    static ccdk_lambda_permission p;
    p = (ccdk_lambda_permission){.principal = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")};
    return &p;
}

static ccdk_iam_principal *with_conditions(ccdk_stack *stack, const char *json)
{
    return ccdk_iam_principal_with_conditions(ccdk_iam_service_principal(stack, "my-service"), ccdk_v_json(stack, json));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AddPermissions", NULL);
        ccdk_lambda_function_add_permission(new_test_lambda(stack), "S3Permission", &(ccdk_lambda_permission){
            .action = "lambda:*",
            .principal = ccdk_iam_service_principal(stack, "s3.amazonaws.com"),
            .source_account = ccdk_stack_account(stack),
            .source_arn = "arn:aws:s3:::my_bucket",
        });
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "PrincipalOrgIdProperty", NULL);
        ccdk_lambda_function_add_permission(new_test_lambda(stack), "S3Permission", &(ccdk_lambda_permission){
            .action = "lambda:*",
            .principal = ccdk_iam_account_principal(stack, "123456789012"),
            .organization_id = "o-xxxxxxxxxx",
        });
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "PrincipalTypes", NULL);
        ccdk_lambda_function *fn = new_test_lambda(stack);
        ccdk_lambda_function_add_permission(fn, "S1", &(ccdk_lambda_permission){.principal = ccdk_iam_service_principal(stack, "my-service")});
        ccdk_lambda_function_add_permission(fn, "S2", &(ccdk_lambda_permission){.principal = ccdk_iam_account_principal(stack, "account")});
        ccdk_lambda_function_add_permission(fn, "S3", &(ccdk_lambda_permission){.principal = ccdk_iam_arn_principal(stack, "my:arn")});
        ccdk_lambda_function_add_permission(fn, "S4", &(ccdk_lambda_permission){.principal = ccdk_iam_organization_principal(stack, "o-12345abcde")});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "SkipPermissions", NULL);
        ccdk_lambda_function *fn = ccdk_lambda_function_from_function_attributes(stack, "Imported", &(ccdk_lambda_function_attributes){
            .function_arn = "arn:aws:lambda:us-west-2:123456789012:function:my-function", .skip_permissions = CCDK_TRUE});
        ccdk_lambda_function_add_permission(fn, "Permission", &(ccdk_lambda_permission){
            .action = "lambda:InvokeFunction", .principal = ccdk_iam_account_principal(stack, "123456789010")});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "NoSkipPermissions", NULL);
        ccdk_lambda_function *fn = ccdk_lambda_function_from_function_attributes(stack, "Imported", &(ccdk_lambda_function_attributes){
            .function_arn = "arn:aws:lambda:us-west-2:123456789012:function:my-function"});
        ccdk_lambda_function_add_permission(fn, "Permission", &(ccdk_lambda_permission){
            .action = "lambda:InvokeFunction", .principal = ccdk_iam_account_principal(stack, "123456789010")});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "SourceAccountArnConditions", NULL);
        ccdk_lambda_function_add_permission(new_test_lambda(stack), "S1", &(ccdk_lambda_permission){
            .principal = with_conditions(stack, "{\"ArnLike\": {\"aws:SourceArn\": \"arn:aws:s3:::my-bucket\"},"
                                                " \"StringEquals\": {\"aws:SourceAccount\": \"some-account\"}}")});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "SourceArnCondition", NULL);
        ccdk_lambda_function_add_permission(new_test_lambda(stack), "S1", &(ccdk_lambda_permission){
            .principal = with_conditions(stack, "{\"ArnLike\": {\"aws:SourceArn\": \"arn:aws:sqs:us-east-1:111111111111:MyQueue\"}}")});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "PrincipalOrgIdCondition", NULL);
        ccdk_lambda_function_add_permission(new_test_lambda(stack), "S1", &(ccdk_lambda_permission){
            .principal = with_conditions(stack, "{\"StringEquals\": {\"aws:PrincipalOrgID\": \"org-xxxxxxxxxx\"}}")});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Base", &(ccdk_stack_props){.account = "111111111111", .region = "stack-region"});
        ccdk_lambda_function *func = ccdk_lambda_function_from_function_attributes(stack, "iFunc", &(ccdk_lambda_function_attributes){
            .function_arn = "arn:aws:lambda:function-region:222222222222:function:function-name"});
        ccdk_cfn_output_new(stack, "Region", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_env_region(func)});
        ccdk_cfn_output_new(stack, "Account", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_env_account(func)});
    }
    import_and_permit(ccdk_stack_new(app, "Imports", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"}), CCDK_UNSET);
    import_and_permit(ccdk_stack_new(app, "ImportsUnresolved", NULL), CCDK_UNSET);
    import_and_permit(ccdk_stack_new(app, "ImportsSameEnvironment", NULL), CCDK_TRUE);
    import_and_permit(ccdk_stack_new(app, "BaseOtherAccount", &(ccdk_stack_props){.account = "111111111111"}), CCDK_UNSET);

    {
        ccdk_stack *stack = ccdk_stack_new(app, "WithoutInvokeFunction", NULL);
        ccdk_lambda_function *fn = asset_fn(stack);
        ccdk_lambda_function_add_permission(fn, "MyPermission", &(ccdk_lambda_permission){
            .action = "lambda.GetFunction", .principal = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
        ccdk_lambda_function_current_version(fn);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "WithoutCurrentVersion", NULL);
        ccdk_lambda_function_add_permission(asset_fn(stack), "MyPermission", invoke_permission(stack));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "CurrentVersionFirst", NULL);
        ccdk_lambda_function *fn = asset_fn(stack);
        ccdk_lambda_function_current_version(fn);
        ccdk_lambda_function_add_permission(fn, "MyPermission", invoke_permission(stack));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "CurrentVersionAfter", NULL);
        ccdk_lambda_function *fn = asset_fn(stack);
        ccdk_lambda_function_add_permission(fn, "MyPermission", invoke_permission(stack));
        ccdk_lambda_function_current_version(fn);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "CurrentVersionTwice", NULL);
        ccdk_lambda_function *fn = asset_fn(stack);
        ccdk_lambda_function_current_version(fn);
        ccdk_lambda_function_add_permission(fn, "MyPermission", invoke_permission(stack));
        ccdk_lambda_function_current_version(fn);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "PermissionOnVersion", NULL);
        ccdk_lambda_function *fn = asset_fn(stack);
        ccdk_lambda_version *version = ccdk_lambda_version_new(stack, "MyVersion", &(ccdk_lambda_version_props){
            .lambda = fn});
        ccdk_lambda_function_add_permission(version, "MyPermission", invoke_permission(stack));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "PermissionOnLatest", NULL);
        ccdk_lambda_function_add_permission(ccdk_lambda_function_latest_version(asset_fn(stack)), "MyPermission", invoke_permission(stack));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AddAlias", NULL);
        ccdk_lambda_function_add_alias(asset_fn(stack), "prod", NULL);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AliasOfCurrentVersion", NULL);
        ccdk_lambda_function *fn = asset_fn(stack);
        ccdk_lambda_version *version = ccdk_lambda_version_new(stack, "MyVersion", &(ccdk_lambda_version_props){
            .lambda = fn});
        ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, "MyAlias", &(ccdk_lambda_alias_props){.alias_name = "alias", .version = version});
        ccdk_lambda_function_add_permission(alias, "MyPermission", invoke_permission(stack));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AliasOfLatestVersion", NULL);
        ccdk_lambda_function *fn = asset_fn(stack);
        ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, "MyAlias", &(ccdk_lambda_alias_props){
            .alias_name = "alias", .version = ccdk_lambda_function_latest_version(fn)});
        ccdk_lambda_function_add_permission(alias, "MyPermission", invoke_permission(stack));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
