/* Conformance case 'user-tenant-functions-stage': see app.js. */
#include <stdio.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stage *prod = ccdk_stage_new(app, "Prod", &(ccdk_stage_props){.account = "210987654321", .region = "ap-southeast-2"});
    ccdk_tags_add(prod, "project", "tenants");

    ccdk_stack *roles = ccdk_stack_new(prod, "TenantRoles", NULL);
    ccdk_iam_managed_policy *boundary = ccdk_iam_managed_policy_new(roles, "Boundary", &(ccdk_iam_managed_policy_props){
        .description = "tenant functions may not leave their prefix",
        .statements = CCDK_LIST(ccdk_iam_policy_statement_new(roles, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("s3:*", "logs:*", "lambda:InvokeFunction"), .resources = CCDK_STRS("*")})),
    });
    ccdk_iam_policy_document *uploads = ccdk_iam_policy_document_new(roles, (ccdk_iam_policy_statement_list)CCDK_LIST(
        ccdk_iam_policy_statement_new(roles, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("s3:GetObject"), .resources = CCDK_STRS("arn:aws:s3:::tenant-uploads-*/*")})));
    ccdk_iam_role *role = ccdk_iam_role_new(roles, "TenantRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_composite_principal(roles, (ccdk_iam_principal_list)CCDK_LIST(
            ccdk_iam_service_principal(roles, "lambda.amazonaws.com"),
            ccdk_iam_account_principal(roles, "333344445555"))),
        .description = "runs tenant functions",
        .max_session_duration = ccdk_duration_hours(2),
        .permissions_boundary = boundary,
        .managed_policies = CCDK_LIST(ccdk_iam_managed_policy_from_aws_managed_policy_name(roles,
            "service-role/AWSLambdaBasicExecutionRole")),
        .inline_policies = CCDK_LIST_OF(ccdk_iam_inline_policy, {"uploads", uploads}),
    });

    ccdk_stack *stack = ccdk_stack_new(prod, "Tenants", NULL);
    ccdk_lambda_function *legacy = ccdk_lambda_function_from_function_arn(stack, "Legacy",
        "arn:aws:lambda:ap-southeast-2:210987654321:function:legacy-billing");
    ccdk_lambda_function_grant_invoke(legacy, role);
    const char *tenants[] = {"acme", "globex", "initech"};
    for (int i = 0; i < 3; i++) {
        const char *tenant = tenants[i];
        char id[64], code[128], bucket[64], desc[64], arn[128], src[64];
        snprintf(id, sizeof id, "Tenant-%s", tenant);
        snprintf(code, sizeof code, "exports.handler = async () => '%s';", tenant);
        snprintf(bucket, sizeof bucket, "tenant-uploads-%s", tenant);
        snprintf(desc, sizeof desc, "release of %s", tenant);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
            .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, code),
            .role = role,
            .ephemeral_storage_size = ccdk_size_gibibytes(1),
            .environment = CCDK_KVS({"TENANT", tenant}, {"BUCKET", bucket}),
            .current_version_options = &(ccdk_lambda_version_options){
                .removal_policy = CCDK_REMOVAL_POLICY_RETAIN, .description = desc},
        });
        ccdk_tags_add(fn, "tenant", tenant);
        snprintf(id, sizeof id, "Previous-%s", tenant);
        snprintf(arn, sizeof arn, "arn:aws:lambda:ap-southeast-2:210987654321:function:%s:7", tenant);
        ccdk_lambda_version *previous = ccdk_lambda_version_from_version_arn(stack, id, arn);
        snprintf(id, sizeof id, "Blue-%s", tenant);
        ccdk_lambda_alias_new(stack, id, &(ccdk_lambda_alias_props){
            .alias_name = "blue",
            .version = ccdk_lambda_function_current_version(fn),
            .additional_versions = CCDK_LIST_OF(ccdk_lambda_version_weight, {previous, 0.1}),
        });
        ccdk_lambda_function_grant_invoke(fn, ccdk_iam_account_principal(stack, "333344445555"));
        snprintf(src, sizeof src, "arn:aws:s3:::%s", bucket);
        ccdk_lambda_function_add_permission(fn, "Uploads", &(ccdk_lambda_permission){
            .principal = ccdk_iam_service_principal(stack, "s3.amazonaws.com"),
            .source_account = "210987654321",
            .source_arn = src,
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
