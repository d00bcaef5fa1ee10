/* Conformance case 'error-core-list-token-extracted': see app.js. */
#include <ccdk/core.h>

static ccdk_value *other(void *ctx) { return ccdk_v_json((ccdk_stack *)ctx, "{\"Ref\": \"Other\"}"); }

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_strs encoded = ccdk_token_as_list(ccdk_lazy_value(stack, other, stack));
    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "value", ccdk_v_string(stack, encoded.items[0]));
    ccdk_cfn_resource_new(stack, "Res", "My::Resource", props);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
