/* Conformance case 'user-reports-pipeline': see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"aws:cdk:disable-creation-stack-traces", "true"})});
    ccdk_stack *stack = ccdk_stack_new(app, "ReportsPipeline", &(ccdk_stack_props){.account = "111122223333", .region = "eu-west-1"});
    ccdk_s3_bucket *artifacts = ccdk_s3_bucket_from_bucket_name(stack, "Artifacts", "acme-build-artifacts");
    ccdk_sqs_queue *jobs = ccdk_sqs_queue_new(stack, "Jobs", &(ccdk_sqs_queue_props){.visibility_timeout = ccdk_duration_minutes(5)});
    ccdk_lambda_function *worker = ccdk_lambda_function_new(stack, "Worker", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "reports.handler",
        .code = ccdk_lambda_code_from_bucket(artifacts, "reports/worker.zip", NULL),
        .timeout = ccdk_duration_minutes(1),
        .memory_size = CCDK_NUM(512),
        .environment = CCDK_KVS({"OUTPUT_BUCKET", "acme-reports"}),
    });
    ccdk_lambda_function_add_event_source(worker, ccdk_lambda_sqs_event_source(jobs, &(ccdk_lambda_sqs_event_source_props){.batch_size = CCDK_NUM(5)}));
    ccdk_lambda_function_add_alias(worker, "live", NULL);
    ccdk_annotations_add_warning(worker, "acme:reports:owner", "owned by the reports team: page them first");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc;
}
