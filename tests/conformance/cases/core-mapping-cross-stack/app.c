/* aws-cdk's core mappings.test.ts 'using the value of a mapping in a different stack copies the
 * mapping to the consuming stack': findInMap tokens resolved in other stacks name copies of the
 * mapping there (see app.js). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *creation = ccdk_stack_new(app, "creationStack", NULL);
    ccdk_stack *consuming = ccdk_stack_new(app, "consumingStack", NULL);

    ccdk_cfn_mapping *mapping = ccdk_cfn_mapping_new(
        creation, "MyMapping", ccdk_v_json(creation, "{\"boo\": {\"bah\": \"foo\"}, \"us-east-1\": {\"bah\": \"bar\"}}"));
    ccdk_cfn_mapping *other = ccdk_cfn_mapping_new(creation, "Other", ccdk_v_json(creation, "{\"a\": {\"b\": \"c\"}}"));

    ccdk_cfn_output_new(consuming, "Output",
                        &(ccdk_cfn_output_props){.value = ccdk_cfn_mapping_find_in_map(mapping, "boo", "bah")});
    ccdk_value *props = ccdk_v_object(consuming);
    ccdk_v_set(props, "Regional",
               ccdk_v_string(consuming, ccdk_cfn_mapping_find_in_map(mapping, ccdk_aws_region(consuming), "bah")));
    ccdk_v_set(props, "Again", ccdk_v_string(consuming, ccdk_cfn_mapping_find_in_map(mapping, "boo", "bah")));
    ccdk_cfn_resource_new(consuming, "Res", "My::Resource", props);
    ccdk_cfn_output_new(consuming, "OtherOutput",
                        &(ccdk_cfn_output_props){.value = ccdk_fmt(consuming, "is %s", ccdk_cfn_mapping_find_in_map(other, "a", "b"))});
    ccdk_cfn_output_new(creation, "Local",
                        &(ccdk_cfn_output_props){.value = ccdk_cfn_mapping_find_in_map(mapping, "boo", "bah")});

    ccdk_stack *third = ccdk_stack_new(app, "third", NULL);
    ccdk_cfn_output_new(third, "Output", &(ccdk_cfn_output_props){.value = ccdk_cfn_mapping_find_in_map(mapping, "boo", "bah")});

    ccdk_stack *nested = ccdk_nested_stack_new(creation, "Nested", NULL);
    ccdk_cfn_output_new(nested, "Output", &(ccdk_cfn_output_props){.value = ccdk_cfn_mapping_find_in_map(other, "a", "b")});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
