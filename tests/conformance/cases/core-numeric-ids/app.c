/* constructs keeps a node's children in an object: ids that are array indices first, by value (see
 * app.js). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    const char *stacks[] = {"B", "A", "01", "2x"};
    const char *resources[] = {"Z", "7", "3", "Y", "12", "007"};
    for (int s = 0; s < 4; s++) {
        ccdk_stack *stack = ccdk_stack_new(app, stacks[s], &(ccdk_stack_props){.stack_name = ccdk_fmt(app, "Stack%s", stacks[s])});
        for (int r = 0; r < 6; r++)
            ccdk_cfn_resource_new(stack, resources[r], "Test::Resource", NULL);
        ccdk_construct *group = ccdk_construct_new(stack, "5");
        ccdk_cfn_resource_new(group, "4294967295", "Test::Resource", NULL);
        ccdk_cfn_resource_new(group, "4294967294", "Test::Resource", NULL);
        ccdk_cfn_resource_new(group, "x", "Test::Resource", NULL);
        ccdk_cfn_output_new(stack, "9", &(ccdk_cfn_output_props){.value = "nine"});
        ccdk_construct *all[64];
        size_t n = ccdk_node_find_all(stack, CCDK_CONSTRUCT_ORDER_PREORDER, all, 64);
        const char *ids = "";
        for (size_t i = 0; i < n && i < 64; i++)
            ids = ccdk_fmt(app, "%s%s%s", ids, i ? "," : "", ccdk_node_id(all[i]));
        ccdk_cfn_output_new(stack, "Out", &(ccdk_cfn_output_props){.value = ids});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
