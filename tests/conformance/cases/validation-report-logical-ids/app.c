/* Conformance case 'validation-report-logical-ids': see app.js. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *s = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_resource *r = ccdk_cfn_resource_new(s, "R1", "AWS::SQS::Queue", NULL);
    ccdk_cfn_element_override_logical_id(r, "OVERRIDE_ID");
    ccdk_cfn_element_override_logical_id(ccdk_cfn_resource_new(s, "R2", "AWS::SQS::Queue", NULL), "a-b");
    ccdk_cfn_element_override_logical_id(ccdk_cfn_resource_new(s, "R3", "AWS::SQS::Queue", NULL), "Ünïcode");
    ccdk_cfn_element_override_logical_id(ccdk_cfn_output_new(s, "O1", &(ccdk_cfn_output_props){.value = "x"}), "Out_1");
    ccdk_cfn_output_new(s, "O2", &(ccdk_cfn_output_props){.value = "y"});
    ccdk_cfn_element_override_logical_id(ccdk_cfn_output_new(s, "O3", &(ccdk_cfn_output_props){.value = "z"}), "Out-3");
    ccdk_cfn_parameter *p = ccdk_cfn_parameter_new(s, "P1", &(ccdk_cfn_parameter_props){.default_value = ccdk_v_string(s, "x")});
    ccdk_cfn_element_override_logical_id(p, "Par_1");
    ccdk_value *props = ccdk_v_object(s);
    ccdk_v_set(props, "QueueName", ccdk_v_string(s, ccdk_cfn_parameter_value_as_string(p)));
    ccdk_cfn_resource_new(s, "R4", "AWS::SQS::Queue", props);
    ccdk_cfn_condition *c = ccdk_cfn_condition_new(
        s, "C1", ccdk_fn_condition_equals(s, ccdk_v_string(s, ccdk_cfn_parameter_value_as_string(p)), ccdk_v_string(s, "b")));
    ccdk_cfn_element_override_logical_id(c, "Cond_1");
    ccdk_cfn_resource_set_condition(r, c);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
