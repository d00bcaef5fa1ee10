/* user app: order workers -- a shared stack with the jobs queue, and three worker stacks of
 * twelve functions each (one code folder for all of them), every worker consuming the queue in
 * batches, with a live alias; the team tags the worker stacks and acknowledges the
 * alias-permission warning on one of them. Big enough (over 300 constructs) for the threaded
 * synth: metadata and asset manifests written while the next stack renders. */
#include <stdio.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *shared = ccdk_stack_new(app, "OrdersShared", NULL);
    ccdk_sqs_queue *jobs = ccdk_sqs_queue_new(shared, "Jobs", &(ccdk_sqs_queue_props){
        .visibility_timeout = ccdk_duration_minutes(5),
    });
    for (int s = 0; s < 3; s++) {
        char sid[32];
        snprintf(sid, sizeof sid, "OrderWorkers%d", s);
        ccdk_stack *stack = ccdk_stack_new(app, sid, NULL);
        ccdk_tags_add(stack, "team", "orders");
        for (int i = 0; i < 12; i++) {
            char id[32], worker[32];
            snprintf(id, sizeof id, "Worker%d", i);
            snprintf(worker, sizeof worker, "%d-%d", s, i);
            ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
                .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
                .handler = "index.handler",
                .code = ccdk_lambda_code_from_asset(stack, "src", NULL),
                .timeout = ccdk_duration_seconds(60),
                .environment = CCDK_KVS({"WORKER", worker}, {"QUEUE_URL", ccdk_sqs_queue_url(jobs)}),
            });
            ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(jobs, &(ccdk_lambda_sqs_event_source_props){
                .batch_size = CCDK_NUM(1 + (i % 10)),
            }));
            ccdk_lambda_function_add_alias(fn, "live", NULL);
            if (i % 4 == 0)
                ccdk_lambda_function_grant_invoke(fn, ccdk_iam_service_principal(stack, "events.amazonaws.com"));
        }
        if (s == 1)
            ccdk_annotations_acknowledge_warning(stack, "@aws-cdk/aws-lambda:addPermissionsToVersionOrAlias", "known");
        ccdk_lambda_function_new(stack, "Config", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
            .handler = "config.handler",
            .code = ccdk_lambda_code_from_asset(stack, "shared", NULL),
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
