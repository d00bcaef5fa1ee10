/* subnet.c - ISubnet handles (aws-cdk-lib/aws-ec2/lib/vpc.ts): Subnet.fromSubnetId /
 * fromSubnetAttributes (ImportedSubnet), a subnet's attributes, and a VPC's subnet lists
 * (vpc.publicSubnets, privateSubnets, isolatedSubnets). */
#include <stdio.h>

#include "ec2_internal.h"

static const ccdk__kind kind_imported_subnet = {.fqn = "aws-cdk-lib.Resource", .class_name = "ImportedSubnet2"};

ccdk_ec2_subnet *ccdk_ec2_subnet_from_subnet_attributes(void *scope, const char *id, const ccdk_ec2_subnet_attributes *attrs)
{
    ccdk__ec2_subnet *s = ccdk__construct(ccdk__ec2_subnet, &kind_imported_subnet, scope, id);
    ccdk_app *app = s->node.app;
    s->imported = 1;
    if (!attrs || !attrs->subnet_id) {
        ccdk__error(s, "subnetId is required");
        s->subnet_id = "";
        return s;
    }
    s->subnet_id = ccdk__keep(app, attrs->subnet_id);
    s->az = attrs->availability_zone ? ccdk__keep(app, attrs->availability_zone) : NULL;
    s->route_table_id = attrs->route_table_id ? ccdk__keep(app, attrs->route_table_id) : NULL;
    s->cidr = attrs->ipv4_cidr_block ? ccdk__keep(app, attrs->ipv4_cidr_block) : NULL;
    if (!s->route_table_id)
        ccdk__ec2_warn_no_route_table(s);
    return s;
}

/* ImportedSubnet's constructor without a routeTableId: the warning names the id, or the path when
 * the id is a token ('undefined' when there is none, as a lookup's subnet without one) */
void ccdk__ec2_warn_no_route_table(ccdk__ec2_subnet *s)
{
    ccdk_app *app = s->node.app;
    const char *which = !s->subnet_id                    ? "'undefined'"
                        : ccdk__is_unresolved(s->subnet_id) ? ccdk__sprintf(app, "at '%s'", s->node.path)
                                                            : ccdk__sprintf(app, "'%s'", s->subnet_id);
    ccdk__warning(s, "@aws-cdk/aws-ec2:noSubnetRouteTableId",
                  "No routeTableId was provided to the subnet %s. Attempting to read its .routeTable.routeTableId "
                  "will return null/undefined. (More info: https://github.com/aws/aws-cdk/pull/3171)",
                  which);
}

ccdk_ec2_subnet *ccdk_ec2_subnet_from_subnet_id(void *scope, const char *id, const char *subnet_id)
{
    return ccdk_ec2_subnet_from_subnet_attributes(scope, id, &(ccdk_ec2_subnet_attributes){.subnet_id = subnet_id});
}

const char *ccdk_ec2_subnet_id(ccdk_ec2_subnet *subnet)
{
    return ccdk__handle_ok(subnet, __func__) ? subnet->subnet_id : NULL;
}

const char *ccdk_ec2_subnet_availability_zone(ccdk_ec2_subnet *subnet)
{
    if (!ccdk__handle_ok(subnet, __func__))
        return NULL;
    /* `if (!this._availabilityZone)`: an empty string was not supplied either */
    if (!subnet->az || !*subnet->az) {
        ccdk__error(subnet, "You cannot reference a Subnet's availability zone if it was not supplied. Add the "
                            "availabilityZone when importing using Subnet.fromSubnetAttributes()");
        return NULL;
    }
    return subnet->az;
}

const char *ccdk_ec2_subnet_route_table_id(ccdk_ec2_subnet *subnet)
{
    return ccdk__handle_ok(subnet, __func__) ? subnet->route_table_id : NULL;
}

/* Token.asString(this._networkAcl.derive(acl => acl.networkAclRef.networkAclId)): the ACL the
 * subnet has when the value is resolved */
static ccdk_value *acl_id_now(void *ctx)
{
    ccdk__ec2_subnet *s = ctx;
    return ccdk__v_from_string(s->node.app, ccdk__ec2_subnet_acl_id(s));
}

const char *ccdk_ec2_subnet_network_acl_association_id(ccdk_ec2_subnet *subnet)
{
    if (!ccdk__handle_ok(subnet, __func__))
        return NULL;
    /* an ImportedSubnet has no such attribute */
    if (!subnet->resource)
        return NULL;
    return ccdk__token_str(subnet->node.app, ccdk__v_lazy(subnet->node.app, acl_id_now, subnet));
}

const char *ccdk__ec2_subnet_cidr(ccdk__ec2_subnet *s)
{
    /* ImportedSubnet: `if (!this._ipv4CidrBlock) throw` */
    if (s->imported && (!s->cidr || !*s->cidr)) {
        ccdk__error(s, "You cannot reference an imported Subnet's IPv4 CIDR if it was not supplied. Add the "
                       "ipv4CidrBlock when importing using Subnet.fromSubnetAttributes()");
        return NULL;
    }
    return s->cidr;
}

const char *ccdk_ec2_subnet_ipv4_cidr_block(ccdk_ec2_subnet *subnet)
{
    return ccdk__handle_ok(subnet, __func__) ? ccdk__ec2_subnet_cidr(subnet) : NULL;
}

static ccdk_ec2_subnet_list subnet_list(ccdk_ec2_vpc *vpc, ccdk__ec2_subnet **items, size_t n)
{
    (void)vpc;
    return (ccdk_ec2_subnet_list)CCDK_LIST_N((ccdk_ec2_subnet *const *)items, n);
}

ccdk_ec2_subnet_list ccdk_ec2_vpc_public_subnets(ccdk_ec2_vpc *vpc)
{
    if (!ccdk__handle_ok(vpc, __func__))
        return (ccdk_ec2_subnet_list)CCDK_LIST_N(NULL, 0);
    return subnet_list(vpc, vpc->pub, vpc->npub);
}

ccdk_ec2_subnet_list ccdk_ec2_vpc_private_subnets(ccdk_ec2_vpc *vpc)
{
    if (!ccdk__handle_ok(vpc, __func__))
        return (ccdk_ec2_subnet_list)CCDK_LIST_N(NULL, 0);
    return subnet_list(vpc, vpc->priv, vpc->npriv);
}

ccdk_ec2_subnet_list ccdk_ec2_vpc_isolated_subnets(ccdk_ec2_vpc *vpc)
{
    if (!ccdk__handle_ok(vpc, __func__))
        return (ccdk_ec2_subnet_list)CCDK_LIST_N(NULL, 0);
    return subnet_list(vpc, vpc->iso, vpc->niso);
}

/* ------------------------------------------------------------------ InstanceType (instance-types.ts) */

ccdk_ec2_instance_type ccdk_ec2_instance_type_new(const char *identifier)
{
    ccdk_ec2_instance_type t = {{0}};
    snprintf(t.identifier_, sizeof t.identifier_, "%s", identifier ? identifier : "");
    return t;
}

ccdk_ec2_instance_type ccdk_ec2_instance_type_of(const char *instance_class, const char *instance_size)
{
    /* the class macros already hold instanceClassMap's identifier: only the join is left */
    ccdk_ec2_instance_type t = {{0}};
    snprintf(t.identifier_, sizeof t.identifier_, "%s.%s", instance_class ? instance_class : "",
             instance_size ? instance_size : "");
    return t;
}

const char *ccdk_ec2_instance_type_to_string(const ccdk_ec2_instance_type *instance_type)
{
    return instance_type ? instance_type->identifier_ : NULL;
}
