/* aws-iam role.test.ts, the tests of a large role policy, one stack per test: 'managed policy ARNs
 * are deduplicated' (no warning), 'too many managed policies warning', 'role with too large inline
 * policy' / 'excess gets split off into ManagedPolicies' (100 statements: OverflowPolicy1 and 2),
 * 'many copies of the same statement do not result in overflow policies'; and more: 19 managed
 * policies with a split policy (the "too large" warning counts the overflow policies), statements of
 * tokens (an ARN token counts as 150), a Deny among them, and a role of 11 managed policies ("Policy
 * large"). */
#include <stdio.h>
#include <ccdk/iam.h>

static ccdk_iam_role *role(ccdk_stack *stack, const char *id, const char *service)
{
    return ccdk_iam_role_new(stack, id, &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(stack, service)});
}

static void add(ccdk_iam_role *r, ccdk_iam_effect effect, ccdk_strs actions, ccdk_strs resources)
{
    ccdk_iam_role_add_to_policy(r, ccdk_iam_policy_statement_new(r, &(ccdk_iam_policy_statement_props){
                                       .effect = effect, .actions = actions, .resources = resources}));
}

static char *fmt(char *buf, size_t n, const char *f, int i)
{
    snprintf(buf, n, f, i);
    return buf;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    char b[256], b2[256];
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Dedup", NULL);
        ccdk_iam_role *r = ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(stack, "sns.amazonaws.com"),
            .managed_policies = CCDK_LIST(ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "SuperDeveloper"),
                                          ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "SuperDeveloper"))});
        add(r, CCDK_IAM_ALLOW, CCDK_STRS("s3:*"), CCDK_STRS("*"));
        for (int i = 0; i < 20; i++)
            ccdk_iam_role_add_managed_policy(r, ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "SuperDeveloper"));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "TooMany", NULL);
        ccdk_iam_role *r = role(stack, "MyRole", "sns.amazonaws.com");
        add(r, CCDK_IAM_ALLOW, CCDK_STRS("s3:*"), CCDK_STRS("*"));
        for (int i = 0; i < 20; i++)
            ccdk_iam_role_add_managed_policy(r, ccdk_iam_managed_policy_from_aws_managed_policy_name(
                                                    stack, fmt(b, sizeof b, "SuperDeveloper%d", i)));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Large", NULL);
        ccdk_iam_role *r = role(stack, "MyRole", "sns.amazonaws.com");
        add(r, CCDK_IAM_ALLOW, CCDK_STRS("s3:*"), CCDK_STRS("*"));
        for (int i = 0; i < 11; i++)
            ccdk_iam_role_add_managed_policy(r, ccdk_iam_managed_policy_from_aws_managed_policy_name(
                                                    stack, fmt(b, sizeof b, "SuperDeveloper%d", i)));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "TooLargeInline", NULL);
        ccdk_iam_role *r = role(stack, "MyRole", "service.amazonaws.com");
        for (int i = 0; i < 100; i++)
            add(r, CCDK_IAM_ALLOW, CCDK_STRS("aws:DoAThing"),
                CCDK_STRS(fmt(b, sizeof b, "arn:aws:service:us-east-1:111122223333:someResource/SomeSpecificResource%d", i)));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ManyCopies", NULL);
        ccdk_iam_role *r = role(stack, "MyRole", "service.amazonaws.com");
        for (int i = 0; i < 100; i++)
            add(r, CCDK_IAM_ALLOW, CCDK_STRS("aws:DoAThing"),
                CCDK_STRS("arn:aws:service:us-east-1:111122223333:someResource/SomeSpecificResource"));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "SplitAndManaged", NULL);
        ccdk_iam_role *r = role(stack, "MyRole", "service.amazonaws.com");
        for (int i = 0; i < 19; i++)
            ccdk_iam_role_add_managed_policy(r, ccdk_iam_managed_policy_from_aws_managed_policy_name(
                                                    stack, fmt(b, sizeof b, "Managed%d", i)));
        for (int i = 0; i < 300; i++)
            add(r, i % 7 == 3 ? CCDK_IAM_DENY : CCDK_IAM_ALLOW, CCDK_STRS(fmt(b, sizeof b, "aws:DoThing%d", i % 5), "aws:Other"),
                CCDK_STRS(fmt(b2, sizeof b2, "arn:aws:service:us-east-1:111122223333:someResource/Resource%d", i)));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Tokens", NULL);
        ccdk_iam_role *r = role(stack, "MyRole", "service.amazonaws.com");
        for (int i = 0; i < 80; i++) {
            ccdk_cfn_resource *res = ccdk_cfn_resource_new(stack, fmt(b, sizeof b, "Res%d", i), "Custom::Thing", NULL);
            const char *arn = ccdk_cfn_resource_get_att(res, "Arn");
            snprintf(b2, sizeof b2, "%s/*", arn);
            ccdk_iam_policy_statement *s = ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                .actions = CCDK_STRS("aws:Read", "aws:Write"), .resources = CCDK_STRS(arn, b2)});
            if (i % 10 == 0)
                ccdk_iam_policy_statement_add_condition(s, "StringEquals", "aws:SourceAccount", ccdk_v_string(stack, "111122223333"));
            ccdk_iam_role_add_to_policy(r, s);
        }
        add(r, CCDK_IAM_ALLOW, CCDK_STRS("s3:GetObject"), CCDK_STRS("*"));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
