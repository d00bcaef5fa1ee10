/* subs.test.ts 'lambda subscription, cross region env agnostic': see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *topic_stack = ccdk_stack_new(app, "TopicStack", NULL);
    ccdk_stack *sub_stack = ccdk_stack_new(app, "LambdaStack", NULL);
    ccdk_sns_topic *topic1 = ccdk_sns_topic_new(topic_stack, "Topic",
                                               &(ccdk_sns_topic_props){.topic_name = "topicName", .display_name = "displayName"});
    ccdk_lambda_function *func = ccdk_lambda_function_new(sub_stack, "MyFunc", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(sub_stack, "exports.handler = function(e, c, cb) { return cb() }"),
    });
    ccdk_sns_topic_add_lambda_subscription(topic1, func, NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
