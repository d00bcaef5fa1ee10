/* error-kms-alias-empty-name: a kms.Alias named "alias/" and nothing more. */
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "MyKey", NULL);
    ccdk_kms_alias_new(stack, "Alias", &(ccdk_kms_alias_props){.alias_name = "alias/", .target_key = key});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
