/* Conformance case 'permission-composite-principal-single-aws': a CompositePrincipal with a single
 * "AWS" principal as a Lambda permission's principal (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "111111111111", .region = "eu-west-1"});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
    });
    ccdk_lambda_function_grant_invoke(fn, ccdk_iam_composite_principal(stack, (ccdk_iam_principal_list)CCDK_LIST(
        ccdk_iam_service_principal(stack, "sns.amazonaws.com"), ccdk_iam_account_principal(stack, "333333333333"))));
    ccdk_lambda_function_add_permission(fn, "ArnOnly", &(ccdk_lambda_permission){
        .principal = ccdk_iam_composite_principal(stack, (ccdk_iam_principal_list)CCDK_LIST(
            ccdk_iam_arn_principal(stack, "arn:aws:iam::444444444444:role/caller"))),
    });
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_account_root_principal(stack)});
    ccdk_lambda_alias *alias = ccdk_lambda_function_add_alias(fn, "live", NULL);
    ccdk_lambda_function_grant_invoke(alias, ccdk_iam_composite_principal(stack, (ccdk_iam_principal_list)CCDK_LIST(
        ccdk_iam_composite_principal(stack, (ccdk_iam_principal_list)CCDK_LIST(ccdk_iam_service_principal(stack, "events.amazonaws.com"))),
        ccdk_iam_role_principal(role))));
    ccdk_lambda_function *imported = ccdk_lambda_function_from_function_arn(stack, "Imported",
                                                                            "arn:aws:lambda:eu-west-1:111111111111:function:other");
    ccdk_lambda_function_add_permission(imported, "Root", &(ccdk_lambda_permission){
        .principal = ccdk_iam_composite_principal(stack, (ccdk_iam_principal_list)CCDK_LIST(
            ccdk_iam_account_root_principal(stack), ccdk_iam_service_principal(stack, "s3.amazonaws.com"))),
        .source_account = "111111111111",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
