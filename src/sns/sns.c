/* sns.c - minimal sns.Topic L2 (aws-cdk-lib/aws-sns): the dead-letter topic of a Lambda function. */
#include "ccdk/sns.h"
#include "internal.h"

struct ccdk_sns_topic {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    const char *arn, *name;
};

static const ccdk__kind kind_topic = {.fqn = "aws-cdk-lib.aws_sns.Topic", .class_name = "Topic2"};

ccdk_sns_topic *ccdk_sns_topic_new(void *scope, const char *id, const ccdk_sns_topic_props *props)
{
    ccdk_sns_topic *t = ccdk__construct(ccdk_sns_topic, &kind_topic, scope, id);
    ccdk_app *app = t->node.app;
    t->resource = ccdk__l1(t, "Resource", "AWS::SNS::Topic", "aws-cdk-lib.aws_sns.CfnTopic");
    t->resource->tag_kind = 1;
    if (props && props->display_name)
        ccdk__res_set(t->resource, "DisplayName", ccdk__v_from_string(app, props->display_name));
    if (props && props->topic_name)
        ccdk__res_set(t->resource, "TopicName", ccdk__v_from_string(app, props->topic_name));
    t->arn = ccdk_cfn_resource_ref(t->resource);
    t->name = ccdk_cfn_resource_get_att(t->resource, "TopicName");
    return t;
}

const char *ccdk_sns_topic_arn(ccdk_sns_topic *t) { return ccdk__handle_ok(t, __func__) ? t->arn : NULL; }
const char *ccdk_sns_topic_name(ccdk_sns_topic *t) { return ccdk__handle_ok(t, __func__) ? t->name : NULL; }

int ccdk_sns_topic_grant_publish(ccdk_sns_topic *t, ccdk_iam_principal *grantee)
{
    if (!t || !grantee)
        return 0;
    return ccdk_iam_grant_add_to_principal(grantee, CCDK_STRS("sns:Publish"), CCDK_STRS(t->arn));
}
