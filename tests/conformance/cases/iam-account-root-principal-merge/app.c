/* iam-account-root-principal-merge: under @aws-cdk/aws-iam:minimizePolicies (context.json) every new
 * AccountRootPrincipal / AccountPrincipal is a principal of its own, so statements of two such objects
 * stay apart where one reused object merges; a role is compared by identity. Without the flag (the
 * stack 'NotMinimized'), a statement lists two principal objects of one value twice. */
#include <ccdk/iam.h>
#include <ccdk/kms.h>

#define L(...) (CCDK_STRS(__VA_ARGS__))
#define P(...) ((ccdk_iam_principal_list)CCDK_LIST(__VA_ARGS__))

static ccdk_stack *stack;
static ccdk_kms_key *stmts;

static void st(ccdk_strs actions, ccdk_iam_principal_list principals)
{
    ccdk_kms_key_add_to_resource_policy(stmts, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = actions, .resources = L("*"), .principals = principals}));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_kms_key *two = ccdk_kms_key_new(stack, "TwoPrincipals", NULL);
    ccdk_kms_key_grant_encrypt(two, ccdk_iam_account_root_principal(stack));
    ccdk_kms_key_grant_decrypt(two, ccdk_iam_account_root_principal(stack));
    ccdk_kms_key_grant_decrypt(two, ccdk_iam_account_root_principal(stack));

    ccdk_kms_key *one = ccdk_kms_key_new(stack, "OnePrincipal", NULL);
    ccdk_iam_principal *root = ccdk_iam_account_root_principal(stack);
    ccdk_kms_key_grant_encrypt(one, root);
    ccdk_kms_key_grant_decrypt(one, root);

    stmts = ccdk_kms_key_new(stack, "Statements", NULL);
    ccdk_iam_principal *account = ccdk_iam_account_principal(stack, "123456789012");
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
    });
    ccdk_iam_principal *rp = ccdk_iam_role_principal(role);
    st(L("kms:A1"), P(account));
    st(L("kms:A2"), P(account));
    st(L("kms:B1"), P(ccdk_iam_account_principal(stack, "123456789012")));
    st(L("kms:B2"), P(ccdk_iam_account_principal(stack, "123456789012")));
    st(L("kms:C1"), P(rp));
    st(L("kms:C2"), P(rp));
    st(L("kms:D1"), P(ccdk_iam_service_principal(stack, "logs.amazonaws.com")));
    st(L("kms:D2"), P(ccdk_iam_service_principal(stack, "logs.amazonaws.com")));
    st(L("kms:E1"), P(ccdk_iam_arn_principal(stack, "arn:aws:iam::111111111111:user/u")));
    st(L("kms:E2"), P(ccdk_iam_arn_principal(stack, "arn:aws:iam::111111111111:user/u")));
    st(L("kms:F1"), P(root, ccdk_iam_service_principal(stack, "sns.amazonaws.com")));
    st(L("kms:F2"), P(ccdk_iam_service_principal(stack, "sns.amazonaws.com"), root));
    st(L("kms:G1"), P(ccdk_iam_account_root_principal(stack), root, root,
                              ccdk_iam_service_principal(stack, "s3.amazonaws.com"),
                              ccdk_iam_service_principal(stack, "s3.amazonaws.com")));

    ccdk_stack *plain = ccdk_stack_new(app, "NotMinimized", NULL);
    ccdk_node_set_context(plain, "@aws-cdk/aws-iam:minimizePolicies", "false");
    ccdk_kms_key *key = ccdk_kms_key_new(plain, "Key", NULL);
    ccdk_iam_principal *proot = ccdk_iam_account_root_principal(plain);
    ccdk_kms_key_add_to_resource_policy(key, ccdk_iam_policy_statement_new(plain, &(ccdk_iam_policy_statement_props){
        .actions = L("kms:Decrypt"),
        .resources = L("*"),
        .principals = CCDK_LIST(proot, proot, ccdk_iam_account_root_principal(plain),
                                ccdk_iam_service_principal(plain, "s3.amazonaws.com"),
                                ccdk_iam_service_principal(plain, "s3.amazonaws.com")),
    }));
    ccdk_kms_key_grant_encrypt(key, proot);
    ccdk_kms_key_grant_encrypt(key, proot);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
