/* error: Secret.fromSecretPartialArn of an ARN without a secret name */
#include <ccdk/secretsmanager.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_secretsmanager_secret_from_secret_partial_arn(stack, "Secret", "arn:aws:secretsmanager:eu-west-1:111111111111:secret");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
