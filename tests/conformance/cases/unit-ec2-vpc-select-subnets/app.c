/* vpc.test.ts, "subnet selection": what vpc.selectSubnets picks, of new and imported VPCs, and
 * interface endpoints placed by subnet type and AZ (see app.js). */
#include <ccdk/ec2.h>

#define PUBLIC CCDK_EC2_SUBNET_TYPE_PUBLIC
#define PRIVATE_WITH_EGRESS CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS
#define PRIVATE_ISOLATED CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED

static ccdk_app *app;
static ccdk_stack *test_stack(const char *id)
{
    return ccdk_stack_new(app, id, &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
}
static void out(ccdk_stack *stack, const char *id, ccdk_strs ids)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = ccdk_fn_join(stack, ",", ids)});
}
static void out_selected(ccdk_stack *stack, const char *id, ccdk_ec2_vpc *vpc, const ccdk_ec2_subnet_selection *sel)
{
    ccdk_ec2_selected_subnets selected;
    if (ccdk_ec2_vpc_select_subnets(vpc, sel, &selected) == 0)
        out(stack, id, selected.subnet_ids);
}

int main(void)
{
    app = ccdk_app_new(NULL);
    ccdk_ec2_subnet_configuration_list three_groups = CCDK_EC2_SUBNETS(
        {.subnet_type = PUBLIC, .name = "BlaBla"},
        {.subnet_type = PRIVATE_WITH_EGRESS, .name = "DontTalkToMe"},
        {.subnet_type = PRIVATE_ISOLATED, .name = "DontTalkAtAll"});
    {
        ccdk_stack *stack = test_stack("DefaultAndPublic");
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
        out_selected(stack, "DefaultSelection", vpc, NULL);
        ccdk_ec2_subnet_list priv = ccdk_ec2_vpc_private_subnets(vpc);
        const char *ids[8];
        for (size_t i = 0; i < priv.count; i++)
            ids[i] = ccdk_ec2_subnet_id(priv.items[i]);
        out(stack, "Private", (ccdk_strs)CCDK_LIST_N(ids, priv.count));
        out_selected(stack, "Public", vpc, &(ccdk_ec2_subnet_selection){.subnet_type = PUBLIC});
    }
    {
        ccdk_stack *stack = test_stack("Isolated");
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
            .restrict_default_security_group = CCDK_FALSE,
            .subnet_configuration = CCDK_EC2_SUBNETS({.subnet_type = PUBLIC, .name = "Public"},
                                                     {.subnet_type = PRIVATE_ISOLATED, .name = "Isolated"}),
        });
        out_selected(stack, "Isolated", vpc, &(ccdk_ec2_subnet_selection){.subnet_type = PRIVATE_ISOLATED});
    }
    {
        const char *ids[] = {"ByName", "ByNameAlias"};
        const ccdk_ec2_subnet_selection sels[] = {{.subnet_group_name = "DontTalkToMe"}, {.subnet_name = "DontTalkToMe"}};
        for (int i = 0; i < 2; i++) {
            ccdk_stack *stack = test_stack(ids[i]);
            ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
                .restrict_default_security_group = CCDK_FALSE, .subnet_configuration = three_groups});
            out_selected(stack, "Selected", vpc, &sels[i]);
        }
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedIsolated", NULL);
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_vpc_attributes(stack, "VPC", &(ccdk_ec2_vpc_attributes){
            .vpc_id = "vpc-1234",
            .availability_zones = CCDK_STRS("dummy1a", "dummy1b", "dummy1c"),
            .isolated_subnet_ids = CCDK_STRS("iso-1", "iso-2", "iso-3"),
            .isolated_subnet_route_table_ids = CCDK_STRS("rt-1", "rt-2", "rt-3"),
        });
        out_selected(stack, "Selected", vpc, NULL);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedPublic", NULL);
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_vpc_attributes(stack, "VPC", &(ccdk_ec2_vpc_attributes){
            .vpc_id = "vpc-1234",
            .availability_zones = CCDK_STRS("dummy1a", "dummy1b", "dummy1c"),
            .public_subnet_ids = CCDK_STRS("pub-1", "pub-2", "pub-3"),
            .public_subnet_route_table_ids = CCDK_STRS("rt-1", "rt-2", "rt-3"),
        });
        out_selected(stack, "Selected", vpc, NULL);
    }
    {
        ccdk_stack *stack = test_stack("OnePerAz");
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VpcNetwork", &(ccdk_ec2_vpc_props){
            .restrict_default_security_group = CCDK_FALSE,
            .max_azs = CCDK_NUM(1),
            .subnet_configuration = CCDK_EC2_SUBNETS({.name = "lb", .subnet_type = PUBLIC},
                                                     {.name = "app", .subnet_type = PRIVATE_WITH_EGRESS},
                                                     {.name = "db", .subnet_type = PRIVATE_WITH_EGRESS}),
        });
        out_selected(stack, "Selected", vpc, &(ccdk_ec2_subnet_selection){.one_per_az = CCDK_TRUE});
        ccdk_cfn_output_new(stack, "FirstPrivate", &(ccdk_cfn_output_props){
            .value = ccdk_ec2_subnet_id(ccdk_ec2_vpc_private_subnets(vpc).items[0])});
    }
    {
        ccdk_stack *stack = test_stack("ImportedSubnets");
        ccdk_ec2_subnet *subnet1 = ccdk_ec2_subnet_from_subnet_id(stack, "subnet1", "pub-1");
        ccdk_cfn_output_new(stack, "FromId", &(ccdk_cfn_output_props){.value = ccdk_ec2_subnet_id(subnet1)});
        ccdk_ec2_subnet *subnet2 = ccdk_ec2_subnet_from_subnet_attributes(stack, "subnet2", &(ccdk_ec2_subnet_attributes){
            .subnet_id = "pub-1", .availability_zone = "az-1234"});
        ccdk_cfn_output_new(stack, "AttrsId", &(ccdk_cfn_output_props){.value = ccdk_ec2_subnet_id(subnet2)});
        ccdk_cfn_output_new(stack, "AttrsAz", &(ccdk_cfn_output_props){.value = ccdk_ec2_subnet_availability_zone(subnet2)});
    }
    {
        const char *ids[] = {"TypeAndAz", "AzOnly"};
        ccdk_ec2_subnet_type types[] = {PRIVATE_WITH_EGRESS, CCDK_EC2_SUBNET_TYPE_UNSET};
        ccdk_tristate private_dns[] = {CCDK_FALSE, CCDK_UNSET};
        for (int i = 0; i < 2; i++) {
            ccdk_stack *stack = test_stack(ids[i]);
            ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
                .restrict_default_security_group = CCDK_FALSE, .max_azs = CCDK_NUM(3)});
            ccdk_ec2_interface_vpc_endpoint_new(stack, "VPC Endpoint", &(ccdk_ec2_interface_vpc_endpoint_props){
                .vpc = vpc,
                .private_dns_enabled = private_dns[i],
                .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_SERVICE("com.amazonaws.vpce.us-east-1.vpce-svc-uuddlrlrbastrtsvc", 443),
                .subnets = {.subnet_type = types[i], .availability_zones = CCDK_STRS("dummy1a", "dummy1c")},
            });
        }
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
