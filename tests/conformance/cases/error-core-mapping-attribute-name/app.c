/* A mapping whose second-level key is not alphanumeric: aws-cdk-lib's error (no path). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_cfn_mapping_new(stack, "mapping", ccdk_v_json(stack, "{\"size\": {\"us-east-1\": 12}}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
