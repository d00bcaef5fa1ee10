/* A CfnResource of us-east-1 whose list attribute (ccdk_cfn_resource_get_att_list), Ref and an
 * Fn.select of the list are read by a us-west-2 stack with cross_region_references: the
 * ExportsWriter's value for a list, the ExportsReader's attributes, the consumer's split. */
#include <ccdk/core.h>

static ccdk_value *strs_value(ccdk_stack *owner, ccdk_strs list)
{
    ccdk_value *v = ccdk_v_list(owner);
    for (size_t i = 0; i < list.count; i++)
        ccdk_v_push(v, ccdk_v_string(owner, list.items[i]));
    return v;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", &(ccdk_stack_props){
        .account = "123456789012", .region = "us-east-1"});
    ccdk_cfn_resource *resource = ccdk_cfn_resource_new(producer, "MyResource", "BLA", NULL);
    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", &(ccdk_stack_props){
        .account = "123456789012", .region = "us-west-2", .cross_region_references = CCDK_TRUE});
    ccdk_value *props = ccdk_v_object(consumer);
    ccdk_v_set(props, "Prop", strs_value(consumer, ccdk_cfn_resource_get_att_list(resource, "List")));
    ccdk_v_set(props, "Name", ccdk_v_string(consumer, ccdk_cfn_resource_ref(resource)));
    ccdk_cfn_resource_new(consumer, "ConsumerResource", "BLA", props);
    ccdk_value *props2 = ccdk_v_object(consumer);
    ccdk_v_set(props2, "First", ccdk_v_string(consumer,
        ccdk_fn_select(consumer, 1, strs_value(consumer, ccdk_cfn_resource_get_att_list(resource, "List")))));
    ccdk_cfn_resource_new(consumer, "ConsumerResource2", "BLA", props2);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
