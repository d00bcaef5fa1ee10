/* error: generateSecretString with generateStringKey but no secretStringTemplate */
#include <ccdk/secretsmanager.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_secretsmanager_secret_new(stack, "Secret", &(ccdk_secretsmanager_secret_props){
        .generate_secret_string = &(ccdk_secretsmanager_secret_string_generator){.generate_string_key = "password"}});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
