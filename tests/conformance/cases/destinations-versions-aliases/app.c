/* destinations-versions-aliases: onSuccess/onFailure of versions, aliases and currentVersionOptions
 * (lambda-version.test.ts, alias.test.ts 'with event invoke config', with real destinations). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);

    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .current_version_options = &(ccdk_lambda_version_options){
            .on_failure = ccdk_lambda_destinations_sqs_destination(queue),
            .retry_attempts = CCDK_NUM(1),
        },
    });
    ccdk_lambda_function_add_alias(ccdk_lambda_function_current_version(fn), "live", &(ccdk_lambda_alias_options){
        .on_success = ccdk_lambda_destinations_sns_destination(topic),
    });

    ccdk_lambda_version *version = ccdk_lambda_version_new(stack, "Version", &(ccdk_lambda_version_props){
        .lambda = fn,
        .on_success = ccdk_lambda_destinations_event_bridge_destination(stack, NULL),
    });
    ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
        .alias_name = "prod",
        .version = version,
        .on_failure = ccdk_lambda_destinations_lambda_destination(
            fn, &(ccdk_lambda_destinations_lambda_destination_options){.response_only = CCDK_TRUE}),
        .max_event_age = ccdk_duration_hours(1),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
