/* error: the secretValue of Secret.fromSecretName of a name with a ":" */
#include <ccdk/secretsmanager.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_secretsmanager_secret_value(ccdk_secretsmanager_secret_from_secret_name(stack, "Secret", "team:secret"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
