/* Conformance case 'nested-stack-current-version': see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *parent = ccdk_stack_new(app, "Parent", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    ccdk_sqs_queue *jobs = ccdk_sqs_queue_new(parent, "Jobs", NULL);
    ccdk_stack *workers = ccdk_nested_stack_new(parent, "Workers", NULL);
    ccdk_lambda_function *worker = ccdk_lambda_function_new(workers, "Worker", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(workers, "exports.handler = async () => \"ok\";"),
        .environment = CCDK_KVS({"JOBS_URL", ccdk_sqs_queue_url(jobs)}),
    });
    ccdk_lambda_function_add_alias(worker, "live", NULL);
    ccdk_lambda_version *current = ccdk_lambda_function_current_version(worker);
    ccdk_cfn_output_new(parent, "WorkerVersionArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_arn(current)});
    ccdk_stack *ops = ccdk_stack_new(app, "Ops", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    ccdk_cfn_output_new(ops, "WorkerVersion", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_version(current)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
