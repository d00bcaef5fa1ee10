/* core: CfnResource, overrides, DependsOn, removal policy, CfnOutput/Parameter/Condition/Mapping. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_cfn_parameter *param = ccdk_cfn_parameter_new(stack, "Stage", &(ccdk_cfn_parameter_props){
        .type = "String",
        .default_value = ccdk_v_string(stack, "dev"),
        .allowed_values = CCDK_STRS("dev", "prod"),
        .description = "Deployment stage",
    });

    ccdk_cfn_condition *is_prod = ccdk_cfn_condition_new(stack, "IsProd",
        ccdk_fn_condition_equals(stack, ccdk_v_string(stack, ccdk_cfn_parameter_value_as_string(param)),
                                 ccdk_v_string(stack, "prod")));

    ccdk_cfn_mapping *mapping = ccdk_cfn_mapping_new(stack, "RegionMap", ccdk_v_json(stack,
        "{\"us-east-1\": {\"size\": \"large\", \"count\": 3},"
        " \"eu-west-1\": {\"size\": \"small\", \"count\": 1}}"));

    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "ServiceToken", ccdk_v_string(stack, "arn:aws:lambda:us-east-1:123456789012:function:provider"));
    ccdk_v_set(props, "Stage", ccdk_v_string(stack, ccdk_cfn_parameter_value_as_string(param)));
    ccdk_v_set(props, "Size", ccdk_v_string(stack, ccdk_cfn_mapping_find_in_map(mapping, ccdk_aws_region(stack), "size")));
    ccdk_v_set(props, "Nested", ccdk_v_json(stack,
        "{\"Zeta\": 1, \"Alpha\": [1, \"two\", true, null, -1.5, 0.1, 1e21, 123456789012], \"Remove\": \"me\"}"));
    ccdk_cfn_resource *thing = ccdk_cfn_resource_new(stack, "Thing", "Custom::Thing", props);
    ccdk_cfn_resource_add_property_override(thing, "Nested.Added", ccdk_v_string(stack, "override"));
    ccdk_cfn_resource_add_property_override(thing, "Nested.Alpha.1", ccdk_v_string(stack, "TWO"));
    ccdk_cfn_resource_add_property_deletion_override(thing, "Nested.Remove");
    ccdk_cfn_resource_add_override(thing, "Metadata.Note", ccdk_v_string(stack, "escape hatch"));
    ccdk_cfn_resource_apply_removal_policy(thing, CCDK_REMOVAL_POLICY_RETAIN);
    ccdk_cfn_resource_set_condition(thing, is_prod);

    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
    });
    ccdk_cfn_resource *cfn_fn = (ccdk_cfn_resource *)ccdk_node_default_child(fn);
    ccdk_cfn_resource_add_property_override(cfn_fn, "MemorySize", ccdk_v_number(stack, 256));
    ccdk_cfn_resource_add_property_override(cfn_fn, "Environment.Variables.FROM_OVERRIDE", ccdk_v_string(stack, "yes"));
    ccdk_cfn_resource_add_deletion_override(cfn_fn, "Properties.Handler");
    ccdk_cfn_resource_add_override(cfn_fn, "Properties.Handler", ccdk_v_string(stack, "index.other"));
    ccdk_node_add_dependency(fn, thing);

    ccdk_cfn_resource *wait_handle = ccdk_cfn_resource_new(stack, "WaitHandle", "AWS::CloudFormation::WaitConditionHandle", NULL);
    ccdk_cfn_resource_add_depends_on(thing, wait_handle);

    ccdk_cfn_output_new(stack, "ThingArn", &(ccdk_cfn_output_props){
        .value = ccdk_cfn_resource_get_att(thing, "Arn"),
        .description = "The thing",
        .export_name = "ThingArnExport",
        .condition = is_prod,
    });
    ccdk_cfn_output_new(stack, "Count", &(ccdk_cfn_output_props){
        .value = ccdk_cfn_mapping_find_in_map(mapping, "us-east-1", "count"),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
