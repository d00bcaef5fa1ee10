/* mapping.setValue('__proto__', ...): aws-cdk-lib's error (see app.js). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_cfn_mapping *mapping = ccdk_cfn_mapping_new(stack, "MyMapping", ccdk_v_json(stack, "{\"A\": {\"B\": \"c\"}}"));
    ccdk_cfn_mapping_set_value(mapping, "__proto__", "B", ccdk_v_string(stack, "x"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
