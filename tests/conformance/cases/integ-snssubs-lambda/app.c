/* Conformance case 'integ-snssubs-lambda': aws-cdk's integ.sns-lambda.ts (framework-integ/test/aws-sns-subscriptions); nothing dropped */
#include <ccdk/lambda.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

/* `exports.handler = ${handler.toString()}`: the text of app.js's handler */
#define HANDLER_CODE                                                       \
    "exports.handler = function handler(event, _context, callback) {\n"    \
    "  console.log('====================================================');\n" \
    "  console.log(JSON.stringify(event, undefined, 2));\n"                \
    "  console.log('====================================================');\n" \
    "  return callback(undefined, event);\n"                               \
    "}"

/* STANDARD_NODEJS_RUNTIME is NODEJS_18_X */
static ccdk_lambda_function *echo_function(ccdk_stack *scope, const char *id)
{
    return ccdk_lambda_function_new(scope, id, &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .code = ccdk_lambda_code_from_inline(scope, HANDLER_CODE),
    });
}

static void sns_to_lambda(ccdk_stack *self)
{
    ccdk_sns_topic *topic = ccdk_sns_topic_new(self, "MyTopic", NULL);

    ccdk_lambda_function *func = echo_function(self, "Echo");
    ccdk_sns_topic_add_lambda_subscription(topic, func, &(ccdk_sns_lambda_subscription_props){
        .dead_letter_queue = ccdk_sqs_queue_new(self, "DeadLetterQueue", NULL),
    });

    ccdk_lambda_function *func_filtered = echo_function(self, "Filtered");
    ccdk_sns_topic_add_lambda_subscription(topic, func_filtered, &(ccdk_sns_lambda_subscription_props){
        .filter_policy = CCDK_LIST(
            ((ccdk_sns_filter_entry){"color", ccdk_sns_subscription_filter_string(self, &(ccdk_sns_string_conditions){
                .allowlist = CCDK_STRS("red"),
                .match_prefixes = CCDK_STRS("bl", "ye"),
                .match_suffixes = CCDK_STRS("ue", "ow"),
            })}),
            ((ccdk_sns_filter_entry){"size", ccdk_sns_subscription_filter_string(self, &(ccdk_sns_string_conditions){
                .denylist = CCDK_STRS("small", "medium"),
            })}),
            ((ccdk_sns_filter_entry){"price", ccdk_sns_subscription_filter_numeric(self, &(ccdk_sns_numeric_conditions){
                .between = &(ccdk_sns_between_condition){100, 200},
            })})),
    });

    ccdk_lambda_function *func_filtered_with_message_body = echo_function(self, "FilteredMessageBody");
    ccdk_sns_topic_add_lambda_subscription(topic, func_filtered_with_message_body, &(ccdk_sns_lambda_subscription_props){
        .filter_policy_with_message_body = CCDK_LIST(((ccdk_sns_filter_or_policy_entry){
            "background",
            ccdk_sns_filter_or_policy_policy(self, (ccdk_sns_filter_or_policy_map)CCDK_LIST(((ccdk_sns_filter_or_policy_entry){
                "color", ccdk_sns_filter_or_policy_filter(ccdk_sns_subscription_filter_string(self, &(ccdk_sns_string_conditions){
                    .allowlist = CCDK_STRS("red"),
                    .match_prefixes = CCDK_STRS("bl", "ye"),
                    .match_suffixes = CCDK_STRS("ue", "ow"),
                }))}))),
        })),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:disableGitSource", "true"}),
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    sns_to_lambda(ccdk_stack_new(app, "aws-cdk-sns-lambda", NULL));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
