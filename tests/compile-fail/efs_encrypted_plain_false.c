/* encrypted is an optional boolean (ccdk_tristate): a plain `false`/0 does not compile, so that
 * "not given" (the v2 default, encrypted) cannot be confused with "false". */
// expect: braces|incompatible types?|invalid initializer
#include <stdbool.h>
#include <ccdk/efs.h>

void f(ccdk_stack *stack, ccdk_ec2_vpc *vpc)
{
    ccdk_efs_file_system_props p = {.vpc = vpc};
#ifndef CONTROL
    p.encrypted = false;
#else
    p.encrypted = CCDK_FALSE;
#endif
    ccdk_efs_file_system_new(stack, "Fs", &p);
}
