/* error-kms-key-arn-invalid: Key.fromKeyArn with an ARN without a key id. */
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key_from_key_arn(stack, "Imported", "arn:aws:kms:us-east-1:123456789012:key");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
