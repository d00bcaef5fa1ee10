/* error: keyUsage SIGN_VERIFY with the default keySpec SYMMETRIC_DEFAULT (key.test.ts) */
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key_new(stack, "MyKey", &(ccdk_kms_key_props){.key_usage = CCDK_KMS_KEY_USAGE_SIGN_VERIFY});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
