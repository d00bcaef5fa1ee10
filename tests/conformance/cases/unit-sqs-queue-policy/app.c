/* Conformance case 'unit-sqs-queue-policy': see app.js. */
#include <ccdk/iam.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    { /* statements added to the policy's document */
        ccdk_stack *stack = ccdk_stack_new(app, "AddStatements", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "MyQueue", NULL);
        ccdk_sqs_queue_policy *policy = ccdk_sqs_queue_policy_new(stack, "QueuePolicy", &(ccdk_sqs_queue_policy_props){
            .queues = CCDK_LIST(queue),
        });
        ccdk_iam_policy_document *doc = ccdk_sqs_queue_policy_document(policy);
        ccdk_iam_policy_document_add_statements(doc, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("sqs:SendMessage"),
            .principals = CCDK_LIST(ccdk_iam_service_principal(stack, "sns.amazonaws.com")),
            .resources = CCDK_STRS(ccdk_sqs_queue_arn(queue)),
        }));
        ccdk_iam_policy_document_add_statements(doc, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("sqs:ReceiveMessage"),
            .principals = CCDK_LIST(ccdk_iam_arn_principal(stack, "arn")),
        }));
    }
    { /* two queues, one imported */
        ccdk_stack *stack = ccdk_stack_new(app, "TwoQueues", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "MyQueue", NULL);
        ccdk_sqs_queue *imported = ccdk_sqs_queue_from_queue_arn(stack, "Imported", "arn:aws:sqs:us-east-1:123456789012:other");
        ccdk_sqs_queue_policy *policy = ccdk_sqs_queue_policy_new(stack, "QueuePolicy", &(ccdk_sqs_queue_policy_props){
            .queues = CCDK_LIST(queue, imported),
        });
        ccdk_iam_policy_document_add_statements(ccdk_sqs_queue_policy_document(policy),
                                                ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                                                    .actions = CCDK_STRS("sqs:*"),
                                                    .principals = CCDK_LIST(ccdk_iam_account_root_principal(stack)),
                                                    .resources = CCDK_STRS(ccdk_sqs_queue_arn(queue), ccdk_sqs_queue_arn(imported)),
                                                }));
    }
    { /* no queues */
        ccdk_stack *stack = ccdk_stack_new(app, "NoQueues", NULL);
        ccdk_sqs_queue_policy *policy = ccdk_sqs_queue_policy_new(stack, "QueuePolicy", &(ccdk_sqs_queue_policy_props){
            .queues = CCDK_EMPTY_LIST,
        });
        ccdk_iam_policy_document_add_statements(ccdk_sqs_queue_policy_document(policy),
                                                ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                                                    .actions = CCDK_STRS("sqs:*"),
                                                    .principals = CCDK_LIST(ccdk_iam_any_principal(stack)),
                                                }));
    }
    { /* the queue's own policy is another one */
        ccdk_stack *stack = ccdk_stack_new(app, "OwnPolicy", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "MyQueue", NULL);
        ccdk_sqs_queue_policy *policy = ccdk_sqs_queue_policy_new(stack, "QueuePolicy", &(ccdk_sqs_queue_policy_props){
            .queues = CCDK_LIST(queue),
        });
        ccdk_iam_policy_document_add_statements(ccdk_sqs_queue_policy_document(policy),
                                                ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                                                    .actions = CCDK_STRS("sqs:SendMessage"),
                                                    .principals = CCDK_LIST(ccdk_iam_any_principal(stack)),
                                                }));
        ccdk_sqs_queue_add_to_resource_policy(queue, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("sqs:ReceiveMessage"),
            .principals = CCDK_LIST(ccdk_iam_arn_principal(stack, "arn")),
            .resources = CCDK_STRS(ccdk_sqs_queue_arn(queue)),
        }));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
