/* A bare array of strings where a list goes, even with its NULL, does not compile: only CCDK_STRS
 * builds a ccdk_strs (a count and the mark the library checks). */
// expect: incompatible pointer type|missing braces
#include <ccdk/iam.h>

void f(ccdk_stack *stack)
{
    ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
#ifndef CONTROL
        .actions = (const char *const[]){"s3:GetObject", NULL},
#else
        .actions = CCDK_STRS("s3:GetObject"),
#endif
        .resources = CCDK_STRS("*"),
    });
}
