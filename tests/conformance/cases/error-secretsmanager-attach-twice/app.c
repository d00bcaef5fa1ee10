/* error: a second secret.attach */
#include <ccdk/secretsmanager.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", NULL);
    ccdk_secretsmanager_secret_attach(secret, "target-id", CCDK_SECRETSMANAGER_ATTACHMENT_TARGET_TYPE_DOCDB_DB_INSTANCE);
    ccdk_secretsmanager_secret_attach(secret, "target-id", CCDK_SECRETSMANAGER_ATTACHMENT_TARGET_TYPE_DOCDB_DB_INSTANCE);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
