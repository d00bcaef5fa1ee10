/* Conformance case 'error-kms-key-policy-no-principal': see app.js. */
#include <ccdk/iam.h>
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key_new(stack, "Key", &(ccdk_kms_key_props){
        .policy = ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(
            ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                .actions = CCDK_STRS("kms:*"),
                .resources = CCDK_STRS("*"),
            }))),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
