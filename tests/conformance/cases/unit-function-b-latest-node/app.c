/* Conformance case 'unit-function-b-latest-node': function.test.ts's latest Lambda node runtime
 * tests (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    const char *names[] = {"RegionAgnostic", "Commercial", "China", "Adc", "GovCloud", "Unsupported"};
    const char *regions[] = {NULL, "us-east-1", "cn-north-1", "us-iso-east-1", "us-gov-east-1", "us-fake-1"};
    for (int i = 0; i < 6; i++) {
        ccdk_stack *stack = ccdk_stack_new(app, names[i], regions[i] ? &(ccdk_stack_props){.region = regions[i]} : NULL);
        ccdk_lambda_function_new(stack, "Lambda", &(ccdk_lambda_function_props){
            .code = ccdk_lambda_code_from_inline(stack, "foo"),
            .handler = "index.handler",
            .runtime = ccdk_lambda_determine_latest_node_runtime(stack),
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
