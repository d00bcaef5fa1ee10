/* error: fail import with malformed code signing config arn
 * Ported from aws-cdk: code-signing-config.test.ts 'fail import with malformed code signing config arn' */
#include <ccdk/lambda_code_signing.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_lambda_code_signing_config_from_arn(stack, "Imported", "arn:aws:lambda:::code-signing-config");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
