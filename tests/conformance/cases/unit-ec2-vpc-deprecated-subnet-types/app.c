/* The deprecated SubnetType values (see app.js). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    const ccdk_stack_props env = {.account = "123456789012", .region = "us-east-1"};
    const struct {
        const char *name;
        ccdk_ec2_subnet_type type;
        int with_public;
    } pairs[] = {
        {"PrivateWithNat", CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_NAT, 1},
        {"PrivateWithEgress", CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS, 1},
        {"Private", CCDK_EC2_SUBNET_TYPE_PRIVATE, 1},
        {"Isolated", CCDK_EC2_SUBNET_TYPE_ISOLATED, 0},
        {"PrivateIsolated", CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, 0},
    };
    for (int i = 0; i < 5; i++) {
        ccdk_stack *stack = ccdk_stack_new(app, pairs[i].name, &env);
        ccdk_ec2_subnet_configuration cfg[2] = {
            {.subnet_type = pairs[i].type, .name = "subnet"},
            {.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .name = "public"},
        };
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "TheVPC", &(ccdk_ec2_vpc_props){
            .restrict_default_security_group = CCDK_FALSE,
            .subnet_configuration = CCDK_LIST_N(cfg, pairs[i].with_public ? 2 : 1),
        });
        ccdk_ec2_selected_subnets sel;
        ccdk_ec2_vpc_select_subnets(vpc, &(ccdk_ec2_subnet_selection){
            .subnet_type = pairs[i].with_public ? CCDK_EC2_SUBNET_TYPE_PRIVATE : CCDK_EC2_SUBNET_TYPE_ISOLATED,
        }, &sel);
        ccdk_cfn_output_new(stack, "Selected", &(ccdk_cfn_output_props){.value = ccdk_fn_join(stack, ",", sel.subnet_ids)});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
