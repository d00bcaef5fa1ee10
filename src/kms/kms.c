/* kms.c - minimal kms.Key and kms.Alias L2s (aws-cdk-lib/aws-kms): the key, its aliases, the default
 * key policy, grants, and Key.fromKeyArn. */
#include <string.h>
#include <strings.h>

#include "ccdk/kms.h"
#include "internal.h"

struct ccdk_kms_key {
    ccdk__node node;
    ccdk_cfn_resource *resource;        /* NULL when imported; a kms.Alias's CfnAlias */
    ccdk_iam_policy_document *policy;   /* the key policy; NULL when imported */
    const char *arn, *id;
    int naliases;
    const char *alias_name;             /* an alias (new kms.Alias, Alias.fromAliasName / fromAliasAttributes) */
    ccdk_kms_key *target;               /* aliasTargetKey (kms.Alias, fromAliasAttributes): what its grants use */
};

/* the validation KeyBase adds: this.policy.validateForResourcePolicy() */
static void validate_key(ccdk__node *n)
{
    ccdk_strs errors = ccdk_iam_policy_document_validate_for_resource_policy(((ccdk_kms_key *)n)->policy, NULL);
    for (size_t i = 0; i < errors.count; i++)
        ccdk__unscoped_error(n->app, "[%s] %s", n->path, errors.items[i]);
}

static const ccdk__kind kind_key = {.fqn = "aws-cdk-lib.aws_kms.Key", .validate = validate_key, .class_name = "Key2"};
static const ccdk__kind kind_imported = {.fqn = "aws-cdk-lib.Resource", .class_name = "ReferencedKey2"};
static const ccdk__kind kind_alias = {.fqn = "aws-cdk-lib.aws_kms.Alias", .class_name = "Alias2"};
/* Alias.fromAliasName's class Import and fromAliasAttributes' class _Alias: no jsii type of their own */
static const ccdk__kind kind_alias_import = {.fqn = "aws-cdk-lib.Resource", .class_name = "Import"};
static const ccdk__kind kind_alias_attributes = {.fqn = "aws-cdk-lib.Resource", .class_name = "_Alias"};

/* duration.toDays() (integral): NAN after its error */
static double to_days(ccdk_kms_key *k, ccdk_duration d) { return ccdk__duration_convert(k, d, CCDK_TIME_DAYS, 1, NULL); }

static const char *const key_specs[] = {
    "", "SYMMETRIC_DEFAULT", "RSA_2048", "RSA_3072", "RSA_4096", "ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521",
    "ECC_SECG_P256K1", "HMAC_224", "HMAC_256", "HMAC_384", "HMAC_512", "SM2", "ML_DSA_44", "ML_DSA_65", "ML_DSA_87",
    "ECC_NIST_EDWARDS25519"};
static const char *const key_usages[] = {"", "ENCRYPT_DECRYPT", "SIGN_VERIFY", "GENERATE_VERIFY_MAC", "KEY_AGREEMENT"};

/* the Key constructor's deny lists: the specs each usage does not allow (as aws-cdk-lib lists them;
 * ECC_NIST_EDWARDS25519 is denied nowhere, SM2 only for GENERATE_VERIFY_MAC) */
static int spec_usage_ok(ccdk_kms_key_spec spec, ccdk_kms_key_usage usage)
{
#define S(x) (1ul << CCDK_KMS_KEY_SPEC_##x)
    const unsigned long hmac = S(HMAC_224) | S(HMAC_256) | S(HMAC_384) | S(HMAC_512);
    const unsigned long ecc = S(ECC_NIST_P256) | S(ECC_NIST_P384) | S(ECC_NIST_P521) | S(ECC_SECG_P256K1);
    const unsigned long rsa = S(RSA_2048) | S(RSA_3072) | S(RSA_4096);
    const unsigned long mldsa = S(ML_DSA_44) | S(ML_DSA_65) | S(ML_DSA_87);
    unsigned long deny = 0;
    switch (usage) {
    case CCDK_KMS_KEY_USAGE_ENCRYPT_DECRYPT: deny = ecc | hmac | mldsa; break;
    case CCDK_KMS_KEY_USAGE_SIGN_VERIFY: deny = S(SYMMETRIC_DEFAULT) | hmac; break;
    case CCDK_KMS_KEY_USAGE_GENERATE_VERIFY_MAC: deny = rsa | ecc | S(SYMMETRIC_DEFAULT) | S(SM2) | mldsa; break;
    case CCDK_KMS_KEY_USAGE_KEY_AGREEMENT: deny = S(SYMMETRIC_DEFAULT) | rsa | S(ECC_SECG_P256K1) | hmac | mldsa; break;
    default: break;
    }
#undef S
    return !(deny & (1ul << spec));
}

ccdk_kms_key *ccdk_kms_key_new(void *scope, const char *id, const ccdk_kms_key_props *props)
{
    ccdk_kms_key *k = ccdk__construct(ccdk_kms_key, &kind_key, scope, id);
    ccdk_app *app = k->node.app;
    static const ccdk_kms_key_props none;
    if (!props)
        props = &none;
    k->arn = k->id = "";
    if (!(CCDK__ENUM_OK(k, props->key_spec, ccdk_kms_key_spec, CCDK_KMS_KEY_SPEC_UNSET, CCDK_KMS_KEY_SPEC_ECC_NIST_EDWARDS25519,
                        "keySpec") &
          CCDK__ENUM_OK(k, props->key_usage, ccdk_kms_key_usage, CCDK_KMS_KEY_USAGE_UNSET, CCDK_KMS_KEY_USAGE_KEY_AGREEMENT,
                        "keyUsage")))
        return k;
    ccdk_kms_key_spec spec = props->key_spec ? props->key_spec : CCDK_KMS_KEY_SPEC_SYMMETRIC_DEFAULT;
    ccdk_kms_key_usage usage = props->key_usage ? props->key_usage : CCDK_KMS_KEY_USAGE_ENCRYPT_DECRYPT;
    if (!spec_usage_ok(spec, usage)) {
        ccdk__error(k, "key spec '%s' is not valid with usage '%s'", key_specs[spec], key_usages[usage]);
        return k;
    }
    if (ccdk__tri_true(props->enable_key_rotation) && spec != CCDK_KMS_KEY_SPEC_SYMMETRIC_DEFAULT) {
        int hmac = spec >= CCDK_KMS_KEY_SPEC_HMAC_224 && spec <= CCDK_KMS_KEY_SPEC_HMAC_512;
        ccdk__error(k, hmac ? "key rotation cannot be enabled on HMAC keys" : "key rotation cannot be enabled on asymmetric keys");
        return k;
    }
    ccdk_tristate rotation = props->enable_key_rotation;
    double rotation_days = 0, pending_days = 0;
    if (ccdk_duration_is_set(props->rotation_period)) {
        if (ccdk__tri_false(rotation)) {
            ccdk__error(k, "'rotationPeriod' cannot be specified when 'enableKeyRotation' is disabled");
            return k;
        }
        rotation_days = to_days(k, props->rotation_period);
        /* aws-cdk-lib checks 2560 and says 2650 */
        if (rotation_days < 90 || rotation_days > 2560) {
            ccdk__error(k, "'rotationPeriod' value must between 90 and 2650 days. Received: %s", ccdk__num_string(app, rotation_days));
            return k;
        }
        if (!ccdk__tri_set(rotation))
            rotation = CCDK_TRUE;
    }
    /* @aws-cdk/aws-kms:defaultKeyPolicies is always on in aws-cdk-lib v2: kms:* for the account */
    if (ccdk__tri_false(props->trust_account_identities)) {
        ccdk__error(k, "`trustAccountIdentities` cannot be false if the @aws-cdk/aws-kms:defaultKeyPolicies feature flag is set");
        return k;
    }
    /* this.policy = props.policy ?? new PolicyDocument(); the default admin statement only without one
     * (a given document is the key's own: statements added later go into it) */
    if (props->policy) {
        k->policy = props->policy;
    } else {
        ccdk_iam_policy_statement *admin = ccdk_iam_policy_statement_new(k, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("kms:*"),
            .resources = CCDK_STRS("*"),
            .principals = CCDK_LIST(ccdk_iam_account_root_principal(k)),
        });
        k->policy = ccdk_iam_policy_document_new(k, (ccdk_iam_policy_statement_list)CCDK_LIST(admin));
    }
    if (ccdk_duration_is_set(props->pending_window)) {
        pending_days = to_days(k, props->pending_window);
        if (pending_days < 7 || pending_days > 30) {
            ccdk__error(k, "'pendingWindow' value must between 7 and 30 days. Received: %s", ccdk__num_string(app, pending_days));
            return k;
        }
    }
    ccdk_cfn_resource *r = ccdk__l1(k, "Resource", "AWS::KMS::Key", "aws-cdk-lib.aws_kms.CfnKey");
    r->tag_kind = 1;
    k->resource = r;
    if (props->description)
        ccdk__res_set(r, "Description", ccdk__v_from_string(app, props->description));
    if (ccdk__tri_set(rotation))
        ccdk__res_set(r, "EnableKeyRotation", ccdk__v_bool(app, ccdk__tri_true(rotation)));
    if (ccdk_duration_is_set(props->rotation_period))
        ccdk__res_set(r, "RotationPeriodInDays", ccdk__v_num(app, rotation_days));
    if (ccdk__tri_set(props->enabled))
        ccdk__res_set(r, "Enabled", ccdk__v_bool(app, ccdk__tri_true(props->enabled)));
    ccdk__res_set(r, "KeyPolicy", ccdk_iam_policy_document_value(k->policy));
    if (props->key_spec)
        ccdk__res_set(r, "KeySpec", ccdk__v_str(app, key_specs[props->key_spec]));
    if (props->key_usage)
        ccdk__res_set(r, "KeyUsage", ccdk__v_str(app, key_usages[props->key_usage]));
    if (ccdk__tri_set(props->multi_region))
        ccdk__res_set(r, "MultiRegion", ccdk__v_bool(app, ccdk__tri_true(props->multi_region)));
    if (ccdk_duration_is_set(props->pending_window))
        ccdk__res_set(r, "PendingWindowInDays", ccdk__v_num(app, pending_days));
    k->arn = ccdk_cfn_resource_get_att(r, "Arn");
    k->id = ccdk_cfn_resource_ref(r);
    /* resource.applyRemovalPolicy(props.removalPolicy): RETAIN when not given */
    ccdk_cfn_resource_apply_removal_policy(r, props->removal_policy ? props->removal_policy : CCDK_REMOVAL_POLICY_RETAIN);
    /* (props.admins ?? []).forEach(p => this.grantAdmin(p)) */
    for (size_t i = 0; i < CCDK__LEN(props->admins, "admins"); i++)
        if (ccdk__arg_ok(props->admins.items[i], __func__, "an admin"))
            ccdk_kms_key_grant_admin(k, props->admins.items[i]);
    if (props->alias)
        ccdk_kms_key_add_alias(k, props->alias);
    return k;
}

ccdk_kms_key *ccdk_kms_key_from_key_arn(void *scope, const char *id, const char *key_arn)
{
    ccdk_kms_key *k = ccdk__construct(ccdk_kms_key, &kind_imported, scope, id);
    ccdk_app *app = k->node.app;
    k->arn = ccdk__strdup(app, key_arn ? key_arn : "");
    k->id = "";
    /* Stack.of(scope).splitArn(keyArn, ArnFormat.SLASH_RESOURCE_NAME).resourceName (NULL: not an
     * ARN, splitArn's error recorded). aws-cdk-lib checks nothing more: "arn:aws:kms:r:a:key:name"
     * gives "name", an alias ARN its alias name. */
    const char *name = ccdk__arn_slash_resource_name(k, k->arn);
    if (!name)
        return k;
    if (!*name) {
        ccdk__error(scope, "KMS key ARN must be in the format 'arn:<partition>:kms:<region>:<account>:key/<keyId>', got: '%s'",
                    k->arn);
        return k;
    }
    k->id = name;
    return k;
}

/* an alias's keyArn and keyId read its aliasName (a memoized getter: token.c) */
const char *ccdk_kms_key_arn(ccdk_kms_key *key) { return CCDK__MEMO_GET(key, arn); }
const char *ccdk_kms_key_id(ccdk_kms_key *key) { return CCDK__MEMO_GET(key, id); }

/* the name pattern of new kms.Alias: /^[a-zA-Z0-9:/_-]{1,256}$/ */
static int alias_chars_ok(const char *s, size_t n)
{
    if (n < 1 || n > 256)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' || c == '/' ||
              c == '_' || c == '-'))
            return 0;
    }
    return 1;
}

/* new kms.Alias's checks of aliasName (errors on scope, as aws-cdk-lib throws them before the alias
 * exists): "alias/" added when missing; a name with tokens is checked by the literal before its first
 * token only (Tokenization.reverseString's firstValue when there is no firstToken), and not at all when
 * it starts with a token. Returns the name to write, or NULL after an error. */
static const char *alias_physical_name(ccdk_app *app, void *scope, const char *name)
{
    if (ccdk__is_unresolved(name)) {
        const char *marker = strstr(name, BEGIN_STR);
        size_t n = marker ? (size_t)(marker - name) : 0;
        if (!n)
            return name;
        const char *prefixed = strncmp(name, "alias/", 6) || n < 6 ? ccdk__sprintf(app, "alias/%s", name) : name;
        if (n >= 10 && !strncasecmp(name, "alias/aws/", 10)) {
            ccdk__error(scope, "Alias cannot start with alias/aws/: %s", prefixed);
            return NULL;
        }
        if (!alias_chars_ok(name, n)) {
            ccdk__error(scope, "Alias name must be between 1 and 256 characters in a-zA-Z0-9:/_-");
            return NULL;
        }
        return prefixed;
    }
    if (strncmp(name, "alias/", 6))
        name = ccdk__sprintf(app, "alias/%s", name);
    if (!strcmp(name, "alias/")) {
        ccdk__error(scope, "Alias must include a value after \"alias/\": %s", name);
        return NULL;
    }
    if (!strncasecmp(name, "alias/aws/", 10)) {
        ccdk__error(scope, "Alias cannot start with alias/aws/: %s", name);
        return NULL;
    }
    if (!alias_chars_ok(name, strlen(name))) {
        ccdk__error(scope, "Alias name must be between 1 and 256 characters in a-zA-Z0-9:/_-");
        return NULL;
    }
    return name;
}

/* CfnAlias's validation of its props, when the stack resolves it: a generated name's Lazy that gave
 * nothing (the alias never used in another environment) leaves the required aliasName out */
static ccdk_value *alias_name_required(ccdk_app *app, ccdk_value *resolved, void *ctx)
{
    (void)app;
    if (resolved->kind == CCDK__V_UNDEF)
        ccdk__error(ctx, "Resolution error: Supplied properties not correct for \"CfnAliasProps\"\n  aliasName: required but missing.");
    return resolved;
}

/* new kms.Alias(scope, id, props): an IKey whose grants and key policy are the target key's, its
 * aliasName getResourceNameAttribute of the CfnAlias's Ref under @aws-cdk/aws-kms:aliasNameRef, else
 * of the name written, and its keyArn/aliasArn Stack.of(alias).formatArn({service: 'kms', resource:
 * aliasName}) */
ccdk_kms_key *ccdk_kms_alias_new(void *scope, const char *id, const ccdk_kms_alias_props *props)
{
    ccdk_app *app = ccdk__app_of(scope);
    const char *name = NULL;
    if (app && props && props->alias_name)
        name = alias_physical_name(app, scope, props->alias_name);
    ccdk_kms_key *a = ccdk__construct(ccdk_kms_key, &kind_alias, scope, id);
    app = a->node.app;
    a->arn = a->id = a->alias_name = "";
    if (!props || !props->alias_name || !props->target_key) {
        ccdk__error(a, "new kms.Alias: %s is required", !props || !props->alias_name ? "aliasName" : "targetKey");
        return a;
    }
    if (!name || !ccdk__handle_ok(props->target_key, __func__) ||
        !CCDK__ENUM_OK(a, props->removal_policy, ccdk_removal_policy, CCDK_REMOVAL_POLICY_UNSET,
                       CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE, "removalPolicy"))
        return a;
    a->target = props->target_key;
    a->resource = ccdk__l1(a, "Resource", "AWS::KMS::Alias", "aws-cdk-lib.aws_kms.CfnAlias");
    /* physicalName: the name (a literal one known in another environment), or PhysicalName.GENERATE_IF_NEEDED:
     * "alias/" and generatePhysicalName's once another account or region uses the alias (Alias overrides
     * generatePhysicalName); never used so, its Lazy leaves the required AliasName out: the L1's error */
    ccdk__physical pn;
    ccdk__physical_new(&pn, a, a->resource, name, NULL, NULL, NULL);
    if (pn.gen) {
        pn.gen->prefix = "alias/";
        ccdk__res_set(a->resource, "AliasName", ccdk__v_post(app, pn.value, alias_name_required, a->resource));
    } else {
        ccdk__res_set(a->resource, "AliasName", pn.value);
    }
    ccdk__res_set(a->resource, "TargetKeyId", ccdk__v_from_string(app, props->target_key->arn));
    if (props->removal_policy)
        ccdk_cfn_resource_apply_removal_policy(a->resource, props->removal_policy);
    /* aliasName: getResourceNameAttribute(resource.ref) under @aws-cdk/aws-kms:aliasNameRef, else
     * getResourceNameAttribute(resource.aliasName): the name prop itself in the alias's environment
     * (a generated name's Lazy, or the name), its physical name in another */
    a->alias_name = ccdk__feature_flag(&a->node, "@aws-cdk/aws-kms:aliasNameRef")
                        ? pn.name
                        : ccdk__physical_name_of(&pn, a, a->resource, pn.value);
    /* a memoized getter, made at its first read (token.c): by aliasName, or by aliasArn, keyArn and
     * keyId, which read it each time (the ARN below holds it) */
    ccdk__token_mark_unread(app, a->alias_name);
    a->id = a->alias_name;
    a->arn = a->node.stack ? ccdk_stack_format_arn(a->node.stack, "kms", a->alias_name, NULL, NULL) : "";
    return a;
}

/* new kms.Alias(key, id, {aliasName, targetKey: key}): the name's checks are errors on the key */
const char *ccdk_kms_key_add_alias(ccdk_kms_key *key, const char *alias_name)
{
    if (!ccdk__target_ok(key, __func__) || !ccdk__arg_ok(alias_name, __func__, "alias_name"))
        return NULL;
    if (key->target) /* AliasBase.addAlias: the target key's */
        return ccdk_kms_key_add_alias(key->target, alias_name);
    if (key->node.kind == &kind_alias_import) {
        ccdk__error(key, "Cannot call addAlias on an Alias imported by Alias.fromAliasName().");
        return NULL;
    }
    /* KeyBase.addAlias: a new key's, Key.fromKeyArn's and Key.fromLookup's alike (an import's
     * alias targets its ARN); the first alias is "Alias", the next ones "Alias<name as given>" */
    const char *id = key->naliases ? ccdk__sprintf(key->node.app, "Alias%s", alias_name) : "Alias";
    ccdk_kms_key *a = ccdk_kms_alias_new(key, id, &(ccdk_kms_alias_props){.alias_name = alias_name, .target_key = key});
    if (!a->resource)
        return NULL;
    key->naliases++;
    return a->alias_name;
}

int ccdk_kms_key_add_to_resource_policy(ccdk_kms_key *key, ccdk_iam_policy_statement *statement)
{
    if (!ccdk__target_ok(key, __func__) || !ccdk__arg_ok(statement, __func__, "statement"))
        return 0;
    if (key->target) /* AliasBase.addToResourcePolicy: the target key's */
        return ccdk_kms_key_add_to_resource_policy(key->target, statement);
    if (!key->policy)
        return 0;
    ccdk_iam_policy_document_add_statements(key->policy, statement);
    return 1;
}

static int add_to_resource_policy(void *key, ccdk_iam_policy_statement *statement)
{
    return ccdk_kms_key_add_to_resource_policy(key, statement);
}

/* resource.env.account / .region: an import's ARN's (fromKeyArn's environmentFromArn), else the
 * stack's (a key's, a looked-up key's) */
static const char *env_part(ccdk_kms_key *key, int arn_component)
{
    if (key->node.kind == &kind_imported)
        return ccdk__arn_component(key, key->arn, arn_component);
    return arn_component == 4 ? ccdk_stack_account(key->node.stack) : ccdk_stack_region(key->node.stack);
}

/* key.env.account / key.env.region */
const char *ccdk_kms_key_env_account(ccdk_kms_key *key) { return ccdk__handle_ok(key, __func__) ? env_part(key, 4) : NULL; }
const char *ccdk_kms_key_env_region(ccdk_kms_key *key) { return ccdk__handle_ok(key, __func__) ? env_part(key, 3) : NULL; }

/* two stacks' accounts or regions as `!==` compares them: the pseudo parameters of env-agnostic
 * stacks are one token */
static int differ(const char *a, const char *b)
{
    return !a || !b || !ccdk__tokens_same_or_both_unresolved(a, b);
}

/* the grant of an Alias.fromAliasName import: under @aws-cdk/aws-kms:applyImportedAliasPermissionsToPrincipal
 * Grant.addToPrincipal on every key of the stack's account and region ("key/" "*") that the alias
 * names (kms:ResourceAliases), else Grant.drop: nothing */
static int alias_import_grant(ccdk_kms_key *key, ccdk_iam_principal *grantee, ccdk_strs actions)
{
    if (!ccdk__feature_flag(&key->node, "@aws-cdk/aws-kms:applyImportedAliasPermissionsToPrincipal"))
        return 0;
    ccdk_app *app = key->node.app;
    ccdk_value *inner = ccdk__v_obj(app);
    ccdk__v_set(inner, "kms:ResourceAliases", ccdk__v_from_string(app, key->alias_name));
    ccdk_value *cond = ccdk__v_obj(app);
    ccdk__v_set(cond, "ForAnyValue:StringEquals", inner);
    ccdk_iam_policy_statement *st = ccdk_iam_policy_statement_new(key, &(ccdk_iam_policy_statement_props){
        .actions = actions,
        .resources = CCDK_STRS(ccdk_stack_format_arn(key->node.stack, "kms", "key", "/", "*")),
        .conditions = cond,
    });
    return ccdk_iam_principal_add_to_policy(grantee, st);
}

/* KeyGrants.actions (key-grants.js; trustAccountIdentities is always true in v2, for imports too):
 * within one environment Grant.addToPrincipalOrResource, the key policy's statement on "*"; for an
 * owned grantee of another account or region (isGranteeFromAnotherAccount / ...Region, under
 * @aws-cdk/aws-kms:reduceCrossAccountRegionPolicyScope also against the key's own env)
 * Grant.addToPrincipalAndResource on "*", to the grantee's account when its stack depends on the
 * key's (granteeStackDependsOnKeyStack), else to the grantee */
int ccdk_kms_key_grant(ccdk_kms_key *key, ccdk_iam_principal *grantee, ccdk_strs actions)
{
    if (!ccdk__target_ok(key, __func__) || !ccdk__grantee_ok(grantee, __func__))
        return 0;
    if (key->target) /* AliasBase.grant: the target key's */
        return ccdk_kms_key_grant(key->target, grantee, actions);
    if (key->node.kind == &kind_alias_import)
        return alias_import_grant(key, grantee, actions);
    ccdk_stack *key_stack = key->node.stack, *grantee_stack = ccdk_iam_principal_owned_stack(grantee);
    int cross = 0;
    if (grantee_stack) {
        int reduce = ccdk__feature_flag(&key->node, "@aws-cdk/aws-kms:reduceCrossAccountRegionPolicyScope");
        const char *ga = ccdk_stack_account(grantee_stack), *gr = ccdk_stack_region(grantee_stack);
        int other_account = differ(ccdk_stack_account(key_stack), ga) && (!reduce || differ(env_part(key, 4), ga));
        int other_region = differ(ccdk_stack_region(key_stack), gr) && (!reduce || differ(env_part(key, 3), gr));
        cross = other_account || other_region;
    }
    ccdk_iam_grant_on_resource o = {
        .actions = actions,
        .resource_arns = CCDK_STRS(key->arn),
        .resource_self_arns = CCDK_STRS("*"),
        .resource_account = env_part(key, 4),
        .add_to_resource_policy = add_to_resource_policy,
        .resource = key,
    };
    if (!cross)
        return ccdk_iam_grant_add_to_principal_or_resource(grantee, &o) != 0;
    ccdk_iam_principal *principal = NULL;
    if (grantee_stack != key_stack)
        for (size_t i = 0; i < ccdk_stack_dependency_count(grantee_stack); i++)
            if (ccdk_stack_dependency(grantee_stack, i) == key_stack)
                principal = ccdk_iam_account_principal(key, ccdk_stack_account(grantee_stack));
    o.resource_arns = CCDK_STRS("*");
    o.resource_self_arns = (ccdk_strs){0};
    return ccdk_iam_grant_add_to_principal_and_resource(grantee, &o, principal) != 0;
}

int ccdk_kms_key_grant_encrypt(ccdk_kms_key *key, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(key, __func__))
        return 0;
    return ccdk_kms_key_grant(key, grantee, CCDK_STRS("kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"));
}

int ccdk_kms_key_grant_decrypt(ccdk_kms_key *key, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(key, __func__))
        return 0;
    return ccdk_kms_key_grant(key, grantee, CCDK_STRS("kms:Decrypt"));
}

int ccdk_kms_key_grant_encrypt_decrypt(ccdk_kms_key *key, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(key, __func__))
        return 0;
    return ccdk_kms_key_grant(key, grantee, CCDK_STRS("kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"));
}

int ccdk_kms_key_grant_sign(ccdk_kms_key *key, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(key, __func__))
        return 0;
    return ccdk_kms_key_grant(key, grantee, CCDK_STRS("kms:Sign"));
}

int ccdk_kms_key_grant_verify(ccdk_kms_key *key, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(key, __func__))
        return 0;
    return ccdk_kms_key_grant(key, grantee, CCDK_STRS("kms:Verify"));
}

int ccdk_kms_key_grant_sign_verify(ccdk_kms_key *key, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(key, __func__))
        return 0;
    return ccdk_kms_key_grant(key, grantee, CCDK_STRS("kms:Sign", "kms:Verify"));
}

int ccdk_kms_key_grant_generate_mac(ccdk_kms_key *key, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(key, __func__))
        return 0;
    return ccdk_kms_key_grant(key, grantee, CCDK_STRS("kms:GenerateMac"));
}

int ccdk_kms_key_grant_verify_mac(ccdk_kms_key *key, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(key, __func__))
        return 0;
    return ccdk_kms_key_grant(key, grantee, CCDK_STRS("kms:VerifyMac"));
}

int ccdk_kms_key_grant_admin(ccdk_kms_key *key, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(key, __func__))
        return 0;
    return ccdk_kms_key_grant(key, grantee,
                     CCDK_STRS("kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*",
                               "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:TagResource",
                               "kms:UntagResource", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion"));
}

/* Key.fromLookup: the key an alias names, as the cdk CLI's "key-provider" finds it; until then the
 * lookup reported missing and aws-cdk-lib's dummy key id */
#define DEFAULT_DUMMY_KEY_ID "1234abcd-12ab-34cd-56ef-1234567890ab"
static const ccdk__kind kind_looked_up = {.fqn = "aws-cdk-lib.Resource", .class_name = "Import"};

ccdk_kms_key *ccdk_kms_key_from_lookup(void *scope, const char *id, const ccdk_kms_key_lookup_options *options)
{
    ccdk_app *app = ccdk__app_of(scope);
    const char *alias = options ? options->alias_name : NULL;
    ccdk_value *attrs = NULL;
    if (alias && ccdk__is_unresolved(alias)) {
        ccdk__error(scope, "All arguments to Key.fromLookup() must be concrete (no Tokens)");
    } else {
        ccdk_value *props = ccdk__v_obj(app);
        if (alias)
            ccdk__v_set(props, "aliasName", ccdk__v_str(app, alias));
        ccdk_value *dummy = ccdk__v_obj(app);
        ccdk__v_set(dummy, "keyId", ccdk__v_str(app, DEFAULT_DUMMY_KEY_ID));
        ccdk__context_query q = {.provider = "key-provider", .props = props, .dummy = dummy,
                                 .must_exist = !(options && ccdk__tri_true(options->return_dummy_key_on_missing))};
        if (ccdk__context_provider_get(scope, &q, &attrs) < 0)
            attrs = NULL;
    }
    ccdk_kms_key *k = ccdk__construct(ccdk_kms_key, &kind_looked_up, scope, id);
    const ccdk_value *kid = attrs && attrs->kind == CCDK__V_OBJ ? ccdk__v_get(attrs, "keyId") : NULL;
    k->id = kid && kid->kind != CCDK__V_UNDEF ? ccdk__js_string(app, kid) : "undefined";
    k->arn = ccdk_stack_format_arn(k->node.stack, "kms", "key", "/", k->id);
    return k;
}

int ccdk_kms_key_is_lookup_dummy(ccdk_kms_key *key)
{
    return ccdk__handle_ok(key, __func__) && key->id && !strcmp(key->id, DEFAULT_DUMMY_KEY_ID);
}

/* ---------------------------------------------------------------- imported aliases */

/* AliasBase's keyArn / aliasArn: Stack.of(alias).formatArn({service: 'kms', resource: aliasName}) */
static ccdk_kms_key *alias_import(void *scope, const char *id, const ccdk__kind *kind, const char *alias_name)
{
    ccdk_kms_key *k = ccdk__construct(ccdk_kms_key, kind, scope, id);
    ccdk_app *app = k->node.app;
    k->alias_name = ccdk__strdup(app, alias_name ? alias_name : "undefined");
    k->id = k->alias_name;
    k->arn = k->node.stack ? ccdk_stack_format_arn(k->node.stack, "kms", k->alias_name, NULL, NULL) : "";
    return k;
}

ccdk_kms_key *ccdk_kms_alias_from_alias_name(void *scope, const char *id, const char *alias_name)
{
    return alias_import(scope, id, &kind_alias_import, alias_name);
}

ccdk_kms_key *ccdk_kms_alias_from_alias_attributes(void *scope, const char *id, const ccdk_kms_alias_attributes *attrs)
{
    ccdk_kms_key *k = alias_import(scope, id, &kind_alias_attributes, attrs ? attrs->alias_name : NULL);
    if (!attrs || !attrs->alias_target_key) {
        ccdk__error(k, "Alias.fromAliasAttributes: aliasTargetKey is required");
        return k;
    }
    if (ccdk__handle_ok(attrs->alias_target_key, __func__))
        k->target = attrs->alias_target_key;
    return k;
}

const char *ccdk_kms_alias_name(ccdk_kms_key *alias)
{
    return CCDK__MEMO_GET(alias, alias_name);
}

const char *ccdk_kms_alias_arn(ccdk_kms_key *alias)
{
    return ccdk__handle_ok(alias, __func__) && alias->alias_name ? ccdk__token_read(alias->node.app, alias->arn) : NULL;
}

ccdk_kms_key *ccdk_kms_alias_target_key(ccdk_kms_key *alias)
{
    if (!ccdk__handle_ok(alias, __func__))
        return NULL;
    if (alias->node.kind == &kind_alias_import)
        ccdk__error(alias, "Cannot access aliasTargetKey on an Alias imported by Alias.fromAliasName().");
    return alias->target;
}

ccdk_iam_principal *ccdk_kms_via_service_principal(void *owner, const char *service_name, ccdk_iam_principal *base_principal)
{
    return ccdk_iam__via_service_principal(owner, service_name, base_principal);
}
