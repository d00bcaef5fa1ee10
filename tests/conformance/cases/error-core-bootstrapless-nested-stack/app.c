/* Conformance case 'error-core-bootstrapless-nested-stack': see app.js. */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", &(ccdk_stack_props){
        .bootstrapless_synthesizer = &(ccdk_bootstrapless_synthesizer_props){0},
    });
    ccdk_stack *nested = ccdk_nested_stack_new(stack, "Nested", NULL);
    ccdk_sqs_queue_new(nested, "Queue", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
