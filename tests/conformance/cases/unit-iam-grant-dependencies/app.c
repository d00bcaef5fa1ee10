/* aws-iam grant.test.ts, a stack per test: Grant.drop (nothing to depend on), grant.applyBefore(resource)
 * of Grant.addToPrincipal to a role, to a PrincipalWithConditions of a role, of
 * Grant.addToPrincipalOrResource to a service principal on a resource with a policy of its own
 * (FakeResourceWithPolicy: its policyDependable), of Grant.addToPrincipalAndResource to a role (both
 * policies), and of two grants combined. The lazy role test is
 * ported-grant-lazy-role-dependency. */
#include <ccdk/iam.h>

static ccdk_cfn_resource *set_up(ccdk_app *app, const char *id, ccdk_stack **stack)
{
    *stack = ccdk_stack_new(app, id, NULL);
    return ccdk_cfn_resource_new(*stack, "SomeResource", "CDK::Test::SomeResource", NULL);
}

static ccdk_iam_role *role(ccdk_stack *stack, const char *id)
{
    return ccdk_iam_role_new(stack, id, &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(stack, "bla.amazonaws.com")});
}

/* FakeResourceWithPolicy.addToResourcePolicy: {statementAdded: true, policyDependable: its Policy} */
static int fake_add_to_resource_policy(void *resource, ccdk_iam_policy_statement *statement)
{
    (void)resource;
    (void)statement;
    return 1;
}

static const char *const ACTIONS[] = {"service:DoAThing"}, *const ARNS[] = {"*"};

/* (the lists outlive this function: CCDK_STRS's compound literals would not) */
static ccdk_iam_grant_on_resource on_fake(ccdk_stack *stack)
{
    ccdk_construct *fake = ccdk_resource_new(stack, "Buckaroo");
    ccdk_cfn_resource *policy = ccdk_cfn_resource_new(CCDK_CONSTRUCT(fake), "Policy", "CDK::Test::BuckarooPolicy", NULL);
    return (ccdk_iam_grant_on_resource){
        .actions = CCDK_LIST_N(ACTIONS, 1),
        .resource_arns = CCDK_LIST_N(ARNS, 1),
        .resource_account = ccdk_stack_account(stack),
        .add_to_resource_policy = fake_add_to_resource_policy,
        .resource = fake,
        .policy_dependable = policy,
    };
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack;
    {
        ccdk_cfn_resource *resource = set_up(app, "Drop", &stack);
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "poo", NULL);
        ccdk_iam_grant *grant = ccdk_iam_grant_drop(user, "dropping me");
        ccdk_iam_grant_apply_before(grant, resource);
        ccdk_cfn_output_new(stack, "Success", &(ccdk_cfn_output_props){.value = ccdk_fmt(stack, "%s:%s:%s",
            ccdk_iam_grant_success(grant) ? "true" : "false", ccdk_iam_grant_principal_statement(grant) ? "false" : "true",
            ccdk_iam_grant_resource_statement(grant) ? "false" : "true")});
    }
    {
        ccdk_cfn_resource *resource = set_up(app, "OnRole", &stack);
        ccdk_iam_grant_apply_before(ccdk_iam_grant_on_principal(role(stack, "Role"), CCDK_STRS("service:DoAThing"), CCDK_STRS("*")), resource);
    }
    {
        ccdk_cfn_resource *resource = set_up(app, "WithConditions", &stack);
        ccdk_iam_principal *p = ccdk_iam_principal_with_conditions(ccdk_iam_role_principal(role(stack, "Role")),
            ccdk_v_json(stack, "{\"StringEquals\": {\"aws:something\": \"happy\"}}"));
        ccdk_iam_grant_apply_before(ccdk_iam_grant_on_principal(p, CCDK_STRS("service:DoAThing"), CCDK_STRS("*")), resource);
    }
    {
        ccdk_cfn_resource *resource = set_up(app, "OnResource", &stack);
        ccdk_iam_grant_on_resource o = on_fake(stack);
        ccdk_iam_grant_apply_before(ccdk_iam_grant_on_principal_or_resource(ccdk_iam_service_principal(stack, "bla.amazonaws.com"), &o),
                                    resource);
    }
    {
        ccdk_cfn_resource *resource = set_up(app, "PrincipalAndResource", &stack);
        ccdk_iam_role *r = role(stack, "Role");
        ccdk_iam_grant_on_resource o = on_fake(stack);
        ccdk_iam_grant *grant = ccdk_iam_grant_on_principal_and_resource(r, &o, NULL);
        ccdk_iam_grant_apply_before(grant, resource);
        ccdk_cfn_output_new(stack, "Statements", &(ccdk_cfn_output_props){.value = ccdk_fmt(stack, "%s:%s",
            ccdk_iam_grant_principal_statement(grant) ? "true" : "false", ccdk_iam_grant_resource_statement(grant) ? "false" : "true")});
    }
    {
        ccdk_cfn_resource *resource = set_up(app, "Combine", &stack);
        ccdk_iam_grant *g1 = ccdk_iam_grant_on_principal(role(stack, "Role1"), CCDK_STRS("service:DoAThing"), CCDK_STRS("*"));
        ccdk_iam_grant *g2 = ccdk_iam_grant_on_principal(role(stack, "Role2"), CCDK_STRS("service:DoAThing"), CCDK_STRS("*"));
        ccdk_iam_grant_apply_before(ccdk_iam_grant_combine(g1, g2), resource);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
