/* Conformance case 'error-core-cross-environment-deploy-time-name-region': see app.js. */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack1 = ccdk_stack_new(app, "Stack1", &(ccdk_stack_props){.account = "123456789012",
                                                                           .region = "bermuda-triangle-1337",
                                                                           .cross_region_references = CCDK_TRUE});
    ccdk_stack *stack2 = ccdk_stack_new(app, "Stack2", &(ccdk_stack_props){.account = "123456789012",
                                                                           .region = "bermuda-triangle-42",
                                                                           .cross_region_references = CCDK_FALSE});
    ccdk_sqs_queue *q = ccdk_sqs_queue_new(stack1, "MyResource", NULL);
    ccdk_cfn_output_new(stack2, "Output", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_name(q)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
