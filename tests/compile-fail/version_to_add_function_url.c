/* A function URL cannot point at a Version (aws-cdk-lib throws "FunctionUrl cannot be used with a
 * Version" at run time); ccdk's handle checks make it a compile error. */
// expect: _Generic|Generic
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

void f(ccdk_lambda_function *fn, ccdk_lambda_version *version, ccdk_lambda_alias *alias)
{
#ifndef CONTROL
    ccdk_lambda_function_add_function_url(version, NULL);
#else
    (void)version;
    ccdk_lambda_function_add_function_url(fn, NULL);
    ccdk_lambda_function_add_function_url(alias, NULL);
#endif
}
