/* sqs.c - minimal sqs.Queue L2 (aws-cdk-lib/aws-sqs): dead-letter queues and event sources. */
#include "ccdk/kms.h"
#include "ccdk/sqs.h"
#include "internal.h"

struct ccdk_sqs_queue {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    const char *arn, *url, *name;
    ccdk_kms_key *key; /* encryptionMasterKey */
};

static const ccdk__kind kind_queue = {.fqn = "aws-cdk-lib.aws_sqs.Queue", .class_name = "Queue2"};

ccdk_sqs_queue *ccdk_sqs_queue_new(void *scope, const char *id, const ccdk_sqs_queue_props *props)
{
    ccdk_sqs_queue *q = ccdk__construct(ccdk_sqs_queue, &kind_queue, scope, id);
    ccdk_app *app = q->node.app;
    static const ccdk_sqs_queue_props none;
    ccdk_sqs_queue_encryption enc = (props ? props : &none)->encryption;
    ccdk_kms_key *master = (props ? props : &none)->encryption_master_key;
    /* _determineEncryptionProps, before the CfnQueue (its Key comes first in the tree) */
    if (enc == CCDK_SQS_QUEUE_ENCRYPTION_SQS_MANAGED && master)
        ccdk__error(q, "'encryptionMasterKey' is not supported if encryption type 'SQS_MANAGED' is used");
    if (enc != CCDK_SQS_QUEUE_ENCRYPTION_KMS && master) {
        static const char *const names[] = {"", "UNENCRYPTED", "KMS_MANAGED", "KMS", "SQS_MANAGED"};
        if (enc != CCDK_SQS_QUEUE_ENCRYPTION_UNSET)
            ccdk__warning(q, "@aws-cdk/aws-sqs:queueEncryptionChangedToKMS",
                          "encryption: Automatically changed to QueueEncryption.KMS, was: QueueEncryption.%s\n"
                          "When encryptionMasterKey is provided, always set `encryption: QueueEncryption.KMS`",
                          names[enc]);
        enc = CCDK_SQS_QUEUE_ENCRYPTION_KMS;
    }
    if (enc == CCDK_SQS_QUEUE_ENCRYPTION_KMS)
        q->key = master ? master : ccdk_kms_key_new(q, "Key", &(ccdk_kms_key_props){
                                                        .description = ccdk__sprintf(app, "Created by %s", q->node.path)});
    q->resource = ccdk__l1(q, "Resource", "AWS::SQS::Queue", "aws-cdk-lib.aws_sqs.CfnQueue");
    if (enc == CCDK_SQS_QUEUE_ENCRYPTION_UNENCRYPTED || enc == CCDK_SQS_QUEUE_ENCRYPTION_SQS_MANAGED)
        ccdk__res_set(q->resource, "SqsManagedSseEnabled", ccdk__v_bool(app, enc == CCDK_SQS_QUEUE_ENCRYPTION_SQS_MANAGED));
    if (enc == CCDK_SQS_QUEUE_ENCRYPTION_KMS_MANAGED || enc == CCDK_SQS_QUEUE_ENCRYPTION_KMS) {
        ccdk__res_set(q->resource, "KmsMasterKeyId", ccdk__v_from_string(app, q->key ? ccdk_kms_key_arn(q->key) : "alias/aws/sqs"));
        if (props && ccdk_duration_is_set(props->data_key_reuse))
            ccdk__res_set(q->resource, "KmsDataKeyReusePeriodSeconds",
                          ccdk__v_num(app, ccdk__duration_to_seconds(q, props->data_key_reuse, 1)));
    }
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

ccdk_kms_key *ccdk_sqs_queue_encryption_master_key(ccdk_sqs_queue *q) { return ccdk__handle_ok(q, __func__) ? q->key : NULL; }
const char *ccdk_sqs_queue_arn(ccdk_sqs_queue *q) { return ccdk__handle_ok(q, __func__) ? q->arn : NULL; }
const char *ccdk_sqs_queue_url(ccdk_sqs_queue *q) { return ccdk__handle_ok(q, __func__) ? q->url : NULL; }
const char *ccdk_sqs_queue_name(ccdk_sqs_queue *q) { return ccdk__handle_ok(q, __func__) ? q->name : NULL; }

/* QueueGrants.actions: the queue's statement, then keyActions on its KMS key */
static int queue_grant(ccdk_sqs_queue *q, ccdk_iam_principal *grantee, ccdk_strs actions, ccdk_strs key_actions)
{
    if (!q || !grantee)
        return 0;
    int added = ccdk_iam_grant_add_to_principal(grantee, actions, CCDK_STRS(q->arn));
    if (q->key && CCDK__GIVEN(key_actions))
        ccdk_kms_key_grant(q->key, grantee, key_actions);
    return added;
}

int ccdk_sqs_queue_grant_consume_messages(ccdk_sqs_queue *q, ccdk_iam_principal *grantee)
{
    return queue_grant(q, grantee, CCDK_STRS("sqs:ReceiveMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueUrl",
                                             "sqs:DeleteMessage", "sqs:GetQueueAttributes"),
                       CCDK_STRS("kms:Decrypt"));
}

int ccdk_sqs_queue_grant_send_messages(ccdk_sqs_queue *q, ccdk_iam_principal *grantee)
{
    return queue_grant(q, grantee, CCDK_STRS("sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"),
                       CCDK_STRS("kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"));
}

int ccdk_sqs_queue_grant_purge(ccdk_sqs_queue *q, ccdk_iam_principal *grantee)
{
    return queue_grant(q, grantee, CCDK_STRS("sqs:PurgeQueue", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"), (ccdk_strs)CCDK_EMPTY_LIST);
}
