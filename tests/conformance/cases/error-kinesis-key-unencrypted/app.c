/* Conformance case 'error-kinesis-key-unencrypted': see app.js. */
#include <ccdk/kinesis.h>
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "myKey", NULL);
    ccdk_kinesis_stream_new(stack, "MyStream", &(ccdk_kinesis_stream_props){
        .encryption_key = key, .encryption = CCDK_KINESIS_ENCRYPTION_UNENCRYPTED});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
