/* ecr.c - ecr.Repository (aws-cdk-lib/aws-ecr): the minimum DockerImageCode.fromEcr needs. */
#include <string.h>

#include "ccdk/ecr.h"
#include "ccdk/iam.h"
#include "internal.h"

struct ccdk_ecr_repository {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    const char *arn, *name;
    ccdk_iam_policy_document *policy; /* NULL until a statement is added */
};

static const ccdk__kind kind_repo = {.fqn = "aws-cdk-lib.aws_ecr.Repository"};

static ccdk_value *policy_lazy(void *ctx)
{
    ccdk_ecr_repository *r = ctx;
    if (!r->policy)
        return ccdk__v_undef(r->node.app);
    return ccdk_iam_policy_document_value(r->policy);
}

ccdk_ecr_repository *ccdk_ecr_repository_new(void *scope, const char *id, const ccdk_ecr_repository_props *props)
{
    ccdk_ecr_repository *r = ccdk__construct(ccdk_ecr_repository, &kind_repo, scope, id);
    ccdk_app *app = r->node.app;
    ccdk_cfn_resource *res = ccdk__l1(r, "Resource", "AWS::ECR::Repository", "aws-cdk-lib.aws_ecr.CfnRepository");
    res->tag_kind = 1;
    r->resource = res;
    if (props && props->repository_name)
        ccdk__res_set(res, "RepositoryName", ccdk__v_from_string(app, props->repository_name));
    ccdk__res_set(res, "RepositoryPolicyText", ccdk__v_lazy(app, policy_lazy, r));
    ccdk_cfn_resource_apply_removal_policy(res, props && props->removal_policy ? props->removal_policy
                                                                                : CCDK_REMOVAL_POLICY_RETAIN);
    r->arn = ccdk_cfn_resource_get_att(res, "Arn");
    r->name = ccdk_cfn_resource_ref(res);
    return r;
}

const char *ccdk_ecr_repository_arn(ccdk_ecr_repository *r) { return ccdk__handle_ok(r, __func__) ? r->arn : NULL; }
const char *ccdk_ecr_repository_name(ccdk_ecr_repository *r) { return ccdk__handle_ok(r, __func__) ? r->name : NULL; }
ccdk_cfn_resource *ccdk_ecr_repository_resource(ccdk_ecr_repository *r) { return ccdk__handle_ok(r, __func__) ? r->resource : NULL; }

const char *ccdk_ecr_repository_uri_for_tag_or_digest(ccdk_ecr_repository *r, const char *tag_or_digest)
{
    if (!r)
        return NULL;
    ccdk_app *app = r->node.app;
    const char *suffix = "";
    if (tag_or_digest && *tag_or_digest)
        suffix = ccdk__sprintf(app, "%s%s", !strncmp(tag_or_digest, "sha256:", 7) ? "@" : ":", tag_or_digest);
    /* stack.splitArn(repositoryArn, SLASH_RESOURCE_NAME): account and region */
    const char *account = ccdk_fn_select(r, 4, ccdk_fn_split(r, ":", r->arn));
    const char *region = ccdk_fn_select(r, 3, ccdk_fn_split(r, ":", r->arn));
    return ccdk__sprintf(app, "%s.dkr.ecr.%s.%s/%s%s", account, region, ccdk_stack_url_suffix(r->node.stack), r->name,
                         suffix);
}

void ccdk_ecr_repository_add_to_resource_policy(ccdk_ecr_repository *r, ccdk_iam_policy_statement *s)
{
    if (!r || !s)
        return;
    if (ccdk_iam_policy_statement_has_resource(s))
        ccdk__warning(r, "@aws-cdk/aws-ecr:noResourceStatements", "ECR resource policy does not allow resource statements.");
    if (!r->policy)
        r->policy = ccdk_iam_policy_document_new(r, (ccdk_iam_policy_statement_list){0});
    ccdk_iam_policy_document_add_statements(r->policy, s);
}

void ccdk_ecr_repository_grant_pull(ccdk_ecr_repository *r, ccdk_iam_principal *grantee)
{
    if (!r || !grantee)
        return;
    ccdk_strs pull = CCDK_STRS("ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage");
    /* Grant.addToPrincipalOrResource: the principal's policy when it has one, else the resource policy */
    if (!ccdk_iam_grant_add_to_principal(grantee, pull, CCDK_STRS(r->arn))) {
        ccdk_iam_policy_statement_props sp = {.actions = pull, .principals = CCDK_LIST(grantee)};
        ccdk_ecr_repository_add_to_resource_policy(r, ccdk_iam_policy_statement_new(r, &sp));
    }
    ccdk_iam_grant_add_to_principal(grantee, CCDK_STRS("ecr:GetAuthorizationToken"), CCDK_STRS("*"));
}
