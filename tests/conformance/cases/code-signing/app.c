/* Seed README, Code Signing: signer.SigningProfile + lambda.CodeSigningConfig. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_code_signing.h>
#include <ccdk/signer.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_signer_signing_profile *signing_profile = ccdk_signer_signing_profile_new(stack, "SigningProfile",
        &(ccdk_signer_signing_profile_props){.platform = CCDK_SIGNER_PLATFORM_AWS_LAMBDA_SHA384_ECDSA});

    ccdk_lambda_code_signing_config *code_signing_config = ccdk_lambda_code_signing_config_new(stack, "CodeSigningConfig",
        &(ccdk_lambda_code_signing_config_props){
            .signing_profiles = CCDK_LIST(signing_profile),
        });

    ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .code_signing_config = code_signing_config,
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
