/* Conformance case 'kms-key-policy-admins': see app.js. */
#include <ccdk/iam.h>
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Admin", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
    });
    ccdk_iam_policy_document *policy = ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(
        ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("kms:Create*", "kms:Describe*"),
            .resources = CCDK_STRS("*"),
            .principals = CCDK_LIST(ccdk_iam_arn_principal(stack, "arn:aws:iam::111122223333:root")),
        })));
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", &(ccdk_kms_key_props){
        .policy = policy,
        .admins = CCDK_LIST(ccdk_iam_role_principal(role), ccdk_iam_service_principal(stack, "events.amazonaws.com")),
    });
    ccdk_kms_key_add_to_resource_policy(key, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("kms:Decrypt"),
        .resources = CCDK_STRS("*"),
        .principals = CCDK_LIST(ccdk_iam_account_root_principal(stack)),
    }));
    ccdk_kms_key_grant_encrypt(key, ccdk_iam_service_principal(stack, "sns.amazonaws.com"));
    ccdk_kms_key *plain = ccdk_kms_key_new(stack, "Plain", NULL);
    ccdk_kms_key_grant_admin(plain, role);
    ccdk_kms_key_grant_admin(plain, ccdk_iam_account_principal(stack, "444455556666"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
