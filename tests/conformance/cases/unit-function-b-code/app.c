/* Conformance case 'unit-function-b-code': function.test.ts's code, code signing, architecture and
 * tokenized name/description tests (see app.js). */
#include <string.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_code_signing.h>
#include <ccdk/lambda_image.h>
#include <ccdk/signer.h>

/* cdk.Token.asString(new cdk.Intrinsic(s)): a token that resolves to s */
static const char *produce(void *ctx)
{
    return ctx;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *stack = ccdk_stack_new(app, "FromImage", NULL);
    ccdk_lambda_function_new(stack, "Fn1", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset_image(stack, "docker-lambda-handler", NULL),
        .handler = "FROM_IMAGE",
        .runtime = CCDK_LAMBDA_RUNTIME_FROM_IMAGE,
    });

    stack = ccdk_stack_new(app, "CodeSigning", NULL);
    ccdk_signer_signing_profile *signing_profile = ccdk_signer_signing_profile_new(stack, "SigningProfile",
        &(ccdk_signer_signing_profile_props){.platform = &ccdk_signer_platform_aws_lambda_sha384_ecdsa});
    ccdk_lambda_code_signing_config *code_signing_config = ccdk_lambda_code_signing_config_new(stack, "CodeSigningConfig",
        &(ccdk_lambda_code_signing_config_props){.signing_profiles = CCDK_LIST(signing_profile)});
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .code_signing_config = code_signing_config,
    });

    stack = ccdk_stack_new(app, "Architectures", NULL);
    ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .handler = "index.handler",
        .architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_ARM_64),
    });

    stack = ccdk_stack_new(app, "Architecture", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .handler = "index.handler",
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
    });
    ccdk_cfn_output_new(stack, "ArchitectureName",
                        &(ccdk_cfn_output_props){.value = ccdk_lambda_function_architecture(fn)->name});

    char long_name[142], long_description[258];
    memset(long_name, 'a', 141);
    long_name[141] = 0;
    memset(long_description, 'a', 257);
    long_description[257] = 0;

    stack = ccdk_stack_new(app, "TokenizedName", NULL);
    ccdk_lambda_function_new(stack, "foo", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .function_name = ccdk_lazy_string(stack, produce, long_name),
    });

    stack = ccdk_stack_new(app, "TokenizedDescription", NULL);
    ccdk_lambda_function_new(stack, "foo", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .description = ccdk_lazy_string(stack, produce, long_description),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
