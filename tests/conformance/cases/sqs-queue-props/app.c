/* sqs.Queue's dead-letter queue, delivery delay, message size, long polling, FIFO deduplication
 * scope and throughput limit, enforceSSL and redrive allow policies; numbers given as tokens;
 * queue.deadLetterQueue read back. */
#include <stdio.h>

#include <ccdk/iam.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_parameter *max_size = ccdk_cfn_parameter_new(stack, "MaxSize", &(ccdk_cfn_parameter_props){
        .type = "Number", .default_value = ccdk_v_number(stack, 4096)});
    ccdk_cfn_parameter *receives = ccdk_cfn_parameter_new(stack, "Receives", &(ccdk_cfn_parameter_props){.type = "Number"});

    ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(stack, "DeadLetterQueue", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14)});
    ccdk_sqs_queue *source1 = ccdk_sqs_queue_new(stack, "Source1", NULL);
    ccdk_sqs_queue *source2 = ccdk_sqs_queue_new(stack, "Source2", &(ccdk_sqs_queue_props){
        .delivery_delay = ccdk_duration_seconds(0)});

    ccdk_sqs_queue *main_queue = ccdk_sqs_queue_new(stack, "Main", &(ccdk_sqs_queue_props){
        .dead_letter_queue = &(ccdk_sqs_dead_letter_queue){.queue = dlq, .max_receive_count = CCDK_NUM(3)},
        .delivery_delay = ccdk_duration_minutes(15),
        .max_message_size_bytes = CCDK_NUM(1048576),
        .receive_message_wait_time = ccdk_duration_seconds(20),
        .visibility_timeout = ccdk_duration_minutes(5),
        .enforce_ssl = CCDK_TRUE,
        .redrive_allow_policy = &(ccdk_sqs_redrive_allow_policy){.source_queues = CCDK_LIST(source1, source2)},
    });
    /* a statement after enforceSSL's goes into the same QueuePolicy */
    ccdk_sqs_queue_add_to_resource_policy(main_queue, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("sqs:SendMessage"),
        .resources = CCDK_STRS(ccdk_sqs_queue_arn(main_queue)),
        .principals = CCDK_LIST(ccdk_iam_service_principal(stack, "sns.amazonaws.com")),
    }));
    const ccdk_sqs_dead_letter_queue *d = ccdk_sqs_queue_dead_letter_queue(main_queue);
    char count[32];
    snprintf(count, sizeof count, "%g", d->max_receive_count.value);
    ccdk_cfn_output_new(stack, "MainDlqArn", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_arn(d->queue)});
    ccdk_cfn_output_new(stack, "MainMaxReceiveCount", &(ccdk_cfn_output_props){.value = count});

    ccdk_sqs_queue_new(stack, "ByQueue", &(ccdk_sqs_queue_props){
        .redrive_allow_policy = &(ccdk_sqs_redrive_allow_policy){
            .redrive_permission = CCDK_SQS_REDRIVE_PERMISSION_BY_QUEUE, .source_queues = CCDK_LIST(main_queue)},
        .max_message_size_bytes = CCDK_NUM(1024),
        .receive_message_wait_time = ccdk_duration_seconds(0),
    });
    ccdk_sqs_queue_new(stack, "DenyAll", &(ccdk_sqs_queue_props){
        .redrive_allow_policy = &(ccdk_sqs_redrive_allow_policy){.redrive_permission = CCDK_SQS_REDRIVE_PERMISSION_DENY_ALL}});
    ccdk_sqs_queue_new(stack, "AllowAll", &(ccdk_sqs_queue_props){
        .redrive_allow_policy = &(ccdk_sqs_redrive_allow_policy){0}, .enforce_ssl = CCDK_FALSE});

    /* FIFO: inferred from deduplicationScope alone, and given with a name */
    ccdk_sqs_queue *fifo_dlq = ccdk_sqs_queue_new(stack, "FifoDlq", &(ccdk_sqs_queue_props){.fifo = CCDK_TRUE});
    ccdk_sqs_queue_new(stack, "FifoHighThroughput", &(ccdk_sqs_queue_props){
        .deduplication_scope = CCDK_SQS_DEDUPLICATION_SCOPE_MESSAGE_GROUP,
        .fifo_throughput_limit = CCDK_SQS_FIFO_THROUGHPUT_LIMIT_PER_MESSAGE_GROUP_ID,
        .dead_letter_queue = &(ccdk_sqs_dead_letter_queue){.queue = fifo_dlq, .max_receive_count = CCDK_NUM(5)},
    });
    ccdk_sqs_queue_new(stack, "FifoNamed", &(ccdk_sqs_queue_props){
        .queue_name = "orders.fifo",
        .fifo_throughput_limit = CCDK_SQS_FIFO_THROUGHPUT_LIMIT_PER_QUEUE,
        .deduplication_scope = CCDK_SQS_DEDUPLICATION_SCOPE_QUEUE,
        .content_based_deduplication = CCDK_TRUE,
        .enforce_ssl = CCDK_TRUE,
    });

    /* tokens skip the range checks and are written as references; an imported dead-letter queue */
    ccdk_sqs_queue *imported = ccdk_sqs_queue_from_queue_arn(stack, "Imported", "arn:aws:sqs:us-east-1:123456789012:imported-dlq");
    ccdk_sqs_queue_new(stack, "Tokens", &(ccdk_sqs_queue_props){
        .max_message_size_bytes = CCDK_NUM_TOKEN(ccdk_cfn_parameter_value_as_string(max_size)),
        .dead_letter_queue = &(ccdk_sqs_dead_letter_queue){
            .queue = imported, .max_receive_count = CCDK_NUM_TOKEN(ccdk_cfn_parameter_value_as_string(receives))},
    });

    /* sourceQueues given empty, without a permission: byQueue with no ARNs (no error: the rules
     * read the permission as given) */
    ccdk_sqs_queue_new(stack, "EmptySources", &(ccdk_sqs_queue_props){
        .redrive_allow_policy = &(ccdk_sqs_redrive_allow_policy){.source_queues = CCDK_EMPTY_LIST}});

    /* a dead-letter queue in another stack: an export and Fn::ImportValue */
    ccdk_stack *consumer = ccdk_stack_new(app, "ConsumerStack", NULL);
    ccdk_sqs_queue_new(consumer, "Queue", &(ccdk_sqs_queue_props){
        .dead_letter_queue = &(ccdk_sqs_dead_letter_queue){.queue = dlq, .max_receive_count = CCDK_NUM(2)}});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
