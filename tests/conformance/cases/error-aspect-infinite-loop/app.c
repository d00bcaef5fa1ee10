/* Conformance case 'error-aspect-infinite-loop': see app.js. */
#include <stdio.h>
#include <ccdk/core.h>

static void infinite(void *construct, void *ctx)
{
    int *counter = ctx;
    ccdk_stack *stack = ccdk_stack_of((ccdk_construct *)construct);
    if ((void *)stack != construct) {
        char id[64];
        snprintf(id, sizeof id, "InfiniteResource-%d", (*counter)++);
        ccdk_cfn_resource_new(stack, id, "AWS::CDK::Broken", NULL);
    }
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *root = ccdk_stack_new(app, "My-Stack", NULL);
    ccdk_construct_new(root, "MyConstruct");
    static int counter;
    ccdk_aspects_add(root, infinite, &counter);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
