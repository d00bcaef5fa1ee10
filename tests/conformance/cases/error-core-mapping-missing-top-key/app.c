/* findInMap of a literal top-level key the mapping does not have: aws-cdk-lib's error. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_cfn_mapping *m = ccdk_cfn_mapping_new(stack, "mapping", ccdk_v_json(stack, "{\"us-east-1\": {\"size\": 12}}"));
    ccdk_cfn_output_new(stack, "Size", &(ccdk_cfn_output_props){.value = ccdk_cfn_mapping_find_in_map(m, ccdk_aws_region(stack), "size")});
    ccdk_cfn_output_new(stack, "Missing", &(ccdk_cfn_output_props){.value = ccdk_cfn_mapping_find_in_map(m, "not-found", "size")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
