/* Conformance case 'sns-topic-signature-version-empty': signatureVersion "" is no error and is
 * written as given (see app.js). */
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sns_topic_new(stack, "Empty", &(ccdk_sns_topic_props){.signature_version = ""});
    ccdk_sns_topic_new(stack, "Two", &(ccdk_sns_topic_props){.signature_version = "2"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
