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
    ccdk_kms_key *encryption_key;     /* bucket.encryptionKey, or NULL */
    ccdk_iam_role *handler_role;      /* notificationsHandlerRole */
    int skip_destination_validation;
    ccdk__node *policy;               /* the BucketPolicy, once made */
    ccdk_iam_policy_document *policy_doc;
    struct ccdk__s3_notifications *notifications; /* once made (notifications.c) */
};


/* bucket.c: bucket.addToResourcePolicy (the BucketPolicy "Policy" made on first use; nothing for an
 * import) */
void ccdk__s3_add_to_resource_policy(ccdk_s3_bucket *b, ccdk_iam_policy_statement *s);
/* auto_delete.c: enableAutoDeleteObjects (the removal policy is checked by the caller) */
void ccdk__s3_enable_auto_delete_objects(ccdk_s3_bucket *b);

#endif
