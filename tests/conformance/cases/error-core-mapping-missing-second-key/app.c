/* findInMap of a literal second-level key the mapping does not have: aws-cdk-lib's error. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_cfn_mapping *m = ccdk_cfn_mapping_new(stack, "MyMapping", ccdk_v_json(stack, "{\"TopLevelKey1\": {\"SecondLevelKey1\": [1, 2, 3]}}"));
    ccdk_cfn_output_new(stack, "Missing", &(ccdk_cfn_output_props){.value = ccdk_cfn_mapping_find_in_map(m, "TopLevelKey1", "NotFound")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
