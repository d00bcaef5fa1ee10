/* bench workload (e): N functions, 50 per stack, sharing N/10 small asset directories
 * (Code.fromAsset: staged once per App), each with a DLQ, its currentVersion and an alias "live"
 * with provisioned concurrency and auto scaling on utilization, a Function URL with CORS, and an
 * SQS queue as its event source. Same construct ids as shared_asset.js.
 * Usage: shared_asset N DIRS   (DIRS holds d0, d1, ...; output: $CDK_OUTDIR, else cdk.out) */
#include <stdio.h>
#include <stdlib.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sqs.h>

#define PER_STACK 50

int main(int argc, char **argv)
{
    long n = argc > 2 ? strtol(argv[1], NULL, 10) : 0;
    if (n < 1) {
        fprintf(stderr, "usage: shared_asset N DIRS (N >= 1)\n");
        return 2;
    }
    long ndirs = n / 10 > 1 ? n / 10 : 1;
    /* 50 functions make ~650 resources a stack (not deployed): aws-cdk-lib's limit off, as in the JS twin */
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:stackResourceLimit", "0"})});
    ccdk_stack *stack = NULL;
    char id[32], dir[4096];
    const ccdk_lambda_function_url_cors cors = {
        .allowed_origins = CCDK_STRS("https://example.com"),
        .allowed_methods = CCDK_STRS("GET", "POST"),
        .allowed_headers = CCDK_STRS("Content-Type"),
        .max_age = ccdk_duration_hours(1),
    };
    for (long i = 0; i < n; i++) {
        if (i % PER_STACK == 0) {
            snprintf(id, sizeof id, "Stack%ld", i / PER_STACK);
            stack = ccdk_stack_new(app, id, NULL);
        }
        snprintf(id, sizeof id, "Fn%ld", i);
        snprintf(dir, sizeof dir, "%s/d%ld", argv[2], i % ndirs);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_asset(stack, dir, NULL),
            .timeout = ccdk_duration_seconds(30),
            .dead_letter_queue_enabled = CCDK_TRUE,
        });
        ccdk_lambda_alias *alias = ccdk_lambda_function_add_alias(fn, "live", &(ccdk_lambda_alias_options){
            .provisioned_concurrent_executions = CCDK_NUM(1)});
        ccdk_lambda_scalable_attribute *sa = ccdk_lambda_alias_add_auto_scaling(alias, &(ccdk_lambda_auto_scaling_options){
            .min_capacity = CCDK_NUM(1), .max_capacity = CCDK_NUM(10)});
        ccdk_lambda_scalable_attribute_scale_on_utilization(sa, &(ccdk_lambda_utilization_scaling_options){
            .utilization_target = CCDK_NUM(0.7)});
        ccdk_lambda_function_add_function_url(fn, &(ccdk_lambda_function_url_options){
            .auth_type = CCDK_LAMBDA_URL_AUTH_NONE, .cors = &cors});
        snprintf(id, sizeof id, "Queue%ld", i);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, id, NULL);
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(queue, &(ccdk_lambda_sqs_event_source_props){
            .batch_size = CCDK_NUM(10)}));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
