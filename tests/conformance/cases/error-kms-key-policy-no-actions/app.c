/* Conformance case 'error-kms-key-policy-no-actions': see app.js. */
#include <ccdk/iam.h>
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "MyKey", NULL);
    ccdk_kms_key_add_to_resource_policy(key, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .resources = CCDK_STRS("*"),
        .principals = CCDK_LIST(ccdk_iam_arn_principal(stack, "arn")),
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
