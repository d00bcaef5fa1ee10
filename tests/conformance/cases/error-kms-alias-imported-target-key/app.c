/* error-kms-alias-imported-target-key: aliasTargetKey of an Alias.fromAliasName import. */
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key *alias = ccdk_kms_alias_from_alias_name(stack, "MyAlias", "alias/myAlias");
    ccdk_cfn_output_new(stack, "Out", &(ccdk_cfn_output_props){.value = ccdk_kms_key_arn(ccdk_kms_alias_target_key(alias))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
