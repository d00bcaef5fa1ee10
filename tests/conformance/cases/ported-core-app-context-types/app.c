/* app.test.ts: context values of any type (a string, a number, an object) read back as JSON. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"isString", "\"string\""}, {"isNumber", "10"},
                           {"isObject", "{\"isString\": \"string\", \"isNumber\": 10}"}),
    });

    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    static const char *const keys[] = {"isString", "isNumber", "isObject"};
    for (int i = 0; i < 3; i++)
        ccdk_cfn_output_new(stack, keys[i], &(ccdk_cfn_output_props){.value = ccdk_node_try_get_context(app, keys[i])});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
