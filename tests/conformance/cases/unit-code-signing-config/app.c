/* aws-cdk's code-signing-config.test.ts (aws-lambda), each test that synthesizes as its own stack (see
 * app.js). */
#include <ccdk/lambda_code_signing.h>
#include <ccdk/signer.h>

static ccdk_signer_signing_profile *profile(ccdk_stack *stack, const char *id, const ccdk_signer_platform *platform)
{
    return ccdk_signer_signing_profile_new(stack, id, &(ccdk_signer_signing_profile_props){.platform = platform});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_lambda_code_signing_config_new(stack, "CodeSigningConfig", &(ccdk_lambda_code_signing_config_props){
        .signing_profiles = CCDK_LIST(profile(stack, "SigningProfile", CCDK_SIGNER_PLATFORM_AWS_LAMBDA_SHA384_ECDSA))});

    stack = ccdk_stack_new(app, "MultipleSigningProfiles", NULL);
    ccdk_signer_signing_profile *p1 = profile(stack, "SigningProfile1", CCDK_SIGNER_PLATFORM_AWS_LAMBDA_SHA384_ECDSA);
    ccdk_signer_signing_profile *p2 = profile(stack, "SigningProfile2", CCDK_SIGNER_PLATFORM_AMAZON_FREE_RTOS_DEFAULT);
    ccdk_signer_signing_profile *p3 = profile(stack, "SigningProfile3", CCDK_SIGNER_PLATFORM_AWS_IOT_DEVICE_MANAGEMENT_SHA256_ECDSA);
    ccdk_lambda_code_signing_config_new(stack, "CodeSigningConfig", &(ccdk_lambda_code_signing_config_props){
        .signing_profiles = CCDK_LIST(p1, p2, p3)});

    stack = ccdk_stack_new(app, "DescriptionEnforce", NULL);
    ccdk_lambda_code_signing_config_new(stack, "CodeSigningConfig", &(ccdk_lambda_code_signing_config_props){
        .signing_profiles = CCDK_LIST(profile(stack, "SigningProfile", CCDK_SIGNER_PLATFORM_AWS_LAMBDA_SHA384_ECDSA)),
        .untrusted_artifact_on_deployment = CCDK_LAMBDA_UNTRUSTED_ARTIFACT_ENFORCE,
        .description = "test description",
    });

    stack = ccdk_stack_new(app, "Import", NULL);
    ccdk_lambda_code_signing_config *imported = ccdk_lambda_code_signing_config_from_arn(
        stack, "Imported", "arn:aws:lambda:::code-signing-config:aaa-xxxxxxxxxx");
    ccdk_cfn_output_new(stack, "Arn", &(ccdk_cfn_output_props){.value = ccdk_lambda_code_signing_config_arn(imported)});
    ccdk_cfn_output_new(stack, "Id", &(ccdk_cfn_output_props){.value = ccdk_lambda_code_signing_config_id(imported)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
