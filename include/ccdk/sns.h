/* ccdk/sns.h - the minimal sns.Topic that Lambda features need (dead-letter topics). */
#ifndef CCDK_SNS_H
#define CCDK_SNS_H

#include "ccdk/core.h"
#include "ccdk/iam.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ccdk_sns_topic ccdk_sns_topic;

typedef struct {
    const char *topic_name;
    const char *display_name;
} ccdk_sns_topic_props;

ccdk_sns_topic *ccdk_sns_topic_new(void *scope, const char *id, const ccdk_sns_topic_props *props);
const char *ccdk_sns_topic_arn(ccdk_sns_topic *t);
const char *ccdk_sns_topic_name(ccdk_sns_topic *t);

/** topic.grantPublish(grantee): sns:Publish on the topic (identity policy of the grantee). */
int ccdk_sns_topic_grant_publish(ccdk_sns_topic *t, ccdk_iam_principal *grantee);

#ifdef __cplusplus
}
#endif
#endif
