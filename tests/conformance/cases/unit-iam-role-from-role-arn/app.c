/* aws-iam role.from-role-arn.test.ts, a role stack (and a policy stack) per scenario: a static ARN
 * imported into an agnostic stack, a stack of its account and one of another account, then
 * addToPolicy, or a Policy (somePolicy) of the same stack, of an agnostic stack, of a stack of the
 * ARN's account or of others attached to it; mutable: false (with addGrantsToResources);
 * defaultPolicyName with Grant.addToPrincipal; a dynamic (Lazy) ARN in an agnostic and a targeted
 * stack, its roleName in a trust policy; service-role ARNs' names. */
#include <stdio.h>
#include <string.h>

#include <ccdk/iam.h>

#define ROLE_ACCOUNT "123456789012"
#define NOT_ROLE_ACCOUNT "012345678901"
#define STATIC_ARN "arn:aws:iam::" ROLE_ACCOUNT ":role/MyRole"
#define DYNAMIC NULL /* the ARN is the Lazy below */

static ccdk_iam_policy_statement *some_policy_statement(ccdk_stack *s)
{
    return ccdk_iam_policy_statement_new(s, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:*"), .resources = CCDK_STRS("xyz")});
}

static ccdk_iam_policy *some_policy(ccdk_stack *policy_stack, const char *policy_name)
{
    ccdk_iam_role *some_role = ccdk_iam_role_new(policy_stack, "SomeExampleRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_any_principal(policy_stack)});
    ccdk_cfn_element_override_logical_id(ccdk_iam_role_resource(some_role), "SomeRole");
    return ccdk_iam_policy_new(policy_stack, "MyPolicy", &(ccdk_iam_policy_props){
        .policy_name = policy_name, .statements = CCDK_LIST(some_policy_statement(policy_stack)),
        .roles = CCDK_LIST(some_role)});
}

static const char *produce_role_arn(void *ctx)
{
    (void)ctx;
    return "role-arn";
}

static ccdk_stack *stack_of(ccdk_app *app, const char *name, const char *suffix, const char *account)
{
    char id[64];
    snprintf(id, sizeof id, "%s%s", name, suffix);
    return ccdk_stack_new(app, id, &(ccdk_stack_props){.account = account});
}

typedef struct {
    const char *name, *account;
    ccdk_tristate mutable_, add_grants;
    const char *arn;  /* DYNAMIC: the Lazy */
    const char *what; /* "add", "same", or the policy stack's account ("" for none) */
} scenario;

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    const char *dynamic_arn = ccdk_lazy_string(app, produce_role_arn, NULL);
    static const scenario scenarios[] = {
        {"A1", NULL, 0, 0, STATIC_ARN, "add"},
        {"A2", NULL, 0, 0, STATIC_ARN, "same"},
        {"A3", NULL, 0, 0, STATIC_ARN, ""},
        {"A4", NULL, 0, 0, STATIC_ARN, ROLE_ACCOUNT},
        {"A5", NULL, 0, 0, STATIC_ARN, NOT_ROLE_ACCOUNT},
        {"B1", ROLE_ACCOUNT, 0, 0, STATIC_ARN, "add"},
        {"B2", ROLE_ACCOUNT, 0, 0, STATIC_ARN, "same"},
        {"B3", ROLE_ACCOUNT, 0, 0, STATIC_ARN, ""},
        {"B4", ROLE_ACCOUNT, 0, 0, STATIC_ARN, ROLE_ACCOUNT},
        {"B5", ROLE_ACCOUNT, 0, 0, STATIC_ARN, NOT_ROLE_ACCOUNT},
        {"C1", NOT_ROLE_ACCOUNT, 0, 0, STATIC_ARN, "add"},
        {"C2", NOT_ROLE_ACCOUNT, 0, 0, STATIC_ARN, "same"},
        {"C3", NOT_ROLE_ACCOUNT, 0, 0, STATIC_ARN, ""},
        {"C4", NOT_ROLE_ACCOUNT, 0, 0, STATIC_ARN, ROLE_ACCOUNT},
        {"C5", NOT_ROLE_ACCOUNT, 0, 0, STATIC_ARN, NOT_ROLE_ACCOUNT},
        {"C6", NOT_ROLE_ACCOUNT, 0, 0, STATIC_ARN, "some-random-account"},
        {"D1", NULL, CCDK_FALSE, 0, STATIC_ARN, "add"},
        {"D2", NULL, CCDK_FALSE, 0, STATIC_ARN, ROLE_ACCOUNT},
        {"E1", NULL, CCDK_FALSE, CCDK_TRUE, STATIC_ARN, "add"},
        {"H1", NULL, 0, 0, DYNAMIC, "add"},
        {"H2", NULL, 0, 0, DYNAMIC, "same"},
        {"H3", NULL, 0, 0, DYNAMIC, ""},
        {"H4", NULL, 0, 0, DYNAMIC, ROLE_ACCOUNT},
        {"I1", ROLE_ACCOUNT, 0, 0, DYNAMIC, "add"},
        {"I2", ROLE_ACCOUNT, 0, 0, DYNAMIC, "same"},
        {"I3", ROLE_ACCOUNT, 0, 0, DYNAMIC, ""},
        {"I4", ROLE_ACCOUNT, 0, 0, DYNAMIC, ROLE_ACCOUNT},
        {"I5", ROLE_ACCOUNT, 0, 0, DYNAMIC, NOT_ROLE_ACCOUNT},
    };
    for (size_t i = 0; i < sizeof scenarios / sizeof *scenarios; i++) {
        const scenario *sc = &scenarios[i];
        ccdk_stack *role_stack = stack_of(app, sc->name, "RoleStack", sc->account);
        ccdk_iam_role *imported = ccdk_iam_role_from_role_arn_with_options(role_stack, "ImportedRole",
            sc->arn ? sc->arn : dynamic_arn,
            &(ccdk_iam_from_role_arn_options){.mutable_ = sc->mutable_, .add_grants_to_resources = sc->add_grants});
        if (!strcmp(sc->what, "add")) {
            ccdk_iam_role_add_to_policy(imported, some_policy_statement(role_stack));
        } else {
            ccdk_stack *policy_stack = !strcmp(sc->what, "same")
                ? role_stack : stack_of(app, sc->name, "PolicyStack", *sc->what ? sc->what : NULL);
            ccdk_iam_role_attach_inline_policy(imported, some_policy(policy_stack, "MyPolicy"));
        }
    }
    {
        ccdk_stack *role_stack = ccdk_stack_new(app, "H0RoleStack", NULL);
        ccdk_iam_role *imported = ccdk_iam_role_from_role_arn(role_stack, "ImportedRole", dynamic_arn);
        ccdk_iam_role_new(role_stack, "AnyRole", &(ccdk_iam_role_props){
            .role_name = "AnyRole", .assumed_by = ccdk_iam_arn_principal(role_stack, ccdk_iam_role_name(imported))});
    }
    {
        ccdk_stack *role_stack = ccdk_stack_new(app, "G1RoleStack", NULL);
        ccdk_cfn_resource_new(role_stack, "SomeResource", "CDK::Test::SomeResource", NULL);
        ccdk_iam_role *imported = ccdk_iam_role_from_role_arn_with_options(role_stack, "ImportedRole", STATIC_ARN,
            &(ccdk_iam_from_role_arn_options){.default_policy_name = "UserSpecifiedDefaultPolicy"});
        ccdk_iam_grant_add_to_principal(CCDK_IAM_GRANTABLE(imported), CCDK_STRS("service:DoAThing"), CCDK_STRS("*"));
    }
    static const char *const service_arns[][2] = {
        {"J1", "arn:aws:iam::" ROLE_ACCOUNT ":role/service-role/codebuild-role"},
        {"J2", "arn:aws:iam::" ROLE_ACCOUNT ":role/aws-service-role/anyservice.amazonaws.com/codebuild-role"},
    };
    for (size_t i = 0; i < 2; i++) {
        ccdk_stack *role_stack = stack_of(app, service_arns[i][0], "RoleStack", NULL);
        ccdk_iam_role *imported = ccdk_iam_role_from_role_arn(role_stack, "Role", service_arns[i][1]);
        ccdk_iam_policy_new(role_stack, "Policy", &(ccdk_iam_policy_props){
            .statements = CCDK_LIST(some_policy_statement(role_stack)), .roles = CCDK_LIST(imported)});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
