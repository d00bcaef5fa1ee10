/* Conformance case 'validation-report-unused': see app.js. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"aws:cdk:disable-creation-stack-traces", "true"})});
    ccdk_stack *zed = ccdk_stack_new(app, "Zed", NULL);
    static const char *const names[] = {"Unused", "UsedByRef", "UsedBySub", "Shadowed", "InResourceMetadata",
                                        "InExportName", "InCondition", "InIfValue"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        ccdk_cfn_parameter_new(zed, names[i], &(ccdk_cfn_parameter_props){.type = "String"});
    ccdk_cfn_condition_new(zed, "UsedByIf", ccdk_fn_condition_equals(zed, ccdk_v_string(zed, ccdk_fn_ref(zed, "InCondition")),
                                                                      ccdk_v_string(zed, "x")));
    ccdk_cfn_condition_new(zed, "NotUsed", ccdk_fn_condition_not(zed, ccdk_fn_condition_equals(
                                               zed, ccdk_v_string(zed, ccdk_aws_region(zed)), ccdk_v_string(zed, "y"))));
    ccdk_cfn_condition *for_output = ccdk_cfn_condition_new(
        zed, "ForOutput", ccdk_fn_condition_equals(zed, ccdk_v_string(zed, ccdk_aws_region(zed)), ccdk_v_string(zed, "z")));
    ccdk_cfn_mapping *used = ccdk_cfn_mapping_new(zed, "UsedMap", ccdk_v_json(zed, "{\"us-east-1\": {\"v\": \"x\"}}"));
    ccdk_cfn_mapping_new(zed, "UnusedMap", ccdk_v_json(zed, "{\"k\": {\"v\": \"y\"}}"));
    ccdk_value *props = ccdk_v_object(zed);
    ccdk_v_set(props, "TopicName",
               ccdk_v_string(zed, ccdk_fn_sub(zed, "${UsedBySub}-${Shadowed}", CCDK_KVS({"Shadowed", "v"}))));
    ccdk_v_set(props, "DisplayName",
               ccdk_fn_condition_if(zed, "UsedByIf", ccdk_v_string(zed, ccdk_fn_ref(zed, "InIfValue")),
                                    ccdk_v_string(zed, ccdk_fn_ref(zed, "UsedByRef"))));
    ccdk_cfn_resource *topic = ccdk_cfn_resource_new(zed, "Topic", "AWS::SNS::Topic", props);
    ccdk_cfn_resource_add_metadata(topic, "Note", ccdk_v_string(zed, ccdk_fn_ref(zed, "InResourceMetadata")));
    ccdk_cfn_output_new(zed, "Out", &(ccdk_cfn_output_props){
        .value = ccdk_cfn_mapping_find_in_map(used, ccdk_aws_region(zed), "v"),
        .export_name = ccdk_fn_ref(zed, "InExportName"),
        .condition = for_output,
    });
    ccdk_stack *inner = ccdk_nested_stack_new(zed, "Inner", NULL);
    ccdk_cfn_parameter_new(inner, "InnerUnused", &(ccdk_cfn_parameter_props){.type = "String"});

    ccdk_stack *bee = ccdk_stack_new(app, "Bee", NULL);
    ccdk_cfn_parameter_new(bee, "PB", &(ccdk_cfn_parameter_props){.type = "String"});
    ccdk_cfn_resource_new(bee, "T", "AWS::SNS::Topic", NULL);
    ccdk_stack *aaa = ccdk_stack_new(app, "Aaa", NULL);
    ccdk_cfn_parameter_new(aaa, "PA", &(ccdk_cfn_parameter_props){.type = "String"});
    ccdk_cfn_resource_new(aaa, "T", "AWS::SNS::Topic", NULL);
    ccdk_stack_add_dependency(bee, aaa);
    ccdk_stack *empty = ccdk_stack_new(app, "Empty", NULL);
    ccdk_cfn_output_new(empty, "O", &(ccdk_cfn_output_props){.value = "x"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc;
}
