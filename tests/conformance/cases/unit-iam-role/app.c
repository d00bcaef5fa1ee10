/* aws-iam role.test.ts, one stack per test: the default role, grantPassRole / grantAssumeRole to a
 * user, externalIds, the default policy made on first statement, managed policies given and added
 * (deduplicated), path, maxSessionDuration, a CompositePrincipal, a permissions boundary,
 * AnyPrincipal as {AWS: *}, descriptions (an empty one left out), a role name of 64 characters, many
 * copies of one statement, cross-environment role ARNs with a path. */
#include <string.h>
#include <ccdk/iam.h>

static ccdk_iam_principal *sns(ccdk_stack *owner) { return ccdk_iam_service_principal(owner, "sns.amazonaws.com"); }

static char *rep(char *buf, char c, int n, const char *pre, const char *post)
{
    strcpy(buf, pre);
    size_t k = strlen(buf);
    memset(buf + k, c, (size_t)n);
    strcpy(buf + k + (size_t)n, post);
    return buf;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    char buf[1100];
    {
        ccdk_stack *stack = ccdk_stack_new(app, "DefaultRole", NULL);
        ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){.assumed_by = sns(stack)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "GrantPassRole", NULL);
        ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(stack, "henk.amazonaws.com")});
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "User", NULL);
        ccdk_iam_role_grant_pass_role(role, user);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "GrantAssumeRole", NULL);
        ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(stack, "henk.amazonaws.com")});
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "User", NULL);
        ccdk_iam_role_grant_assume_role(role, user);
        ccdk_iam_role *other = ccdk_iam_role_new(stack, "Other", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_user_principal(user)});
        ccdk_iam_role_grant(role, other, CCDK_STRS("iam:GetRole", "iam:TagRole"));
        ccdk_iam_role_grant_assume_role(role, ccdk_iam_principal_with_conditions(ccdk_iam_role_principal(other),
            ccdk_v_json(stack, "{\"StringEquals\": {\"aws:PrincipalTag/team\": \"a\"}}")));
        ccdk_iam_role *imported = ccdk_iam_role_from_role_name(stack, "Imported", "ImportedRole");
        ccdk_iam_role_grant_pass_role(role, imported);
        ccdk_iam_role_grant_pass_role(imported, other);
        ccdk_iam_role_grant_assume_role(role, ccdk_iam_arn_principal(stack, "arn:aws:iam::123456789012:user/someone"));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "SingleExternalIds", NULL);
        ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){.assumed_by = sns(stack),
                                                                  .external_ids = CCDK_STRS("SomeSecret")});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "MultipleExternalIds", NULL);
        ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){.assumed_by = sns(stack),
                                                                  .external_ids = CCDK_STRS("SomeSecret", "AnotherSecret")});
    }
    {
        ccdk_stack *before = ccdk_stack_new(app, "PolicyBefore", NULL);
        ccdk_iam_role_new(before, "MyRole", &(ccdk_iam_role_props){.assumed_by = sns(before)});
        ccdk_stack *after = ccdk_stack_new(app, "PolicyAfter", NULL);
        ccdk_iam_role *after_role = ccdk_iam_role_new(after, "MyRole", &(ccdk_iam_role_props){.assumed_by = sns(after)});
        ccdk_iam_role_add_to_policy(after_role, ccdk_iam_policy_statement_new(after, &(ccdk_iam_policy_statement_props){
            .resources = CCDK_STRS("myresource"), .actions = CCDK_STRS("service:myaction")}));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ManagedPolicyArns", NULL);
        ccdk_iam_role *role = ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(stack, "test.service"),
            .managed_policies = CCDK_LIST(ccdk_iam_managed_policy_from_managed_policy_arn(stack, "M1", "managed1"),
                                          ccdk_iam_managed_policy_from_managed_policy_arn(stack, "M2", "managed2")),
        });
        ccdk_iam_role_add_managed_policy(role, ccdk_iam_managed_policy_from_managed_policy_arn(stack, "M3", "managed3"));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "RolePath", NULL);
        ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){.path = "/", .assumed_by = sns(stack)});
        ccdk_iam_role_new(stack, "LongPath", &(ccdk_iam_role_props){.path = rep(buf, 'a', 510, "/", "/"), .assumed_by = sns(stack)});
        ccdk_iam_role_new(stack, "SymbolsPath", &(ccdk_iam_role_props){.path = "/a-b_c/d~!@#$%^&*()+=[]{}|;:,.<>?/",
                                                                       .assumed_by = sns(stack)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "MaxSessionDefault", NULL);
        ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){.assumed_by = sns(stack)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "MaxSession3700", NULL);
        ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){.max_session_duration = ccdk_duration_seconds(3700),
                                                                  .assumed_by = sns(stack)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "MaxSessionRange", NULL);
        ccdk_iam_principal *assumed_by = ccdk_iam_service_principal(stack, "bla");
        ccdk_iam_role_new(stack, "MyRole1", &(ccdk_iam_role_props){.assumed_by = assumed_by,
                                                                   .max_session_duration = ccdk_duration_hours(1)});
        ccdk_iam_role_new(stack, "MyRole2", &(ccdk_iam_role_props){.assumed_by = assumed_by,
                                                                   .max_session_duration = ccdk_duration_hours(12)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "MultiplePrincipals", NULL);
        ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_composite_principal(stack, (ccdk_iam_principal_list)CCDK_LIST(
                ccdk_iam_service_principal(stack, "boom.amazonaws.test"), ccdk_iam_arn_principal(stack, "1111111")))});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "PermissionsBoundary", NULL);
        ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){
            .assumed_by = sns(stack),
            .permissions_boundary = ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "managed-policy")});
        ccdk_iam_role_new(stack, "ByArn", &(ccdk_iam_role_props){
            .assumed_by = sns(stack),
            .permissions_boundary = ccdk_iam_managed_policy_from_managed_policy_arn(stack, "Boundary",
                                                                                    "arn:aws:iam::123456789012:policy/boundary")});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AnyPrincipal", NULL);
        ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_any_principal(stack)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Description", NULL);
        ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){.assumed_by = sns(stack),
                                                                  .description = "This is a role description."});
        ccdk_iam_role_new(stack, "Empty", &(ccdk_iam_role_props){.assumed_by = sns(stack), .description = ""});
        ccdk_iam_role_new(stack, "Long", &(ccdk_iam_role_props){.assumed_by = sns(stack),
                                                                .description = rep(buf, 'x', 1000, "", "")});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "DeduplicatedArns", NULL);
        ccdk_iam_role *role = ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){
            .assumed_by = sns(stack),
            .managed_policies = CCDK_LIST(ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "SuperDeveloper"),
                                          ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "SuperDeveloper")),
        });
        ccdk_iam_role_add_to_policy(role, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("s3:*"), .resources = CCDK_STRS("*")}));
        for (int i = 0; i < 20; i++)
            ccdk_iam_role_add_managed_policy(role, ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "SuperDeveloper"));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ManyCopies", NULL);
        ccdk_iam_role *role = ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(stack, "service.amazonaws.com")});
        for (int i = 0; i < 100; i++)
            ccdk_iam_role_add_to_policy(role, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                .actions = CCDK_STRS("aws:DoAThing"),
                .resources = CCDK_STRS("arn:aws:service:us-east-1:111122223333:someResource/SomeSpecificResource")}));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "RoleName64", NULL);
        ccdk_iam_role_new(stack, "Test", &(ccdk_iam_role_props){.assumed_by = sns(stack), .role_name = rep(buf, 'a', 64, "", "")});
        ccdk_iam_role_new(stack, "Chars", &(ccdk_iam_role_props){.assumed_by = sns(stack), .role_name = "Az09_+=,.@-"});
        ccdk_iam_role_new(stack, "TokenName", &(ccdk_iam_role_props){
            .assumed_by = sns(stack), .role_name = ccdk_fn_join(stack, "", CCDK_STRS("x y", ccdk_aws_region(stack)))});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
