/* ccdk/sqs.h - the minimal sqs.Queue that Lambda features need (dead-letter queues, event sources). */
#ifndef CCDK_SQS_H
#define CCDK_SQS_H

#include "ccdk/core.h"
#include "ccdk/iam.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ccdk_sqs_queue ccdk_sqs_queue;

typedef struct {
    const char *queue_name;
    ccdk_duration retention_period;
    ccdk_duration visibility_timeout;
    ccdk_removal_policy removal_policy; /* default DESTROY, as aws-cdk-lib */
} ccdk_sqs_queue_props;

ccdk_sqs_queue *ccdk_sqs_queue_new(void *scope, const char *id, const ccdk_sqs_queue_props *props);
const char *ccdk_sqs_queue_arn(ccdk_sqs_queue *q);
const char *ccdk_sqs_queue_url(ccdk_sqs_queue *q);
const char *ccdk_sqs_queue_name(ccdk_sqs_queue *q);

/** queue.grantConsumeMessages / grantSendMessages / grantPurge (identity policy of the grantee;
 *  see ccdk_iam_grant_add_to_principal). Return 1 when a statement was added. */
int ccdk_sqs_queue_grant_consume_messages(ccdk_sqs_queue *q, ccdk_iam_principal *grantee);
int ccdk_sqs_queue_grant_send_messages(ccdk_sqs_queue *q, ccdk_iam_principal *grantee);
int ccdk_sqs_queue_grant_purge(ccdk_sqs_queue *q, ccdk_iam_principal *grantee);

#ifdef __cplusplus
}
#endif
#endif
