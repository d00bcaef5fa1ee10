/* Conformance case 'error-sns-logging-sample-rate-decimal': see app.js. */
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "my-stack", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "feedbackRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "sns.amazonaws.com")});
    ccdk_sns_topic_new(stack, "MyTopic", &(ccdk_sns_topic_props){
        .logging_configs = CCDK_LIST_OF(ccdk_sns_logging_config, {
            .protocol = CCDK_SNS_LOGGING_PROTOCOL_SQS, .failure_feedback_role = role, .success_feedback_role = role,
            .success_feedback_sample_rate = CCDK_NUM(50.4)})});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
