/* cfn-resource.test.ts 'CfnResource cannot be created outside Stack' (Stack.of's error, with the class name and path). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_cfn_resource_new(app, "Resource", "Some::Resource", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
