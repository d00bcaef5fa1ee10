/* A NestedStack without a scope (undefined in TypeScript, a NULL stack in C) is aws-cdk-lib's
 * error (on the process-wide list: it belongs to no App; the App's synth reports it). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack_new(app, "TestStack", NULL);
    ccdk_nested_stack_new((ccdk_stack *)NULL, "Nested", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
