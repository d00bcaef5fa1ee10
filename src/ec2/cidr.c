/* cidr.c - CIDR arithmetic as aws-cdk-lib's aws-ec2/lib/network-util (NetworkBuilder, CidrBlock):
 * the VPC's block and its subnets, allocated one after the other, each aligned to its size. */
#include <math.h>
#include <stdlib.h>

#include "ec2_internal.h"

/* NetworkUtils.validIp + ipToNum: -1 when not four octets 0..255 (parseInt of each) */
static int64_t ip_to_num(const char *ip, size_t len)
{
    int64_t num = 0;
    int octets = 0;
    const char *p = ip, *end = ip + len;
    while (p <= end) {
        const char *q = p;
        while (q < end && *q != '.')
            q++;
        /* parseInt(octet, 10): leading whitespace, a sign, digits; NaN without digits */
        const char *d = p;
        while (d < q && (*d == ' ' || *d == '\t'))
            d++;
        int neg = 0;
        if (d < q && (*d == '+' || *d == '-'))
            neg = *d++ == '-';
        if (d >= q || *d < '0' || *d > '9')
            return -1;
        double v = 0;
        while (d < q && *d >= '0' && *d <= '9')
            v = v * 10 + (*d++ - '0');
        if (neg)
            v = -v;
        if (v < 0 || v > 255)
            return -1;
        num = num * 256 + (int64_t)v;
        octets++;
        if (q == end)
            break;
        p = q + 1;
    }
    return octets == 4 ? num : -1;
}

static const char *num_to_ip(ccdk_app *app, int64_t n)
{
    return ccdk__sprintf(app, "%d.%d.%d.%d", (int)((n >> 24) & 255), (int)((n >> 16) & 255), (int)((n >> 8) & 255),
                         (int)(n & 255));
}

/* the address of "a.b.c.d/n" (ipToNum), *slash at its '/' (NULL without one); -1 with aws-cdk-lib's
 * "<address> is not valid" when it is none */
static int64_t cidr_address(ccdk_app *app, const char *cidr, const char **slash)
{
    *slash = strchr(cidr, '/');
    size_t iplen = *slash ? (size_t)(*slash - cidr) : strlen(cidr);
    int64_t ip = ip_to_num(cidr, iplen);
    if (ip < 0)
        ccdk__unscoped_error(app, "%.*s is not valid", (int)iplen, cidr);
    return ip;
}

int ccdk__net_builder_init(ccdk__net_builder *b, const void *scope, const char *cidr)
{
    ccdk__node *n = ccdk__node_of(scope);
    ccdk_app *app = n->app;
    memset(b, 0, sizeof *b);
    const char *slash;
    int64_t ip = cidr_address(app, cidr, &slash);
    if (ip < 0)
        return -1;
    /* parseInt(cidr.split('/')[1], 10) */
    double mask = NAN;
    if (slash) {
        const char *d = slash + 1;
        if (*d >= '0' && *d <= '9') {
            mask = 0;
            while (*d >= '0' && *d <= '9' && *d)
                mask = mask * 10 + (*d++ - '0');
        }
    }
    if (isnan(mask) || mask < 0 || mask > 32) {
        /* aws-cdk-lib computes with NaN here and fails later, in its own words: the subnets'
         * allocation reports the range as invalid */
        ccdk__unscoped_error(app, "%s is not a valid VPC CIDR range. VPCs must be between /16 and /28 and the minimum subnet size is /28.",
                             cidr);
        return -1;
    }
    int64_t size = (int64_t)1 << (32 - (int)mask);
    int64_t addr = ip + size - 1;
    b->min = addr - addr % size;
    b->max = b->min + size - 1;
    b->next = b->min;
    b->cidr = ccdk__sprintf(app, "%s/%d", num_to_ip(app, b->min), (int)mask);
    b->ok = 1;
    return 0;
}

const char *ccdk__net_builder_add_subnet(ccdk__net_builder *b, const void *scope, double mask)
{
    ccdk_app *app = ccdk__node_of(scope)->app;
    if (!b->ok)
        return NULL;
    if (!(mask >= 16 && mask <= 28)) {
        ccdk__unscoped_error(app, "x.x.x.x/%s is not a valid VPC CIDR range. VPCs must be between /16 and /28 and the minimum subnet size is /28.",
                             ccdk__num_string(app, mask));
        b->ok = 0;
        return NULL;
    }
    int m = (int)mask;
    if (m != mask) {
        /* 2 ** (32 - 16.5): aws-cdk-lib computes with fractions; ccdk takes whole masks only */
        ccdk__unscoped_error(app, "x.x.x.x/%s is not a valid VPC CIDR range. VPCs must be between /16 and /28 and the minimum subnet size is /28.",
                             ccdk__num_string(app, mask));
        b->ok = 0;
        return NULL;
    }
    int64_t size = (int64_t)1 << (32 - m);
    if (b->max < b->next + size - 1) {
        ccdk__unscoped_error(app, "1 of /%d exceeds remaining space of %s", m, b->cidr);
        b->ok = 0;
        return NULL;
    }
    /* new CidrBlock(next, mask): the block of that size that holds next + size - 1 */
    int64_t addr = b->next + size - 1;
    int64_t min = addr - addr % size;
    b->next = min + size;
    if (min + size - 1 > 0xffffffffLL) {
        ccdk__unscoped_error(app, "%s is not a valid IP Address", "255.255.255.255");
        b->ok = 0;
        return NULL;
    }
    return ccdk__sprintf(app, "%s/%d", num_to_ip(app, min), m);
}

double ccdk__net_builder_mask_for_remaining(const ccdk__net_builder *b, size_t count)
{
    double remaining = (double)(b->max - b->next + 1);
    double per = floor(remaining / (double)count);
    return 32 - floor(log2(per));
}

/* new CidrBlock(cidr) of a string, for the subnet filters: mask parseInt of what follows the slash
 * (NaN without one: no comparison holds), the block of that size that holds ipToNum(address) + size - 1
 * (aws-cdk-lib rounds an address inside a block up to the next one). -1 (aws-cdk-lib's error) for a
 * bad address. */
int ccdk__ec2_cidr_block(ccdk_app *app, const char *cidr, ccdk__ec2_block *out)
{
    const char *slash;
    int64_t ip = cidr_address(app, cidr, &slash);
    if (ip < 0)
        return -1;
    out->mask = NAN;
    if (slash) {
        const char *d = slash + 1;
        while (*d == ' ' || *d == '\t')
            d++;
        int neg = *d == '-';
        if (*d == '+' || *d == '-')
            d++;
        if (*d >= '0' && *d <= '9') {
            double m = 0;
            while (*d >= '0' && *d <= '9')
                m = m * 10 + (*d++ - '0');
            out->mask = neg ? -m : m;
        }
    }
    double size = pow(2, 32 - out->mask);
    double na = (double)ip + size - 1;
    out->min = na - fmod(na, size);
    out->max = out->min + size - 1;
    return 0;
}

/* new CidrBlock(ipToNum(address), 32): the address alone */
int ccdk__ec2_ip_block(ccdk_app *app, const char *ip, ccdk__ec2_block *out)
{
    int64_t n = ip_to_num(ip, strlen(ip));
    if (n < 0) {
        ccdk__unscoped_error(app, "%s is not valid", ip);
        return -1;
    }
    out->mask = 32;
    out->min = out->max = (double)n;
    return 0;
}
