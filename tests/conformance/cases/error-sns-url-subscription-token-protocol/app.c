/* error: a UrlSubscription of a URL that is a token, without a protocol (app.js) */
#include <ccdk/lambda.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Orders", NULL);
    ccdk_cfn_parameter *endpoint = ccdk_cfn_parameter_new(stack, "Endpoint", NULL);
    ccdk_sns_topic_add_url_subscription(topic, ccdk_cfn_parameter_value_as_string(endpoint), NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
