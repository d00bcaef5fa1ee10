/* s3_internal.h - what the files of the s3 module share: the bucket's structure. */
#ifndef CCDK_S3_INTERNAL_H
#define CCDK_S3_INTERNAL_H

#include "ccdk/s3.h"
#include "internal.h"

struct ccdk_s3_bucket {
    ccdk__node node;
    ccdk_cfn_resource *resource; /* NULL for an import */
    const char *name, *arn;
    const char *account; /* env.account: the stack's, or an import's attribute */
    int imported;
    ccdk_iam_role *handler_role;      /* notificationsHandlerRole */
    int skip_destination_validation;
    ccdk__node *policy;               /* the BucketPolicy, once made */
    ccdk_iam_policy_document *policy_doc;
    struct ccdk__s3_notifications *notifications; /* once made (notifications.c) */
};


#endif
