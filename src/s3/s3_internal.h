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
    ccdk_s3_object_ownership object_ownership; /* props.objectOwnership */
    ccdk_s3_bucket_access_control access_control; /* the accessControl Box: the prop, or LogDeliveryWrite */
    ccdk_kms_key *encryption_key;     /* bucket.encryptionKey, or NULL */
    ccdk_iam_role *handler_role;      /* notificationsHandlerRole */
    int skip_destination_validation;
    ccdk__node *policy;               /* the BucketPolicy, once made */
    ccdk_cfn_resource *policy_resource; /* its CfnBucketPolicy */
    ccdk_iam_policy_document *policy_doc;
    struct ccdk__s3_notifications *notifications; /* once made (notifications.c) */
    const char *domain_name, *regional_domain_name, *dual_stack_domain_name;
    const char *region;          /* env.region: the stack's, or an import's attribute */
    int disallow_public_access;  /* the rendered BlockPublicPolicy is true */
    /* the Boxes rendered at synth (config.c): copies of what was added, in order */
    ccdk_s3_lifecycle_rule *lifecycle;
    size_t nlifecycle, caplifecycle;
    ccdk_s3_cors_rule *cors;
    size_t ncors, capcors;
    ccdk_s3_inventory *inventories;
    size_t ninventories, capinventories;
    int *inventory_policy_added; /* per inventory: its destination's statement, once */
    ccdk_s3_bucket_metrics *metrics;
    size_t nmetrics, capmetrics;
    const char *transition_default_minimum_object_size;
    int suppressed_type_check; /* W9003 acknowledged */
    const char *website_url; /* bucketWebsiteUrl */
    const char *website_domain_name; /* an import's bucketWebsiteDomainName (NULL: Fn::Select of the URL) */
    int is_website;
    ccdk_iam_role *replication_role; /* the given or made role of the replication rules, or NULL */
    int replication_role_made;
};


/* bucket.c: bucket.addToResourcePolicy (the BucketPolicy "Policy" made on first use; nothing for an
 * import) */
void ccdk__s3_add_to_resource_policy(ccdk_s3_bucket *b, ccdk_iam_policy_statement *s);
/* config.c: the LifecycleConfiguration, CorsConfiguration and MetricsConfigurations lazies of a new
 * bucket's resource */
void ccdk__s3_set_config_lazies(ccdk_s3_bucket *b);
/* urls.c: an import's bucketDomainName, bucketRegionalDomainName, bucketDualStackDomainName,
 * bucketWebsiteUrl and bucketWebsiteDomainName (b->name and b->region set) */
void ccdk__s3_import_urls(ccdk_s3_bucket *b, const ccdk_s3_bucket_attributes *a);
/* website.c: renderWebsiteConfiguration (NULL: none, or after its error on the bucket) */
ccdk_value *ccdk__s3_website_configuration(ccdk_s3_bucket *b, const ccdk_s3_bucket_props *p);
/* replication.c: renderReplicationConfiguration in two steps: its checks and the role (before the
 * bucket's resource, as aws-cdk-lib; 0 when there are no rules or after an error), then, once the
 * bucket has its ARN, the role's grants and the configuration (NULL: none) */
int ccdk__s3_replication_prepare(ccdk_s3_bucket *b, const ccdk_s3_bucket_props *p);
ccdk_value *ccdk__s3_replication_configuration(ccdk_s3_bucket *b, const ccdk_s3_bucket_props *p);
/* replication.c: parseTieringConfig (NULL: not given, or after an error) */
ccdk_value *ccdk__s3_tiering_configurations(ccdk_s3_bucket *b, const ccdk_s3_bucket_props *p);
/* auto_delete.c: enableAutoDeleteObjects (the removal policy is checked by the caller) */
void ccdk__s3_enable_auto_delete_objects(ccdk_s3_bucket *b);

#endif
