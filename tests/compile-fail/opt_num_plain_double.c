/* A plain number where an optional number (ccdk_opt_num) goes: brace elision put it into the
 * struct's first member, the "given" flag, so `.utilization_target = 0.7` made it 0 (not given)
 * and GCC 12 said nothing when it was the struct's only initializer. */
// expect: incompatible types|initializ
#include <ccdk/lambda_versions.h>

void f(ccdk_lambda_scalable_attribute *scaling)
{
    ccdk_lambda_scalable_attribute_scale_on_utilization(scaling, &(ccdk_lambda_utilization_scaling_options){
#ifndef CONTROL
        .utilization_target = 0.7,
#else
        .utilization_target = CCDK_NUM(0.7),
#endif
    });
}
