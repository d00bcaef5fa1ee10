/* node.defaultChild of a Vpc's subnets and of the Vpc (see app.js). */
#include <stdio.h>
#include <string.h>

#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VpcNetwork", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .nat_gateways = CCDK_NUM(0)});
    struct {
        const char *name;
        ccdk_construct *child;
    } children[] = {
        {"Public", ccdk_node_default_child(ccdk_ec2_vpc_public_subnets(vpc).items[0])},
        {"Isolated", ccdk_node_default_child(ccdk_ec2_vpc_isolated_subnets(vpc).items[1])},
        {"Vpc", ccdk_node_default_child(vpc)},
    };
    for (size_t i = 0; i < sizeof children / sizeof children[0]; i++) {
        const char *name = children[i].name;
        ccdk_cfn_resource *child = ccdk_cfn_resource_of(children[i].child);
        const char *type = ccdk_cfn_resource_type(child);
        char id[64], value[64];
        snprintf(id, sizeof id, "%sType", name);
        ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = type});
        snprintf(id, sizeof id, "%sPath", name);
        ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = ccdk_node_path(child)});
        snprintf(id, sizeof id, "%sIsCfnSubnet", name);
        ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){
            .value = type && !strcmp(type, "AWS::EC2::Subnet") ? "true" : "false"});
        snprintf(value, sizeof value, "%s override", name);
        ccdk_cfn_resource_add_property_override(child, "Tags.0.Value", ccdk_v_string(stack, value));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
