/* error: determineLatestNodeRuntime in an environment-agnostic stack whose
 * '@aws-cdk/core:target-partitions' context is not a list */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/core:target-partitions", "\"aws\""})});
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_lambda_determine_latest_node_runtime(stack);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
