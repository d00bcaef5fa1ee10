/* kms.Key keySpec/keyUsage: see app.js. */
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key_new(stack, "Sign", &(ccdk_kms_key_props){.key_spec = CCDK_KMS_KEY_SPEC_RSA_2048, .key_usage = CCDK_KMS_KEY_USAGE_SIGN_VERIFY});
    ccdk_kms_key_new(stack, "Rsa", &(ccdk_kms_key_props){.key_spec = CCDK_KMS_KEY_SPEC_RSA_4096});
    ccdk_kms_key_new(stack, "Mac", &(ccdk_kms_key_props){.key_spec = CCDK_KMS_KEY_SPEC_HMAC_256, .key_usage = CCDK_KMS_KEY_USAGE_GENERATE_VERIFY_MAC});
    ccdk_kms_key_new(stack, "Agree", &(ccdk_kms_key_props){.key_spec = CCDK_KMS_KEY_SPEC_ECC_NIST_P256, .key_usage = CCDK_KMS_KEY_USAGE_KEY_AGREEMENT});
    ccdk_kms_key_new(stack, "Symmetric", &(ccdk_kms_key_props){
        .key_spec = CCDK_KMS_KEY_SPEC_SYMMETRIC_DEFAULT,
        .key_usage = CCDK_KMS_KEY_USAGE_ENCRYPT_DECRYPT,
        .enable_key_rotation = CCDK_TRUE,
        .multi_region = CCDK_TRUE,
    });
    ccdk_kms_key_new(stack, "Edwards", &(ccdk_kms_key_props){.key_spec = CCDK_KMS_KEY_SPEC_ECC_NIST_EDWARDS25519, .key_usage = CCDK_KMS_KEY_USAGE_SIGN_VERIFY});
    ccdk_kms_key_new(stack, "Edwards2", &(ccdk_kms_key_props){.key_spec = CCDK_KMS_KEY_SPEC_ECC_NIST_EDWARDS25519,
                                                             .key_usage = CCDK_KMS_KEY_USAGE_GENERATE_VERIFY_MAC});
    ccdk_kms_key_new(stack, "MlDsa", &(ccdk_kms_key_props){.key_spec = CCDK_KMS_KEY_SPEC_ML_DSA_65, .key_usage = CCDK_KMS_KEY_USAGE_SIGN_VERIFY,
                                                          .multi_region = CCDK_FALSE});
    ccdk_kms_key_new(stack, "Sm2", &(ccdk_kms_key_props){.key_spec = CCDK_KMS_KEY_SPEC_SM2, .key_usage = CCDK_KMS_KEY_USAGE_KEY_AGREEMENT});
    ccdk_kms_key_new(stack, "NoRotation", &(ccdk_kms_key_props){.key_spec = CCDK_KMS_KEY_SPEC_ECC_SECG_P256K1,
                                                               .key_usage = CCDK_KMS_KEY_USAGE_SIGN_VERIFY,
                                                               .enable_key_rotation = CCDK_FALSE});
    ccdk_kms_key_new(stack, "RotationPeriod", &(ccdk_kms_key_props){.key_spec = CCDK_KMS_KEY_SPEC_RSA_3072,
                                                                   .rotation_period = ccdk_duration_days(90)});
    ccdk_kms_key_new(stack, "Trusting", &(ccdk_kms_key_props){.trust_account_identities = CCDK_TRUE,
                                                             .key_usage = CCDK_KMS_KEY_USAGE_ENCRYPT_DECRYPT});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
