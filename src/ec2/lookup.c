/* lookup.c - Vpc.fromLookup (aws-cdk-lib/aws-ec2/lib/vpc.ts fromLookup, LookedUpVpc): the VPC the cdk
 * CLI finds in the account with the "vpc-provider" context provider. Until cdk.context.json has it,
 * the lookup is reported missing and aws-cdk-lib's dummy VPC (vpc-12345, subnets s-/p-...) stands in. */
#include <stdlib.h>
#include <string.h>

#include "ec2_internal.h"

/* LookedUpVpc and ImportedSubnet have no jsii type of their own: tree.json names the nearest one up
 * their chain, Resource (as aws-cdk-lib's tree.json shows) */
static const ccdk__kind kind_looked_up_vpc = {.fqn = "aws-cdk-lib.Resource", .class_name = "LookedUpVpc2"};
static const ccdk__kind kind_imported_subnet = {.fqn = "aws-cdk-lib.Resource", .class_name = "ImportedSubnet2"};

/* DUMMY_VPC_PROPS: the subnet groups of aws-cdk-lib's dummy, as a VpcContextResponse. Its isolated
 * group has the private group's ids, and the second private route table "rtb-57890p", as aws-cdk-lib's. */
static ccdk_value *dummy_vpc(ccdk_app *app)
{
    static const struct {
        const char *group, *az, *id, *rt;
    } d[] = {
        {"Public", "dummy1a", "s-12345", "rtb-12345s"},   {"Public", "dummy1b", "s-67890", "rtb-67890s"},
        {"Private", "dummy1a", "p-12345", "rtb-12345p"},  {"Private", "dummy1b", "p-67890", "rtb-57890p"},
        {"Isolated", "dummy1a", "p-12345", "rtb-12345p"}, {"Isolated", "dummy1b", "p-67890", "rtb-57890p"},
    };
    ccdk_value *v = ccdk__v_obj(app);
    ccdk__v_set(v, "vpcId", ccdk__v_str(app, "vpc-12345"));
    ccdk__v_set(v, "vpcCidrBlock", ccdk__v_str(app, "1.2.3.4/5"));
    ccdk_value *groups = ccdk__v_list(app);
    for (size_t i = 0; i < sizeof d / sizeof d[0]; i += 2) {
        ccdk_value *g = ccdk__v_obj(app);
        ccdk__v_set(g, "name", ccdk__v_str(app, d[i].group));
        ccdk__v_set(g, "type", ccdk__v_str(app, d[i].group));
        ccdk_value *subnets = ccdk__v_list(app);
        for (size_t k = i; k < i + 2; k++) {
            ccdk_value *s = ccdk__v_obj(app);
            ccdk__v_set(s, "availabilityZone", ccdk__v_str(app, d[k].az));
            ccdk__v_set(s, "subnetId", ccdk__v_str(app, d[k].id));
            ccdk__v_set(s, "routeTableId", ccdk__v_str(app, d[k].rt));
            ccdk__v_set(s, "cidr", ccdk__v_str(app, "1.2.3.4/5"));
            ccdk__v_push(subnets, s);
        }
        ccdk__v_set(g, "subnets", subnets);
        ccdk__v_push(groups, g);
    }
    ccdk__v_set(v, "subnetGroups", groups);
    return v;
}

static const char *str_of(ccdk_app *app, const ccdk_value *obj, const char *key)
{
    const ccdk_value *v = obj && obj->kind == CCDK__V_OBJ ? ccdk__v_get(obj, key) : NULL;
    if (!v || v->kind == CCDK__V_UNDEF || v->kind == CCDK__V_NULL)
        return NULL;
    return ccdk__js_string(app, v);
}

/* availabilityZones.sort((a, b) => a.localeCompare(b)) */
static int cmp_locale(const void *a, const void *b)
{
    return ccdk__locale_compare(*(const char *const *)a, *(const char *const *)b);
}

/* the subnets of the groups of one type, "<group name>Subnet<n>" (n counting in the group) */
static void subnets_of_type(ccdk_ec2_vpc *vpc, const ccdk_value *groups, const char *type, ccdk_ec2_subnet_type t,
                            ccdk__ec2_subnet ***out, size_t *nout)
{
    ccdk_app *app = vpc->node.app;
    size_t n = 0;
    for (size_t g = 0; g < groups->u.list.n; g++) {
        const ccdk_value *grp = groups->u.list.items[g];
        const ccdk_value *subs = grp->kind == CCDK__V_OBJ ? ccdk__v_get(grp, "subnets") : NULL;
        const char *gt = str_of(app, grp, "type");
        if (gt && !strcmp(gt, type) && subs && subs->kind == CCDK__V_LIST)
            n += subs->u.list.n;
    }
    *out = ccdk__alloc(app, (n + 1) * sizeof **out);
    *nout = 0;
    for (size_t g = 0; g < groups->u.list.n; g++) {
        const ccdk_value *grp = groups->u.list.items[g];
        const ccdk_value *subs = grp->kind == CCDK__V_OBJ ? ccdk__v_get(grp, "subnets") : NULL;
        const char *gt = str_of(app, grp, "type");
        if (!gt || strcmp(gt, type) || !subs || subs->kind != CCDK__V_LIST)
            continue;
        const char *name = str_of(app, grp, "name");
        if (!name)
            name = "undefined";
        for (size_t i = 0; i < subs->u.list.n; i++) {
            const ccdk_value *sv = subs->u.list.items[i];
            void *scope = vpc;
            /* Subnet.fromSubnetAttributes(this, `${name}Subnet${i + 1}`, ...) */
            ccdk__ec2_subnet *s = ccdk__construct(ccdk__ec2_subnet, &kind_imported_subnet, scope,
                                                  ccdk__sprintf(app, "%sSubnet%zu", name, i + 1));
            s->type = t;
            s->group_name = name;
            s->az = str_of(app, sv, "availabilityZone");
            s->subnet_id = str_of(app, sv, "subnetId");
            s->route_table_id = str_of(app, sv, "routeTableId");
            s->cidr = str_of(app, sv, "cidr");
            s->imported = 1;
            if (!s->route_table_id)
                ccdk__ec2_warn_no_route_table(s);
            (*out)[(*nout)++] = s;
        }
    }
}

ccdk_ec2_vpc *ccdk_ec2_vpc_from_lookup(void *scope, const char *id, const ccdk_ec2_vpc_lookup_options *options)
{
    ccdk_app *app = ccdk__app_of(scope);
    static const ccdk_ec2_vpc_lookup_options none;
    const ccdk_ec2_vpc_lookup_options *o = options ? options : &none;
    size_t ntags = CCDK__LEN(o->tags, "tags");
    int concrete = !(o->vpc_id && ccdk__is_unresolved(o->vpc_id)) && !(o->vpc_name && ccdk__is_unresolved(o->vpc_name));
    for (size_t i = 0; i < ntags && concrete; i++)
        concrete = !ccdk__is_unresolved(o->tags.items[i].key) && !ccdk__is_unresolved(o->tags.items[i].value);
    if (!concrete) {
        ccdk__error(scope, "All arguments to Vpc.fromLookup() must be concrete (no Tokens)");
        return (ccdk_ec2_vpc *)ccdk__construct(ccdk_ec2_vpc, &kind_looked_up_vpc, scope, id);
    }
    /* the filter: the tags ("tag:<name>"), then vpc-id, tag:Name, owner-id, isDefault */
    ccdk_value *filter = ccdk__v_obj(app);
    for (size_t i = 0; i < ntags; i++)
        ccdk__v_set(filter, ccdk__sprintf(app, "tag:%s", o->tags.items[i].key), ccdk__v_str(app, o->tags.items[i].value));
    if (o->vpc_id && *o->vpc_id)
        ccdk__v_set(filter, "vpc-id", ccdk__v_str(app, o->vpc_id));
    if (o->vpc_name && *o->vpc_name)
        ccdk__v_set(filter, "tag:Name", ccdk__v_str(app, o->vpc_name));
    if (o->owner_account_id && *o->owner_account_id)
        ccdk__v_set(filter, "owner-id", ccdk__v_str(app, o->owner_account_id));
    if (ccdk__tri_set(o->is_default))
        ccdk__v_set(filter, "isDefault", ccdk__v_str(app, ccdk__tri_true(o->is_default) ? "true" : "false"));
    ccdk_value *props = ccdk__v_obj(app);
    if (o->region && *o->region)
        ccdk__v_set(props, "region", ccdk__v_str(app, o->region));
    ccdk__v_set(props, "filter", filter);
    ccdk__v_set(props, "returnAsymmetricSubnets", ccdk__v_bool(app, 1));
    if (ccdk__tri_set(o->return_vpn_gateways))
        ccdk__v_set(props, "returnVpnGateways", ccdk__v_bool(app, ccdk__tri_true(o->return_vpn_gateways)));
    if (o->subnet_group_name_tag)
        ccdk__v_set(props, "subnetGroupNameTag", ccdk__v_str(app, o->subnet_group_name_tag));
    ccdk__context_query q = {.provider = "vpc-provider", .props = props, .must_exist = -1};
    ccdk_value *attrs = NULL;
    int found = ccdk__context_provider_get(scope, &q, &attrs);
    if (found >= 0)
        ccdk__stack_silence_literal_az_warning(((ccdk__node *)scope)->stack);
    ccdk_ec2_vpc *vpc = ccdk__construct(ccdk_ec2_vpc, &kind_looked_up_vpc, scope, id);
    vpc->imported = 2;
    if (found < 0)
        return vpc;
    if (!attrs || attrs->kind != CCDK__V_OBJ) /* attributes ?? DUMMY_VPC_PROPS */
        attrs = dummy_vpc(app);
    vpc->incomplete = found == 0;
    vpc->vpc_id = str_of(app, attrs, "vpcId");
    vpc->cidr_block = str_of(app, attrs, "vpcCidrBlock");
    vpc->vpn_gateway_id = str_of(app, attrs, "vpnGatewayId");
    /* super(scope, id, {region: props.region, account: props.ownerAccountId}) */
    vpc->env_region = str_of(app, attrs, "region");
    vpc->env_account = str_of(app, attrs, "ownerAccountId");
    const ccdk_value *groups = ccdk__v_get(attrs, "subnetGroups");
    if (!groups || groups->kind != CCDK__V_LIST)
        groups = ccdk__v_list(app);
    /* the AZs of every subnet, once each, sorted */
    size_t cap = 0;
    for (size_t g = 0; g < groups->u.list.n; g++) {
        const ccdk_value *subs = ccdk__v_get(groups->u.list.items[g], "subnets");
        if (subs && subs->kind == CCDK__V_LIST)
            cap += subs->u.list.n;
    }
    vpc->azs = ccdk__alloc(app, (cap + 1) * sizeof *vpc->azs);
    for (size_t g = 0; g < groups->u.list.n; g++) {
        const ccdk_value *subs = ccdk__v_get(groups->u.list.items[g], "subnets");
        for (size_t i = 0; subs && subs->kind == CCDK__V_LIST && i < subs->u.list.n; i++) {
            const char *az = str_of(app, subs->u.list.items[i], "availabilityZone");
            if (!az)
                az = "undefined";
            size_t k;
            for (k = 0; k < vpc->naz && strcmp(vpc->azs[k], az); k++)
                ;
            if (k == vpc->naz)
                vpc->azs[vpc->naz++] = az;
        }
    }
    if (vpc->naz > 1)
        qsort(vpc->azs, vpc->naz, sizeof *vpc->azs, cmp_locale);
    subnets_of_type(vpc, groups, "Public", CCDK_EC2_SUBNET_TYPE_PUBLIC, &vpc->pub, &vpc->npub);
    subnets_of_type(vpc, groups, "Private", CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS, &vpc->priv, &vpc->npriv);
    subnets_of_type(vpc, groups, "Isolated", CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, &vpc->iso, &vpc->niso);
    return vpc;
}

/* SecurityGroup.fromLookupAttributes: the "security-group" provider's {securityGroupId,
 * allowAllOutbound}, else aws-cdk-lib's dummy {sg-12345678, true}; then fromSecurityGroupId with them
 * (mutable) */
static ccdk_ec2_security_group *sg_from_lookup(void *scope, const char *id, const char *group_id, const char *name,
                                               ccdk_ec2_vpc *vpc)
{
    ccdk_app *app = ccdk__app_of(scope);
    const char *vpc_id = vpc && ccdk__handle_ok(vpc, "ccdk_ec2_security_group_from_lookup_by_name") ? vpc->vpc_id : NULL;
    if ((group_id && ccdk__is_unresolved(group_id)) || (name && ccdk__is_unresolved(name)) ||
        (vpc_id && ccdk__is_unresolved(vpc_id))) {
        ccdk__error(scope, "All arguments to look up a security group must be concrete (no Tokens)");
        return ccdk_ec2_security_group_from_security_group_id(scope, id, "sg-12345678", CCDK_UNSET, CCDK_TRUE);
    }
    ccdk_value *props = ccdk__v_obj(app);
    if (group_id)
        ccdk__v_set(props, "securityGroupId", ccdk__v_str(app, group_id));
    if (name)
        ccdk__v_set(props, "securityGroupName", ccdk__v_str(app, name));
    if (vpc_id)
        ccdk__v_set(props, "vpcId", ccdk__v_str(app, vpc_id));
    ccdk_value *dummy = ccdk__v_obj(app);
    ccdk__v_set(dummy, "securityGroupId", ccdk__v_str(app, "sg-12345678"));
    ccdk__v_set(dummy, "allowAllOutbound", ccdk__v_bool(app, 1));
    ccdk__context_query q = {.provider = "security-group", .props = props, .dummy = dummy, .must_exist = -1};
    ccdk_value *attrs = NULL;
    if (ccdk__context_provider_get(scope, &q, &attrs) < 0 || !attrs)
        attrs = dummy;
    const char *sg_id = str_of(app, attrs, "securityGroupId");
    const ccdk_value *out = attrs->kind == CCDK__V_OBJ ? ccdk__v_get(attrs, "allowAllOutbound") : NULL;
    ccdk_tristate allow = CCDK_UNSET; /* undefined: fromSecurityGroupId's default, true */
    if (out && out->kind != CCDK__V_UNDEF)
        allow = ccdk__truthy(out) ? CCDK_TRUE : CCDK_FALSE;
    return ccdk_ec2_security_group_from_security_group_id(scope, id, sg_id ? sg_id : "undefined", allow, CCDK_TRUE);
}

ccdk_ec2_security_group *ccdk_ec2_security_group_from_lookup_by_id(void *scope, const char *id,
                                                                   const char *security_group_id)
{
    return sg_from_lookup(scope, id, security_group_id, NULL, NULL);
}

/* SecurityGroup.fromLookup (deprecated): fromLookupAttributes(scope, id, {securityGroupId}), as fromLookupById */
ccdk_ec2_security_group *ccdk_ec2_security_group_from_lookup(void *scope, const char *id, const char *security_group_id)
{
    return sg_from_lookup(scope, id, security_group_id, NULL, NULL);
}

ccdk_ec2_security_group *ccdk_ec2_security_group_from_lookup_by_name(void *scope, const char *id,
                                                                     const char *security_group_name, ccdk_ec2_vpc *vpc)
{
    return sg_from_lookup(scope, id, NULL, security_group_name, vpc);
}
