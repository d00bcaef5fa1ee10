/* aws-cdk's core mappings.test.ts: a mapping with list and object values used by findInMap, token keys
 * (Aws.REGION) in either place, the info annotation of an eager mapping whose findInMap resolved (or
 * was never called). A mapping used from another stack: core-mapping-cross-stack. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_cfn_mapping *mapping = ccdk_cfn_mapping_new(stack, "MyMapping", ccdk_v_json(stack,
        "{\"TopLevelKey1\": {\"SecondLevelKey1\": [1, 2, 3], \"SecondLevelKey2\": {\"Hello\": \"World\"}},"
        " \"TopLevelKey2\": {\"SecondLevelKey1\": [99, 99, 99]}}"));
    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "RefToValueInMap", ccdk_v_string(stack, ccdk_cfn_mapping_find_in_map(mapping, "TopLevelKey1", "SecondLevelKey1")));
    ccdk_cfn_resource_new(stack, "MyResource", "R", props);
    ccdk_cfn_mapping *regional = ccdk_cfn_mapping_new(stack, "mapping", ccdk_v_json(stack, "{\"us-east-1\": {\"instanceCount\": 12}}"));
    ccdk_cfn_output_new(stack, "TokenFirst", &(ccdk_cfn_output_props){
        .value = ccdk_cfn_mapping_find_in_map(regional, ccdk_aws_region(stack), "instanceCount")});
    ccdk_cfn_mapping *second = ccdk_cfn_mapping_new(stack, "Second", ccdk_v_json(stack, "{\"TopLevelKey1\": {\"a\": \"x\"}}"));
    ccdk_cfn_output_new(stack, "TokenSecond", &(ccdk_cfn_output_props){
        .value = ccdk_cfn_mapping_find_in_map(second, "TopLevelKey1", ccdk_aws_region(stack))});
    ccdk_cfn_mapping_new(stack, "Unused", ccdk_v_json(stack, "{\"A\": {\"B\": \"c\"}}"));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
