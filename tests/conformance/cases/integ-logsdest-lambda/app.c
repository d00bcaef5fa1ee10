/* Conformance case 'integ-logsdest-lambda': aws-cdk's integ.lambda.ts (framework-integ/test/aws-logs-destinations); the IntegTest and
 * its putEvents / receiveMessage assertions dropped, and CustomRule's CloudWatchLogGroup target dropped too (ccdk has no
 * CloudWatchLogGroup target: its LogGroupResourcePolicy is an AwsCustomResource). The rule itself is kept. */
#include <ccdk/events.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/logs.h>
#include <ccdk/sqs.h>

static void lambda_stack(ccdk_stack *self)
{
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(self, "Queue", &(ccdk_sqs_queue_props){
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_SQS_MANAGED,
    });

    /* STANDARD_NODEJS_RUNTIME is NODEJS_18_X */
    ccdk_lambda_function *fn = ccdk_lambda_function_new(self, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(self, "exports.handler = async (event) => {\n"
                                                   "        return 'success';\n"
                                                   "      };"),
        .on_success = ccdk_lambda_destinations_sqs_destination(queue),
    });

    ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(self, "LogGroup", &(ccdk_logs_log_group_props){
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_logs_subscription_destination *lambda_destination = ccdk_logs_destinations_lambda_destination(fn, NULL);

    ccdk_logs_subscription_filter_new(self, "Subscription", &(ccdk_logs_subscription_filter_props){
        .log_group = log_group,
        .destination = lambda_destination,
        .filter_pattern = CCDK_LOGS_FILTER_PATTERN_ALL_EVENTS,
    });

    ccdk_events_rule_new(self, "CustomRule", &(ccdk_events_rule_props){
        .event_pattern = ccdk_v_json(self, "{\"source\":[\"cdk-lambda-integ\"],\"detailType\":[\"cdk-integ-custom-rule\"]}"),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:disableGitSource", "true"}),
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    lambda_stack(ccdk_stack_new(app, "lambda-logssubscription-integ", NULL));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
