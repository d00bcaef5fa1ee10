/* sqs.c - minimal sqs.Queue L2 (aws-cdk-lib/aws-sqs): dead-letter queues and event sources. */
#include "ccdk/sqs.h"
#include "internal.h"

struct ccdk_sqs_queue {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    const char *arn, *url, *name;
};

static const ccdk__kind kind_queue = {.fqn = "aws-cdk-lib.aws_sqs.Queue", .class_name = "Queue2"};

ccdk_sqs_queue *ccdk_sqs_queue_new(void *scope, const char *id, const ccdk_sqs_queue_props *props)
{
    ccdk_sqs_queue *q = ccdk__construct(ccdk_sqs_queue, &kind_queue, scope, id);
    ccdk_app *app = q->node.app;
    q->resource = ccdk__l1(q, "Resource", "AWS::SQS::Queue", "aws-cdk-lib.aws_sqs.CfnQueue");
    q->resource->tag_kind = 1;
    if (props && props->queue_name)
        ccdk__res_set(q->resource, "QueueName", ccdk__v_from_string(app, props->queue_name));
    if (props && ccdk_duration_is_set(props->retention_period)) {
        double sec = ccdk__duration_to_seconds(q, props->retention_period, 1);
        if (sec < 60 || sec > 1209600)
            ccdk__error(q, "message retention period must be 60 seconds or more, and 1209600 seconds or less, but got %g.", sec);
        ccdk__res_set(q->resource, "MessageRetentionPeriod", ccdk__v_num(app, sec));
    }
    if (props && ccdk_duration_is_set(props->visibility_timeout))
        ccdk__res_set(q->resource, "VisibilityTimeout", ccdk__v_num(app, ccdk__duration_to_seconds(q, props->visibility_timeout, 1)));
    ccdk_cfn_resource_apply_removal_policy(q->resource, props && props->removal_policy ? props->removal_policy
                                                                                        : CCDK_REMOVAL_POLICY_DESTROY);
    q->arn = ccdk_cfn_resource_get_att(q->resource, "Arn");
    q->name = ccdk_cfn_resource_get_att(q->resource, "QueueName");
    q->url = ccdk_cfn_resource_ref(q->resource);
    return q;
}

const char *ccdk_sqs_queue_arn(ccdk_sqs_queue *q) { return ccdk__handle_ok(q, __func__) ? q->arn : NULL; }
const char *ccdk_sqs_queue_url(ccdk_sqs_queue *q) { return ccdk__handle_ok(q, __func__) ? q->url : NULL; }
const char *ccdk_sqs_queue_name(ccdk_sqs_queue *q) { return ccdk__handle_ok(q, __func__) ? q->name : NULL; }

static int queue_grant(ccdk_sqs_queue *q, ccdk_iam_principal *grantee, ccdk_strs actions)
{
    if (!q || !grantee)
        return 0;
    return ccdk_iam_grant_add_to_principal(grantee, actions, CCDK_STRS(q->arn));
}

int ccdk_sqs_queue_grant_consume_messages(ccdk_sqs_queue *q, ccdk_iam_principal *grantee)
{
    return queue_grant(q, grantee, CCDK_STRS("sqs:ReceiveMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueUrl",
                                             "sqs:DeleteMessage", "sqs:GetQueueAttributes"));
}

int ccdk_sqs_queue_grant_send_messages(ccdk_sqs_queue *q, ccdk_iam_principal *grantee)
{
    return queue_grant(q, grantee, CCDK_STRS("sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"));
}

int ccdk_sqs_queue_grant_purge(ccdk_sqs_queue *q, ccdk_iam_principal *grantee)
{
    return queue_grant(q, grantee, CCDK_STRS("sqs:PurgeQueue", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"));
}
