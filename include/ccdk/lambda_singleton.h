/* ccdk/lambda_singleton.h - lambda.SingletonFunction: one Function per stack for a uuid. */
#ifndef CCDK_LAMBDA_SINGLETON_H
#define CCDK_LAMBDA_SINGLETON_H

#include "ccdk/lambda.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    /** Required: identifies the function; non-alphanumerics are dropped from the construct id. */
    const char *uuid;
    /** Default "SingletonLambda": the id of the function is lambda_purpose + the slugified uuid. */
    const char *lambda_purpose;
    /** The Function's props; only the first declaration's are used. */
    ccdk_lambda_function_props function;
} ccdk_lambda_singleton_function_props;

/** new SingletonFunction(scope, id, props): adds a SingletonFunction construct at scope/id and
 *  returns the stack-level Function it stands for (created by the first declaration in the stack,
 *  reused by later ones). Every ccdk_lambda_function_* call on the returned handle acts on that
 *  Function, as SingletonFunction's methods delegate to it in aws-cdk-lib. */
ccdk_lambda_function *ccdk_lambda_singleton_function_new(void *scope, const char *id,
                                                         const ccdk_lambda_singleton_function_props *props);

#ifdef __cplusplus
}
#endif
#endif
