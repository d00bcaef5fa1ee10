/* import.c - Vpc.fromVpcAttributes (aws-cdk-lib/aws-ec2/lib/vpc.ts ImportedVpc, util.ts
 * ImportSubnetGroup): a VPC known by its ids, no resources; its subnets are constructs named
 * "<group>Subnet<n>" (n counting over the whole group list), spread over the AZs in order. */
#include "ec2_internal.h"

static const ccdk__kind kind_imported_vpc = {.fqn = "aws-cdk-lib.Resource", .class_name = "ImportedVpc2"};
static const ccdk__kind kind_imported_subnet = {.fqn = "aws-cdk-lib.Resource", .class_name = "ImportedSubnet2"};

/* JSON.stringify of a list of strings, for messages */
static const char *json_strs(ccdk_app *app, ccdk_strs l, size_t n)
{
    ccdk__buf b = {0};
    ccdk__buf_putc(&b, '[');
    for (size_t i = 0; i < n; i++) {
        if (i)
            ccdk__buf_putc(&b, ',');
        ccdk__json_write_cstr(&b, l.items[i]);
    }
    ccdk__buf_putc(&b, ']');
    const char *s = ccdk__strdup(app, b.data);
    ccdk__buf_free(&b);
    return s;
}

static int import_group(ccdk_ec2_vpc *vpc, ccdk_ec2_subnet_type type, ccdk_strs ids, ccdk_strs names, ccdk_strs rts,
                        ccdk_strs cidrs, const char *id_field, const char *name_field, const char *rt_field,
                        const char *cidr_field, ccdk__ec2_subnet ***out, size_t *nout)
{
    ccdk_app *app = vpc->node.app;
    size_t n = CCDK__LEN(ids, id_field), naz = vpc->naz;
    /* groups = ids.length / azs.length must be a whole number (0 / 0 is NaN: an error too) */
    if (naz == 0 ? 1 : n % naz != 0) {
        if (!(naz == 0 && n > 0)) {
            ccdk__unscoped_error(app, "Number of %s (%zu) must be a multiple of availability zones (%zu).", id_field, n, naz);
            return -1;
        }
    }
    size_t nrt = CCDK__LEN(rts, rt_field);
    if (CCDK__GIVEN(rts) && nrt != n) {
        ccdk__unscoped_error(app, "Number of %s (%zu) must be equal to the amount of %s (%zu).", rt_field, nrt, id_field, n);
        return -1;
    }
    size_t ncidr = CCDK__LEN(cidrs, cidr_field);
    if (CCDK__GIVEN(cidrs) && ncidr != n) {
        ccdk__unscoped_error(app, "Number of %s (%zu) must be equal to the amount of %s (%zu).", cidr_field, ncidr, id_field,
                             n);
        return -1;
    }
    size_t groups = naz ? n / naz : 0;
    size_t nnames = CCDK__LEN(names, name_field);
    const char *def = ccdk__ec2_subnet_type_tag(type);
    if (nnames != 0 && nnames != groups) {
        ccdk__unscoped_error(app, "%s must have an entry for every corresponding subnet group, got: %s", name_field,
                             json_strs(app, names, nnames));
        return -1;
    }
    *out = ccdk__alloc(app, (n + 1) * sizeof **out);
    *nout = n;
    for (size_t i = 0; i < n; i++) {
        size_t k = i / naz;
        const char *name = nnames ? names.items[k] : def;
        void *scope = vpc;
        ccdk__ec2_subnet *s = ccdk__construct(ccdk__ec2_subnet, &kind_imported_subnet, scope,
                                              ccdk__sprintf(app, "%sSubnet%zu", name, i + 1));
        s->type = type;
        s->group_name = ccdk__strdup(app, name); /* subnetGroupNameFromConstructId: the id less "Subnet<n>" */
        s->az = vpc->azs[i % naz];
        s->subnet_id = ccdk__keep(app, ids.items[i]);
        s->route_table_id = nrt ? ccdk__keep(app, rts.items[i]) : NULL;
        s->cidr = ncidr ? ccdk__keep(app, cidrs.items[i]) : NULL;
        s->imported = 1; /* without a block, reading it is an error */
        if (!s->route_table_id)
            ccdk__ec2_warn_no_route_table(s);
        (*out)[i] = s;
    }
    return 0;
}

ccdk_ec2_vpc *ccdk_ec2_vpc_from_vpc_attributes(void *scope, const char *id, const ccdk_ec2_vpc_attributes *attrs)
{
    ccdk_ec2_vpc *vpc = ccdk__construct(ccdk_ec2_vpc, &kind_imported_vpc, scope, id);
    ccdk_app *app = vpc->node.app;
    vpc->imported = 1;
    if (!attrs || !attrs->vpc_id) {
        ccdk__error(vpc, "vpcId is required");
        return vpc;
    }
    vpc->vpc_id = ccdk__keep(app, attrs->vpc_id);
    vpc->cidr_block = attrs->vpc_cidr_block ? ccdk__keep(app, attrs->vpc_cidr_block) : NULL;
    vpc->vpn_gateway_id = attrs->vpn_gateway_id ? ccdk__keep(app, attrs->vpn_gateway_id) : NULL;
    vpc->env_region = attrs->region ? ccdk__keep(app, attrs->region) : NULL;
    /* for (const k of Object.keys(props)): each array prop that is a list token is a warning */
    const struct {
        const char *name;
        ccdk_strs list;
    } lists[] = {
        {"availabilityZones", attrs->availability_zones},
        {"publicSubnetIds", attrs->public_subnet_ids},
        {"publicSubnetNames", attrs->public_subnet_names},
        {"publicSubnetRouteTableIds", attrs->public_subnet_route_table_ids},
        {"publicSubnetIpv4CidrBlocks", attrs->public_subnet_ipv4_cidr_blocks},
        {"privateSubnetIds", attrs->private_subnet_ids},
        {"privateSubnetNames", attrs->private_subnet_names},
        {"privateSubnetRouteTableIds", attrs->private_subnet_route_table_ids},
        {"privateSubnetIpv4CidrBlocks", attrs->private_subnet_ipv4_cidr_blocks},
        {"isolatedSubnetIds", attrs->isolated_subnet_ids},
        {"isolatedSubnetNames", attrs->isolated_subnet_names},
        {"isolatedSubnetRouteTableIds", attrs->isolated_subnet_route_table_ids},
        {"isolatedSubnetIpv4CidrBlocks", attrs->isolated_subnet_ipv4_cidr_blocks},
    };
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
        if (!ccdk_token_is_unresolved_list(lists[i].list))
            continue;
        const char *warning_id = ccdk__sprintf(app, "@aws-cdk/aws-ec2:vpcAttributeIsListToken%s", lists[i].name);
        ccdk__warning(vpc, warning_id,
                      "fromVpcAttributes: '%s' is a list token: the imported VPC will not work with constructs that "
                      "require a list of subnets at synthesis time. Use 'Vpc.fromLookup()' or 'Fn.importListValue' "
                      "instead.",
                      lists[i].name);
    }
    vpc->naz = CCDK__LEN(attrs->availability_zones, "availability_zones");
    vpc->azs = ccdk__alloc(app, (vpc->naz + 1) * sizeof *vpc->azs);
    for (size_t i = 0; i < vpc->naz; i++)
        vpc->azs[i] = ccdk__keep(app, attrs->availability_zones.items[i]);
    if (import_group(vpc, CCDK_EC2_SUBNET_TYPE_PUBLIC, attrs->public_subnet_ids, attrs->public_subnet_names,
                     attrs->public_subnet_route_table_ids, attrs->public_subnet_ipv4_cidr_blocks, "publicSubnetIds",
                     "publicSubnetNames", "publicSubnetRouteTableIds", "publicSubnetIpv4CidrBlocks",
                     &vpc->pub, &vpc->npub) < 0 ||
        import_group(vpc, CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS, attrs->private_subnet_ids, attrs->private_subnet_names,
                     attrs->private_subnet_route_table_ids, attrs->private_subnet_ipv4_cidr_blocks, "privateSubnetIds",
                     "privateSubnetNames", "privateSubnetRouteTableIds", "privateSubnetIpv4CidrBlocks",
                     &vpc->priv, &vpc->npriv) < 0 ||
        import_group(vpc, CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, attrs->isolated_subnet_ids, attrs->isolated_subnet_names,
                     attrs->isolated_subnet_route_table_ids, attrs->isolated_subnet_ipv4_cidr_blocks, "isolatedSubnetIds",
                     "isolatedSubnetNames", "isolatedSubnetRouteTableIds", "isolatedSubnetIpv4CidrBlocks",
                     &vpc->iso, &vpc->niso) < 0)
        return vpc;
    return vpc;
}
