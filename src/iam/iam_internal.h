/* iam_internal.h - IAM structures shared with other modules (lambda grants and permissions). */
#ifndef CCDK_IAM_INTERNAL_H
#define CCDK_IAM_INTERNAL_H

#include "ccdk/iam.h"
#include "internal.h"
#include "region_fact.h"

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
#define CCDK__P_FEDERATED CCDK_IAM_PRINCIPAL_FEDERATED
#define CCDK__P_GROUP CCDK_IAM_PRINCIPAL_GROUP
#define CCDK__P_JSON CCDK_IAM_PRINCIPAL_JSON
#define CCDK__P_MANAGED_POLICY CCDK_IAM_PRINCIPAL_MANAGED_POLICY
#define CCDK__P_LAZY_ROLE CCDK_IAM_PRINCIPAL_LAZY_ROLE
/* the principals with a policy of their own (addToPrincipalPolicy adds to it) */
#define CCDK__P_HAS_POLICY(k)                                                                                           \
    ((k) == CCDK__P_ROLE || (k) == CCDK__P_USER || (k) == CCDK__P_GROUP || (k) == CCDK__P_MANAGED_POLICY ||             \
     (k) == CCDK__P_LAZY_ROLE)

/* the adapters of principals.js a principal may be (PrincipalAdapter's subclasses) */
enum { CCDK__ADAPTER_NONE = 0, CCDK__ADAPTER_CONDITIONS, CCDK__ADAPTER_SESSION_TAGS };

struct ccdk_iam_principal {
    ccdk_app *app;
    ccdk__pkind kind;
    const char *value;      /* service, account id, arn, organization id, canonical user id */
    ccdk_value *conditions; /* object or NULL */
    ccdk_iam_role *role;    /* CCDK__P_ROLE */
    ccdk_iam_user *user;    /* CCDK__P_USER */
    ccdk_iam_group *group;  /* CCDK__P_GROUP */
    ccdk_iam_managed_policy *managed_policy; /* CCDK__P_MANAGED_POLICY */
    ccdk_iam_lazy_role *lazy_role;           /* CCDK__P_LAZY_ROLE */
    ccdk_value *json;       /* CCDK__P_JSON: its principalJson, {key: value or [values]} */
    int account_root;       /* AccountRootPrincipal: an AccountPrincipal whose toString() differs */
    const char *arn;        /* AccountPrincipal: its ARN, a token made once per principal (StackDependentToken) */
    const ccdk_iam_principal *wrapped; /* withConditions / withSessionTags: the principal it wraps */
    int adapter;                       /* CCDK__ADAPTER_*: what wraps `wrapped` */
    ccdk_value *additional;            /* CCDK__ADAPTER_CONDITIONS: the wrapper's own conditions (an object) */
    ccdk_iam_principal **deps;         /* the withConditions / withSessionTags wrappers made of this one: */
    size_t ndeps, capdeps;             /* their conditions follow its addCondition (read lazily in aws-cdk-lib) */
    const char *assume_action;         /* assumeRoleAction; NULL: "sts:AssumeRole" */
    const char *class_name;            /* CCDK__P_FEDERATED: FederatedPrincipal, SamlPrincipal, ... (toString) */
    int session_tags;                  /* withSessionTags(): sts:TagSession joins its trust statements */
    int static_name;                   /* ServicePrincipal.fromStaticServicePrincipleName: not standardized */
    const char *region;                /* ServicePrincipalOpts.region (NULL: none) */
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

/* LazyRole (lazy_role.c): a construct whose Role is made on first use (instantiate()); until then
 * what is added to it waits here */
struct ccdk_iam_lazy_role {
    ccdk__node node;
    ccdk_iam_role_props props; /* a copy that outlives the caller's lists and strings */
    ccdk_iam_role *role;       /* made by instantiate() */
    ccdk_iam_principal *principal; /* grantPrincipal: the LazyRole itself (CCDK__P_LAZY_ROLE) */
    ccdk_iam_policy_statement **statements;
    size_t nstatements, capstatements;
    ccdk_iam_policy **policies;
    size_t npolicies, cappolicies;
    ccdk_iam_managed_policy **managed;
    size_t nmanaged, capmanaged;
};

/* util.ts AttachedPolicies: the policies attached to a role or a user (two of one name are an error) */
typedef struct {
    ccdk_iam_policy **p;
    size_t n, cap;
} ccdk__attached_policies;

typedef struct ccdk__precreated_role ccdk__precreated_role;

struct ccdk_iam_role {
    ccdk__node node;
    /* under Role.customizeRoles: the PrecreatedRole its policies and grants go to (customize_roles.c) */
    ccdk__precreated_role *precreated;
    ccdk_cfn_resource *resource; /* NULL when imported */
    const char *arn, *name;      /* tokens */
    ccdk__gen_name *gen_name;    /* role_name PhysicalName.GENERATE_IF_NEEDED, else NULL */
    const char *gen_path;        /* the path without its leading '/', for the ARN (role_arn_of) */
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
    ccdk_iam_role *without_policy_updates; /* withoutPolicyUpdates()'s ImmutableRole, made once */
    int grants_to_resources; /* an ImmutableRole's addGrantsToResources: statementAdded is false */
    const char *default_policy_name; /* an ImportedRole's defaultPolicyName (fromRoleArn options) */
};

struct ccdk_iam_user {
    ccdk__node node;
    ccdk__attached_policies attached; /* attachInlinePolicy's */
    ccdk_cfn_resource *resource;
    ccdk_value *managed;
    const char *name, *arn;
    ccdk_iam_principal *principal; /* grantPrincipal: the user itself */
    ccdk_iam_policy *default_policy;
    int imported;        /* User.fromUserArn / fromUserName / fromUserAttributes */
    const char *account; /* an import's principalAccount */
    ccdk_value *groups;  /* addToGroup's group names (CfnUser Groups) */
    int group_id;        /* an import's CfnUserToGroupAddition counter (groupId) */
};

/* Group (group.c): a grantee whose policies are Policies with its name in Groups */
struct ccdk_iam_group {
    ccdk__node node;
    ccdk_cfn_resource *resource; /* NULL when imported */
    const char *name, *arn;      /* tokens, or an import's literals */
    ccdk_iam_managed_policy **managed; /* addManagedPolicy's, each object once (Box find by identity) */
    size_t nmanaged, capmanaged;
    ccdk_value *managed_arns;    /* their ARNs (CfnGroup ManagedPolicyArns) */
    ccdk_iam_principal *principal; /* grantPrincipal: the group itself */
    ccdk_iam_policy *default_policy;
    ccdk__attached_policies attached; /* attachInlinePolicy's */
    int imported;
    const char *account; /* an import's principalAccount (its ARN's account) */
    const char *given_name;     /* props.groupName (physicalName when given) */
    const char *physical_token; /* an unnamed group's physicalName token, made for its warning */
};

struct ccdk_iam_policy {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    ccdk_iam_policy_document *doc;
    ccdk_value *roles; /* list of role name values */
    ccdk_value *users; /* list of user name values */
    ccdk_value *groups; /* list of group name values */
    ccdk_iam_group **attached_groups; /* attachToGroup's groups.find(g => g.groupArn === group.groupArn) */
    size_t ngroups, capgroups;
    ccdk_iam_user **attached_users; /* attachToUser's users.find(u => u.userArn === user.userArn) */
    size_t nusers, capusers;
    ccdk_iam_role **attached_roles; /* attachToRole's roles.find(r => r.roleArn === role.roleArn) */
    size_t nroles, caproles;
    int force;
    int reference_taken; /* policyName was read: the policy is always in the template */
    int imported;        /* Policy.fromPolicyName: a name, no resource */
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
/* util.ts AttachedPolicies.attach(policy): 0 after the "already attached" error */
int ccdk__attach_policy(ccdk__attached_policies *a, ccdk_iam_policy *p);
/* A role's, user's or group's list of managed policy ARNs: the ARN once (role, user) */
void ccdk__add_managed_arn(ccdk_app *app, ccdk_value *list, const ccdk_iam_managed_policy *policy);
const char *ccdk__managed_policy_arn(const ccdk_iam_managed_policy *policy);
/* LazyRole.addToPrincipalPolicy: kept for the role until it is made, else the role's; statementAdded */
int ccdk__lazy_role_add_to_principal_policy(ccdk_iam_lazy_role *lazy, ccdk_iam_policy_statement *s);
/* Adds a statement to the role's default policy (creating it). Returns the policy. */
ccdk_iam_policy *ccdk__role_add_to_principal_policy(ccdk_iam_role *role, ccdk_iam_policy_statement *s);


/* customize_roles.c: getPrecreatedRoleConfig(n, rolePath): enabled (the customizeRoles context is
 * set), preventSynthesis, and the precreated role's name (NULL: missing, then aws-cdk-lib's error
 * in the metadata when preventSynthesis) */
typedef struct {
    int enabled, prevent_synthesis;
    const char *name;
} ccdk__precreated_config;
ccdk__precreated_config ccdk__precreated_role_config(ccdk__node *n, const char *role_path);
/* new PrecreatedRole(..., {rolePath: path, missing (-1: not given), assumeRolePolicy}): the role's
 * entry of the policy report (its trust policy taken now); the caller makes the construct, of kind
 * ccdk__kind_precreated_role */
ccdk__precreated_role *ccdk__precreated_role_new(ccdk_iam_role *role, const char *path, const char *name, int missing,
                                                ccdk_iam_policy_document *assume);
extern const ccdk__kind ccdk__kind_precreated_role;
/* getCustomizeRolesConfig(n): 1 when enabled (the context is set), *prevent_synthesis (may be NULL) */
int ccdk__customize_roles_enabled(const ccdk__node *n, int *prevent_synthesis);
/* A ManagedPolicy under customizeRoles that validated: its statements (now) and the roles it is
 * attached to go into the report (PolicySynthesizer.addManagedPolicy) */
void ccdk__precreated_report_managed_policy(ccdk__node *policy, ccdk_iam_policy_document *doc, ccdk_iam_role *const *roles,
                                            size_t nroles);
/* the construct path of a ManagedPolicy made with ccdk_iam_managed_policy_new, else NULL */
const char *ccdk__managed_policy_path(const ccdk_iam_managed_policy *policy);
/* PrecreatedRole.addToPolicy (the statement's JSON now), addManagedPolicy, attachInlinePolicy */
void ccdk__precreated_add_statement(ccdk__precreated_role *p, ccdk_iam_policy_statement *s);
void ccdk__precreated_add_managed_policy(ccdk__precreated_role *p, ccdk_iam_managed_policy *policy);
void ccdk__precreated_attach_inline_policy(ccdk__precreated_role *p, ccdk_iam_policy *policy);

#endif
