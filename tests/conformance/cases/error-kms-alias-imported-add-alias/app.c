/* error-kms-alias-imported-add-alias: addAlias on an Alias.fromAliasName import. */
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key *alias = ccdk_kms_alias_from_alias_name(stack, "MyAlias", "alias/myAlias");
    ccdk_kms_key_add_alias(alias, "alias/other");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
