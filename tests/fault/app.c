/* app.c - the app the fault-injection sweep synthesizes: 200 functions in two stacks over 10
 * asset directories, each with an alias; the second stack is in a Stage (a nested assembly
 * directory with its own manifest), and every function of it reads a queue of a third stack in the
 * Stage (a cross-stack reference: an export and its import).
 *
 * FAULT_ASSETS: a directory holding asset0 ... asset14. FAULT_VARIANT=0 uses asset0-9, =1 uses
 * asset5-14 and other environment values: the two variants share five staged assets (reused
 * from the old assembly) and differ in the other five and in every template. */
#include <stdio.h>
#include <stdlib.h>

#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sqs.h>

int main(void)
{
    const char *assets = getenv("FAULT_ASSETS");
    const char *v = getenv("FAULT_VARIANT");
    int variant = v && *v == '1';
    if (!assets) {
        fprintf(stderr, "FAULT_ASSETS is not set\n");
        return 2;
    }
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stage *prod = ccdk_stage_new(app, "Prod", NULL);
    ccdk_stack *stacks[2] = {ccdk_stack_new(app, "FaultStackA", NULL), ccdk_stack_new(prod, "FaultStackB", NULL)};
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(ccdk_stack_new(prod, "FaultQueues", NULL), "Queue", NULL);
    for (int i = 0; i < 200; i++) {
        ccdk_stack *s = stacks[i % 2];
        char id[32], path[4096], val[32];
        snprintf(id, sizeof id, "Fn%d", i);
        snprintf(path, sizeof path, "%s/asset%d", assets, i % 10 + (variant ? 5 : 0));
        snprintf(val, sizeof val, "v%d-%d", variant, i);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(s, id, &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_asset(s, path, NULL),
            .environment = i % 2 ? CCDK_KVS({"VARIANT", val}, {"QUEUE", ccdk_sqs_queue_url(queue)}) : CCDK_KVS({"VARIANT", val}),
        });
        ccdk_lambda_function_add_alias(fn, "live", NULL);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
