/* aws-iam group.test.ts and user.test.ts: a default group, users added with user.addToGroup /
 * group.addUser / the groups prop, a group with a name, path and managed policies (one object twice,
 * one later), groups imported by ARN and by name (a path in the name), an imported user added to
 * groups (UserToGroupAddition), user.attachInlinePolicy on an import, Policy and ManagedPolicy
 * attached to groups (props and attachToGroup), group.addToPolicy, a role granted to a group, a
 * group as a principal, a cross-env group ARN with a path. */
#include <ccdk/iam.h>

static ccdk_iam_policy_statement *statement(ccdk_stack *stack, const char *action)
{
    return ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS(action), .resources = CCDK_STRS("*")});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_group *group = ccdk_iam_group_new(stack, "MyGroup", NULL);
    ccdk_iam_managed_policy *asdf = ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "asdf");
    ccdk_iam_group *named = ccdk_iam_group_new(stack, "Named", &(ccdk_iam_group_props){
        .group_name = "sample", .path = "/p/", .managed_policies = CCDK_LIST(asdf)});
    ccdk_iam_group_add_managed_policy(named, asdf);
    ccdk_iam_group_add_managed_policy(named, ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "asdf"));
    ccdk_iam_group_add_managed_policy(named, ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "later"));
    ccdk_iam_user *user1 = ccdk_iam_user_new(stack, "User1", NULL);
    ccdk_iam_user *user2 = ccdk_iam_user_new(stack, "User2", &(ccdk_iam_user_props){.groups = CCDK_LIST(named)});
    ccdk_iam_user_add_to_group(user1, group);
    ccdk_iam_group_add_user(group, user2);
    ccdk_iam_group_add_user(named, user1);

    ccdk_iam_user *john = ccdk_iam_user_from_user_name(stack, "ImportedUser", "john");
    ccdk_iam_user_add_to_group(john, group);
    ccdk_iam_group_add_user(named, john);
    ccdk_iam_user_attach_inline_policy(john, ccdk_iam_policy_new(stack, "JohnPolicy", &(ccdk_iam_policy_props){
        .statements = CCDK_LIST(statement(stack, "aws:Use"))}));

    ccdk_iam_group *imported =
        ccdk_iam_group_from_group_arn(stack, "ImportedGroup", "arn:aws:iam::123456789012:group/division/Name");
    ccdk_iam_group *by_name1 = ccdk_iam_group_from_group_name(stack, "imported-group1", "MyGroupName1");
    ccdk_iam_group *by_name2 = ccdk_iam_group_from_group_name(stack, "imported-group2", "division/MyGroupName2");
    ccdk_cfn_output_new(stack, "Arn1", &(ccdk_cfn_output_props){.value = ccdk_iam_group_arn(by_name1)});
    ccdk_cfn_output_new(stack, "Arn2", &(ccdk_cfn_output_props){.value = ccdk_iam_group_arn(by_name2)});
    ccdk_cfn_output_new(stack, "Name2", &(ccdk_cfn_output_props){.value = ccdk_iam_group_name(by_name2)});
    ccdk_iam_group_add_to_principal_policy(imported, statement(stack, "s3:GetObject"));
    ccdk_iam_group_add_to_principal_policy(group, statement(stack, "s3:GetObject"));
    ccdk_iam_group_add_to_principal_policy(group, statement(stack, "s3:PutObject"));

    ccdk_iam_policy *policy = ccdk_iam_policy_new(stack, "Policy", &(ccdk_iam_policy_props){
        .groups = CCDK_LIST(group), .statements = CCDK_LIST(statement(stack, "sqs:SendMessage"))});
    ccdk_iam_policy_attach_to_group(policy, named);
    ccdk_iam_policy_attach_to_group(policy, group);
    ccdk_iam_policy *inl = ccdk_iam_policy_new(stack, "Inline", &(ccdk_iam_policy_props){
        .policy_name = "inline", .statements = CCDK_LIST(statement(stack, "sns:Publish"))});
    ccdk_iam_group_attach_inline_policy(by_name1, inl);
    ccdk_iam_managed_policy *managed = ccdk_iam_managed_policy_new(stack, "Managed", &(ccdk_iam_managed_policy_props){
        .groups = CCDK_LIST(group), .statements = CCDK_LIST(statement(stack, "logs:PutLogEvents"))});
    ccdk_iam_managed_policy_attach_to_group(managed, named);
    ccdk_iam_managed_policy_attach_to_group(managed, group);

    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
    ccdk_iam_role_grant_pass_role(role, group);
    ccdk_iam_role_grant_assume_role(role, named);
    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "Document", ccdk_iam_policy_document_value(ccdk_iam_policy_document_new(stack,
        (ccdk_iam_policy_statement_list)CCDK_LIST(ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("s3:GetObject"), .resources = CCDK_STRS("*"),
            .principals = CCDK_LIST(ccdk_iam_group_principal(imported))})))));
    ccdk_cfn_resource_new(stack, "Doc", "Custom::Doc", props);

    ccdk_stack *group_stack = ccdk_stack_new(app, "group-stack",
                                             &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_stack *referencer_stack = ccdk_stack_new(app, "referencer-stack", &(ccdk_stack_props){.region = "us-east-2"});
    ccdk_iam_group *cross_env = ccdk_iam_group_new(group_stack, "Group", &(ccdk_iam_group_props){
        .path = "/sample/path/", .group_name = "sample-name"});
    ccdk_value *refs = ccdk_v_object(referencer_stack);
    ccdk_v_set(refs, "GroupArn", ccdk_v_string(referencer_stack, ccdk_iam_group_arn(cross_env)));
    ccdk_v_set(refs, "GroupName", ccdk_v_string(referencer_stack, ccdk_iam_group_name(cross_env)));
    ccdk_cfn_resource_new(referencer_stack, "Referencer", "Custom::GroupReferencer", refs);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
