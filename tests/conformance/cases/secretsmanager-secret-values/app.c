/* Conformance case 'secretsmanager-secret-values': see app.js. */
#include <ccdk/secretsmanager.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_secretsmanager_secret_new(stack, "Generated", &(ccdk_secretsmanager_secret_props){
        .generate_secret_string = &(ccdk_secretsmanager_secret_string_generator){
            .exclude_characters = "\"@/\\",
            .exclude_lowercase = CCDK_FALSE,
            .exclude_numbers = CCDK_TRUE,
            .exclude_punctuation = CCDK_TRUE,
            .exclude_uppercase = CCDK_FALSE,
            .generate_string_key = "password",
            .include_space = CCDK_FALSE,
            .password_length = CCDK_NUM(32),
            .require_each_included_type = CCDK_TRUE,
            .secret_string_template = "{\"username\":\"admin\"}",
        },
    });
    ccdk_secretsmanager_secret_new(stack, "Length", &(ccdk_secretsmanager_secret_props){
        .generate_secret_string = &(ccdk_secretsmanager_secret_string_generator){.password_length = CCDK_NUM(16)},
    });
    ccdk_secretsmanager_secret_new(stack, "Plain", &(ccdk_secretsmanager_secret_props){
        .secret_string_value = "hello \"world\"",
    });
    ccdk_cfn_parameter *param = ccdk_cfn_parameter_new(stack, "Param", &(ccdk_cfn_parameter_props){.no_echo = CCDK_TRUE});
    ccdk_secretsmanager_secret_new(stack, "FromParam", &(ccdk_secretsmanager_secret_props){
        .secret_string_value = ccdk_cfn_parameter_value_as_string(param),
    });
    ccdk_secretsmanager_secret_new(stack, "Object", &(ccdk_secretsmanager_secret_props){
        .secret_object_value = CCDK_LIST_OF(ccdk_kv, {"username", "admin"}, {"database", "foo"},
                                            {"password", ccdk_cfn_parameter_value_as_string(param)}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
