/* A plain integer where an optional number goes: `.batch_size = 10` set the "given" flag to 10 and
 * left the value 0, a wrong template with exit status 0. */
// expect: int-conversion|makes pointer from integer|braces
#include <ccdk/lambda_event_sources.h>

ccdk_lambda_sqs_event_source_props f(void)
{
    return (ccdk_lambda_sqs_event_source_props){
#ifndef CONTROL
        .batch_size = 10,
#else
        .batch_size = CCDK_NUM(10),
#endif
    };
}
