/* iam_internal.h - IAM structures shared with other modules (lambda grants and permissions). */
#ifndef CCDK_IAM_INTERNAL_H
#define CCDK_IAM_INTERNAL_H

#include "ccdk/iam.h"
#include "internal.h"

/* the public kinds (ccdk/iam.h), by their short internal names */
typedef ccdk_iam_principal_kind ccdk__pkind;
#define CCDK__P_SERVICE CCDK_IAM_PRINCIPAL_SERVICE
#define CCDK__P_ACCOUNT CCDK_IAM_PRINCIPAL_ACCOUNT
#define CCDK__P_ARN CCDK_IAM_PRINCIPAL_ARN
#define CCDK__P_ORG CCDK_IAM_PRINCIPAL_ORGANIZATION
#define CCDK__P_ANY CCDK_IAM_PRINCIPAL_ANY
#define CCDK__P_COMPOSITE CCDK_IAM_PRINCIPAL_COMPOSITE
#define CCDK__P_ROLE CCDK_IAM_PRINCIPAL_ROLE
#define CCDK__P_CANONICAL CCDK_IAM_PRINCIPAL_CANONICAL_USER
#define CCDK__P_USER CCDK_IAM_PRINCIPAL_USER
#define CCDK__P_STAR CCDK_IAM_PRINCIPAL_STAR

struct ccdk_iam_principal {
    ccdk_app *app;
    ccdk__pkind kind;
    const char *value;      /* service, account id, arn, organization id, canonical user id */
    ccdk_value *conditions; /* object or NULL */
    ccdk_iam_role *role;    /* CCDK__P_ROLE */
    ccdk_iam_user *user;    /* CCDK__P_USER */
    int account_root;       /* AccountRootPrincipal: an AccountPrincipal whose toString() differs */
    const char *arn;        /* AccountPrincipal: its ARN, a token made once per principal (StackDependentToken) */
    const ccdk_iam_principal *wrapped; /* withConditions: the principal it wraps (PrincipalWithConditions) */
    const char *via;        /* kms.ViaServicePrincipal's service (wrapped: its base): no policy, no account */
    ccdk_iam_principal **parts;
    size_t nparts;
};

struct ccdk_iam_policy_statement {
    ccdk_app *app;
    ccdk_iam_effect effect;
    ccdk_value *actions, *not_actions, *resources, *not_resources; /* lists of strings */
    ccdk_value *principal, *not_principal;                           /* {AWS: [..], Service: [..]} */
    ccdk_value *condition;                                           /* object */
    const char *sid;
    ccdk_iam_principal **principals_added; /* statement.principals: the principals added, in order */
    size_t nprincipals, capprincipals;
    const char *principal_conditions_json; /* principalConditionsJson: the first principal's conditions */
    ccdk_iam_principal **not_principals_added; /* statement.notPrincipals, in order */
    size_t nnot_principals, capnot_principals;
    int frozen; /* freeze(): every change is an error */
};

struct ccdk_iam_policy_document {
    ccdk_app *app;
    ccdk__node *scope; /* for feature flags */
    ccdk_iam_policy_statement **st;
    size_t n, cap;
    int merge_equal; /* a role's default policy: equal statements are merged (splitLargePolicy) */
    int assign_sids; /* assignSids: statements without a Sid get their index */
};

/* util.ts AttachedPolicies: the policies attached to a role or a user (two of one name are an error) */
typedef struct {
    ccdk_iam_policy **p;
    size_t n, cap;
} ccdk__attached_policies;

struct ccdk_iam_role {
    ccdk__node node;
    ccdk_cfn_resource *resource; /* NULL when imported */
    const char *arn, *name;      /* tokens */
    ccdk_iam_policy_document *assume;
    ccdk_value *managed;         /* list of ARN strings/values */
    ccdk_iam_policy *default_policy;
    ccdk_value *inline_policies; /* list of {PolicyDocument, PolicyName} */
    ccdk_iam_policy_document **inline_docs; /* the documents of inline_policies (validation) */
    size_t ninline;
    ccdk_iam_principal *principal;
    int imported;
    int immutable;           /* fromRoleArn of another account: an ImmutableRole, policies go nowhere */
    const char *account;     /* principalAccount: the ARN's account of an import, else NULL (the stack's) */
    ccdk__attached_policies attached; /* attachInlinePolicy's */
    int did_split;           /* splitLargePolicy ran (_didSplit) */
};

struct ccdk_iam_policy {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    ccdk_iam_policy_document *doc;
    ccdk_value *roles; /* list of role name values */
    ccdk_value *users; /* list of user name values */
    ccdk_iam_user **attached_users; /* attachToUser's users.find(u => u.userArn === user.userArn) */
    size_t nusers, capusers;
    ccdk_iam_role **attached_roles; /* attachToRole's roles.find(r => r.roleArn === role.roleArn) */
    size_t nroles, caproles;
    int force;
    const char *name;
};

/* The principal's {"AWS": [...]} / {"Service": [...]} fragment (unresolved). */
ccdk_value *ccdk__principal_json(ccdk_iam_principal *p);
/* Renders a statement as aws-cdk-lib's toStatementJson (normalised, unresolved). */
ccdk_value *ccdk__statement_json(ccdk_iam_policy_statement *s);
/* The document as a value that resolves to {Statement, Version} (post-processed). */
ccdk_value *ccdk__document_value(ccdk_iam_policy_document *d);
ccdk_iam_policy_statement *ccdk__statement(ccdk_app *app, ccdk_iam_effect e, const char *const *actions,
                                           const char *const *resources);
void ccdk__statement_add_principal(ccdk_iam_policy_statement *s, ccdk_iam_principal *p);
/* Adds a statement to the role's default policy (creating it). Returns the policy. */
ccdk_iam_policy *ccdk__role_add_to_principal_policy(ccdk_iam_role *role, ccdk_iam_policy_statement *s);

#endif
