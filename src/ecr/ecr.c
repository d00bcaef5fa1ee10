/* ecr.c - ecr.Repository (aws-cdk-lib/aws-ecr): the minimum DockerImageCode.fromEcr needs, and the
 * imports fromRepositoryArn / fromRepositoryName / fromRepositoryAttributes. */
#include <string.h>

#include "ccdk/ecr.h"
#include "ccdk/iam.h"
#include "internal.h"

struct ccdk_ecr_repository {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    const char *arn, *name;
    ccdk_iam_policy_document *policy; /* NULL until a statement is added */
    int imported;                     /* fromRepository*: no resource, no resource policy */
    const char *account;              /* env.account: fromRepositoryArn's ARN's, else the stack's */
};

/* the validation Repository adds: this._policyDocument.get()?.validateForResourcePolicy({skipResourceValidation: true}) */
static void validate_repo(ccdk__node *n)
{
    ccdk_strs errors = ccdk_iam_policy_document_validate_for_resource_policy(
        ((ccdk_ecr_repository *)n)->policy, &(ccdk_iam_resource_policy_validation_options){.skip_resource_validation = CCDK_TRUE});
    for (size_t i = 0; i < errors.count; i++)
        ccdk__unscoped_error(n->app, "[%s] %s", n->path, errors.items[i]);
}

static const ccdk__kind kind_repo = {.fqn = "aws-cdk-lib.aws_ecr.Repository", .validate = validate_repo};
static const ccdk__kind kind_import = {.fqn = "aws-cdk-lib.aws_ecr.RepositoryBase", .class_name = "Import"};

static ccdk_value *policy_lazy(void *ctx)
{
    ccdk_ecr_repository *r = ctx;
    if (!r->policy)
        return ccdk__v_undef(r->node.app);
    return ccdk_iam_policy_document_value(r->policy);
}

/* Resource.getResourceArnAttribute for a repository with a physical name: in a stack of another
 * account or region, the ARN formatted by the repository's stack; else its Arn attribute. */
typedef struct {
    ccdk_ecr_repository *repo;
    const char *att, *name;
} arn_ctx;

static ccdk_value *arn_lazy(void *ctx)
{
    arn_ctx *a = ctx;
    ccdk_app *app = a->repo->node.app;
    ccdk_stack *own = a->repo->node.stack, *consumer = app->cur_stack;
    if (consumer && own && (strcmp(ccdk_stack_account(own), ccdk_stack_account(consumer)) ||
                            strcmp(ccdk_stack_region(own), ccdk_stack_region(consumer))))
        return ccdk__v_from_string(app, ccdk__sprintf(app, "arn:%s:ecr:%s:%s:repository/%s", ccdk_stack_partition(own),
                                                      ccdk_stack_region(own), ccdk_stack_account(own), a->name));
    return ccdk__v_from_string(app, a->att);
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
    if (props && props->repository_name && !ccdk__is_unresolved(props->repository_name)) {
        arn_ctx *a = ccdk__alloc(app, sizeof *a);
        *a = (arn_ctx){r, r->arn, ccdk__strdup(app, props->repository_name)};
        r->arn = ccdk__token_str(app, ccdk__v_lazy(app, arn_lazy, a));
    }
    r->name = ccdk_cfn_resource_ref(res);
    /* repositoryArn, repositoryName: memoized getters, made at their first read (token.c) */
    ccdk__token_mark_unread(app, r->arn);
    ccdk__token_mark_unread(app, r->name);
    r->account = ccdk_stack_account(r->node.stack);
    return r;
}

/* The Import classes of Repository.fromRepositoryAttributes/Arn/Name: a RepositoryBase whose
 * addToResourcePolicy adds nothing ({statementAdded: false}). */
static ccdk_ecr_repository *import_new_fn(void *scope, const char *id, const char *arn, const char *name, const char *func)
{
    ccdk_ecr_repository *r =
        (ccdk_ecr_repository *)ccdk__construct_at(ccdk__scope_(scope, func), &kind_import, id, sizeof(ccdk_ecr_repository));
    r->imported = 1;
    r->account = ccdk_stack_account(r->node.stack);
    r->arn = ccdk__strdup(r->node.app, arn ? arn : "");
    r->name = ccdk__strdup(r->node.app, name ? name : "");
    return r;
}
/* the public function that calls it names itself in a bad-scope error */
#define import_new(scope, id, arn, name) import_new_fn((scope), (id), (arn), (name), __func__)

ccdk_ecr_repository *ccdk_ecr_repository_from_repository_attributes(void *scope, const char *id,
                                                                   const ccdk_ecr_repository_attributes *attrs)
{
    ccdk_ecr_repository *r = import_new(scope, id, attrs ? attrs->repository_arn : NULL, attrs ? attrs->repository_name : NULL);
    if (!attrs || !attrs->repository_arn || !attrs->repository_name)
        ccdk__error(r, "repositoryArn and repositoryName are required");
    return r;
}

ccdk_ecr_repository *ccdk_ecr_repository_from_repository_arn(void *scope, const char *id, const char *arn)
{
    ccdk_ecr_repository *r = import_new(scope, id, arn, "");
    ccdk_app *app = r->node.app;
    if (!arn) {
        ccdk__unscoped_error(app, "Repository arn should be in the format 'arn:<PARTITION>:ecr:<REGION>:<ACCOUNT>:repository/<NAME>', got undefined.");
        return r;
    }
    if (ccdk__is_unresolved(arn)) {
        ccdk__unscoped_error(app, "\"repositoryArn\" is a late-bound value, and therefore \"repositoryName\" is required. Use "
                                  "`fromRepositoryAttributes` instead");
        return r;
    }
    /* the last ':'-field starts with "repository/"; the name is everything after the first '/' */
    const char *last = strrchr(arn, ':');
    last = last ? last + 1 : arn;
    if (strncmp(last, "repository/", 11)) {
        ccdk__unscoped_error(app, "Repository arn should be in the format 'arn:<PARTITION>:ecr:<REGION>:<ACCOUNT>:repository/<NAME>', got %s.", arn);
        return r;
    }
    const char *slash = strchr(arn, '/');
    r->name = ccdk__strdup(app, slash ? slash + 1 : "");
    r->account = ccdk__arn_component(r, arn, 4); /* environmentFromArn */
    return r;
}

ccdk_ecr_repository *ccdk_ecr_repository_from_repository_name(void *scope, const char *id, const char *name)
{
    ccdk_ecr_repository *r = import_new(scope, id, NULL, name);
    ccdk_app *app = r->node.app;
    /* Repository.arnForLocalRepository: stack.formatArn({service: 'ecr', resource: 'repository', resourceName}) */
    ccdk_stack *s = r->node.stack;
    if (s)
        r->arn = ccdk__sprintf(app, "arn:%s:ecr:%s:%s:repository/%s", ccdk_stack_partition(s), ccdk_stack_region(s),
                               ccdk_stack_account(s), name ? name : "");
    return r;
}

const char *ccdk_ecr_repository_arn(ccdk_ecr_repository *r) { return CCDK__MEMO_GET(r, arn); }
const char *ccdk_ecr_repository_name(ccdk_ecr_repository *r) { return CCDK__MEMO_GET(r, name); }
ccdk_cfn_resource *ccdk_ecr_repository_resource(ccdk_ecr_repository *r) { return ccdk__handle_ok(r, __func__) ? r->resource : NULL; }

const char *ccdk_ecr_repository_uri_for_tag_or_digest(ccdk_ecr_repository *r, const char *tag_or_digest)
{
    if (!r)
        return NULL;
    ccdk_app *app = r->node.app;
    const char *suffix = "";
    if (tag_or_digest && *tag_or_digest)
        suffix = ccdk__sprintf(app, "%s%s", !strncmp(tag_or_digest, "sha256:", 7) ? "@" : ":", tag_or_digest);
    /* stack.splitArn(repositoryArn, SLASH_RESOURCE_NAME) (core arn.js parseArnShape): an ARN that starts
     * with "arn:" is split as a string, tokens in its fields and all (formatArn's of fromRepositoryName
     * gives {Ref: AWS::AccountId}); one that does not (a token) is Fn::Select of Fn::Split */
    const char *account, *region;
    if (!strncmp(r->arn, "arn:", 4)) {
        const char *f[5] = {r->arn, NULL, NULL, NULL, NULL};
        for (int i = 1; i < 5 && f[i - 1]; i++)
            if ((f[i] = strchr(f[i - 1], ':')))
                f[i]++;
        const char *end = f[4] ? strchr(f[4], ':') : NULL;
        region = f[3] && f[4] ? ccdk__strndup(app, f[3], (size_t)(f[4] - f[3] - 1)) : "";
        account = f[4] ? ccdk__strndup(app, f[4], end ? (size_t)(end - f[4]) : strlen(f[4])) : "";
    } else {
        account = ccdk_fn_select(r, 4, ccdk_fn_split(r, ":", r->arn));
        region = ccdk_fn_select(r, 3, ccdk_fn_split(r, ":", r->arn));
    }
    return ccdk__sprintf(app, "%s.dkr.ecr.%s.%s/%s%s", account, region, ccdk_stack_url_suffix(r->node.stack), r->name,
                         suffix);
}

void ccdk_ecr_repository_add_to_resource_policy(ccdk_ecr_repository *r, ccdk_iam_policy_statement *s)
{
    if (!ccdk__target_ok(r, __func__) || !ccdk__arg_ok(s, __func__, "statement") || r->imported) /* an import's addToResourcePolicy adds nothing */
        return;
    if (ccdk_iam_policy_statement_has_resource(s))
        ccdk__warning(r, "@aws-cdk/aws-ecr:noResourceStatements", "ECR resource policy does not allow resource statements.");
    if (!r->policy)
        r->policy = ccdk_iam_policy_document_new(r, (ccdk_iam_policy_statement_list){0});
    ccdk_iam_policy_document_add_statements(r->policy, s);
}

static int add_to_resource_policy(void *repo, ccdk_iam_policy_statement *statement)
{
    ccdk_ecr_repository *r = repo;
    ccdk_ecr_repository_add_to_resource_policy(r, statement);
    return !r->imported;
}

/* RepositoryBase.unsafeCrossAccountResourcePolicyPrincipal: an owned grantee of another account
 * (Token.compareStrings neither SAME nor BOTH_UNRESOLVED) whose stack the repository's stack does not
 * depend on */
static int unsafe_cross_account(ccdk_ecr_repository *r, ccdk_iam_principal *grantee)
{
    const char *account = ccdk_iam_principal_account(grantee);
    ccdk_stack *stack = ccdk_iam_principal_owned_stack(grantee);
    if (!account || !stack)
        return 0;
    if (ccdk__tokens_same_or_both_unresolved(r->account, account))
        return 0;
    for (size_t i = 0; i < ccdk_stack_dependency_count(r->node.stack); i++)
        if (ccdk_stack_dependency(r->node.stack, i) == stack)
            return 0;
    return 1;
}

/* RepositoryBase.grant: Grant.addToPrincipalOrResource, the repository policy's statement without a
 * Resource (resourceSelfArns: []) */
void ccdk_ecr_repository_grant_pull(ccdk_ecr_repository *r, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(r, __func__) || !ccdk__grantee_ok(grantee, __func__))
        return;
    ccdk_strs pull = CCDK_STRS("ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage");
    if (unsafe_cross_account(r, grantee)) {
        /* aws-cdk-lib tags the grantee "aws-cdk:id" = <its stack name>_<its node.addr>, lets the
         * grantee's account in on that tag in the repository policy, and grants in the grantee's
         * policy (Grant.addToPrincipal) */
        ccdk_iam_role *role = ccdk_iam_principal_role(grantee);
        ccdk_iam_user *user = ccdk_iam_principal_user(grantee);
        const void *who = role ? (const void *)role : (const void *)user;
        ccdk_stack *gs = ccdk_stack_of(who);
        ccdk_app *app = r->node.app;
        const char *tag = ccdk__sprintf(app, "%s_%s", ccdk_stack_name(gs), (ccdk_node_addr)(who));
        ccdk_tags_add(ccdk__node_of(who), "aws-cdk:id", tag);
        ccdk_iam_policy_statement *s = ccdk_iam_policy_statement_new(r, &(ccdk_iam_policy_statement_props){
            .actions = pull,
            .principals = (ccdk_iam_principal_list)CCDK_LIST(ccdk_iam_account_principal(r, ccdk_stack_account(gs))),
        });
        ccdk_iam_policy_statement_add_condition(s, "StringEquals", "aws:PrincipalTag/aws-cdk:id", ccdk__v_str(app, tag));
        ccdk_ecr_repository_add_to_resource_policy(r, s);
        ccdk_iam_grant_add_to_principal(grantee, pull, CCDK_STRS(r->arn));
        ccdk_iam_grant_add_to_principal(grantee, CCDK_STRS("ecr:GetAuthorizationToken"), CCDK_STRS("*"));
        return;
    }
    ccdk_iam_grant_add_to_principal_or_resource(grantee, &(ccdk_iam_grant_on_resource){
        .actions = pull,
        .resource_arns = CCDK_STRS(r->arn),
        .resource_self_arns = CCDK_EMPTY_LIST,
        .resource_account = r->account,
        .add_to_resource_policy = add_to_resource_policy,
        .resource = r,
    });
    ccdk_iam_grant_add_to_principal(grantee, CCDK_STRS("ecr:GetAuthorizationToken"), CCDK_STRS("*"));
}
