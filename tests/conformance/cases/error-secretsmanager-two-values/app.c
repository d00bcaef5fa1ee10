/* Conformance case 'error-secretsmanager-two-values': see app.js. */
#include <ccdk/secretsmanager.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_secretsmanager_secret_new(stack, "Secret", &(ccdk_secretsmanager_secret_props){
        .generate_secret_string = &(ccdk_secretsmanager_secret_string_generator){.password_length = CCDK_NUM(20)},
        .secret_string_value = "value",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
