/* ccdk/ecr.h - Amazon ECR: Repository (aws-cdk-lib/aws-ecr), as Lambda container images need it. */
#ifndef CCDK_ECR_H
#define CCDK_ECR_H

#include "ccdk/core.h"
#include "ccdk/iam.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ccdk_ecr_repository ccdk_ecr_repository;

typedef struct {
    const char *repository_name;
    /** Default RETAIN. */
    ccdk_removal_policy removal_policy;
} ccdk_ecr_repository_props;

/** new ecr.Repository(scope, id, props): props may be NULL. */
ccdk_ecr_repository *ccdk_ecr_repository_new(void *scope, const char *id, const ccdk_ecr_repository_props *props);
/** Attributes, as string tokens. */
const char *ccdk_ecr_repository_arn(ccdk_ecr_repository *r);
const char *ccdk_ecr_repository_name(ccdk_ecr_repository *r);
/** repositoryUriForTagOrDigest: "<account>.dkr.ecr.<region>.<urlSuffix>/<name>" + ":<tag>" or
 *  "@<digest>" (a digest starts with "sha256:"); NULL: no suffix. */
const char *ccdk_ecr_repository_uri_for_tag_or_digest(ccdk_ecr_repository *r, const char *tag_or_digest);
ccdk_cfn_resource *ccdk_ecr_repository_resource(ccdk_ecr_repository *r);
/** addToResourcePolicy(statement). */
void ccdk_ecr_repository_add_to_resource_policy(ccdk_ecr_repository *r, ccdk_iam_policy_statement *statement);
/** grantPull: BatchCheckLayerAvailability, GetDownloadUrlForLayer, BatchGetImage (to a role's policy,
 *  else to the repository's resource policy) and, for a role, ecr:GetAuthorizationToken on "*". */
void ccdk_ecr_repository_grant_pull(ccdk_ecr_repository *r, ccdk_iam_principal *grantee);

#ifdef __cplusplus
}
#endif
#endif
