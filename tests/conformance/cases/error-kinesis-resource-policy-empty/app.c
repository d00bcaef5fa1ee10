/* Conformance case 'error-kinesis-resource-policy-empty': see app.js. */
#include <ccdk/kinesis.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "Stream", NULL);
    ccdk_kinesis_resource_policy_new(stack, "Policy", &(ccdk_kinesis_resource_policy_props){.stream = stream});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
