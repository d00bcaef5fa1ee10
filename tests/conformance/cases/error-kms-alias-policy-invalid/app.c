/* error-kms-alias-policy-invalid: a statement without actions added to the target key's policy through a kms.Alias (the key's validation at synth). */
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "MyKey", NULL);
    ccdk_kms_key *alias = ccdk_kms_alias_new(stack, "Alias", &(ccdk_kms_alias_props){.target_key = key, .alias_name = "alias/foo"});
    ccdk_kms_key_add_to_resource_policy(alias, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .resources = CCDK_STRS("*"),
        .principals = CCDK_LIST(ccdk_iam_arn_principal(stack, "arn")),
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
