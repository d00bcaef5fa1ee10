/* aws-iam cross-account.test.ts, a pair of stacks per test (Stack1 in 123456789012, Stack2 in
 * 567890123456): Grant.addToPrincipalOrResource on a resource with a resource policy of its own, to
 * a role of another account (policy and trust), a service principal (trust), imported roles of a
 * third account, of the same account (literal and partition token ARNs), from an agnostic stack, an
 * agnostic imported role, an immutable import. */
#include <stdio.h>

#include <ccdk/iam.h>

/* the test's FakeResource (beforeEach's Stack1 is made only in T1, where it is used): a Resource whose CfnResource "Default" has the document as ResourcePolicy */
typedef struct {
    ccdk_stack *stack;
    ccdk_iam_policy_document *policy;
} fake_resource;

static int add_to_resource_policy(void *resource, ccdk_iam_policy_statement *statement)
{
    fake_resource *r = resource;
    ccdk_iam_policy_document_add_statements(r->policy, statement);
    return 1;
}

static fake_resource *fake_new(fake_resource *r, ccdk_stack *stack, const char *id)
{
    ccdk_construct *c = ccdk_construct_new(stack, id);
    r->stack = stack;
    r->policy = ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list){0});
    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "ResourcePolicy", ccdk_iam_policy_document_value(r->policy));
    ccdk_cfn_resource_new(c, "Default", "Test::Fake::Resource", props);
    return r;
}

static void do_grant(fake_resource *r, ccdk_iam_principal *principal)
{
    ccdk_iam_grant_add_to_principal_or_resource(principal, &(ccdk_iam_grant_on_resource){
        .actions = CCDK_STRS("some:action"),
        .resource_arns = CCDK_STRS("arn:aws:resource"),
        .resource_account = ccdk_stack_account(r->stack),
        .add_to_resource_policy = add_to_resource_policy,
        .resource = r,
    });
}

static ccdk_stack *stack_n(ccdk_app *app, const char *t, int n)
{
    char id[32];
    snprintf(id, sizeof id, "%sStack%d", t, n);
    return ccdk_stack_new(app, id, &(ccdk_stack_props){
        .account = n == 1 ? "123456789012" : "567890123456", .region = "us-bla-5"});
}

static ccdk_iam_principal *import(ccdk_stack *s, const char *arn, int mutable_)
{
    return CCDK_IAM_GRANTABLE(ccdk_iam_role_from_role_arn_with_options(s, "Role", arn,
        &(ccdk_iam_from_role_arn_options){.mutable_ = mutable_ ? CCDK_TRUE : CCDK_FALSE}));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    fake_resource r[9];
    {
        ccdk_stack *stack1 = stack_n(app, "T1", 1), *stack2 = stack_n(app, "T1", 2);
        ccdk_iam_role *role = ccdk_iam_role_new(stack1, "Role", &(ccdk_iam_role_props){
            .role_name = CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED,
            .assumed_by = ccdk_iam_service_principal(stack1, "some.service"),
        });
        do_grant(fake_new(&r[0], stack2, "Resource"), CCDK_IAM_GRANTABLE(role));
    }
    {
        ccdk_stack *stack2 = stack_n(app, "T2", 2);
        do_grant(fake_new(&r[1], stack2, "Resource"), ccdk_iam_service_principal(stack2, "service.amazonaws.com"));
    }
    {
        ccdk_stack *stack2 = stack_n(app, "T3", 2);
        fake_resource *res = fake_new(&r[2], stack2, "Resource");
        do_grant(res, import(stack2, "arn:aws:iam::901234567890:role/S3Access", 1));
    }
    {
        ccdk_stack *stack2 = stack_n(app, "T4", 2);
        fake_resource *res = fake_new(&r[3], stack2, "Resource");
        char arn[128];
        snprintf(arn, sizeof arn, "arn:%s:iam::901234567890:role/S3Access", ccdk_stack_partition(stack2));
        do_grant(res, import(stack2, arn, 1));
    }
    {
        ccdk_stack *stack2 = stack_n(app, "T5", 2);
        fake_resource *res = fake_new(&r[4], stack2, "Resource");
        do_grant(res, import(stack2, "arn:aws:iam::567890123456:role/S3Access", 1));
    }
    {
        ccdk_stack *stack2 = stack_n(app, "T6", 2);
        fake_resource *res = fake_new(&r[5], stack2, "Resource");
        char arn[128];
        snprintf(arn, sizeof arn, "arn:%s:iam::567890123456:role/S3Access", ccdk_stack_partition(stack2));
        do_grant(res, import(stack2, arn, 1));
    }
    {
        ccdk_stack *stack2 = stack_n(app, "T7", 2);
        ccdk_stack *stack = ccdk_stack_new(app, "T7AgStack", NULL);
        fake_resource *res = fake_new(&r[6], stack, "Resource");
        do_grant(res, import(stack2, "arn:aws:iam::567890123456:role/S3Access", 1));
    }
    {
        ccdk_stack *stack2 = stack_n(app, "T8", 2);
        ccdk_stack *stack = ccdk_stack_new(app, "T8AgStack", NULL);
        fake_resource *res = fake_new(&r[7], stack, "Resource");
        char arn[128];
        snprintf(arn, sizeof arn, "arn:aws:iam::%s:role/S3Access", ccdk_aws_account_id(stack2));
        do_grant(res, import(stack2, arn, 1));
    }
    {
        ccdk_stack *stack2 = stack_n(app, "T9", 2);
        fake_resource *res = fake_new(&r[8], stack2, "Resource");
        do_grant(res, import(stack2, "arn:aws:iam::567890123456:role/S3Access", 0));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
