/* Conformance case 'unit-sns-topic-policy': see app.js. */
#include <ccdk/iam.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    { /* TopicPolicy passed document */
        ccdk_stack *stack = ccdk_stack_new(app, "PassedDocument", NULL);
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "MyTopic", NULL);
        ccdk_iam_policy_statement *ps = ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("service:statement0"),
            .principals = CCDK_LIST(ccdk_iam_arn_principal(stack, "arn")),
        });
        ccdk_iam_policy_document *doc = ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(ps));
        ccdk_iam_policy_document_assign_sids(doc);
        ccdk_sns_topic_policy_new(stack, "topicpolicy", &(ccdk_sns_topic_policy_props){
            .topics = CCDK_LIST(topic),
            .policy_document = doc,
        });
    }
    { /* Add statements to policy */
        ccdk_stack *stack = ccdk_stack_new(app, "AddStatements", NULL);
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "MyTopic", NULL);
        ccdk_sns_topic_policy *topic_policy = ccdk_sns_topic_policy_new(stack, "TopicPolicy", &(ccdk_sns_topic_policy_props){
            .topics = CCDK_LIST(topic),
        });
        ccdk_iam_policy_document_add_statements(ccdk_sns_topic_policy_document(topic_policy),
                                                ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                                                    .actions = CCDK_STRS("service:statement0"),
                                                    .principals = CCDK_LIST(ccdk_iam_arn_principal(stack, "arn")),
                                                }));
    }
    { /* Create topic policy and enforce ssl */
        ccdk_stack *stack = ccdk_stack_new(app, "EnforceSsl", NULL);
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "MyTopic", NULL);
        ccdk_sns_topic_policy_new(stack, "TopicPolicy", &(ccdk_sns_topic_policy_props){
            .topics = CCDK_LIST(topic),
            .enforce_ssl = CCDK_TRUE,
        });
    }
    { /* enforceSSL over two topics (one imported) with a passed document */
        ccdk_stack *stack = ccdk_stack_new(app, "TwoTopics", NULL);
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "MyTopic", NULL);
        ccdk_sns_topic *imported = ccdk_sns_topic_from_topic_arn(stack, "Imported", "arn:aws:sns:us-east-1:123456789012:other");
        ccdk_iam_policy_document *doc = ccdk_iam_policy_document_new(
            stack, (ccdk_iam_policy_statement_list)CCDK_LIST(ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                       .actions = CCDK_STRS("sns:Publish"),
                       .principals = CCDK_LIST(ccdk_iam_service_principal(stack, "events.amazonaws.com")),
                       .resources = CCDK_STRS(ccdk_sns_topic_arn(topic)),
                   })));
        ccdk_sns_topic_policy_new(stack, "TopicPolicy", &(ccdk_sns_topic_policy_props){
            .topics = CCDK_LIST(topic, imported),
            .policy_document = doc,
            .enforce_ssl = CCDK_TRUE,
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
