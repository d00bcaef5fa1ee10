/* aws-iam escape-hatch.test.ts (addPropertyOverride, addOverride and an UpdatePolicy on a User's
 * CfnUser), user.test.ts (a default user, managed policies, a permissionsBoundary, names of users
 * imported by ARN with paths and tokens, policies of an imported user, a cross-env user ARN with a
 * path) and group.test.ts's two "more than 10 managed policies" tests (2.276 warns in neither), a
 * stack per test. */
#include <stdio.h>

#include <ccdk/iam.h>

static ccdk_iam_user *make_stack_and_user(ccdk_app *app, const char *id)
{
    ccdk_stack *stack = ccdk_stack_new(app, id, NULL);
    return ccdk_iam_user_new(stack, "user", &(ccdk_iam_user_props){.user_name = "MyUserName"});
}

static void out(ccdk_stack *stack, const char *id, const char *value)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}

static ccdk_iam_policy_statement *use_statement(ccdk_stack *stack)
{
    return ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("aws:Use"), .resources = CCDK_STRS("*")});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_iam_user *user = make_stack_and_user(app, "Escape1");
        ccdk_cfn_resource_add_property_override(ccdk_iam_user_resource(user), "UserName",
                                                ccdk_v_string(app, "OverriddenUserName"));
    }
    {
        ccdk_iam_user *user = make_stack_and_user(app, "Escape2");
        ccdk_cfn_resource_add_property_override(ccdk_iam_user_resource(user), "Hello.World", ccdk_v_string(app, "Boom"));
    }
    {
        ccdk_cfn_resource *cfn = ccdk_iam_user_resource(make_stack_and_user(app, "Escape3"));
        ccdk_cfn_resource_set_update_policy(cfn, ccdk_v_json(app, "{\"UseOnlineResharding\": true}"));
        ccdk_cfn_resource_add_override(cfn, "Properties.Hello.World", ccdk_v_string(app, "Bam"));
        ccdk_cfn_resource_add_override(cfn, "Properties.UserName", ccdk_v_string(app, "HA!"));
        ccdk_cfn_resource_add_override(cfn, "Joob.Jab", ccdk_v_string(app, "Jib"));
        ccdk_cfn_resource_add_override(cfn, "Joob.Jab", ccdk_v_string(app, "Jib"));
        ccdk_cfn_resource_add_override(cfn, "UpdatePolicy.UseOnlineResharding.Type", ccdk_v_string(app, "None"));
    }
    ccdk_iam_user_new(ccdk_stack_new(app, "MyStack", NULL), "MyUser", NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Managed", NULL);
        ccdk_iam_user_new(stack, "MyUser", &(ccdk_iam_user_props){
            .managed_policies = CCDK_LIST(ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "asdf"))});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Boundary", NULL);
        ccdk_iam_user_new(stack, "MyUser", &(ccdk_iam_user_props){
            .permissions_boundary = ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "managed-policy")});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Imports", NULL);
        const char *ref_arn = ccdk_token_as_string(ccdk_v_json(app, "{\"Ref\": \"ARN\"}"));
        out(stack, "ByNameArn", ccdk_iam_user_arn(ccdk_iam_user_from_user_name(stack, "import", "MyUserName")));
        out(stack, "ByArn", ccdk_iam_user_name(ccdk_iam_user_from_user_arn(stack, "import2", "arn:aws:iam::account-id:user/MyUserName")));
        out(stack, "ByTokenArn", ccdk_iam_user_name(ccdk_iam_user_from_user_arn(stack, "import3", ref_arn)));
        out(stack, "ByArnPath", ccdk_iam_user_name(ccdk_iam_user_from_user_arn(stack, "import4", "arn:aws:iam::account-id:user/path/MyUserName")));
        out(stack, "ByArnPaths", ccdk_iam_user_name(ccdk_iam_user_from_user_arn(stack, "import5", "arn:aws:iam::account-id:user/p/a/t/h/MyUserName")));
        /* User.fromUserAttributes({userArn}) is User.fromUserArn in ccdk */
        out(stack, "AttrToken", ccdk_iam_user_name(ccdk_iam_user_from_user_arn(stack, "import6", ref_arn)));
        out(stack, "Attr", ccdk_iam_user_name(ccdk_iam_user_from_user_arn(stack, "import7", "arn:aws:iam::account-id:user/MyUserName")));
        out(stack, "AttrPath", ccdk_iam_user_name(ccdk_iam_user_from_user_arn(stack, "import8", "arn:aws:iam::account-id:user/path/MyUserName")));
        out(stack, "AttrPaths", ccdk_iam_user_name(ccdk_iam_user_from_user_arn(stack, "import9", "arn:aws:iam::account-id:user/p/a/t/h/MyUserName")));
        ccdk_cfn_parameter_new(stack, "ARN", NULL);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AddToPolicy", NULL);
        ccdk_iam_user_add_to_principal_policy(ccdk_iam_user_from_user_name(stack, "ImportedUser", "john"), use_statement(stack));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Attach", NULL);
        ccdk_iam_user *john = ccdk_iam_user_from_user_name(stack, "ImportedUser", "john");
        ccdk_iam_user_attach_inline_policy(john, ccdk_iam_policy_new(stack, "Policy", &(ccdk_iam_policy_props){
            .statements = CCDK_LIST(use_statement(stack))}));
    }
    {
        ccdk_stack *user_stack = ccdk_stack_new(app, "user-stack", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
        ccdk_stack *referencer_stack = ccdk_stack_new(app, "referencer-stack", &(ccdk_stack_props){.region = "us-east-2"});
        ccdk_iam_user *user = ccdk_iam_user_new(user_stack, "User", &(ccdk_iam_user_props){
            .path = "/sample/path/", .user_name = "sample-name"});
        ccdk_value *props = ccdk_v_object(referencer_stack);
        ccdk_v_set(props, "UserArn", ccdk_v_string(referencer_stack, ccdk_iam_user_arn(user)));
        ccdk_cfn_resource_new(referencer_stack, "Referencer", "Custom::UserReferencer", props);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Group11", NULL);
        ccdk_iam_managed_policy *p[11];
        for (int i = 0; i < 11; i++) {
            char n[4];
            snprintf(n, sizeof n, "%d", i);
            p[i] = ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, n);
        }
        ccdk_iam_group_new(stack, "MyGroup", &(ccdk_iam_group_props){
            .group_name = "MyGroup",
            .managed_policies = CCDK_LIST(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10])});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Group12", NULL);
        ccdk_iam_group *group = ccdk_iam_group_new(stack, "MyGroup", &(ccdk_iam_group_props){.group_name = "MyGroup"});
        for (int i = 0; i <= 11; i++) {
            char n[4];
            snprintf(n, sizeof n, "%d", i);
            ccdk_iam_group_add_managed_policy(group, ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, n));
        }
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
