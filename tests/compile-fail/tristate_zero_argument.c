/* ccdk_lambda_function_version_upgrade_aspect(stack, flag, 0), meant as `enabled: false`, acted as
 * true (0 was CCDK_UNSET). */
// expect: incompatible type|passing 'int' to parameter of incompatible type
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

void f(ccdk_stack *stack)
{
#ifndef CONTROL
    ccdk_lambda_function_version_upgrade_aspect(stack, CCDK_LAMBDA_RECOGNIZE_VERSION_PROPS, 0);
#else
    ccdk_lambda_function_version_upgrade_aspect(stack, CCDK_LAMBDA_RECOGNIZE_VERSION_PROPS, CCDK_FALSE);
#endif
}
