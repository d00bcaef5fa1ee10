/* ccdk/sqs.h - the minimal sqs.Queue that Lambda features need (dead-letter queues, event sources). */
#ifndef CCDK_SQS_H
#define CCDK_SQS_H

#include "ccdk/core.h"

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

#ifdef __cplusplus
}
#endif
#endif
