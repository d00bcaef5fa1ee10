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

/* parseInt(s, 10) of JavaScript: leading whitespace, a sign, decimal digits; NaN without digits */
static double parse_int10(const char *s)
{
    while (*s == ' ' || (*s >= '\t' && *s <= '\r'))
        s++;
    int neg = *s == '-';
    if (*s == '+' || *s == '-')
        s++;
    if (*s < '0' || *s > '9')
        return NAN;
    double v = 0;
    while (*s >= '0' && *s <= '9')
        v = v * 10 + (*s++ - '0');
    return neg ? -v : v;
}

/* NetworkUtils.numToIp of any number (aws-cdk-lib computes with NaN, fractions and numbers past
 * 2^32 alike): four octets, each Math.floor of what remains over 256^(3-i), joined by dots; NULL
 * after its error ("<ip> is not a valid IP Address") when an octet, read back with parseInt as
 * validIp does, is not 0..255 */
static const char *num_to_ip(ccdk_app *app, double n)
{
    const char *octet[4];
    double remaining = n;
    int valid = 1;
    for (int i = 0; i < 4; i++) {
        double unit = pow(256, 3 - i);
        double v = 0;
        if (remaining != 0) { /* NaN != 0 too */
            v = floor(remaining / unit);
            remaining = fmod(remaining, unit);
        }
        octet[i] = ccdk__num_string(app, v);
        double back = parse_int10(octet[i]);
        if (!(back >= 0 && back <= 255))
            valid = 0;
    }
    const char *ip = ccdk__sprintf(app, "%s.%s.%s.%s", octet[0], octet[1], octet[2], octet[3]);
    if (!valid) {
        ccdk__unscoped_error(app, "%s is not a valid IP Address", ip);
        return NULL;
    }
    return ip;
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

/* new CidrBlock(address, mask) of numbers: the block of 2^(32-mask) addresses that holds
 * address + size - 1 (an address inside a block rounds up to the next one); its first address in
 * *min, its "a.b.c.d/m" text returned (NULL after numToIp's error) */
static const char *block_of(ccdk_app *app, double address, double mask, double *min)
{
    double size = pow(2, 32 - mask);
    double na = address + size - 1;
    *min = na - fmod(na, size);
    const char *ip = num_to_ip(app, *min);
    return ip ? ccdk__sprintf(app, "%s/%s", ip, ccdk__num_string(app, mask)) : NULL;
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
    /* parseInt(cidr.split('/')[1], 10): NaN without a slash or digits; aws-cdk-lib goes on with
     * whatever mask it reads, as below, and fails where its arithmetic does */
    double mask = slash ? parse_int10(slash + 1) : NAN;
    b->cidr = block_of(app, (double)ip, mask, &b->min);
    if (!b->cidr)
        return -1;
    b->max = b->min + pow(2, 32 - mask) - 1;
    b->next = b->min;
    b->ok = 1;
    return 0;
}

const char *ccdk__net_builder_add_subnet(ccdk__net_builder *b, const void *scope, double mask)
{
    ccdk_app *app = ccdk__node_of(scope)->app;
    if (!b->ok)
        return NULL;
    if (mask < 16 || mask > 28) { /* a NaN mask passes, and fails in numToIp below */
        ccdk__unscoped_error(app, "x.x.x.x/%s is not a valid VPC CIDR range. VPCs must be between /16 and /28 and the minimum subnet size is /28.",
                             ccdk__num_string(app, mask));
        b->ok = 0;
        return NULL;
    }
    double size = pow(2, 32 - mask);
    if (b->max < (b->next + size * 1) - 1) { /* maxIp - 1, maxIp = next + size * count */
        ccdk__unscoped_error(app, "1 of /%s exceeds remaining space of %s", ccdk__num_string(app, mask), b->cidr);
        b->ok = 0;
        return NULL;
    }
    /* new CidrBlock(next, mask), then its nextBlock() (a CidrBlock of its own, whose text can be an
     * invalid address: "256.0.0.0 is not a valid IP Address" after the last block of the space) */
    double min, after;
    const char *subnet = block_of(app, b->next, mask, &min);
    if (!subnet || !block_of(app, (min + size - 1) + 1, mask, &after)) { /* maxAddress() + 1 */
        b->ok = 0;
        return NULL;
    }
    b->next = after;
    return subnet;
}

double ccdk__net_builder_mask_for_remaining(const ccdk__net_builder *b, size_t count)
{
    double remaining = b->max - b->next + 1;
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
    out->mask = slash ? parse_int10(slash + 1) : NAN;
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
