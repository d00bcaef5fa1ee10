/* ccdk/iam.h - IAM as Lambda needs it: Role, Policy, ManagedPolicy, PolicyStatement, principals. */
#ifndef CCDK_IAM_H
#define CCDK_IAM_H

#include "ccdk/core.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ccdk_iam_role ccdk_iam_role;
typedef struct ccdk_iam_policy ccdk_iam_policy;
typedef struct ccdk_iam_policy_statement ccdk_iam_policy_statement;
typedef struct ccdk_iam_policy_document ccdk_iam_policy_document;
typedef struct ccdk_iam_principal ccdk_iam_principal;
typedef struct ccdk_iam_managed_policy ccdk_iam_managed_policy;

/* ================================================================== principals
 * Principals are values owned by the App of `scope`. A principal is also what grant functions
 * take as the grantee (IGrantable): a principal, or a Role (and, with ccdk/lambda.h, a Function,
 * Version or Alias) passed as it is -- CCDK_IAM_GRANTABLE makes it the principal. */
/** new ServicePrincipal(service), AccountPrincipal(accountId), AccountRootPrincipal() (the account
 *  of owner's stack), ArnPrincipal(arn), OrganizationPrincipal(orgId), AnyPrincipal(). Owned by the
 *  owner's App; a bad owner goes to the process-wide list; never NULL. A malformed organization id is
 *  aws-cdk-lib's error on the App (without a path); for the root principal, an owner outside any
 *  stack is Stack.of's error. */
ccdk_iam_principal *ccdk_iam_service_principal(void *owner, const char *service);
ccdk_iam_principal *ccdk_iam_account_principal(void *owner, const char *account_id);
/** ServicePrincipalOpts: region, the region in which the service is referenced (only cross-region
 *  references to opt-in regions need it: in a stack whose region is another, or a token, an opt-in
 *  region's service is named "<name>.<region>.amazonaws.com"; NULL: the stack's); conditions, an
 *  object {Operator: {key: value}} the principal brings into every statement (NULL: none). */
typedef struct {
    const char *region;
    ccdk_value *conditions;
} ccdk_iam_service_principal_options;
/** new ServicePrincipal(service, options): as ccdk_iam_service_principal, with options (NULL: none).
 *  Owned by the owner's App; a bad owner goes to the process-wide list; never NULL. */
ccdk_iam_principal *ccdk_iam_service_principal_with_options(void *owner, const char *service,
                                                           const ccdk_iam_service_principal_options *options);
/** ServicePrincipal.fromStaticServicePrincipleName(name): a ServicePrincipal whose name is written as
 *  given (new ServicePrincipal('elasticmapreduce.amazonaws.com.cn') is written
 *  "elasticmapreduce.amazonaws.com"; this one keeps ".cn"). Owned by the owner's App; never NULL. */
ccdk_iam_principal *ccdk_iam_service_principal_from_static_name(void *owner, const char *service_principal_name);
ccdk_iam_principal *ccdk_iam_account_root_principal(void *owner);
ccdk_iam_principal *ccdk_iam_arn_principal(void *owner, const char *arn);
ccdk_iam_principal *ccdk_iam_organization_principal(void *owner, const char *organization_id);
ccdk_iam_principal *ccdk_iam_any_principal(void *owner);
/** new StarPrincipal(): the principal "*" itself ("Principal": "*" in a statement, where
 *  AnyPrincipal gives {"AWS": "*"}), as SNS's enforceSSL statement uses it. Lambda permissions do not
 *  take it (aws-cdk-lib's "Invalid principal type" error). Owned by the owner's App; never NULL. */
ccdk_iam_principal *ccdk_iam_star_principal(void *owner);
/** new CanonicalUserPrincipal(canonicalUserId): {"CanonicalUser": id} (S3's canonical user ids);
 *  Lambda permissions do not take it (aws-cdk-lib's "Invalid principal type" error). */
ccdk_iam_principal *ccdk_iam_canonical_user_principal(void *owner, const char *canonical_user_id);
/** A list of principals: (ccdk_iam_principal_list)CCDK_LIST(p1, p2) (ccdk/core.h "lists"). */
typedef CCDK_LIST_TYPE(ccdk_iam_principal *) ccdk_iam_principal_list;
/** new CompositePrincipal(...principals): ccdk_iam_composite_principal(owner,
 *  (ccdk_iam_principal_list)CCDK_LIST(p1, p2)). Owned by the App; a bad owner goes to the
 *  process-wide list; never NULL. No principals (an empty or unset list) is aws-cdk-lib's error,
 *  without a path: "CompositePrincipals must be constructed with at least 1 Principal but none were
 *  passed." (the principal returned is empty). */
ccdk_iam_principal *ccdk_iam_composite_principal(void *owner, ccdk_iam_principal_list principals);
/** compositePrincipal.addPrincipals(...principals): the principals join the composite's parts (an
 *  empty list adds none); statements and trust policies given the composite before keep the parts it
 *  had then. Returns the composite. A NULL composite, or a principal that is not a composite, is an
 *  error on the process-wide list (NULL, or the principal, is returned); NULL items end the list. */
ccdk_iam_principal *ccdk_iam_composite_principal_add_principals(ccdk_iam_principal *composite, ccdk_iam_principal_list principals);
/** principal.withConditions(conditions): conditions is an object {Operator: {key: value}}; a new
 *  principal owned by p's App. NULL for a NULL p; a conditions that is not an object adds none. An
 *  operator p already has is merged key by key; there, a token on either side (a Lazy value, a
 *  string token) is aws-cdk-lib's error 'multiple "<operator>" conditions cannot be merged if one of
 *  them contains an unresolved token', and a side that is not an object "A Condition should be
 *  represented as a map of operator to value" (both without a path). */
ccdk_iam_principal *ccdk_iam_principal_with_conditions(ccdk_iam_principal *p, ccdk_value *conditions);
/** principalWithConditions.addCondition(key, value) and addConditions(conditions), p a principal
 *  of ccdk_iam_principal_with_conditions (new PrincipalWithConditions(principal, conditions)): value
 *  (an object {key: value}) joins the operator key's conditions p adds (a key given again replaces
 *  its value), for statements and trust policies p is given to afterwards. A value (or the operator's
 *  present one) that is not an object is aws-cdk-lib's error "A Condition should be represented as a
 *  map of operator to value" (no path). The key "__proto__" adds nothing (in aws-cdk-lib it sets the
 *  conditions object's prototype). A NULL argument, another kind of principal, or conditions that
 *  is not an object is an error on the process-wide list. Principals made from p before by
 *  withConditions, inOrganization, withSessionTags or kms.ViaServicePrincipal see the change too
 *  (aws-cdk-lib reads their conditions when they are used); statements and trust policies made
 *  before keep what they had. */
void ccdk_iam_principal_add_condition(ccdk_iam_principal *p, const char *key, ccdk_value *value);
void ccdk_iam_principal_add_conditions(ccdk_iam_principal *p, ccdk_value *conditions);
/** new kms.ViaServicePrincipal(serviceName, base) (ccdk/kms.h's ccdk_kms_via_service_principal; here
 *  for the principal's internals): base's principal (anyone for NULL) with StringEquals
 *  "kms:ViaService": service_name first among base's StringEquals conditions, made again when base's
 *  change; no policy of its own (grants to it go to the resource's policy) and no account. Owned by
 *  owner's App; never NULL. */
ccdk_iam_principal *ccdk_iam__via_service_principal(void *owner, const char *service_name, ccdk_iam_principal *base);
/** principal.inOrganization(organizationId): withConditions({StringEquals: {"aws:PrincipalOrgID":
 *  organization_id}}), a new principal owned by p's App. NULL for a NULL p. */
ccdk_iam_principal *ccdk_iam_principal_in_organization(ccdk_iam_principal *p, const char *organization_id);
/** principal.withSessionTags(): a SessionTagsPrincipal, the principal as it is but for the trust policy
 *  of a Role it is assumedBy of, whose statement (each part's, for a composite) also allows
 *  "sts:TagSession" after the principal's assumeRoleAction. A new principal owned by p's App; NULL for
 *  a NULL p. */
ccdk_iam_principal *ccdk_iam_principal_with_session_tags(ccdk_iam_principal *p);

/** new FederatedPrincipal(federated, conditions, assumeRoleAction): {"Federated": federated}, with
 *  conditions (an object {Operator: {key: value}}, or NULL: none) that come with it into every
 *  statement; assume_role_action NULL: "sts:AssumeRole" (the action of the trust statement when it is
 *  a Role's assumedBy). new WebIdentityPrincipal(identityProvider, conditions): the same with
 *  "sts:AssumeRoleWithWebIdentity" (identity_provider: "cognito-identity.amazonaws.com", "graph.
 *  facebook.com", an OIDC provider's ARN, ...). Owned by the owner's App; a NULL federated or
 *  identity_provider is an error on the process-wide list (the principal is still returned); a bad owner
 *  goes to the process-wide list; never NULL. */
ccdk_iam_principal *ccdk_iam_federated_principal(void *owner, const char *federated, ccdk_value *conditions,
                                                 const char *assume_role_action);
ccdk_iam_principal *ccdk_iam_web_identity_principal(void *owner, const char *identity_provider, ccdk_value *conditions);

/* ccdk_iam_saml_provider, ccdk_iam_open_id_connect_provider: construct handles (ccdk/core.h) */
/** SamlProvider.fromSamlProviderArn(scope, id, arn) and
 *  OpenIdConnectProvider.fromOpenIdConnectProviderArn(scope, id, arn): imported identity providers
 *  (constructs of their own, with no resource), owned by the App. (ccdk makes no SamlProvider or
 *  OpenIdConnectProvider of its own.) The OIDC provider's ARN is checked as aws-cdk-lib's
 *  Arn.extractResourceName(arn, 'oidc-provider') does (unless a token): a malformed ARN, "Expected
 *  resource type 'oidc-provider' in ARN, got '<type>' in '<arn>'" and "Expected resource name in ARN,
 *  didn't find one: '<arn>'" are errors on the App; a SAML provider's ARN is not checked (nor by
 *  aws-cdk-lib). A bad scope goes to the process-wide list; never NULL. */
ccdk_iam_saml_provider *ccdk_iam_saml_provider_from_saml_provider_arn(void *scope, const char *id,
                                                                     const char *saml_provider_arn);
ccdk_iam_open_id_connect_provider *ccdk_iam_open_id_connect_provider_from_open_id_connect_provider_arn(
    void *scope, const char *id, const char *open_id_connect_provider_arn);
/** The provider's ARN as given; owned by the App; NULL for NULL. */
const char *ccdk_iam_saml_provider_arn(const ccdk_iam_saml_provider *provider);
const char *ccdk_iam_open_id_connect_provider_arn(const ccdk_iam_open_id_connect_provider *provider);
/** new OpenIdConnectPrincipal(provider, conditions): a WebIdentityPrincipal of the provider's ARN.
 *  new SamlPrincipal(provider, conditions): {"Federated": the provider's ARN} with
 *  "sts:AssumeRoleWithSAML". new SamlConsolePrincipal(provider, conditions): a SamlPrincipal whose
 *  conditions are the given ones with StringEquals replaced by {"SAML:aud": the sign-in URL of the
 *  provider's stack's region} ("https://signin.aws.amazon.com/saml" for a region ccdk does not know
 *  or a token; "https://signin.amazonaws.cn/saml" for the China regions, ...). conditions may be NULL.
 *  Owned by the provider's App; a NULL provider is an error on the process-wide list and gives NULL. */
ccdk_iam_principal *ccdk_iam_open_id_connect_principal(ccdk_iam_open_id_connect_provider *provider, ccdk_value *conditions);
ccdk_iam_principal *ccdk_iam_saml_principal(ccdk_iam_saml_provider *provider, ccdk_value *conditions);
ccdk_iam_principal *ccdk_iam_saml_console_principal(ccdk_iam_saml_provider *provider, ccdk_value *conditions);

/** role.grantPrincipal: the role as a principal / grantee, owned by the App. NULL for NULL. */
ccdk_iam_principal *ccdk_iam_role_principal(ccdk_iam_role *role);
/** user.grantPrincipal: the user as a principal / grantee ({"AWS": user ARN} in a resource policy;
 *  grants go to its DefaultPolicy), owned by the App. NULL for NULL. */
ccdk_iam_principal *ccdk_iam_user_principal(ccdk_iam_user *user);
/** group.grantPrincipal: the group as a principal / grantee ({"AWS": group ARN} in a resource policy;
 *  grants go to its DefaultPolicy), owned by the App. NULL for NULL. */
ccdk_iam_principal *ccdk_iam_group_principal(ccdk_iam_group *group);
/** managedPolicy.grantPrincipal (a ManagedPolicy made with ccdk_iam_managed_policy_new is an
 *  IGrantable): grants to it add their statements to the policy's document; it has the principal
 *  account of the policy's stack; in a resource policy (a grant across accounts, or a principal of
 *  a statement) it is aws-cdk-lib's error at synthesis "This grant operation needs to add a resource
 *  policy so needs access to a principal. Grant permissions to a Role or User, instead of a
 *  ManagedPolicy.", as is making it a Role's assumedBy. Owned by the App; NULL for NULL and for an
 *  imported or AWS managed policy (which are no grantees), with an error on the process-wide list. */
ccdk_iam_principal *ccdk_iam_managed_policy_principal(ccdk_iam_managed_policy *policy);
/** lazyRole.grantPrincipal: the LazyRole itself as a principal / grantee (ccdk_iam_lazy_role, below).
 *  A grant to it (addToPrincipalPolicy) keeps its statement for the Role and makes no role: the
 *  Role is made when something reads it -- as a principal of a statement (a resource policy's, a
 *  trust policy's: its policyFragment), its ARN, name or id. Its principalAccount is its stack's,
 *  its assumeRoleAction "sts:AssumeRole", its toString() its construct path. Owned by the App; NULL
 *  for NULL. */
ccdk_iam_principal *ccdk_iam_lazy_role_principal(ccdk_iam_lazy_role *lazy);
/** IGrantable: the grant principal of a principal (itself), a Role, a User, a Group, a ManagedPolicy or a LazyRole; ccdk/lambda.h adds
 *  Function, Version and Alias. Any other type is a compile error. */
static inline ccdk_iam_principal *ccdk_iam__principal_itself(ccdk_iam_principal *p) { return p; }
#define CCDK_IAM_GRANTABLE(x)                                                                          \
    _Generic((x), ccdk_iam_principal *: ccdk_iam__principal_itself, ccdk_iam_role *: ccdk_iam_role_principal,      \
             ccdk_iam_user *: ccdk_iam_user_principal, ccdk_iam_group *: ccdk_iam_group_principal,          \
             ccdk_iam_managed_policy *: ccdk_iam_managed_policy_principal,                                 \
             ccdk_iam_lazy_role *: ccdk_iam_lazy_role_principal)(x)

/** The kind of a principal: the class of aws-cdk-lib's principal object (ServicePrincipal,
 *  AccountPrincipal / AccountRootPrincipal, ArnPrincipal, OrganizationPrincipal, AnyPrincipal,
 *  CompositePrincipal, a Role, CanonicalUserPrincipal, a User, StarPrincipal, FederatedPrincipal and
 *  its subclasses WebIdentityPrincipal, OpenIdConnectPrincipal, SamlPrincipal, SamlConsolePrincipal, a
 *  Group). */
typedef enum {
    CCDK_IAM_PRINCIPAL_SERVICE = 1,
    CCDK_IAM_PRINCIPAL_ACCOUNT,
    CCDK_IAM_PRINCIPAL_ARN,
    CCDK_IAM_PRINCIPAL_ORGANIZATION,
    CCDK_IAM_PRINCIPAL_ANY,
    CCDK_IAM_PRINCIPAL_COMPOSITE,
    CCDK_IAM_PRINCIPAL_ROLE,
    CCDK_IAM_PRINCIPAL_CANONICAL_USER,
    CCDK_IAM_PRINCIPAL_USER,
    CCDK_IAM_PRINCIPAL_STAR,
    CCDK_IAM_PRINCIPAL_FEDERATED,
    CCDK_IAM_PRINCIPAL_GROUP,
    CCDK_IAM_PRINCIPAL_JSON, /* PolicyStatement.fromJson's JsonPrincipal: the JSON as given */
    CCDK_IAM_PRINCIPAL_MANAGED_POLICY, /* a ManagedPolicy's grantPrincipal (ManagedPolicyGrantPrincipal) */
    CCDK_IAM_PRINCIPAL_LAZY_ROLE,      /* a LazyRole's grantPrincipal (the LazyRole itself) */
} ccdk_iam_principal_kind;
/** What other modules read of a principal, as aws-cdk-lib's code reads its public fields: the kind;
 *  ServicePrincipal.service, AccountPrincipal.accountId, ArnPrincipal.arn or
 *  OrganizationPrincipal.organizationId, FederatedPrincipal.federated (NULL for the others); PrincipalWithConditions' conditions
 *  (an object {Operator: {key: value}}, or NULL); the Role of a role principal (else NULL); the
 *  parts of a CompositePrincipal (count, and the i-th or NULL). Owned by the App; 0/NULL for NULL. */
ccdk_iam_principal_kind ccdk_iam_principal_kind_of(const ccdk_iam_principal *p);
/** the User of a user principal, else NULL */
ccdk_iam_user *ccdk_iam_principal_user(const ccdk_iam_principal *p);
/** the Group of a group principal, else NULL */
ccdk_iam_group *ccdk_iam_principal_group(const ccdk_iam_principal *p);
/** the LazyRole of a lazy role principal (ccdk_iam_lazy_role_principal), else NULL */
ccdk_iam_lazy_role *ccdk_iam_principal_lazy_role(const ccdk_iam_principal *p);
const char *ccdk_iam_principal_value(const ccdk_iam_principal *p);
ccdk_value *ccdk_iam_principal_conditions(const ccdk_iam_principal *p);
ccdk_iam_role *ccdk_iam_principal_role(const ccdk_iam_principal *p);
size_t ccdk_iam_principal_part_count(const ccdk_iam_principal *p);
ccdk_iam_principal *ccdk_iam_principal_part(const ccdk_iam_principal *p, size_t i);
/** principal.policyFragment.principalJson: {"AWS": [...], "Service": [...], ...}, each key's values
 *  in a list as aws-cdk-lib's mergePrincipal gathers them (a CompositePrincipal's parts merged).
 *  Owned by the App; NULL for NULL. */
ccdk_value *ccdk_iam_principal_policy_json(const ccdk_iam_principal *p);
/** principal.toString() as aws-cdk-lib writes it ("ServicePrincipal(s3.amazonaws.com)",
 *  "AccountRootPrincipal()", a Role's construct path, ...): grant identifiers are made from it. Owned
 *  by the App; NULL for NULL. */
const char *ccdk_iam_principal_to_string(const ccdk_iam_principal *p);

/* ================================================================== statements and documents */

typedef enum { CCDK_IAM_ALLOW = 0, CCDK_IAM_DENY } ccdk_iam_effect;

typedef struct {
    ccdk_iam_effect effect;
    ccdk_strs actions; /* CCDK_STRS("s3:GetObject", ...) */
    ccdk_strs not_actions;
    ccdk_strs resources;
    ccdk_strs not_resources;
    ccdk_iam_principal_list principals; /* CCDK_LIST(p1, p2) */
    ccdk_iam_principal_list not_principals;
    /** Conditions object {Operator: {key: value}}, or NULL. */
    ccdk_value *conditions;
    const char *sid;
} ccdk_iam_policy_statement_props;

/** new PolicyStatement(props); props may be NULL. A value owned by the owner's App. A malformed
 *  action is aws-cdk-lib's error on the App; a bad owner goes to the process-wide list; never NULL. */
ccdk_iam_policy_statement *ccdk_iam_policy_statement_new(void *owner, const ccdk_iam_policy_statement_props *props);
/** statement.addActions(...), addResources(...) (CCDK_STRS lists) and addCondition(op, key,
 *  value). A malformed action is aws-cdk-lib's error on the App (no path); a NULL op, key or value is an
 *  error, as a NULL statement is, on the process-wide list (ccdk/core.h). */
void ccdk_iam_policy_statement_add_actions(ccdk_iam_policy_statement *s, ccdk_strs actions);
void ccdk_iam_policy_statement_add_resources(ccdk_iam_policy_statement *s, ccdk_strs resources);
void ccdk_iam_policy_statement_add_condition(ccdk_iam_policy_statement *s, const char *op, const char *key, ccdk_value *value);
/** statement.addNotActions(...), addNotResources(...), addAllResources() (addResources("*")),
 *  addPrincipals(...) and addNotPrincipals(...) ((ccdk_iam_principal_list)CCDK_LIST(p1, p2)). Actions
 *  and notActions (resources and notResources, principals and notPrincipals) do not mix in one
 *  statement: adding the one after the other is aws-cdk-lib's error on the App ("Cannot add
 *  'NotActions' to policy statement if 'Actions' have been added", ...), as in the props. A NULL
 *  statement is an error on the process-wide list (ccdk/core.h). */
void ccdk_iam_policy_statement_add_not_actions(ccdk_iam_policy_statement *s, ccdk_strs not_actions);
void ccdk_iam_policy_statement_add_not_resources(ccdk_iam_policy_statement *s, ccdk_strs not_resources);
void ccdk_iam_policy_statement_add_all_resources(ccdk_iam_policy_statement *s);
void ccdk_iam_policy_statement_add_principals(ccdk_iam_policy_statement *s, ccdk_iam_principal_list principals);
void ccdk_iam_policy_statement_add_not_principals(ccdk_iam_policy_statement *s, ccdk_iam_principal_list principals);
/** The statement's shorthands for addPrincipals(new XxxPrincipal(...)): addArnPrincipal(arn),
 *  addAwsAccountPrincipal(accountId) (arn:<partition>:iam::<account>:root), addServicePrincipal(service,
 *  {conditions}) (conditions: an object {Operator: {key: value}} the principal brings, or NULL),
 *  addAnyPrincipal() ({"AWS": "*"}), addAccountRootPrincipal() (the account of the stack the statement
 *  is rendered in) and addCanonicalUserPrincipal(canonicalUserId). The principals are owned by the
 *  statement's App. Principals after NotPrincipals are aws-cdk-lib's error on the App, as for
 *  addPrincipals; a NULL statement or string is an error on the process-wide list (ccdk/core.h). */
void ccdk_iam_policy_statement_add_arn_principal(ccdk_iam_policy_statement *s, const char *arn);
void ccdk_iam_policy_statement_add_aws_account_principal(ccdk_iam_policy_statement *s, const char *account_id);
void ccdk_iam_policy_statement_add_service_principal(ccdk_iam_policy_statement *s, const char *service,
                                                     ccdk_value *conditions);
/** statement.addServicePrincipal(service, opts) with all of ServicePrincipalOpts (region, conditions:
 *  ccdk_iam_service_principal_with_options); options NULL: none. Errors as addServicePrincipal's. */
void ccdk_iam_policy_statement_add_service_principal_with_options(ccdk_iam_policy_statement *s, const char *service,
                                                                  const ccdk_iam_service_principal_options *options);
void ccdk_iam_policy_statement_add_any_principal(ccdk_iam_policy_statement *s);
void ccdk_iam_policy_statement_add_account_root_principal(ccdk_iam_policy_statement *s);
void ccdk_iam_policy_statement_add_canonical_user_principal(ccdk_iam_policy_statement *s, const char *canonical_user_id);
/** statement.addFederatedPrincipal(federated, conditions): addPrincipals(new FederatedPrincipal(federated,
 *  conditions)) (conditions: an object {Operator: {key: value}}, or NULL). A NULL statement or federated
 *  is an error on the process-wide list (ccdk/core.h). */
void ccdk_iam_policy_statement_add_federated_principal(ccdk_iam_policy_statement *s, const char *federated,
                                                       ccdk_value *conditions);
/** statement.addConditions(conditions): conditions is an object {Operator: {key: value}}; each operator's
 *  keys are merged into what the statement has (a key given again replaces its value). An operator
 *  whose value is not an object (a string, a number, a list, null) is aws-cdk-lib's error on the App "A
 *  Condition should be represented as a map of operator to value" (as in the props' conditions).
 *  addAccountCondition(accountId): {StringEquals: {"sts:ExternalId": accountId}};
 *  addSourceAccountCondition(accountId): {StringEquals: {"aws:SourceAccount": accountId}};
 *  addSourceArnCondition(arn): {ArnEquals: {"aws:SourceArn": arn}}. A NULL statement or argument is an
 *  error on the process-wide list (ccdk/core.h). */
void ccdk_iam_policy_statement_add_conditions(ccdk_iam_policy_statement *s, ccdk_value *conditions);
void ccdk_iam_policy_statement_add_account_condition(ccdk_iam_policy_statement *s, const char *account_id);
void ccdk_iam_policy_statement_add_source_account_condition(ccdk_iam_policy_statement *s, const char *account_id);
void ccdk_iam_policy_statement_add_source_arn_condition(ccdk_iam_policy_statement *s, const char *arn);
/** statement.hasResource: whether the statement names a resource (0 for NULL, without an error). */
int ccdk_iam_policy_statement_has_resource(const ccdk_iam_policy_statement *s);
/** statement.hasPrincipal: whether the statement has a principal or a notPrincipal (0 for NULL,
 *  without an error). */
int ccdk_iam_policy_statement_has_principal(const ccdk_iam_policy_statement *s);
/** statement.resources: the resources added so far, each once, in the order first added (a list
 *  token, as ccdk_token_as_list gives, stays the one string it is: test the result with
 *  ccdk_token_is_unresolved_list). A list owned by the App; empty (count 0, not given) for NULL. */
ccdk_strs ccdk_iam_policy_statement_resources(const ccdk_iam_policy_statement *s);
/** statement.principals: how many principals were added (props.principals, in order), and the i-th
 *  (NULL past the end); 0/NULL for NULL. */
size_t ccdk_iam_policy_statement_principal_count(const ccdk_iam_policy_statement *s);
ccdk_iam_principal *ccdk_iam_policy_statement_principal(const ccdk_iam_policy_statement *s, size_t i);
/** statement.actions: how many, and the i-th (a string token for a token; NULL past the end); 0/NULL
 *  for NULL. */
size_t ccdk_iam_policy_statement_action_count(const ccdk_iam_policy_statement *s);
const char *ccdk_iam_policy_statement_action(const ccdk_iam_policy_statement *s, size_t i);
/** statement.sid (NULL when none; owned by the App) and `statement.sid = sid` (copied; NULL removes
 *  it). The sid of a NULL statement: NULL; setting it: an error on the process-wide list. */
const char *ccdk_iam_policy_statement_sid(const ccdk_iam_policy_statement *s);
void ccdk_iam_policy_statement_set_sid(ccdk_iam_policy_statement *s, const char *sid);
/** statement.freeze() and statement.frozen: after it, changing the statement (addActions,
 *  addNotActions, addResources, addNotResources, addPrincipals and addNotPrincipals with the
 *  shorthands above, addCondition and addConditions, the sid) is aws-cdk-lib's error on the App
 *  "<method>: freeze() has been called on this PolicyStatement previously, so it can no longer be
 *  modified". (aws-cdk-lib also freezes a document's statements when it resolves, at synthesis; ccdk
 *  does not, as nothing can be changed after ccdk's synthesis.) A NULL statement: an error on the
 *  process-wide list (freeze), 0 (is_frozen). */
void ccdk_iam_policy_statement_freeze(ccdk_iam_policy_statement *s);
int ccdk_iam_policy_statement_is_frozen(const ccdk_iam_policy_statement *s);
/** statement.toJSON() / toStatementJson(): the statement as rendered now ({Action, Condition, Effect, Principal, ...,
 *  Sid}, single items unwrapped), unresolved; later changes to the statement do not show. A value
 *  owned by the App; NULL for NULL. */
ccdk_value *ccdk_iam_policy_statement_to_json(ccdk_iam_policy_statement *s);
/** PolicyStatement.fromJson(json): a statement from its JSON, an object {Sid, Effect ("Deny" denies,
 *  anything else allows), Action, NotAction, Resource, NotResource (each a string or a list of
 *  strings), Principal, NotPrincipal (an object {AWS: .., Service: .., ...} kept as it is, or a string
 *  such as "*"), Condition} -- ccdk_v_json(owner, text) parses JSON text into one. Owned by the owner's
 *  App; aws-cdk-lib's errors on the App (no path): "Fields must be either a string or an array of
 *  strings", "JSON IAM principal should be an object, got ...", "Incorrect Policy Statement: A
 *  PolicyStatement must specify at least one 'action' or 'notAction'." and the statement's own (a
 *  malformed action, a condition that is not an object); a json that is not an object is an error on
 *  the process-wide list. A bad owner goes to the process-wide list; never NULL. */
ccdk_iam_policy_statement *ccdk_iam_policy_statement_from_json(void *owner, ccdk_value *json);
/** PolicyDocument.fromJson(json): a document of PolicyStatement.fromJson of each item of json's
 *  Statement (a list: else aws-cdk-lib's error "Statement must be an array"; none: an empty document);
 *  Version is not read (the document writes "2012-10-17"). Owned by the owner's App; errors as above;
 *  never NULL. */
ccdk_iam_policy_document *ccdk_iam_policy_document_from_json(void *owner, ccdk_value *json);
/** What statement.copy(overrides) replaces; a list not given (zero) keeps s's. */
typedef struct {
    ccdk_strs actions;                  /* CCDK_STRS(...) */
    ccdk_iam_principal_list principals; /* CCDK_LIST(...) */
} ccdk_iam_policy_statement_overrides;
/** statement.copy(overrides): a new statement with s's actions, resources, conditions, effect and Sid,
 *  and its principals, but for what o gives (o may be NULL). Owned by s's App; NULL for NULL. */
ccdk_iam_policy_statement *ccdk_iam_policy_statement_copy(const ccdk_iam_policy_statement *s,
                                                          const ccdk_iam_policy_statement_overrides *o);

/** A list of statements: (ccdk_iam_policy_statement_list)CCDK_LIST(s1, s2). */
typedef CCDK_LIST_TYPE(ccdk_iam_policy_statement *) ccdk_iam_policy_statement_list;
/** new PolicyDocument({statements}) (a list, or (ccdk_iam_policy_statement_list){0}: none) and
 *  document.addStatements(s).
 *  The document is owned by the owner's App; a bad owner goes to the process-wide list, never NULL.
 *  Adding a NULL statement does nothing; adding to a NULL document is an error on the process-wide
 *  list (ccdk/core.h). */
ccdk_iam_policy_document *ccdk_iam_policy_document_new(void *owner, ccdk_iam_policy_statement_list statements);
void ccdk_iam_policy_document_add_statements(ccdk_iam_policy_document *d, ccdk_iam_policy_statement *s);
/** document.statementCount: how many statements were added (equal ones too: they are merged only
 *  when rendered); 0 for NULL, without an error. */
size_t ccdk_iam_policy_document_statement_count(const ccdk_iam_policy_document *d);
/** new PolicyDocument({assignSids: true}): at synthesis each statement without a Sid gets its index
 *  (after equal statements are dropped) as one, "0", "1", ... (a TopicPolicy's). NULL is an error on
 *  the process-wide list. */
void ccdk_iam_policy_document_assign_sids(ccdk_iam_policy_document *d);
/** ResourcePolicyValidationOptions. */
typedef struct {
    /** CCDK_TRUE: statements need no resource (an ECR repository's policy); default they do */
    ccdk_tristate skip_resource_validation;
} ccdk_iam_resource_policy_validation_options;
/** document.validateForResourcePolicy(options): aws-cdk-lib's message for each statement without an
 *  action or notAction, without a principal or notPrincipal, or (unless skipped) without a resource or
 *  notResource, in statement order: the errors a construct's validation reports with its path (a
 *  Bucket's, a Queue's, a Key's ... ccdk's own do so at synthesis). options may be NULL (defaults). A
 *  list owned by the App (static strings); empty (count 0) when valid and for NULL. */
ccdk_strs ccdk_iam_policy_document_validate_for_resource_policy(ccdk_iam_policy_document *d,
                                                                const ccdk_iam_resource_policy_validation_options *options);
/** JSON.stringify(document) as a string value (a logs.ResourcePolicy's PolicyDocument): the statements
 *  added until synthesis, rendered without post-processing (no Sids, merging or dedup), compact; tokens
 *  inside make it an Fn::Join. Owned by the App; NULL for NULL. */
ccdk_value *ccdk_iam_policy_document_json_string(ccdk_iam_policy_document *d);
/** The document as a property value (a PolicyDocument is an IResolvable): rendered at synthesis, with
 *  the statements added until then. Owned by the App; NULL for NULL. */
ccdk_value *ccdk_iam_policy_document_value(ccdk_iam_policy_document *d);

/* ================================================================== managed policies */

/** ManagedPolicy.fromAwsManagedPolicyName("service-role/AWSLambdaBasicExecutionRole"), owned by the
 *  owner's App. A NULL name is an error (TypeScript requires it); the policy is still returned. */
ccdk_iam_managed_policy *ccdk_iam_managed_policy_from_aws_managed_policy_name(void *owner, const char *name);
/** ManagedPolicy.fromManagedPolicyArn(scope, id, arn), owned by the App (a construct `id` is made
 *  under scope). A NULL arn is an error (TypeScript requires it); the policy is still returned. */
ccdk_iam_managed_policy *ccdk_iam_managed_policy_from_managed_policy_arn(void *scope, const char *id, const char *arn);
/** ManagedPolicy.fromManagedPolicyName(scope, id, name): a customer managed policy of the scope's
 *  account, arn:<partition>:iam::<account>:policy/<name> (tokens for an environment-agnostic stack),
 *  owned by the App (a construct `id` is made under scope). A NULL name is an error (TypeScript
 *  requires it); the policy is still returned. */
ccdk_iam_managed_policy *ccdk_iam_managed_policy_from_managed_policy_name(void *scope, const char *id, const char *name);
/** policy.managedPolicyArn (a token for an AWS managed policy and for a ManagedPolicy made here: its
 *  {"Ref"}), owned by the App; NULL for NULL. */
const char *ccdk_iam_managed_policy_arn(ccdk_iam_managed_policy *p);

/** iam.PermissionsBoundary.of(scope).apply(boundaryPolicy): at synth, every AWS::IAM::Role and
 *  AWS::IAM::User under scope gets the policy's ARN as its PermissionsBoundary (a property override,
 *  by an aspect of priority MUTATING under @aws-cdk/core:aspectPrioritiesMutating, else DEFAULT;
 *  the last applied wins). .clear(): an aspect deleting it (addPropertyDeletionOverride). A bad
 *  scope or a NULL policy is an error on the process-wide list. */
void ccdk_iam_permissions_boundary_apply(void *scope, ccdk_iam_managed_policy *boundary_policy);
void ccdk_iam_permissions_boundary_clear(void *scope);

/* ================================================================== Role */

typedef struct {
    const char *name;
    ccdk_iam_policy_document *document;
} ccdk_iam_inline_policy;
typedef CCDK_LIST_TYPE(ccdk_iam_inline_policy) ccdk_iam_inline_policy_list;
typedef CCDK_LIST_TYPE(ccdk_iam_managed_policy *) ccdk_iam_managed_policy_list;
typedef CCDK_LIST_TYPE(ccdk_iam_role *) ccdk_iam_role_list;

typedef struct {
    ccdk_iam_principal *assumed_by; /* required */
    const char *role_name;
    const char *description;
    const char *path;
    ccdk_iam_managed_policy_list managed_policies; /* CCDK_LIST(p1, p2) */
    /** CCDK_LIST_OF(ccdk_iam_inline_policy, {"name", doc}, ...) */
    ccdk_iam_inline_policy_list inline_policies;
    ccdk_duration max_session_duration;
    ccdk_strs external_ids;
    /** the managed policy that sets the role's maximum permissions (its ARN as PermissionsBoundary) */
    ccdk_iam_managed_policy *permissions_boundary;
} ccdk_iam_role_props;

/** new iam.Role(scope, id, props). Owned by the App. A missing assumed_by or a bad prop is
 *  aws-cdk-lib's error on the role; a bad scope goes to the process-wide list; never NULL. */
ccdk_iam_role *ccdk_iam_role_new(void *scope, const char *id, const ccdk_iam_role_props *props);
/** Role.fromRoleArn(scope, id, arn): an imported role (mutable: policies attach to it), owned by the
 *  App. A malformed ARN is aws-cdk-lib's error on the role; a bad scope goes to the process-wide
 *  list; never NULL. */
ccdk_iam_role *ccdk_iam_role_from_role_arn(void *scope, const char *id, const char *arn);
/** FromRoleArnOptions. */
typedef struct {
    /** mutable: default true. CCDK_FALSE makes the import an ImmutableRole (as a role of another
     *  account is): policies and grants added to it are reported as added and written nowhere, and
     *  the ImportedRole it wraps has the id "MutableRole<id>". */
    ccdk_tristate mutable_;
    /** addGrantsToResources (only with mutable_ CCDK_FALSE; given otherwise, even CCDK_FALSE, it is
     *  aws-cdk-lib's error "'addGrantsToResources' can only be passed if 'mutable: false'" on the
     *  scope): CCDK_TRUE makes grants to the ImmutableRole go to the resources' policies */
    ccdk_tristate add_grants_to_resources;
    /** defaultPolicyName: the construct id (and, under @aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName,
     *  the PolicyName) of the inline policy that statements added to the imported role go to;
     *  default "Policy" (with the flag: "Policy" + the role's unique id) */
    const char *default_policy_name;
} ccdk_iam_from_role_arn_options;
/** Role.fromRoleArn(scope, id, arn, options): as ccdk_iam_role_from_role_arn; options may be NULL. */
ccdk_iam_role *ccdk_iam_role_from_role_arn_with_options(void *scope, const char *id, const char *arn,
                                                        const ccdk_iam_from_role_arn_options *options);
/** Role.fromRoleName(scope, id, name): Role.fromRoleArn with the ARN of that name in the scope's
 *  stack, arn:<partition>:iam::<account>:role/<name> (tokens for an environment-agnostic stack);
 *  role.roleName is the name as given (an empty one too, as aws-cdk-lib). A NULL name is
 *  Role.fromRoleArn(NULL)'s error. */
ccdk_iam_role *ccdk_iam_role_from_role_name(void *scope, const char *id, const char *role_name);
/** Role.fromRoleName(scope, id, name, options) (FromRoleNameOptions: FromRoleArnOptions' fields):
 *  as ccdk_iam_role_from_role_name, with the options of ccdk_iam_role_from_role_arn_with_options;
 *  options may be NULL. */
ccdk_iam_role *ccdk_iam_role_from_role_name_with_options(void *scope, const char *id, const char *role_name,
                                                         const ccdk_iam_from_role_arn_options *options);
/** role.addManagedPolicy(policy), once per ARN. A NULL role is an error on the process-wide list (ccdk/
 *  core.h); a NULL policy is ignored; so is an imported
 *  role, silently (aws-cdk-lib warns "Can't combine imported IManagedPolicy ..."). */
void ccdk_iam_role_add_managed_policy(ccdk_iam_role *role, ccdk_iam_managed_policy *policy);
/** role.addToPrincipalPolicy(statement): into the role's DefaultPolicy (created on first use). At
 *  synthesis, as aws-cdk-lib's splitLargePolicy: equal statements are merged (with the feature flag
 *  @aws-cdk/aws-iam:minimizePolicies, combinable ones, up to an estimated 2000 characters each), and
 *  when the estimated size of the policy reaches 10000 characters (an ARN token counts as the context
 *  value @aws-cdk/aws-iam.arnSizeEstimate, default 150; an action token as 20) the statements beyond it
 *  go into ManagedPolicies "OverflowPolicy1", "OverflowPolicy2", ... of at most 6000 each, under the
 *  role and attached to it. More than 10 (20) managed policies then is aws-cdk-lib's warning
 *  "Policy large: ..." ("Policy too large: ..."). A
 *  NULL statement is ignored without an error; a NULL role is an error on the process-wide list. */
void ccdk_iam_role_add_to_policy(ccdk_iam_role *role, ccdk_iam_policy_statement *statement);
/** role.grant(grantee, ...actions): Grant.addToPrincipal of the actions on the role's ARN (an
 *  identity policy statement when the grantee is a Role or a User, nothing otherwise); 1 when added.
 *  role.grantPassRole(grantee): the same for iam:PassRole; role.grantAssumeRole(grantee): for
 *  sts:AssumeRole, where a ServicePrincipal or an AccountPrincipal (AccountRootPrincipal too) is
 *  aws-cdk-lib's error on the role ("Cannot use a service or account principal with grantAssumeRole,
 *  use assumeRolePolicy instead."). A NULL role or grantee is an error on the process-wide list. */
int ccdk_iam_role_grant(ccdk_iam_role *role, ccdk_iam_principal *grantee, ccdk_strs actions);
int ccdk_iam_role_grant_pass_role(ccdk_iam_role *role, ccdk_iam_principal *grantee);
int ccdk_iam_role_grant_assume_role(ccdk_iam_role *role, ccdk_iam_principal *grantee);
/** WithoutPolicyUpdatesOptions. */
typedef struct {
    /** CCDK_TRUE: grants to the role go to the resources' policies instead (statementAdded is false);
     *  default: they are reported as added and written nowhere */
    ccdk_tristate add_grants_to_resources;
} ccdk_iam_without_policy_updates_options;
/** role.withoutPolicyUpdates(options): an ImmutableRole "ImmutableRole<id>" beside the role (made once;
 *  the same one on later calls), with the role's ARN, name and CfnRole, to which policies, managed
 *  policies and grants are added as if they were and written nowhere. options may be NULL. An imported
 *  role (no such method in aws-cdk-lib) is returned as it is. A NULL role is an error on the
 *  process-wide list and gives NULL. */
ccdk_iam_role *ccdk_iam_role_without_policy_updates(ccdk_iam_role *role, const ccdk_iam_without_policy_updates_options *options);
/** role.roleArn, role.roleName (tokens, or literals for an import), and the CfnRole (NULL when
 *  imported); owned by the App. NULL for NULL, without an error. */
const char *ccdk_iam_role_arn(ccdk_iam_role *role);
const char *ccdk_iam_role_name(ccdk_iam_role *role);
ccdk_cfn_resource *ccdk_iam_role_resource(ccdk_iam_role *role);
/** 1 for a role imported with Role.fromRoleArn (its policies are not the App's to change), else 0. */
int ccdk_iam_role_is_imported(const ccdk_iam_role *role);
/** role.principalAccount: the account of an imported role's ARN (a token for a token ARN), else the
 *  account of the role's stack (a token when it has none). Owned by the App; NULL for NULL. */
const char *ccdk_iam_role_principal_account(ccdk_iam_role *role);
/** role.roleId: the role's {"Fn::GetAtt": [<role>, "RoleId"]}, owned by the App. A role under
 *  Role.customizeRoles (without preventSynthesis: false) has none: aws-cdk-lib's error
 *  '"roleId" is not available on precreated roles' on the role, and NULL. An imported role (IRole
 *  has no roleId) and NULL give NULL without an error. */
const char *ccdk_iam_role_id(ccdk_iam_role *role);
/** role.assumeRolePolicy: the role's trust policy document (statements added to it with
 *  ccdk_iam_policy_document_add_statements are in AssumeRolePolicyDocument, and validated as a trust
 *  policy's at synthesis); NULL for an imported role and for NULL, without an error. */
ccdk_iam_policy_document *ccdk_iam_role_assume_role_policy(ccdk_iam_role *role);

/** Role.customizeRoles(scope, options): CustomizeRolesOptions. */
typedef struct {
    /** usePrecreatedRoles: {construct path of a role: the name of the role made outside the app},
     *  CCDK_KVS({"MyStack/MyFunction/ServiceRole", "my-function-role"}, ...); a path that does not
     *  start with the scope's path is taken under it ("MyFunction/ServiceRole") */
    ccdk_kvs use_precreated_roles;
    /** preventSynthesis: default true (no AWS::IAM::Role, no role policies in the templates);
     *  CCDK_FALSE creates them still, each role then given the precreated role's ARN without a name
     *  and reported as "missing role" (aws-cdk-lib's behaviour) */
    ccdk_tristate prevent_synthesis;
} ccdk_iam_customize_roles_options;
/** Role.customizeRoles(scope, options): sets the context "@aws-cdk/iam:customizeRoles" on scope (so
 *  before any child is added to it: else node.setContext's error), and the roles made under scope
 *  from then on are precreated ones: a Role (a Function's ServiceRole too) gets children
 *  "Import<id>" and "PrecreatedRole<id>" and the ARN of the role named in use_precreated_roles
 *  (arn:<partition>:iam::<account>:role/<name>; its name is its roleName); its managed policies,
 *  inline policies, statements and grants are not synthesized but written, with its trust policy,
 *  into the cloud assembly's iam-policy-report.txt and iam-policy-report.json. A role whose path is
 *  not in use_precreated_roles (with preventSynthesis) is "missing role" in the report, and
 *  aws-cdk-lib's error "IAM Role is being created at path "<path>" and customizeRoles.
 *  preventSynthesis is enabled. You must provide a precreated role name in customizeRoles.
 *  precreatedRoles" is in the stack's metadata (the synth goes on, as in aws-cdk-lib: the cdk CLI
 *  fails on it); a name that is a token: "Cannot resolve precreated role name at path ...".
 *  Role.fromRoleArn / fromRoleName under scope give a precreated role of that ARN (reported without
 *  "missing"); a ManagedPolicy under scope is not created either (its ARN is that of the policy
 *  named as its id, an "Imported<id>" child) and its statements are reported with the roles it is
 *  attached to. options may be NULL (defaults). (Not supported: the roles of the custom resource
 *  providers, S3's autoDeleteObjects and EC2's restrictDefaultSecurityGroup, which aws-cdk-lib
 *  reports too.) A NULL or bad scope, or a NULL path or name, is an error on the process-wide list. */
void ccdk_iam_role_customize_roles(void *scope, const ccdk_iam_customize_roles_options *options);

/* ================================================================== User */

typedef CCDK_LIST_TYPE(ccdk_iam_group *) ccdk_iam_group_list;

typedef struct {
    const char *user_name;                          /* default: CloudFormation names it */
    const char *path;                               /* default: "/" (left out) */
    ccdk_iam_managed_policy_list managed_policies;  /* CCDK_LIST(p1, p2) */
    /** CCDK_LIST(g1, g2): addToGroup each, after the rest */
    ccdk_iam_group_list groups;
    /** the managed policy that sets the user's maximum permissions (its ARN as PermissionsBoundary) */
    ccdk_iam_managed_policy *permissions_boundary;
} ccdk_iam_user_props;

/** new iam.User(scope, id, props): an AWS::IAM::User; props may be NULL. Owned by the App. Only the
 *  props above (no password, passwordResetRequired). A user is a grantee (IGrantable: pass it
 *  to grant functions as it is): grants go to its "DefaultPolicy" (an AWS::IAM::Policy with its name
 *  in Users). A bad scope goes to the process-wide list; never NULL. */
ccdk_iam_user *ccdk_iam_user_new(void *scope, const char *id, const ccdk_iam_user_props *props);
/** User.fromUserArn(scope, id, arn) (fromUserAttributes({userArn}) too) and User.fromUserName(scope,
 *  id, name): imported users, grantees as a User is; their policy is "Policy"; principalAccount is
 *  the ARN's account field (fromUserName: the stack's). A bad scope goes to the process-wide list;
 *  never NULL. */
ccdk_iam_user *ccdk_iam_user_from_user_arn(void *scope, const char *id, const char *user_arn);
ccdk_iam_user *ccdk_iam_user_from_user_name(void *scope, const char *id, const char *user_name);
/** user.addManagedPolicy(policy), once per ARN; a NULL policy is ignored, a NULL user is an error on
 *  the process-wide list. An imported user's is
 *  aws-cdk-lib's error "Cannot add managed policy to imported User". */
void ccdk_iam_user_add_managed_policy(ccdk_iam_user *user, ccdk_iam_managed_policy *policy);
/** user.userName ({"Ref"}), user.userArn ({"Fn::GetAtt": [.., "Arn"]}) as string tokens, and its
 *  CfnUser; owned by the App; NULL for NULL. user.addToPrincipalPolicy(s): the DefaultPolicy (made on
 *  first use), returned; NULL for a NULL argument (a NULL user: an error on the process-wide list). */
const char *ccdk_iam_user_name(ccdk_iam_user *user);
const char *ccdk_iam_user_arn(ccdk_iam_user *user);
ccdk_cfn_resource *ccdk_iam_user_resource(ccdk_iam_user *user);
ccdk_iam_policy *ccdk_iam_user_add_to_principal_policy(ccdk_iam_user *user, ccdk_iam_policy_statement *s);
/** user.addToGroup(group): the group's name in the user's Groups (each call adds it, as aws-cdk-lib); for
 *  an imported user an AWS::IAM::UserToGroupAddition "<userName>Group<n>" (n counts the user's calls
 *  from 0) in the group's stack. A NULL user or group is an error on the process-wide list. */
void ccdk_iam_user_add_to_group(ccdk_iam_user *user, ccdk_iam_group *group);
/** user.attachInlinePolicy(policy): policy.attachToUser(user) (below). A NULL user or policy is an error
 *  on the process-wide list. */
void ccdk_iam_user_attach_inline_policy(ccdk_iam_user *user, ccdk_iam_policy *policy);

/* ================================================================== Group */

typedef struct {
    const char *group_name;                        /* default: CloudFormation names it */
    const char *path;                              /* default: none (CloudFormation's "/") */
    ccdk_iam_managed_policy_list managed_policies; /* CCDK_LIST(p1, p2) */
} ccdk_iam_group_props;

/** new iam.Group(scope, id, props): an AWS::IAM::Group; props may be NULL. Owned by the App. A group
 *  is a grantee (IGrantable: pass it to grant functions as it is): grants go to its "DefaultPolicy"
 *  (an AWS::IAM::Policy with its name in Groups). More than 10 managed policies (managed_policies as
 *  given, a policy twice counting twice, then each one ccdk_iam_group_add_managed_policy adds) is
 *  aws-cdk-lib's warning "You added <n> to IAM Group <name>. The maximum number of managed policies
 *  attached to an IAM group is 10." (an unnamed group's name: a token). A bad scope goes to the
 *  process-wide list; never NULL. */
ccdk_iam_group *ccdk_iam_group_new(void *scope, const char *id, const ccdk_iam_group_props *props);
/** Group.fromGroupArn(scope, id, arn) and Group.fromGroupName(scope, id, name) (the ARN
 *  arn:<partition>:iam::<account>:group/<name> of the scope's stack): imported groups, grantees as a
 *  Group is (their policy is "DefaultPolicy" too); the name is the ARN's resource name after "group/"
 *  (a path stays in it); principalAccount the ARN's account. A malformed ARN is aws-cdk-lib's error; a
 *  NULL arn or name an error on the process-wide list; a bad scope goes to the process-wide list; never
 *  NULL. */
ccdk_iam_group *ccdk_iam_group_from_group_arn(void *scope, const char *id, const char *group_arn);
ccdk_iam_group *ccdk_iam_group_from_group_name(void *scope, const char *id, const char *group_name);
/** group.addUser(user): user.addToGroup(group) (above). group.addManagedPolicy(policy): its ARN in the
 *  group's ManagedPolicyArns, once per policy object (the same ARN from two objects is there twice, as
 *  in aws-cdk-lib); an imported group's does nothing, a NULL policy is ignored. group.attachInlinePolicy
 *  (policy): policy.attachToGroup(group) (two policies of one name are aws-cdk-lib's error "A policy
 *  named ... is already attached"). A NULL group, user or inline policy is an error on the process-wide
 *  list. */
void ccdk_iam_group_add_user(ccdk_iam_group *group, ccdk_iam_user *user);
void ccdk_iam_group_add_managed_policy(ccdk_iam_group *group, ccdk_iam_managed_policy *policy);
void ccdk_iam_group_attach_inline_policy(ccdk_iam_group *group, ccdk_iam_policy *policy);
/** group.addToPrincipalPolicy(s) (addToPolicy too): the DefaultPolicy (made on first use), returned;
 *  NULL for a NULL argument (a NULL group: an error on the process-wide list). */
ccdk_iam_policy *ccdk_iam_group_add_to_principal_policy(ccdk_iam_group *group, ccdk_iam_policy_statement *s);
/** group.groupName ({"Ref"}; an import's name), group.groupArn ({"Fn::GetAtt": [.., "Arn"]}; an
 *  import's ARN) as strings, and its CfnGroup (NULL for an import); owned by the App; NULL for NULL. */
const char *ccdk_iam_group_name(ccdk_iam_group *group);
const char *ccdk_iam_group_arn(ccdk_iam_group *group);
ccdk_cfn_resource *ccdk_iam_group_resource(ccdk_iam_group *group);

/* ================================================================== Policy */

typedef CCDK_LIST_TYPE(ccdk_iam_user *) ccdk_iam_user_list;
typedef struct {
    const char *policy_name;
    ccdk_iam_policy_statement_list statements; /* CCDK_LIST(s1, s2) */
    ccdk_iam_role_list roles;
    ccdk_iam_user_list users;
    ccdk_iam_group_list groups; /* CCDK_LIST(g1, g2): attachToGroup each */
    /** the document to use (shared, not copied: ccdk_iam_policy_document_from_json's, say); default: a
     *  new empty one */
    ccdk_iam_policy_document *document;
    /** CCDK_TRUE: the AWS::IAM::Policy is always in the template, and being empty or attached to no one
     *  is an error at synthesis. Default: a policy without statements, or attached to no one, is left
     *  out of the template (and of DependsOn). */
    ccdk_tristate force;
} ccdk_iam_policy_props;
/** new iam.Policy(scope, id, props); props may be NULL. Owned by the App. A bad scope goes to the
 *  process-wide list; never NULL. */
ccdk_iam_policy *ccdk_iam_policy_new(void *scope, const char *id, const ccdk_iam_policy_props *props);
/** policy.addStatements(s) and policy.attachToRole(role) (once per role ARN: a role and its import
 *  by ARN are one). A NULL statement or role is ignored without an error; a NULL policy is an error on
 *  the process-wide list. */
void ccdk_iam_policy_add_statements(ccdk_iam_policy *p, ccdk_iam_policy_statement *s);
void ccdk_iam_policy_attach_to_role(ccdk_iam_policy *p, ccdk_iam_role *role);
/** policy.attachToUser(user): the user's name in the policy's Users, once per user ARN. A NULL user is
 *  ignored; a NULL policy is an error on the process-wide list. */
void ccdk_iam_policy_attach_to_user(ccdk_iam_policy *p, ccdk_iam_user *user);
/** policy.attachToGroup(group): the group's name in the policy's Groups, once per group ARN, and
 *  group.attachInlinePolicy(policy). A NULL policy or group is an error on the process-wide list. */
void ccdk_iam_policy_attach_to_group(ccdk_iam_policy *p, ccdk_iam_group *group);
/** policy.policyName: the name given, else a token of the name CloudFormation is given (the logical
 *  id, its last 128 characters). Reading it takes a reference: the policy is then in the template even
 *  when empty or attached to no one, and at synthesis either is aws-cdk-lib's error "This Policy has
 *  been referenced by a resource, so it must contain at least one statement." ("... must be attached
 *  to at least one user, group or role."). An imported policy's is its name. Owned by the App; NULL
 *  for NULL. */
const char *ccdk_iam_policy_name(ccdk_iam_policy *p);
/** Policy.fromPolicyName(scope, id, name): an imported policy (a construct with no resource), whose
 *  only use is its name: adding statements to it and attaching it do nothing. A NULL name is an error
 *  on the process-wide list; a bad scope goes to the process-wide list; never NULL. */
ccdk_iam_policy *ccdk_iam_policy_from_policy_name(void *scope, const char *id, const char *policy_name);
/** role.attachInlinePolicy(policy): policy.attachToRole(role) (above). A NULL role or policy is an error
 *  on the process-wide list. */
void ccdk_iam_role_attach_inline_policy(ccdk_iam_role *role, ccdk_iam_policy *policy);

/* ================================================================== ManagedPolicy */

typedef struct {
    /** the physical name (ManagedPolicyName); default: CloudFormation names it.
     *  CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED (core.h): named only when a stack of another account or
     *  region uses its ARN, arn:<partition>:iam::<account>:policy/<name> there (a literal name's too,
     *  without the path, as aws-cdk-lib's) */
    const char *managed_policy_name;
    const char *description;                   /* default: "" (written as such) */
    const char *path;                          /* default: "/" (written as such) */
    ccdk_iam_policy_statement_list statements; /* CCDK_LIST(s1, s2): added after the document's */
    /** the document to use (shared, not copied: statements added later show in both); default: a new
     *  empty one */
    ccdk_iam_policy_document *document;
    ccdk_iam_role_list roles; /* CCDK_LIST(r1, r2): attachToRole each */
    ccdk_iam_user_list users; /* CCDK_LIST(u1, u2): attachToUser each */
    ccdk_iam_group_list groups; /* CCDK_LIST(g1, g2): attachToGroup each */
} ccdk_iam_managed_policy_props;

/** new iam.ManagedPolicy(scope, id, props): an AWS::IAM::ManagedPolicy listing the roles and users it
 *  is attached to (roles and users need not list it: role.addManagedPolicy(policy) adds its ARN to the
 *  role as well); props may be NULL. Owned by the App. At synthesis an empty document is aws-cdk-lib's
 *  error "Managed Policy is empty. You must add statements to the policy", and the statements are
 *  validated as an identity policy's. A bad scope goes to the process-wide
 *  list; never NULL. */
ccdk_iam_managed_policy *ccdk_iam_managed_policy_new(void *scope, const char *id, const ccdk_iam_managed_policy_props *props);
/** policy.addStatements(s), policy.attachToRole(role) and policy.attachToUser(user): a role (user) once
 *  per ARN. A NULL statement, role or user is ignored; so is, silently, a policy that is not a
 *  ManagedPolicy made with ccdk_iam_managed_policy_new (an import has no document); a NULL policy is
 *  an error on the process-wide list (ccdk/core.h). */
void ccdk_iam_managed_policy_add_statements(ccdk_iam_managed_policy *p, ccdk_iam_policy_statement *s);
void ccdk_iam_managed_policy_attach_to_role(ccdk_iam_managed_policy *p, ccdk_iam_role *role);
void ccdk_iam_managed_policy_attach_to_user(ccdk_iam_managed_policy *p, ccdk_iam_user *user);
/** policy.attachToGroup(group): the group's name in the policy's Groups, once per group ARN (the group
 *  does not list the policy); as attach_to_user for NULLs and imports. */
void ccdk_iam_managed_policy_attach_to_group(ccdk_iam_managed_policy *p, ccdk_iam_group *group);
/** policy.managedPolicyName of a ManagedPolicy made here: the name part of its ARN,
 *  {"Fn::Select": [1, {"Fn::Split": ["/", {"Fn::Select": [5, {"Fn::Split": [":", {"Ref"}]}]}]}]} (a
 *  token); NULL for another policy and for NULL. Owned by the App. */
const char *ccdk_iam_managed_policy_name(ccdk_iam_managed_policy *p);
/** The policy's document and its CfnManagedPolicy (a construct: pass it to ccdk_node_add_dependency);
 *  NULL for a policy not made with ccdk_iam_managed_policy_new, and for NULL. */
ccdk_iam_policy_document *ccdk_iam_managed_policy_document(ccdk_iam_managed_policy *p);
ccdk_cfn_resource *ccdk_iam_managed_policy_resource(ccdk_iam_managed_policy *p);

/** Grants actions on resources to a grantee: an identity policy when the grantee is a role or a
 *  user, nothing otherwise: Grant.addToPrincipal. A resource with a policy of its own grants with
 *  ccdk_iam_grant_add_to_principal_or_resource (below) instead. Returns 1 when added, 0 otherwise
 *  (also for NULL; a NULL grantee is an error on the process-wide list, ccdk/core.h). */
int ccdk_iam_grant_add_to_principal(ccdk_iam_principal *grantee, ccdk_strs actions, ccdk_strs resources);
/** grantee.addToPrincipalPolicy(statement): a Role's or a User's DefaultPolicy (made on first use);
 *  1 when the principal has a policy of its own (statementAdded; an immutable role's too, which
 *  writes nothing), 0 for the others and NULL arguments (a NULL principal: an error on the
 *  process-wide list). */
int ccdk_iam_principal_add_to_policy(ccdk_iam_principal *grantee, ccdk_iam_policy_statement *s);
/** principal.principalAccount: a Role's (ccdk_iam_role_principal_account) or a User's (its stack's
 *  account; an import's ARN's account field), an AccountPrincipal's account; NULL for the others, as
 *  in aws-cdk-lib (a service, an ARN, anyone, an organization, a composite) and for NULL. */
const char *ccdk_iam_principal_account(const ccdk_iam_principal *p);
/** The stack of a grantee that Resource.isOwnedResource takes as owned: a Role or a User made in
 *  the App (not imported); NULL for the others and for NULL. */
ccdk_stack *ccdk_iam_principal_owned_stack(const ccdk_iam_principal *p);

/** resource.addToResourcePolicy(statement) for the grants below: `resource` is the options' resource;
 *  returns 1 when the statement was added (statementAdded), else 0. */
typedef int (*ccdk_iam_add_to_resource_policy_fn)(void *resource, ccdk_iam_policy_statement *statement);
/** What a grant on a resource with a resource policy needs (GrantWithResourceOptions). */
typedef struct {
    ccdk_strs actions;             /* CCDK_STRS(...) */
    ccdk_strs resource_arns;       /* the grantee's statement's resources */
    /** the resource policy statement's resources when given (CCDK_EMPTY_LIST: none, no "Resource");
     *  default: resource_arns */
    ccdk_strs resource_self_arns;
    /** the conditions of both statements, the grantee's and the resource policy's (an object
     *  {Operator: {key: value}}, as ccdk_iam_policy_statement_props's), as EFS's grantRead gives
     *  {"Bool": {"elasticfilesystem:AccessedViaMountTarget": "true"}}; NULL: none */
    ccdk_value *conditions;
    const char *resource_account;  /* resource.env.account: the stack's, an import's ARN's */
    ccdk_iam_add_to_resource_policy_fn add_to_resource_policy; /* NULL: the resource has no policy */
    void *resource;
    /** for the Grant objects below: addToResourcePolicy's policyDependable, the construct that a
     *  dependency on the grant reaches when the resource took the statement (its policy resource);
     *  NULL: `resource` when it is a construct (aws-cdk-lib's `policyDependable ?? resource`) */
    void *policy_dependable;
    /** Optional, out: where to store the Grant's principalStatement || resourceStatement (what
     *  aws-cdk-lib's callers add conditions to after the grant, as Secret.grantRead does its version
     *  stages): the grantee's statement when that was all, else the resource policy's statement
     *  (made even when the resource has no policy, and then in no document). NULL when nothing. */
    ccdk_iam_policy_statement **statement;
} ccdk_iam_grant_on_resource;
/** What the grants below added, as bits: to the grantee's policy, to the resource's policy. */
#define CCDK_IAM_GRANT_ON_PRINCIPAL 1
#define CCDK_IAM_GRANT_ON_RESOURCE 2
/** Grant.addToPrincipalOrResource(options): the grantee's policy when it has one (a Role, a User:
 *  ccdk_iam_principal_add_to_policy); and a statement to the grantee (Principal) on the resource's
 *  policy as well unless the grantee took it and its principalAccount is the resource's account
 *  (Token.compareStrings SAME or BOTH_UNRESOLVED): a service, an ARN, anyone, an account, a principal
 *  of another account. Returns the CCDK_IAM_GRANT_ON_* bits of what was added; 0 for NULL arguments
 *  (a NULL grantee: an error on the process-wide list). */
int ccdk_iam_grant_add_to_principal_or_resource(ccdk_iam_principal *grantee, const ccdk_iam_grant_on_resource *o);
/** Grant.addToPrincipalAndResource(options): the grantee's policy when it has one, and always the
 *  resource's policy, its statement to resource_policy_principal (NULL: the grantee). Returns the
 *  CCDK_IAM_GRANT_ON_* bits; 0 for NULL arguments (a NULL grantee: an error on the process-wide list). */
int ccdk_iam_grant_add_to_principal_and_resource(ccdk_iam_principal *grantee, const ccdk_iam_grant_on_resource *o,
                                                 ccdk_iam_principal *resource_policy_principal);

/* ---- LazyRole ---- */
/* ccdk_iam_lazy_role (core.h): an iam.LazyRole, a Role made only when it is used. */
/** new LazyRole(scope, id, props): a construct (in a Stack) whose Role, new Role(lazy, "Default",
 *  props), is made the first time it is read (ccdk_iam_lazy_role_role, _arn, _name): unread, the
 *  template has no role. props (required in aws-cdk-lib: assumed_by) are copied, lists and strings
 *  too. Owned by the App; a bad scope goes to the process-wide list; never NULL. */
ccdk_iam_lazy_role *ccdk_iam_lazy_role_new(void *scope, const char *id, const ccdk_iam_role_props *props);
/** The LazyRole's Role, made now if it was not (instantiate(): with the statements, inline policies
 *  and managed policies added before, in that order); pass it where a role goes (a Function's
 *  role: aws-cdk-lib's Function reads the LazyRole's ARN, which makes it). A LazyRole is a grantee
 *  itself (CCDK_IAM_GRANTABLE, ccdk_iam_lazy_role_principal): grant to it to keep it lazy. NULL for
 *  NULL. */
ccdk_iam_role *ccdk_iam_lazy_role_role(ccdk_iam_lazy_role *lazy);
/** lazyRole.roleArn / lazyRole.roleName / lazyRole.roleId: the Role's (made now if it was not; a
 *  precreated role's id is the Role's error). NULL for NULL. */
const char *ccdk_iam_lazy_role_arn(ccdk_iam_lazy_role *lazy);
const char *ccdk_iam_lazy_role_name(ccdk_iam_lazy_role *lazy);
const char *ccdk_iam_lazy_role_id(ccdk_iam_lazy_role *lazy);
/** lazyRole.grant(grantee, ...actions) / grantPassRole(grantee) / grantAssumeRole(grantee): the
 *  Role's (made now if it was not: ccdk_iam_role_grant, _grant_pass_role, _grant_assume_role, their
 *  errors too). A NULL lazy role or grantee is an error on the process-wide list. */
int ccdk_iam_lazy_role_grant(ccdk_iam_lazy_role *lazy, ccdk_iam_principal *grantee, ccdk_strs actions);
int ccdk_iam_lazy_role_grant_pass_role(ccdk_iam_lazy_role *lazy, ccdk_iam_principal *grantee);
int ccdk_iam_lazy_role_grant_assume_role(ccdk_iam_lazy_role *lazy, ccdk_iam_principal *grantee);
/** lazyRole.addToPolicy(statement) / attachInlinePolicy(policy) / addManagedPolicy(policy): kept
 *  for the Role until it is made, then given to it (no role is made by these); the same as
 *  ccdk_iam_principal_add_to_policy(lazy, statement). A NULL lazy role or argument is an error on
 *  the process-wide list. */
void ccdk_iam_lazy_role_add_to_policy(ccdk_iam_lazy_role *lazy, ccdk_iam_policy_statement *statement);
void ccdk_iam_lazy_role_attach_inline_policy(ccdk_iam_lazy_role *lazy, ccdk_iam_policy *policy);
void ccdk_iam_lazy_role_add_managed_policy(ccdk_iam_lazy_role *lazy, ccdk_iam_managed_policy *policy);

/* ---- Grant objects (aws-iam grant.ts): what a grant added, to depend on ---- */
/** A Grant: the statements a grant added and the policies they went to. Owned by the App. */
typedef struct ccdk_iam_grant ccdk_iam_grant;
/** Grant.addToPrincipal({grantee, actions, resourceArns}): as ccdk_iam_grant_add_to_principal, and the
 *  Grant: its principalStatement when the grantee took the statement (a Role, a User, a Group, a
 *  ManagedPolicy's principal), its dependable the policy it went to (a role's DefaultPolicy, ...; an
 *  immutable or precreated role's is empty). NULL grantee: an error on the process-wide list, NULL. */
ccdk_iam_grant *ccdk_iam_grant_on_principal(ccdk_iam_principal *grantee, ccdk_strs actions, ccdk_strs resources);
/** Grant.addToPrincipalOrResource(options): as ccdk_iam_grant_add_to_principal_or_resource, and the
 *  Grant: the principal's when that was all, else one of the resource statement alone (its dependable
 *  o->policy_dependable, or the resource, when the resource took it). o->statement is not set. NULL
 *  grantee or o: an error on the process-wide list, NULL. */
ccdk_iam_grant *ccdk_iam_grant_on_principal_or_resource(ccdk_iam_principal *grantee, const ccdk_iam_grant_on_resource *o);
/** Grant.addToPrincipalAndResource(options): as ccdk_iam_grant_add_to_principal_and_resource, and the
 *  Grant, as aws-cdk-lib's: its principalStatement is the resource policy's statement, it has no
 *  resourceStatement, and it depends on the grantee's policy and the resource's (when the resource
 *  took the statement). NULL grantee or o: an error on the process-wide list, NULL. */
ccdk_iam_grant *ccdk_iam_grant_on_principal_and_resource(ccdk_iam_principal *grantee, const ccdk_iam_grant_on_resource *o,
                                                         ccdk_iam_principal *resource_policy_principal);
/** Grant.drop(grantee, intent): a Grant that added nothing (success 0, no statements, no dependency).
 *  intent (why) may be NULL; a NULL grantee is an error on the process-wide list (NULL returned). */
ccdk_iam_grant *ccdk_iam_grant_drop(ccdk_iam_principal *grantee, const char *intent);
/** grant.combine(rhs): a new Grant of both grants' statements (the first of each kind its
 *  principalStatement / resourceStatement) and both dependables. A NULL grant or rhs is an error on
 *  the process-wide list (grant returned). */
ccdk_iam_grant *ccdk_iam_grant_combine(ccdk_iam_grant *grant, ccdk_iam_grant *rhs);
/** grant.success: 1 when a statement was added to a principal's or a resource's policy; 0 for NULL. */
int ccdk_iam_grant_success(const ccdk_iam_grant *grant);
/** grant.principalStatement / grant.resourceStatement (add conditions to them after the grant);
 *  NULL when none, and for NULL. */
ccdk_iam_policy_statement *ccdk_iam_grant_principal_statement(const ccdk_iam_grant *grant);
ccdk_iam_policy_statement *ccdk_iam_grant_resource_statement(const ccdk_iam_grant *grant);
/** grant.applyBefore(construct): construct.node.addDependency(grant): the construct's resources
 *  depend on the policies the grant went to (DependsOn them, or its stack on theirs). A NULL grant
 *  or construct is an error on the process-wide list. */
void ccdk_iam_grant_apply_before(ccdk_iam_grant *grant, void *construct);

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_iam_service_principal(owner, ...) ccdk_iam_service_principal(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_iam_account_principal(owner, ...) ccdk_iam_account_principal(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_iam_service_principal_with_options(owner, ...) ccdk_iam_service_principal_with_options(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_iam_service_principal_from_static_name(owner, ...) ccdk_iam_service_principal_from_static_name(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_iam_account_root_principal(owner) ccdk_iam_account_root_principal(CCDK_CONSTRUCT(owner))
#define ccdk_iam_arn_principal(owner, ...) ccdk_iam_arn_principal(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_iam_organization_principal(owner, ...) ccdk_iam_organization_principal(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_iam_any_principal(owner) ccdk_iam_any_principal(CCDK_CONSTRUCT(owner))
#define ccdk_iam_star_principal(owner) ccdk_iam_star_principal(CCDK_CONSTRUCT(owner))
#define ccdk_iam_canonical_user_principal(owner, ...) ccdk_iam_canonical_user_principal(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_iam_composite_principal(owner, ...) ccdk_iam_composite_principal(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_iam__via_service_principal(owner, ...) ccdk_iam__via_service_principal(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_iam_federated_principal(owner, ...) ccdk_iam_federated_principal(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_iam_web_identity_principal(owner, ...) ccdk_iam_web_identity_principal(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_iam_saml_provider_from_saml_provider_arn(scope, ...) ccdk_iam_saml_provider_from_saml_provider_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_iam_open_id_connect_provider_from_open_id_connect_provider_arn(scope, ...) ccdk_iam_open_id_connect_provider_from_open_id_connect_provider_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_iam_policy_statement_new(owner, ...) ccdk_iam_policy_statement_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_iam_policy_statement_from_json(owner, ...) ccdk_iam_policy_statement_from_json(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_iam_policy_document_from_json(owner, ...) ccdk_iam_policy_document_from_json(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_iam_policy_document_new(owner, ...) ccdk_iam_policy_document_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_iam_managed_policy_from_aws_managed_policy_name(owner, ...) ccdk_iam_managed_policy_from_aws_managed_policy_name(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_iam_managed_policy_from_managed_policy_arn(scope, ...) ccdk_iam_managed_policy_from_managed_policy_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_iam_managed_policy_from_managed_policy_name(scope, ...) ccdk_iam_managed_policy_from_managed_policy_name(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_iam_permissions_boundary_apply(scope, ...) ccdk_iam_permissions_boundary_apply(CCDK_CONSTRUCT(scope), __VA_ARGS__)
#define ccdk_iam_permissions_boundary_clear(scope) ccdk_iam_permissions_boundary_clear(CCDK_CONSTRUCT(scope))
#define ccdk_iam_role_new(scope, ...) ccdk_iam_role_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_iam_role_from_role_arn(scope, ...) ccdk_iam_role_from_role_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_iam_role_from_role_arn_with_options(scope, ...) ccdk_iam_role_from_role_arn_with_options(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_iam_role_from_role_name(scope, ...) ccdk_iam_role_from_role_name(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_iam_role_from_role_name_with_options(scope, ...) ccdk_iam_role_from_role_name_with_options(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_iam_role_grant(role, grantee, ...) ccdk_iam_role_grant(role, CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_iam_role_grant_pass_role(role, grantee) ccdk_iam_role_grant_pass_role(role, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_iam_role_grant_assume_role(role, grantee) ccdk_iam_role_grant_assume_role(role, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_iam_role_customize_roles(scope, ...) ccdk_iam_role_customize_roles(CCDK_CONSTRUCT(scope), __VA_ARGS__)
#define ccdk_iam_user_new(scope, ...) ccdk_iam_user_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_iam_user_from_user_arn(scope, ...) ccdk_iam_user_from_user_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_iam_user_from_user_name(scope, ...) ccdk_iam_user_from_user_name(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_iam_group_new(scope, ...) ccdk_iam_group_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_iam_group_from_group_arn(scope, ...) ccdk_iam_group_from_group_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_iam_group_from_group_name(scope, ...) ccdk_iam_group_from_group_name(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_iam_policy_new(scope, ...) ccdk_iam_policy_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_iam_policy_from_policy_name(scope, ...) ccdk_iam_policy_from_policy_name(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_iam_managed_policy_new(scope, ...) ccdk_iam_managed_policy_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_iam_grant_add_to_principal(grantee, ...) ccdk_iam_grant_add_to_principal(CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_iam_principal_add_to_policy(grantee, ...) ccdk_iam_principal_add_to_policy(CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_iam_grant_add_to_principal_or_resource(grantee, ...) ccdk_iam_grant_add_to_principal_or_resource(CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_iam_grant_add_to_principal_and_resource(grantee, ...) ccdk_iam_grant_add_to_principal_and_resource(CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_iam_lazy_role_new(scope, ...) ccdk_iam_lazy_role_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_iam_lazy_role_grant(lazy, grantee, ...) ccdk_iam_lazy_role_grant(lazy, CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_iam_lazy_role_grant_pass_role(lazy, grantee) ccdk_iam_lazy_role_grant_pass_role(lazy, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_iam_lazy_role_grant_assume_role(lazy, grantee) ccdk_iam_lazy_role_grant_assume_role(lazy, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_iam_grant_on_principal(grantee, ...) ccdk_iam_grant_on_principal(CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_iam_grant_on_principal_or_resource(grantee, ...) ccdk_iam_grant_on_principal_or_resource(CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_iam_grant_on_principal_and_resource(grantee, ...) ccdk_iam_grant_on_principal_and_resource(CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_iam_grant_drop(grantee, ...) ccdk_iam_grant_drop(CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_iam_grant_apply_before(grant, construct) ccdk_iam_grant_apply_before(grant, CCDK_CONSTRUCT(construct))
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
