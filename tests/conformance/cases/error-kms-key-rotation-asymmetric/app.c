/* error: enableKeyRotation on an RSA_3072 key (key.test.ts: fails if key rotation enabled on asymmetric key) */
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key_new(stack, "MyKey", &(ccdk_kms_key_props){.key_spec = CCDK_KMS_KEY_SPEC_RSA_3072, .key_usage = CCDK_KMS_KEY_USAGE_SIGN_VERIFY, .enable_key_rotation = CCDK_TRUE});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
