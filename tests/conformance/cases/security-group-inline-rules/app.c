/* security-group.test.ts's "Inline Rule Control": the context
 * @aws-cdk/aws-ec2.securityGroupDisableInlineRules (true, false, null, not set) by the
 * disable_inline_rules prop (true, false, not given), a stack each; groups with and without
 * allow_all_outbound, alone, with an egress rule, with an ingress rule. */
#include <stdio.h>

#include <ccdk/ec2.h>

#define KEY "@aws-cdk/aws-ec2.securityGroupDisableInlineRules"

int main(void)
{
    static const struct {
        const char *id, *context; /* context: JSON, NULL for not set */
        ccdk_tristate prop;
    } combos[] = {
        {"PropsTrue", NULL, CCDK_TRUE},
        {"ContextTrue", "true", CCDK_UNSET},
        {"BothTrue", "true", CCDK_TRUE},
        {"ContextFalsePropsTrue", "false", CCDK_TRUE},
        {"ContextNullPropsTrue", "null", CCDK_TRUE},
        {"BothFalse", "false", CCDK_FALSE},
        {"ContextTruePropsFalse", "true", CCDK_FALSE},
        {"ContextFalse", "false", CCDK_UNSET},
        {"PropsFalse", NULL, CCDK_FALSE},
        {"Neither", NULL, CCDK_UNSET},
        {"ContextNull", "null", CCDK_UNSET},
        {"ContextNullPropsFalse", "null", CCDK_FALSE},
    };
    ccdk_app *app = ccdk_app_new(NULL);
    for (size_t i = 0; i < sizeof combos / sizeof combos[0]; i++) {
        ccdk_stack *stack = ccdk_stack_new(app, combos[i].id, NULL);
        if (combos[i].context)
            ccdk_node_set_context(stack, KEY, combos[i].context);
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_vpc_attributes(stack, "VPC", &(ccdk_ec2_vpc_attributes){
            .vpc_id = "vpc-1234", .availability_zones = CCDK_STRS("az1")});
        for (int open = 1; open >= 0; open--) {
            const char *prefix = open ? "Open" : "Closed";
            ccdk_ec2_security_group_props props = {
                .vpc = vpc, .allow_all_outbound = open ? CCDK_TRUE : CCDK_FALSE, .disable_inline_rules = combos[i].prop};
            char id[32];
            snprintf(id, sizeof id, "%sAlone", prefix);
            ccdk_ec2_security_group_new(stack, id, &props);
            snprintf(id, sizeof id, "%sEgress", prefix);
            ccdk_ec2_security_group *egress = ccdk_ec2_security_group_new(stack, id, &props);
            ccdk_ec2_security_group_add_egress_rule(egress, ccdk_ec2_peer_any_ipv4(), ccdk_ec2_port_tcp(86),
                                                    "An external Rule", CCDK_UNSET);
            snprintf(id, sizeof id, "%sIngress", prefix);
            ccdk_ec2_security_group *ingress = ccdk_ec2_security_group_new(stack, id, &props);
            ccdk_ec2_security_group_add_ingress_rule(ingress, ccdk_ec2_peer_any_ipv4(), ccdk_ec2_port_tcp(86),
                                                     "An external Rule", CCDK_UNSET);
        }
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
