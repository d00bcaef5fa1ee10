/* Conformance case 'error-kinesis-shard-count-on-demand': see app.js. */
#include <ccdk/kinesis.h>
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_kinesis_stream_new(stack, "MyStream", &(ccdk_kinesis_stream_props){
        .shard_count = CCDK_NUM(2), .stream_mode = CCDK_KINESIS_STREAM_MODE_ON_DEMAND});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
