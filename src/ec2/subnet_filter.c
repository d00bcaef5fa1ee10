/* subnet_filter.c - SubnetFilter (aws-cdk-lib/aws-ec2/lib/subnet.ts): the tests a subnet selection's
 * subnetFilters apply, by id, availability zone, one per AZ, and by CIDR (an address held, a mask,
 * a range held in). */
#include <math.h>

#include "ec2_internal.h"

static ccdk_ec2_subnet_filter filter(int kind, ccdk_strs values, double mask)
{
    return (ccdk_ec2_subnet_filter){.kind_ = kind, .values_ = values, .mask_ = mask};
}

ccdk_ec2_subnet_filter ccdk_ec2_subnet_filter_by_ids(ccdk_strs ids) { return filter(1, ids, 0); }
ccdk_ec2_subnet_filter ccdk_ec2_subnet_filter_availability_zones(ccdk_strs azs) { return filter(2, azs, 0); }
ccdk_ec2_subnet_filter ccdk_ec2_subnet_filter_one_per_az(void) { return filter(3, (ccdk_strs)CCDK_EMPTY_LIST, 0); }
ccdk_ec2_subnet_filter ccdk_ec2_subnet_filter_contains_ip_addresses(ccdk_strs ips) { return filter(4, ips, 0); }
ccdk_ec2_subnet_filter ccdk_ec2_subnet_filter_by_cidr_mask(double mask) { return filter(5, (ccdk_strs)CCDK_EMPTY_LIST, mask); }
ccdk_ec2_subnet_filter ccdk_ec2_subnet_filter_by_cidr_ranges(ccdk_strs cidrs) { return filter(6, cidrs, 0); }

static int includes(ccdk_strs list, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (s && list.items[i] && !strcmp(list.items[i], s))
            return 1;
    return 0;
}

/* CidrBlock.containsCidr: outer.maxAddress() >= inner.maxAddress() && outer.minAddress() <= inner.minAddress() */
static int contains(const ccdk__ec2_block *outer, const ccdk__ec2_block *inner)
{
    return outer->max >= inner->max && outer->min <= inner->min;
}

/* the subnet's block (its ipv4CidrBlock read: an import without one is an error) */
static int subnet_block(ccdk_app *app, ccdk__ec2_subnet *s, ccdk__ec2_block *out)
{
    const char *cidr = ccdk__ec2_subnet_cidr(s);
    return cidr ? ccdk__ec2_cidr_block(app, cidr, out) : -1;
}

int ccdk__ec2_apply_subnet_filter(ccdk_ec2_vpc *vpc, const ccdk_ec2_subnet_filter *f, ccdk__ec2_subnet **subs, size_t *n)
{
    ccdk_app *app = vpc->node.app;
    size_t nvalues = CCDK__LEN(f->values_, "subnet filter values");
    if (f->kind_ < 1 || f->kind_ > 6) {
        ccdk__error(vpc, "The subnet filter is not set: a zeroed ccdk_ec2_subnet_filter (make one with "
                         "ccdk_ec2_subnet_filter_by_ids() and the other ccdk_ec2_subnet_filter_ functions)");
        return -1;
    }
    /* the filter's own blocks first, as aws-cdk-lib maps them before it filters */
    ccdk__ec2_block *blocks = NULL;
    if (f->kind_ == 4 || f->kind_ == 6) {
        blocks = ccdk__alloc(app, (nvalues + 1) * sizeof *blocks);
        for (size_t i = 0; i < nvalues; i++) {
            const char *v = f->values_.items[i] ? f->values_.items[i] : "undefined";
            if ((f->kind_ == 4 ? ccdk__ec2_ip_block(app, v, &blocks[i]) : ccdk__ec2_cidr_block(app, v, &blocks[i])) < 0)
                return -1;
        }
    }
    size_t kept = 0;
    for (size_t i = 0; i < *n; i++) {
        ccdk__ec2_subnet *s = subs[i];
        int keep = 0;
        if (f->kind_ == 1) {
            keep = includes(f->values_, nvalues, s->subnet_id);
        } else if (f->kind_ == 2) {
            keep = includes(f->values_, nvalues, s->az);
        } else if (f->kind_ == 3) {
            keep = 1;
            for (size_t k = 0; k < kept && keep; k++)
                keep = !ccdk__str_eq(subs[k]->az, s->az);
        } else {
            ccdk__ec2_block b;
            if (subnet_block(app, s, &b) < 0)
                return -1;
            if (f->kind_ == 5)
                keep = b.mask == f->mask_;
            for (size_t k = 0; k < nvalues && !keep && f->kind_ != 5; k++)
                keep = f->kind_ == 4 ? contains(&b, &blocks[k]) : contains(&blocks[k], &b);
        }
        if (keep)
            subs[kept++] = s;
    }
    *n = kept;
    return 0;
}
