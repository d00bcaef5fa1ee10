/* Conformance case 'core-export-string-list-value': see app.js. */
#include <ccdk/core.h>

/* a ccdk_strs as a list value (a list token stays the one list it stands for) */
static ccdk_value *list_value(ccdk_stack *owner, ccdk_strs l)
{
    ccdk_value *v = ccdk_v_list(owner);
    for (size_t i = 0; i < l.count; i++)
        ccdk_v_push(v, ccdk_v_string(owner, l.items[i]));
    return v;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", NULL);
    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", NULL);
    ccdk_cfn_parameter *subnets = ccdk_cfn_parameter_new(producer, "Subnets", &(ccdk_cfn_parameter_props){
        .type = "List<AWS::EC2::Subnet::Id>"});
    ccdk_cfn_resource *vpc = ccdk_cfn_resource_new(producer, "Vpc", "AWS::EC2::VPC",
                                                   ccdk_v_json(producer, "{\"CidrBlock\": \"10.0.0.0/16\"}"));
    ccdk_strs ipv6 = ccdk_token_as_list(ccdk_v_string(producer, ccdk_cfn_resource_get_att(vpc, "Ipv6CidrBlocks")));

    ccdk_strs named = ccdk_stack_export_string_list_value(producer, CCDK_STRS("a", "b", "c"),
        &(ccdk_stack_export_value_options){.name = "LiteralList", .description = "three letters"});
    ccdk_strs named_param = ccdk_stack_export_string_list_value(producer, ccdk_cfn_parameter_value_as_list(subnets),
        &(ccdk_stack_export_value_options){.name = "SubnetList"});
    ccdk_strs generated = ccdk_stack_export_string_list_value(producer, ccdk_cfn_parameter_value_as_list(subnets), NULL);
    ccdk_strs attr = ccdk_stack_export_string_list_value(producer, ipv6,
        &(ccdk_stack_export_value_options){.description = "the VPC IPv6 blocks"});
    ccdk_strs attr_again = ccdk_stack_export_string_list_value(producer, ipv6, NULL);

    ccdk_value *props = ccdk_v_object(consumer);
    ccdk_v_set(props, "Type", ccdk_v_string(consumer, "StringList"));
    ccdk_v_set(props, "Value", ccdk_v_string(consumer, ccdk_fn_join(consumer, ",", named)));
    ccdk_v_set(props, "Description", ccdk_v_string(consumer, ccdk_fn_select(consumer, 0, list_value(consumer, named_param))));
    ccdk_v_set(props, "Name", ccdk_v_string(consumer, ccdk_fn_join(consumer, "-", generated)));
    ccdk_v_set(props, "Tier", ccdk_v_string(consumer, ccdk_fn_select(consumer, 1, list_value(consumer, attr))));
    ccdk_v_set(props, "DataType", ccdk_v_string(consumer, ccdk_fn_select(consumer, 0, list_value(consumer, attr_again))));
    ccdk_cfn_resource_new(consumer, "Use", "AWS::SSM::Parameter", props);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
