/* resource.test.ts's 'the "type" property is required when creating a resource': error, a
 * CfnResource of a NULL type. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_cfn_resource_new(stack, "Resource", NULL, ccdk_v_json(stack, "{\"notypehere\": true}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
