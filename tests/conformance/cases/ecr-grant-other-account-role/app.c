/* ecr-grant-other-account-role: repository.grantPull to a Role and a User made in a stack of another
 * account: the grantee tagged "aws-cdk:id" = <its stack name>_<its node.addr>, the repository policy
 * letting that account in on the tag, the grantee's policy on the repository's ARN (formatted, as the
 * repository has a name); and a grantee of the same account (a cross-stack reference). */
#include <ccdk/ecr.h>
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *repo_stack = ccdk_stack_new(app, "RepoStack", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    ccdk_ecr_repository *repo = ccdk_ecr_repository_new(repo_stack, "Repo", &(ccdk_ecr_repository_props){.repository_name = "shared-repo"});

    ccdk_stack *other = ccdk_stack_new(app, "ConsumerStack", &(ccdk_stack_props){.account = "222222222222", .region = "us-east-1"});
    ccdk_construct *group = ccdk_construct_new(other, "Group");
    ccdk_iam_role *role = ccdk_iam_role_new(group, "PullRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(group, "lambda.amazonaws.com"),
    });
    ccdk_ecr_repository_grant_pull(repo, role);
    ccdk_iam_user *user = ccdk_iam_user_new(other, "Puller", NULL);
    ccdk_ecr_repository_grant_pull(repo, user);

    ccdk_stack *same = ccdk_stack_new(app, "SameAccountStack", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    ccdk_ecr_repository_grant_pull(repo, ccdk_iam_role_new(same, "SameRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_root_principal(same),
    }));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
