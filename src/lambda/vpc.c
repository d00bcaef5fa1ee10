/* vpc.c - a Function in a VPC (aws-cdk-lib/aws-lambda/lib/function.ts, configureVpc): the checks of
 * the VPC props, the function's security groups (a new "SecurityGroup" unless given), its
 * Connections, the subnets (never public ones unless allowed) and the dependency of the whole
 * function on their internet connectivity. The AWSLambdaVPCAccessExecutionRole managed policy is
 * added where the role is made (function.c, step "execution role"). */
#include "lambda_internal.h"

static int selection_given(const ccdk_ec2_subnet_selection *s)
{
    return s->subnet_type || s->subnet_group_name || CCDK__GIVEN(s->availability_zones) || ccdk__tri_set(s->one_per_az) ||
           CCDK__GIVEN(s->subnets) || s->subnet_name || CCDK__GIVEN(s->subnet_filters);
}

void ccdk__fn_step_vpc(ccdk__fn_ctor *c)
{
    ccdk_lambda_function *fn = c->fn;
    const ccdk_lambda_function_props *props = c->props;
    ccdk_app *app = c->app;
    size_t ngroups = CCDK__LEN(props->security_groups, "security_groups");
    int has_groups = ngroups > 0;
    /* `props.securityGroup && props.securityGroups`: a given empty list counts */
    if (props->security_group && CCDK__GIVEN(props->security_groups)) {
        ccdk__error(fn, "Only one of the function props, securityGroup or securityGroups, is allowed");
        return;
    }
    if (!props->vpc) {
        if (ccdk__tri_set(props->allow_all_outbound))
            ccdk__error(fn, "Cannot configure 'allowAllOutbound' without configuring a VPC");
        else if (props->security_group)
            ccdk__error(fn, "Cannot configure 'securityGroup' without configuring a VPC");
        else if (has_groups)
            ccdk__error(fn, "Cannot configure 'securityGroups' without configuring a VPC");
        else if (selection_given(&props->vpc_subnets))
            ccdk__error(fn, "Cannot configure 'vpcSubnets' without configuring a VPC");
        else if (ccdk__tri_true(props->ipv6_allowed_for_dual_stack))
            ccdk__error(fn, "Cannot configure 'ipv6AllowedForDualStack' without configuring a VPC");
        else if (ccdk__tri_set(props->allow_all_ipv6_outbound))
            ccdk__error(fn, "Cannot configure 'allowAllIpv6Outbound' without configuring a VPC");
        return;
    }
    if (ccdk__tri_set(props->allow_all_outbound) && (props->security_group || has_groups)) {
        ccdk__error(fn, props->security_group ? "Configure 'allowAllOutbound' directly on the supplied SecurityGroup."
                                              : "Configure 'allowAllOutbound' directly on the supplied SecurityGroups.");
        return;
    }
    if (ccdk__tri_set(props->allow_all_ipv6_outbound) && (props->security_group || has_groups)) {
        ccdk__error(fn, props->security_group ? "Configure 'allowAllIpv6Outbound' directly on the supplied SecurityGroup."
                                              : "Configure 'allowAllIpv6Outbound' directly on the supplied SecurityGroups.");
        return;
    }
    ccdk_ec2_security_group_list groups = props->security_groups;
    ccdk_ec2_security_group *own[1];
    if (!has_groups && props->security_group) { /* the deprecated single group */
        own[0] = props->security_group;
        groups.built_by_ccdk_list = &ccdk__list_mark;
        groups.items = own;
        groups.count = 1;
    } else if (!has_groups) {
        own[0] = ccdk_ec2_security_group_new(
            fn, "SecurityGroup",
            &(ccdk_ec2_security_group_props){
                .vpc = props->vpc,
                .description = ccdk__sprintf(app, "Automatic security group for Lambda Function %s",
                                             ccdk__node_unique_id(&fn->base.node)),
                .allow_all_outbound = props->allow_all_outbound,
                .allow_all_ipv6_outbound = props->allow_all_ipv6_outbound,
            });
        groups.built_by_ccdk_list = &ccdk__list_mark;
        groups.items = own;
        groups.count = 1;
    }
    fn->connections = ccdk_ec2_connections_new(fn, groups, NULL);
    /* (props.filesystem's connections rule comes here in aws-cdk-lib: the next step, filesystem.c) */

    ccdk_ec2_selected_subnets sel;
    if (ccdk_ec2_vpc_select_subnets(props->vpc, &props->vpc_subnets, &sel) != 0)
        return;
    if (sel.has_public && !ccdk__tri_true(props->allow_public_subnet)) {
        ccdk__error(fn, "Lambda Functions in a public subnet can NOT access the internet. If you are aware of this "
                        "limitation and would still like to place the function in a public subnet, set "
                        "`allowPublicSubnet` to true");
        return;
    }
    for (size_t i = 0; i < sel.internet_connectivity.count; i++)
        ccdk_node_add_dependency(fn, sel.internet_connectivity.items[i]);

    ccdk_value *cfg = ccdk__v_obj(app);
    if (ccdk__tri_set(props->ipv6_allowed_for_dual_stack))
        ccdk__v_set(cfg, "Ipv6AllowedForDualStack", ccdk__v_bool(app, ccdk__tri_true(props->ipv6_allowed_for_dual_stack)));
    ccdk_value *sgs = ccdk__v_list(app);
    for (size_t i = 0; i < groups.count; i++)
        ccdk__v_push(sgs, ccdk__v_from_string(app, ccdk_ec2_security_group_id(groups.items[i])));
    ccdk__v_set(cfg, "SecurityGroupIds", sgs);
    ccdk_value *subnets = ccdk__v_list(app);
    for (size_t i = 0; i < sel.subnet_ids.count; i++)
        ccdk__v_push(subnets, ccdk__v_from_string(app, sel.subnet_ids.items[i]));
    ccdk__v_set(cfg, "SubnetIds", subnets);
    c->vpc_config = cfg;
}

void ccdk__fn_import_connections(ccdk_lambda_function *fn, void *scope, const ccdk_lambda_function_attributes *attrs)
{
    ccdk_ec2_security_group *g = attrs->security_group;
    if (!g && attrs->security_group_id) /* in the import's scope, not under the function */
        g = ccdk_ec2_security_group_from_security_group_id(scope, "SecurityGroup", attrs->security_group_id, CCDK_UNSET,
                                                           CCDK_UNSET);
    if (g)
        fn->connections = ccdk_ec2_connections_new(fn, (ccdk_ec2_security_group_list)CCDK_LIST(g), NULL);
}

int ccdk_lambda_function_is_bound_to_vpc(void *fn)
{
    ccdk__fnbase *fb = fn ? ccdk__fnbase_of(fn) : NULL;
    if (!fb)
        return 0;
    /* a SingletonFunction's is its Function's; a Version's or Alias's is false, as in aws-cdk-lib
     * (FunctionBase's !!this._connections, which only a Function and an import set) */
    if (fb->fkind == CCDK__FN_SINGLETON)
        fb = fb->lambda ? &fb->lambda->base : NULL;
    if (!fb || (fb->fkind != CCDK__FN_FUNCTION && fb->fkind != CCDK__FN_IMPORTED))
        return 0;
    return ((ccdk_lambda_function *)fb)->connections != NULL;
}

ccdk_ec2_connections *ccdk_lambda_function_connections(ccdk_lambda_function *fn)
{
    if (!ccdk__handle_ok(fn, __func__))
        return NULL;
    if (!fn->connections)
        ccdk__error(fn, "Only VPC-associated Lambda Functions have security groups to manage. Supply the \"vpc\" "
                        "parameter when creating the Lambda, or \"securityGroupId\" when importing it.");
    return fn->connections;
}
