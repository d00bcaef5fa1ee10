/* ccdk/kms.h - the minimal kms.Key that Lambda features need (environment encryption, encrypted
 * queues): the key, its aliases, its default key policy and grants, and Key.fromKeyArn. */
#ifndef CCDK_KMS_H
#define CCDK_KMS_H

#include "ccdk/core.h"
#include "ccdk/iam.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ccdk_kms_key is declared in ccdk/core.h (a construct handle). */

/** kms.KeySpec (UNSET: SYMMETRIC_DEFAULT, and no KeySpec written). */
typedef enum {
    CCDK_KMS_KEY_SPEC_UNSET = 0,
    CCDK_KMS_KEY_SPEC_SYMMETRIC_DEFAULT,
    CCDK_KMS_KEY_SPEC_RSA_2048,
    CCDK_KMS_KEY_SPEC_RSA_3072,
    CCDK_KMS_KEY_SPEC_RSA_4096,
    CCDK_KMS_KEY_SPEC_ECC_NIST_P256,
    CCDK_KMS_KEY_SPEC_ECC_NIST_P384,
    CCDK_KMS_KEY_SPEC_ECC_NIST_P521,
    CCDK_KMS_KEY_SPEC_ECC_SECG_P256K1,
    CCDK_KMS_KEY_SPEC_HMAC_224,
    CCDK_KMS_KEY_SPEC_HMAC_256,
    CCDK_KMS_KEY_SPEC_HMAC_384,
    CCDK_KMS_KEY_SPEC_HMAC_512,
    CCDK_KMS_KEY_SPEC_SM2,
    CCDK_KMS_KEY_SPEC_ML_DSA_44,
    CCDK_KMS_KEY_SPEC_ML_DSA_65,
    CCDK_KMS_KEY_SPEC_ML_DSA_87,
    CCDK_KMS_KEY_SPEC_ECC_NIST_EDWARDS25519
} ccdk_kms_key_spec;

/** kms.KeyUsage (UNSET: ENCRYPT_DECRYPT, and no KeyUsage written). */
typedef enum {
    CCDK_KMS_KEY_USAGE_UNSET = 0,
    CCDK_KMS_KEY_USAGE_ENCRYPT_DECRYPT,
    CCDK_KMS_KEY_USAGE_SIGN_VERIFY,
    CCDK_KMS_KEY_USAGE_GENERATE_VERIFY_MAC,
    CCDK_KMS_KEY_USAGE_KEY_AGREEMENT
} ccdk_kms_key_usage;

typedef struct {
    const char *description;
    /** props.alias: key.addAlias(alias) */
    const char *alias;
    ccdk_tristate enable_key_rotation;
    /** rotationPeriod: 90 to 2560 days (turns enable_key_rotation on unless it is CCDK_FALSE) */
    ccdk_duration rotation_period;
    ccdk_tristate enabled;
    /** pendingWindow: 7 to 30 days */
    ccdk_duration pending_window;
    ccdk_removal_policy removal_policy; /* default RETAIN, as aws-cdk-lib */
    ccdk_kms_key_spec key_spec;
    ccdk_kms_key_usage key_usage;
    ccdk_tristate multi_region;
    /** trustAccountIdentities: the default key policy already trusts the account
     *  (@aws-cdk/aws-kms:defaultKeyPolicies is always on in v2); CCDK_FALSE is aws-cdk-lib's error */
    ccdk_tristate trust_account_identities;
    /** policy: the key policy, made the key's own (statements added through the key go into it);
     *  without it, aws-cdk-lib's default: kms:* for the account root. Given, the key policy is this
     *  document alone: no statement for the account is added. */
    ccdk_iam_policy_document *policy;
    /** admins: each gets key.grantAdmin (after the key is made, before its alias):
     *  (ccdk_iam_principal_list)CCDK_LIST(ccdk_iam_role_principal(role), ...) */
    ccdk_iam_principal_list admins;
} ccdk_kms_key_props;

/** new kms.Key(scope, id, props); props may be NULL. Its key policy is props' policy, else
 *  aws-cdk-lib's default (kms:* for the account root). Owned by the App. Bad props are aws-cdk-lib's errors on the key, in its
 *  order: a key spec its usage does not allow ("key spec '<spec>' is not valid with usage
 *  '<usage>'"), enable_key_rotation on an HMAC key ("key rotation cannot be enabled on HMAC keys")
 *  or another key that is not SYMMETRIC_DEFAULT ("key rotation cannot be enabled on asymmetric
 *  keys"; a rotation_period alone is not checked for these, and turns rotation on, as there),
 *  rotation_period with rotation off or outside 90..2560 days (the message says 2650, as
 *  aws-cdk-lib's), trust_account_identities CCDK_FALSE ("`trustAccountIdentities` cannot be false
 *  if the @aws-cdk/aws-kms:defaultKeyPolicies feature flag is set"), pending_window outside 7..30
 *  days. A bad scope goes to the process-wide list; never NULL. */
ccdk_kms_key *ccdk_kms_key_new(void *scope, const char *id, const ccdk_kms_key_props *props);
/** Key.fromKeyArn(scope, id, arn): an imported key (no key policy; grants go to the grantee only).
 *  Owned by the App. An ARN without a key id is aws-cdk-lib's error on scope; a bad scope goes to
 *  the process-wide list; never NULL. */
ccdk_kms_key *ccdk_kms_key_from_key_arn(void *scope, const char *id, const char *key_arn);
/** KeyLookupOptions for Key.fromLookup. */
typedef struct {
    const char *alias_name;                    /* required: "alias/..." */
    ccdk_tristate return_dummy_key_on_missing; /* no error from the CLI when there is no such key: the dummy */
} ccdk_kms_key_lookup_options;
/** Key.fromLookup(scope, id, options): the key the alias names, from the context
 *  "key-provider:..." (cdk.context.json) once the cdk CLI has looked it up; until then the lookup
 *  reported missing in manifest.json and aws-cdk-lib's dummy key id 1234abcd-12ab-34cd-56ef-1234567890ab.
 *  An imported key (ARN arn:<partition>:kms:<region>:<account>:key/<id>); owned by the App; never
 *  NULL. aws-cdk-lib's errors on scope: a stack without account/region, a token alias ("All
 *  arguments to Key.fromLookup() must be concrete (no Tokens)"). */
ccdk_kms_key *ccdk_kms_key_from_lookup(void *scope, const char *id, const ccdk_kms_key_lookup_options *options);
/** Key.isLookupDummy(key): 1 for the dummy key of a lookup not made yet, else 0 (also for NULL). */
int ccdk_kms_key_is_lookup_dummy(ccdk_kms_key *key);
/** key.keyArn, key.keyId (tokens, or literals for imports), owned by the App; NULL for NULL. */
const char *ccdk_kms_key_arn(ccdk_kms_key *key);
const char *ccdk_kms_key_id(ccdk_kms_key *key);
/** key.env.account and key.env.region: a Key.fromKeyArn import's are its ARN's (Fn::Select tokens
 *  for a token ARN); any other key's or alias's (Key.fromLookup's included) are its stack's (tokens
 *  for an environment-agnostic stack). Owned by the App; NULL for NULL. */
const char *ccdk_kms_key_env_account(ccdk_kms_key *key);
const char *ccdk_kms_key_env_region(ccdk_kms_key *key);
/** key.addAlias(aliasName): a kms.Alias "Alias" (then "Alias<name>") under the key, "alias/" added
 *  when missing; on a Key.fromKeyArn or Key.fromLookup import too (its TargetKeyId the ARN). A bad
 *  name is aws-cdk-lib's error on the key; a NULL name or key is
 *  an error on the process-wide list. Returns
 *  the alias's aliasName (owned by the App): a token, its Ref under @aws-cdk/aws-kms:aliasNameRef,
 *  else the name written (in another account or region the name itself); NULL after an error. */
const char *ccdk_kms_key_add_alias(ccdk_kms_key *key, const char *alias_name);
/** key.addToResourcePolicy(statement): 1 when added, 0 for an imported key (aws-cdk-lib's no-op),
 *  or for NULL arguments (a NULL key: an error on the process-wide list). */
int ccdk_kms_key_add_to_resource_policy(ccdk_kms_key *key, ccdk_iam_policy_statement *statement);
/** key.grantEncrypt / grantDecrypt / grantEncryptDecrypt / grantAdmin (grantee), as KeyGrants.actions:
 *  within one environment Grant.addToPrincipalOrResource (ccdk/iam.h): the grantee's policy on the
 *  key's ARN, and the key policy's statement on "*" for a grantee without a policy (a service, an
 *  account) or of another account (an imported role or user); for a Role or User made in a stack of
 *  another account or region, Grant.addToPrincipalAndResource on "*" (the key policy's statement to
 *  that stack's account when it depends on the key's stack). 1 when a statement was added, else 0
 *  (also for NULL arguments: a NULL key or grantee is an error on the process-wide list). */
int ccdk_kms_key_grant_encrypt(ccdk_kms_key *key, ccdk_iam_principal *grantee);
/** key.grant(grantee, ...actions): as the grants above, with actions of one's own. */
int ccdk_kms_key_grant(ccdk_kms_key *key, ccdk_iam_principal *grantee, ccdk_strs actions);
int ccdk_kms_key_grant_decrypt(ccdk_kms_key *key, ccdk_iam_principal *grantee);
int ccdk_kms_key_grant_encrypt_decrypt(ccdk_kms_key *key, ccdk_iam_principal *grantee);
int ccdk_kms_key_grant_admin(ccdk_kms_key *key, ccdk_iam_principal *grantee);
/** key.grantSign (kms:Sign) / grantVerify (kms:Verify) / grantSignVerify (both) / grantGenerateMac
 *  (kms:GenerateMac) / grantVerifyMac (kms:VerifyMac): as the grants above. */
int ccdk_kms_key_grant_sign(ccdk_kms_key *key, ccdk_iam_principal *grantee);
int ccdk_kms_key_grant_verify(ccdk_kms_key *key, ccdk_iam_principal *grantee);
int ccdk_kms_key_grant_sign_verify(ccdk_kms_key *key, ccdk_iam_principal *grantee);
int ccdk_kms_key_grant_generate_mac(ccdk_kms_key *key, ccdk_iam_principal *grantee);
int ccdk_kms_key_grant_verify_mac(ccdk_kms_key *key, ccdk_iam_principal *grantee);

/** new kms.ViaServicePrincipal(serviceName, basePrincipal): the principal (anyone for a NULL base)
 *  allowed only through a service: a statement to it has {"StringEquals": {"kms:ViaService":
 *  service_name, ...the base's}}; it has no policy of its own, so a key's grants to it go to the key
 *  policy (on "*"). The base's conditions are read when the principal is used: one added to the base
 *  (ccdk_iam_principal_add_condition) later is in statements made after. Owned by owner's App; never
 *  NULL. */
ccdk_iam_principal *ccdk_kms_via_service_principal(void *owner, const char *service_name, ccdk_iam_principal *base_principal);

/* ---------------------------------------------------------------- aliases (IAlias) */

/** AliasProps */
typedef struct {
    /** required: "alias/" is added when missing. A literal name must not be "alias/" alone, start
     *  with "alias/aws/" (any case) or leave /^[a-zA-Z0-9:/_-]{1,256}$/; a name with tokens is
     *  checked by its literal before the first token only (none when it starts with a token).
     *  CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED (core.h): "alias/" and a generated name once another
     *  account or region uses the alias; used nowhere else, the alias has no name: aws-cdk-lib's
     *  error at synth ("... aliasName: required but missing."). */
    const char *alias_name;
    ccdk_kms_key *target_key;           /* required: the key the alias points at */
    ccdk_removal_policy removal_policy; /* applied to the CfnAlias when given (no default) */
} ccdk_kms_alias_props;
/** new kms.Alias(scope, id, props): an AWS::KMS::Alias, and an IKey (a ccdk_kms_key handle) whose
 *  grants (ccdk_kms_key_grant*), key policy statements (ccdk_kms_key_add_to_resource_policy) and
 *  addAlias are the target key's; its keyArn is its aliasArn, its keyId its aliasName. aws-cdk-lib's
 *  errors on the name ("Alias must include a value after \"alias/\": ...", "Alias cannot start with
 *  alias/aws/: ...", "Alias name must be between 1 and 256 characters in a-zA-Z0-9:/_-") are on
 *  scope; a NULL props, alias_name or target_key is an error on the alias. Owned by the App; never
 *  NULL. */
ccdk_kms_key *ccdk_kms_alias_new(void *scope, const char *id, const ccdk_kms_alias_props *props);
/** alias.aliasArn: arn:<partition>:kms:<region>:<account>:<alias name>, formatted in the alias's
 *  stack (owned by the App); NULL for a key that is not an alias, and for NULL. */
const char *ccdk_kms_alias_arn(ccdk_kms_key *alias);
/** alias.aliasTargetKey: the target key of a kms.Alias or an Alias.fromAliasAttributes import; for an
 *  Alias.fromAliasName import aws-cdk-lib's error on the import ("Cannot access aliasTargetKey on an
 *  Alias imported by Alias.fromAliasName().") and NULL; NULL for a key that is not an alias, and for
 *  NULL. */
ccdk_kms_key *ccdk_kms_alias_target_key(ccdk_kms_key *alias);

/* imported aliases */

/* An imported alias is an IKey: a ccdk_kms_key handle that goes wherever a key goes (a function's
 * environment encryption, a secret's key, ...). Its keyArn is the alias's ARN,
 * arn:<partition>:kms:<region>:<account>:<alias name> (formatted in the alias's stack), and its keyId
 * is the alias name. */

/** Alias.fromAliasName(scope, id, aliasName): an alias of an unknown key. Its grants, under
 *  @aws-cdk/aws-kms:applyImportedAliasPermissionsToPrincipal, go to the grantee's policy on
 *  arn:<partition>:kms:<region>:<account>:key/<asterisk> (every key) with the condition {"ForAnyValue:StringEquals":
 *  {"kms:ResourceAliases": <alias name>}}; without the flag they add nothing (Grant.drop). It has no
 *  key policy (ccdk_kms_key_add_to_resource_policy: 0); ccdk_kms_key_add_alias on it is aws-cdk-lib's
 *  error on the import ("Cannot call addAlias on an Alias imported by Alias.fromAliasName()."). Owned
 *  by the App; never NULL. */
ccdk_kms_key *ccdk_kms_alias_from_alias_name(void *scope, const char *id, const char *alias_name);
/** AliasAttributes */
typedef struct {
    const char *alias_name;         /* required: "alias/..." */
    ccdk_kms_key *alias_target_key; /* required: the key the alias points at */
} ccdk_kms_alias_attributes;
/** Alias.fromAliasAttributes(scope, id, attrs): an alias of a known key. Its grants, key policy
 *  statements and addAlias are the target key's. Owned by the App; never NULL; a NULL attrs or
 *  alias_target_key is an error on the import. */
ccdk_kms_key *ccdk_kms_alias_from_alias_attributes(void *scope, const char *id, const ccdk_kms_alias_attributes *attrs);
/** alias.aliasName of a kms.Alias (a token: its Ref under @aws-cdk/aws-kms:aliasNameRef, else the name
 *  written; in another account or region the name itself, a generated one made then)
 *  or an imported alias (owned by the App); NULL for a key that is not an alias, and for NULL. */
const char *ccdk_kms_alias_name(ccdk_kms_key *alias);

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_kms_key_new(scope, ...) ccdk_kms_key_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_kms_key_from_key_arn(scope, ...) ccdk_kms_key_from_key_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_kms_key_from_lookup(scope, ...) ccdk_kms_key_from_lookup(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_kms_key_grant_encrypt(key, grantee) ccdk_kms_key_grant_encrypt(key, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_kms_key_grant(key, grantee, ...) ccdk_kms_key_grant(key, CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_kms_key_grant_decrypt(key, grantee) ccdk_kms_key_grant_decrypt(key, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_kms_key_grant_encrypt_decrypt(key, grantee) ccdk_kms_key_grant_encrypt_decrypt(key, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_kms_key_grant_admin(key, grantee) ccdk_kms_key_grant_admin(key, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_kms_key_grant_sign(key, grantee) ccdk_kms_key_grant_sign(key, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_kms_key_grant_verify(key, grantee) ccdk_kms_key_grant_verify(key, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_kms_key_grant_sign_verify(key, grantee) ccdk_kms_key_grant_sign_verify(key, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_kms_key_grant_generate_mac(key, grantee) ccdk_kms_key_grant_generate_mac(key, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_kms_key_grant_verify_mac(key, grantee) ccdk_kms_key_grant_verify_mac(key, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_kms_via_service_principal(owner, ...) ccdk_kms_via_service_principal(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_kms_alias_new(scope, ...) ccdk_kms_alias_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_kms_alias_from_alias_name(scope, ...) ccdk_kms_alias_from_alias_name(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_kms_alias_from_alias_attributes(scope, ...) ccdk_kms_alias_from_alias_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
