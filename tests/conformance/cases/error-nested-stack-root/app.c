/* A NestedStack outside any stack (under the App, here in a plain construct of the App) is
 * aws-cdk-lib's error. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack_new(app, "TestStack", NULL);
    ccdk_nested_stack_new(ccdk_construct_new(app, "Group"), "Nested", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
