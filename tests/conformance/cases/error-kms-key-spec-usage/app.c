/* error: keySpec HMAC_256 with the default usage ENCRYPT_DECRYPT (key.test.ts: invalid key spec and usage combinations) */
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key_new(stack, "MyKey", &(ccdk_kms_key_props){.key_spec = CCDK_KMS_KEY_SPEC_HMAC_256});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
