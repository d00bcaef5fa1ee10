/* error: trustAccountIdentities false (@aws-cdk/aws-kms:defaultKeyPolicies is always on in v2) */
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key_new(stack, "MyKey", &(ccdk_kms_key_props){.trust_account_identities = CCDK_FALSE});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
