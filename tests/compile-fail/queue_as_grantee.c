/* A grantee is IGrantable: a principal, a Role, or a Function/Version/Alias. A queue is not. */
// expect: _Generic|Generic
#include <ccdk/lambda.h>
#include <ccdk/sqs.h>

void f(ccdk_lambda_function *fn, ccdk_iam_role *role, ccdk_sqs_queue *queue, ccdk_lambda_function *other)
{
#ifndef CONTROL
    ccdk_lambda_function_grant_invoke(fn, queue);
#else
    (void)queue;
    ccdk_lambda_function_grant_invoke(fn, role);  /* a Role where a grantee goes, as in TypeScript */
    ccdk_lambda_function_grant_invoke(fn, other); /* a Function: its role */
    ccdk_sqs_queue_grant_send_messages(queue, other);
#endif
}
