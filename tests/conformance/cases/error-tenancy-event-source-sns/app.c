/* error: an SnsEventSource on a function with tenancyConfig PER_TENANT. aws-cdk-lib names the
 * source's class (source.constructor.name); ccdk used to say SqsEventSource whatever the source was. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .tenancy_config = CCDK_LAMBDA_TENANCY_CONFIG_PER_TENANT,
    });
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sns_event_source(topic, NULL));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
