/* Conformance case 'kms-via-service-principal-later-condition': see app.js. */
#include <ccdk/iam.h>
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_iam_principal *base = ccdk_iam_principal_with_conditions(
        ccdk_iam_account_principal(stack, "123456789012"),
        ccdk_v_json(stack, "{\"StringLike\": {\"aws:PrincipalTag/team\": \"a*\"}}"));
    ccdk_iam_principal *via = ccdk_kms_via_service_principal(stack, "sqs.amazonaws.com", base);
    ccdk_iam_principal *later = ccdk_kms_via_service_principal(stack, "sns.amazonaws.com", base);
    ccdk_iam_principal_add_condition(base, "StringEquals", ccdk_v_json(stack, "{\"aws:PrincipalTag/env\": \"prod\"}"));
    ccdk_kms_key_grant_decrypt(key, via);
    ccdk_iam_principal_add_condition(base, "Bool", ccdk_v_json(stack, "{\"aws:SecureTransport\": \"true\"}"));
    ccdk_kms_key_grant_encrypt(key, later);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
