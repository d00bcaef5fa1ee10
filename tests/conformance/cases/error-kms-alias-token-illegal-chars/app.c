/* error-kms-alias-token-illegal-chars: a kms.Alias name with a token after an illegal literal ("MyK*y"). */
#include <stdio.h>
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    char name[128];
    snprintf(name, sizeof name, "MyK*y%s", ccdk_aws_account_id(stack));
    ccdk_kms_alias_new(stack, "Alias", &(ccdk_kms_alias_props){.alias_name = name, .target_key = key});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
