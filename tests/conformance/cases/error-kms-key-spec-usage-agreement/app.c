/* error: keySpec ML_DSA_44 with keyUsage KEY_AGREEMENT */
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key_new(stack, "MyKey", &(ccdk_kms_key_props){.key_spec = CCDK_KMS_KEY_SPEC_ML_DSA_44, .key_usage = CCDK_KMS_KEY_USAGE_KEY_AGREEMENT});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
