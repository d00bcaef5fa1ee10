/* error-destination-imported-without-role: an SQS destination of an imported version whose function
 * has no role (the queue's grant needs the grantee's policy fragment). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_lambda_version *imported_version = ccdk_lambda_version_from_version_arn(
        stack, "ImportedVersion", "arn:aws:lambda:region:account-id:function:function-name:version1");
    ccdk_lambda_function_configure_async_invoke(imported_version, &(ccdk_lambda_event_invoke_config_options){
        .on_failure = ccdk_lambda_destinations_sqs_destination(queue),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
