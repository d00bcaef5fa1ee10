/* secret.c - secretsmanager.Secret (aws-cdk-lib/aws-secretsmanager/lib/secret.ts): the secret,
 * its values (generateSecretString, secretStringValue, secretObjectValue), imports by complete or
 * partial ARN and by name, secretName, and grantRead with its KMS part. */
#include <ctype.h>
#include <string.h>

#include "ccdk/kms.h"
#include "ccdk/secretsmanager.h"
#include "internal.h"
#include "secretsmanager_internal.h"

struct ccdk_secretsmanager_secret {
    ccdk__node node;
    ccdk_cfn_resource *resource; /* NULL when imported */
    const char *arn, *name;
    const char *full_arn;        /* secretFullArn: NULL for a partial-ARN or by-name import */
    const char *policy_arn;      /* arnForPolicies of an import */
    /* SecretBase's _arnForPolicies, a Lazy.uncachedString made in its constructor: a token (numbered
     * then) that resolves to policy_arn, for fromSecretNameV2, the one import that keeps SecretBase's
     * getter (fromSecretAttributes' and fromSecretName's classes have their own); NULL for others */
    const char *policy_arn_token;
    /* an owned secret's arnForPolicies as the Lazy it is (made for a grant across environments) */
    const char *cross_env_arn_token;
    const char *account;         /* env.account: the stack's, or the imported ARN's */
    ccdk_kms_key *key;
    ccdk_iam_policy_document *policy; /* the ResourcePolicy's document, made on first use */
    const char *exclude_characters;   /* generateSecretString's (a hosted rotation's default) */
    ccdk_value *replicas;             /* ReplicaRegions, set on the first addReplicaRegion */
    ccdk_secretsmanager_secret *attached; /* a SecretTargetAttachment's secret (attachedSecret) */
};

/* Secret is decorated (its bundled class is "Secret2"); the imports are anonymous classes */
/* the validation SecretBase adds: this.policy?.document.validateForResourcePolicy() */
static void validate_secret(ccdk__node *n)
{
    ccdk_strs errors = ccdk_iam_policy_document_validate_for_resource_policy(((ccdk_secretsmanager_secret *)n)->policy, NULL);
    for (size_t i = 0; i < errors.count; i++)
        ccdk__unscoped_error(n->app, "[%s] %s", n->path, errors.items[i]);
}

static const ccdk__kind kind_secret = {.fqn = "aws-cdk-lib.aws_secretsmanager.Secret", .validate = validate_secret, .class_name = "Secret2"};
static const ccdk__kind kind_imported = {.fqn = "aws-cdk-lib.Resource", .class_name = ""};
/* validated as the Secret: SecretBase's policy validation */
static const ccdk__kind kind_attachment = {.fqn = "aws-cdk-lib.aws_secretsmanager.SecretTargetAttachment",
                                           .validate = validate_secret, .class_name = "SecretTargetAttachment2"};

/* key.grant(new ViaServicePrincipal(`secretsmanager.${region}.amazonaws.com`, principal), ...actions):
 * a ViaServicePrincipal has no policy of its own, so the grant is the key policy's statement (on
 * "*"); an imported key has no policy, and nothing is added. Each grant's principal is a new object,
 * as aws-cdk-lib's: one around a Role or a User is compared by identity when statements are merged
 * (@aws-cdk/iam:minimizePolicies), so two grants to one function stay two statements. */
void ccdk__secretsmanager_key_grant_via(ccdk_secretsmanager_secret *s, const char *region,
                                        ccdk_iam_principal *principal, ccdk_strs actions)
{
    if (!s->key)
        return;
    const char *service = ccdk__sprintf(s->node.app, "secretsmanager.%s.amazonaws.com", region);
    ccdk_kms_key_grant(s->key, ccdk_kms_via_service_principal(s, service, principal), actions);
}

static void key_grant_via_secretsmanager(ccdk_secretsmanager_secret *s, ccdk_iam_principal *principal, ccdk_strs actions)
{
    ccdk__secretsmanager_key_grant_via(s, ccdk_stack_region(s->node.stack), principal, actions);
}

/* parseSecretNameForOwnedSecret: the ARN's resource name (Fn::Select(6, ...) of the Ref), cut at
 * "-" into as many parts as the given name has (2 without one, for the random suffix's "-") and
 * joined again; a token name as it is */
static const char *owned_secret_name(ccdk_secretsmanager_secret *s, const char *given)
{
    if (given && ccdk__is_unresolved(given))
        return given;
    const char *resource_name = ccdk__arn_component(s, s->arn, 6);
    size_t parts = 2;
    if (given) {
        parts = 1;
        for (const char *p = given; *p; p++)
            parts += *p == '-';
    }
    ccdk_value *split = ccdk_fn_split(s, "-", resource_name);
    if (parts == 1) /* Fn.join of one value is that value */
        return ccdk_fn_select(s, 0, split);
    const char **items = ccdk__alloc(s->node.app, parts * sizeof *items);
    for (size_t i = 0; i < parts; i++)
        items[i] = ccdk_fn_select(s, (int)i, split);
    return ccdk_fn_join(s, "-", (ccdk_strs)CCDK_LIST_N(items, parts));
}

/* SecretStringGenerator as CfnSecret's GenerateSecretString, fields in the convert function's order */
static ccdk_value *generator_value(ccdk_app *app, const ccdk_secretsmanager_secret_string_generator *g)
{
    ccdk_value *o = ccdk__v_obj(app);
    if (g->exclude_characters)
        ccdk__v_set(o, "ExcludeCharacters", ccdk__v_from_string(app, g->exclude_characters));
    const struct {
        const char *name;
        ccdk_tristate v;
    } flags[] = {{"ExcludeLowercase", g->exclude_lowercase}, {"ExcludeNumbers", g->exclude_numbers},
                 {"ExcludePunctuation", g->exclude_punctuation}, {"ExcludeUppercase", g->exclude_uppercase}};
    for (size_t i = 0; i < sizeof flags / sizeof *flags; i++)
        if (ccdk__tri_set(flags[i].v))
            ccdk__v_set(o, flags[i].name, ccdk__v_bool(app, ccdk__tri_true(flags[i].v)));
    if (g->generate_string_key)
        ccdk__v_set(o, "GenerateStringKey", ccdk__v_from_string(app, g->generate_string_key));
    if (ccdk__tri_set(g->include_space))
        ccdk__v_set(o, "IncludeSpace", ccdk__v_bool(app, ccdk__tri_true(g->include_space)));
    if (g->password_length.set)
        ccdk__v_set(o, "PasswordLength", ccdk__v_opt_num(app, g->password_length));
    if (ccdk__tri_set(g->require_each_included_type))
        ccdk__v_set(o, "RequireEachIncludedType", ccdk__v_bool(app, ccdk__tri_true(g->require_each_included_type)));
    if (g->secret_string_template)
        ccdk__v_set(o, "SecretStringTemplate", ccdk__v_from_string(app, g->secret_string_template));
    return o;
}

/* secretObjectValue ? resolveSecretObjectValue (JSON.stringify of the unwrapped values, tokens kept
 * in the text) : secretStringValue?.unsafeUnwrap(); NULL: none */
static const char *secret_string_of(ccdk_secretsmanager_secret *s, const ccdk_secretsmanager_secret_props *p)
{
    ccdk_app *app = s->node.app;
    size_t n = CCDK__LEN(p->secret_object_value, "Secret secretObjectValue");
    if (CCDK__GIVEN(p->secret_object_value)) {
        ccdk_value *o = ccdk__v_obj(app);
        for (size_t i = 0; i < n; i++)
            if (p->secret_object_value.items[i].key)
                ccdk__v_set(o, p->secret_object_value.items[i].key,
                            ccdk__v_str(app, p->secret_object_value.items[i].value ? p->secret_object_value.items[i].value : ""));
        ccdk__buf b = {0};
        ccdk__json_write(&b, o, 0);
        const char *r = ccdk__strndup(app, b.data ? b.data : "", b.len);
        ccdk__buf_free(&b);
        return r;
    }
    return p->secret_string_value;
}

static const char *secret_arn_of(ccdk__node *n, const char *name)
{
    return ccdk__format_arn(n->stack, "secretsmanager", NULL, "secret", ":", name);
}

ccdk_secretsmanager_secret *ccdk_secretsmanager_secret_new(void *scope, const char *id,
                                                           const ccdk_secretsmanager_secret_props *props)
{
    ccdk_secretsmanager_secret *s = ccdk__construct(ccdk_secretsmanager_secret, &kind_secret, scope, id);
    ccdk_app *app = s->node.app;
    static const ccdk_secretsmanager_secret_props none;
    if (!props)
        props = &none;
    const ccdk_secretsmanager_secret_string_generator *g = props->generate_secret_string;
    if (g && (g->secret_string_template || g->generate_string_key) && !(g->secret_string_template && g->generate_string_key))
        ccdk__error(s, "`secretStringTemplate` and `generateStringKey` must be specified together.");
    else if (!!g + !!props->secret_string_value + !!CCDK__GIVEN(props->secret_object_value) > 1)
        ccdk__error(s, "Cannot specify more than one of `generateSecretString`, `secretStringValue`, `secretObjectValue`, "
                       "and `secretStringBeta1`.");
    ccdk_cfn_resource *r = ccdk__l1(s, "Resource", "AWS::SecretsManager::Secret", "aws-cdk-lib.aws_secretsmanager.CfnSecret");
    r->tag_kind = 1;
    s->resource = r;
    s->key = props->encryption_key;
    if (props->description)
        ccdk__res_set(r, "Description", ccdk__v_from_string(app, props->description));
    if (s->key)
        ccdk__res_set(r, "KmsKeyId", ccdk__v_from_string(app, ccdk_kms_key_arn(s->key)));
    const char *secret_string = secret_string_of(s, props);
    if (props->generate_secret_string)
        ccdk__res_set(r, "GenerateSecretString", generator_value(app, props->generate_secret_string));
    else if (!secret_string || !*secret_string) /* generateSecretString ?? (secretString ? undefined : {}) */
        ccdk__res_set(r, "GenerateSecretString", ccdk__v_obj(app));
    if (secret_string)
        ccdk__res_set(r, "SecretString", ccdk__v_from_string(app, secret_string));
    if (props->secret_name)
        ccdk__res_set(r, "Name", ccdk__v_from_string(app, props->secret_name));
    /* applyRemovalPolicy(props.removalPolicy, {default: DESTROY}) */
    ccdk_cfn_resource_apply_removal_policy(r, props->removal_policy ? props->removal_policy : CCDK_REMOVAL_POLICY_DESTROY);
    /* getResourceArnAttribute(ref, {..., resourceName: physicalName}): the Ref within its environment,
     * in another the ARN formatted from the secretName (without one, aws-cdk-lib's error there) */
    ccdk__physical pn;
    ccdk__physical_new(&pn, s, r, props->secret_name, NULL, NULL, secret_arn_of);
    s->arn = s->full_arn = pn.arn;
    s->account = ccdk_stack_account(s->node.stack);
    /* @aws-cdk/aws-secretsmanager:parseOwnedSecretName is always on in aws-cdk-lib v2 */
    s->name = ccdk__feature_flag(&s->node, "@aws-cdk/aws-secretsmanager:parseOwnedSecretName")
                  ? owned_secret_name(s, props->secret_name)
                  : ccdk__arn_component(s, s->arn, 6);
    if (g)
        s->exclude_characters = g->exclude_characters ? ccdk__strdup(app, g->exclude_characters) : NULL;
    if (s->key) {
        /* the account may use the key through Secrets Manager */
        ccdk_iam_principal *account = ccdk_iam_account_principal(s, ccdk_stack_account(s->node.stack));
        key_grant_via_secretsmanager(s, account, CCDK_STRS("kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"));
        key_grant_via_secretsmanager(s, account, CCDK_STRS("kms:CreateGrant", "kms:DescribeKey"));
    }
    size_t nreplicas = CCDK__LEN(props->replica_regions, "Secret replicaRegions");
    for (size_t i = 0; i < nreplicas; i++)
        ccdk_secretsmanager_secret_add_replica_region(s, props->replica_regions.items[i].region,
                                                      props->replica_regions.items[i].encryption_key);
    return s;
}

void ccdk_secretsmanager_secret_add_replica_region(ccdk_secretsmanager_secret *secret, const char *region,
                                                   ccdk_kms_key *encryption_key)
{
    if (!ccdk__target_ok(secret, __func__) || !ccdk__arg_ok(region, __func__, "region") || !ccdk__handle_ok(secret, __func__))
        return;
    ccdk_secretsmanager_secret *s = secret;
    if (s->node.kind != &kind_secret) /* addReplicaRegion is Secret's, not an import's or attachment's */
        return;
    ccdk_app *app = s->node.app;
    const char *stack_region = ccdk_stack_region(s->node.stack);
    if (!ccdk__is_unresolved(stack_region) && !ccdk__is_unresolved(region) && !strcmp(region, stack_region)) {
        ccdk__error(s, "Cannot add the region where this stack is deployed as a replica region.");
        return;
    }
    if (!s->replicas) {
        s->replicas = ccdk__v_list(app);
        ccdk__res_set(s->resource, "ReplicaRegions", s->replicas);
    }
    /* {region, kmsKeyId: encryptionKey?.keyArn}, here in the template's order (tree.json's is
     * scripts/gen-tree-props-table.js's ORDER) */
    ccdk_value *replica = ccdk__v_obj(app);
    if (encryption_key && ccdk__handle_ok(encryption_key, __func__))
        ccdk__v_set(replica, "KmsKeyId", ccdk__v_from_string(app, ccdk_kms_key_arn(encryption_key)));
    ccdk__v_set(replica, "Region", ccdk__v_from_string(app, region));
    ccdk__v_push(s->replicas, replica);
}

/* arnIsComplete: a token, or an ARN ending in "-" and six letters or digits */
static int arn_is_complete(const char *arn)
{
    if (ccdk__is_unresolved(arn))
        return 1;
    size_t n = strlen(arn);
    if (n < 7 || arn[n - 7] != '-')
        return 0;
    for (size_t i = n - 6; i < n; i++)
        if (!isalnum((unsigned char)arn[i]))
            return 0;
    return 1;
}

/* splitArn(arn, COLON_RESOURCE_NAME).resourceName of a literal ARN (Arn.parse): after the
 * resource's "/" if it has one, then the components after the resource, ":"-joined; "" for none */
static const char *colon_resource_name(ccdk_app *app, const char *arn)
{
    const char *p = arn;
    for (int k = 0; k < 5 && p; k++) {
        p = strchr(p, ':');
        p = p ? p + 1 : NULL;
    }
    if (!p)
        return "";
    size_t len = strcspn(p, ":");
    const char *rest = p[len] == ':' ? p + len + 1 : NULL;
    const char *slash = len > 1 ? memchr(p + (*p == '/'), '/', len - (*p == '/')) : NULL;
    if (slash)
        return rest ? ccdk__sprintf(app, "%.*s:%s", (int)(p + len - slash - 1), slash + 1, rest)
                    : ccdk__strndup(app, slash + 1, (size_t)(p + len - slash - 1));
    return rest ? rest : "";
}

/* parseSecretName(scope, arn): the resource name without the "-XXXXXX" suffix Secrets Manager adds,
 * Fn::Select(6, ...) for a token ARN; NULL after aws-cdk-lib's error on scope */
static const char *parse_secret_name(ccdk_secretsmanager_secret *s, ccdk__node *scope, const char *arn)
{
    if (ccdk__is_unresolved(arn) && strncmp(arn, "arn:", 4)) /* a token ARN (parseArnShape's "token") */
        return ccdk__arn_component(s, arn, 6);
    if (!ccdk__arn_check(scope, arn))
        return NULL;
    const char *name = colon_resource_name(s->node.app, arn);
    if (!*name) {
        ccdk__error(scope, "invalid ARN format; no secret name provided");
        return NULL;
    }
    const char *dash = strrchr(name, '-');
    return dash && strlen(dash + 1) == 6 ? ccdk__strndup(s->node.app, name, (size_t)(dash - name)) : name;
}

static ccdk_value *policy_arn_lazy(void *ctx)
{
    ccdk_secretsmanager_secret *s = ctx;
    return ccdk__v_str(s->node.app, s->policy_arn);
}

/* SecretBase's constructor: arnForPolicies is a Lazy (aws-cdk-lib resolves it with the consuming
 * stack; for fromSecretNameV2, without a secretFullArn, it is `${secretArn}-??????` wherever it is
 * used). Unresolved until then, as there: PolicyDocument._splitDocument estimates it as a token
 * (arnSizeEstimate), not by its text, and minimizePolicies sorts it as a token. */
static void make_policy_arn_token(ccdk_secretsmanager_secret *s)
{
    s->policy_arn_token = ccdk__token_str(s->node.app, ccdk__v_lazy(s->node.app, policy_arn_lazy, s));
}

/* arnForPolicies of an import */
static const char *import_arn_for_policies(const ccdk_secretsmanager_secret *s)
{
    return s->policy_arn_token ? s->policy_arn_token : s->policy_arn;
}

/* Secret.fromSecretAttributes(scope, id, {secretCompleteArn} / {secretPartialArn}, encryptionKey) */
static ccdk_secretsmanager_secret *from_arn(ccdk__node *sn, const char *id, const char *arn, int partial, ccdk_kms_key *key)
{
    ccdk_secretsmanager_secret *s = ccdk__construct(ccdk_secretsmanager_secret, &kind_imported, sn, id);
    ccdk_app *app = s->node.app;
    s->arn = s->name = s->policy_arn = s->account = "";
    /* `!attrs.secretCompleteArn && !attrs.secretPartialArn`: "" is not given either */
    if (!arn || !*arn) {
        ccdk__error(sn, "must use only one of `secretCompleteArn` or `secretPartialArn`");
        return s;
    }
    if (key && ccdk__handle_ok(key, __func__))
        s->key = key;
    if (!partial && !arn_is_complete(arn)) {
        ccdk__error(sn, "`secretCompleteArn` does not appear to be complete; missing 6-character suffix");
        return s;
    }
    const char *name = parse_secret_name(s, sn, arn);
    if (!name)
        return s;
    s->arn = ccdk__strdup(app, arn);
    s->name = name;
    s->full_arn = partial ? NULL : s->arn;
    s->account = ccdk__arn_component(s, s->arn, 4); /* environmentFromArn */
    /* its class's own arnForPolicies getter: the string itself, not SecretBase's Lazy */
    s->policy_arn = partial ? ccdk__sprintf(app, "%s-??????", s->arn) : s->arn;
    return s;
}

ccdk_secretsmanager_secret *ccdk_secretsmanager_secret_from_secret_complete_arn(void *scope, const char *id,
                                                                                const char *secret_complete_arn)
{
    return from_arn(ccdk__scope(scope), id, secret_complete_arn, 0, NULL);
}

ccdk_secretsmanager_secret *ccdk_secretsmanager_secret_from_secret_partial_arn(void *scope, const char *id,
                                                                               const char *secret_partial_arn)
{
    return from_arn(ccdk__scope(scope), id, secret_partial_arn, 1, NULL);
}

/* the harmless import returned after fromSecretAttributes' error */
static ccdk_secretsmanager_secret *failed_import(ccdk__node *sn, const char *id)
{
    ccdk_secretsmanager_secret *s = ccdk__construct(ccdk_secretsmanager_secret, &kind_imported, sn, id);
    s->arn = s->name = s->policy_arn = s->account = "";
    return s;
}

ccdk_secretsmanager_secret *ccdk_secretsmanager_secret_from_secret_attributes(
    void *scope, const char *id, const ccdk_secretsmanager_secret_attributes *attrs)
{
    ccdk__node *sn = ccdk__scope(scope);
    static const ccdk_secretsmanager_secret_attributes none;
    if (!attrs)
        attrs = &none;
    /* JavaScript's truthiness: "" is not given */
    int arn = attrs->secret_arn && *attrs->secret_arn, complete = attrs->secret_complete_arn && *attrs->secret_complete_arn,
        partial = attrs->secret_partial_arn && *attrs->secret_partial_arn;
    if (arn) {
        if (complete || partial) {
            ccdk__error(sn, "cannot use `secretArn` with `secretCompleteArn` or `secretPartialArn`");
            return failed_import(sn, id);
        }
        /* the deprecated secretArn: taken as complete, without the suffix check */
        ccdk_secretsmanager_secret *s = from_arn(sn, id, attrs->secret_arn, 1, attrs->encryption_key);
        if (*s->arn) {
            s->full_arn = s->arn;
            s->policy_arn = s->arn;
        }
        return s;
    }
    if (complete && partial) {
        ccdk__error(sn, "must use only one of `secretCompleteArn` or `secretPartialArn`");
        return failed_import(sn, id);
    }
    return partial ? from_arn(sn, id, attrs->secret_partial_arn, 1, attrs->encryption_key)
                   : from_arn(sn, id, attrs->secret_complete_arn, 0, attrs->encryption_key);
}

ccdk_secretsmanager_secret *ccdk_secretsmanager_secret_from_secret_name_v2(void *scope, const char *id,
                                                                           const char *secret_name)
{
    ccdk_secretsmanager_secret *s = ccdk__construct(ccdk_secretsmanager_secret, &kind_imported, scope, id);
    ccdk_app *app = s->node.app;
    s->name = secret_name ? ccdk__strdup(app, secret_name) : "undefined";
    /* partialArn: Stack.of(this).formatArn({service, resource: 'secret', resourceName, COLON_RESOURCE_NAME});
     * no secretFullArn, so arnForPolicies is `${secretArn}-??????` */
    s->arn = s->node.stack ? ccdk_stack_format_arn(s->node.stack, "secretsmanager", "secret", ":", s->name) : "";
    s->policy_arn = ccdk__sprintf(app, "%s-??????", s->arn);
    s->account = s->node.stack ? ccdk_stack_account(s->node.stack) : "";
    make_policy_arn_token(s);
    return s;
}

#define GETTER(fn, expr)                                                                                              \
    fn(ccdk_secretsmanager_secret *s) { return ccdk__handle_ok(s, __func__) ? (expr) : NULL; }
const char *GETTER(ccdk_secretsmanager_secret_arn, s->arn)
const char *GETTER(ccdk_secretsmanager_secret_name, s->name)
const char *GETTER(ccdk_secretsmanager_secret_full_arn, s->full_arn)
ccdk_kms_key *GETTER(ccdk_secretsmanager_secret_encryption_key, s->key)
ccdk_cfn_resource *GETTER(ccdk_secretsmanager_secret_resource, s->resource)
#undef GETTER

/* arnForPolicies of a Secret seen from the stack consumer: the ARN itself in the secret's account
 * and region, else `${secretArn}-??????` (another region counts unless consumer has
 * crossRegionReferences) */
static const char *arn_seen_from(ccdk_secretsmanager_secret *s, ccdk_stack *consumer)
{
    if (consumer == s->node.stack)
        return s->full_arn;
    int same = strcmp(ccdk_stack_account(consumer), ccdk_stack_account(s->node.stack)) == 0 &&
               (strcmp(ccdk_stack_region(consumer), ccdk_stack_region(s->node.stack)) == 0 ||
                consumer->cross_region_references);
    return same ? s->full_arn : ccdk__sprintf(s->node.app, "%s-??????", s->arn);
}

/* the Lazy itself, resolved with the stack being rendered: a grant across environments puts it in
 * the grantee's policy (suffixed there) and in the secret's resource policy (the ARN itself) */
static ccdk_value *arn_for_policies_lazy(void *ctx)
{
    ccdk_secretsmanager_secret *s = ctx;
    ccdk_stack *consumer = s->node.app->cur_stack ? s->node.app->cur_stack : s->node.stack;
    return ccdk__v_from_string(s->node.app, arn_seen_from(s, consumer));
}

/* arnForPolicies of a Secret for a grant to grantee: seen from the stack that holds the grantee's
 * policy (a Role's or User's stack; a LazyRole's, whose Role is made in its own scope), a literal
 * when that is the secret's environment, else the Lazy (resolved per stack) */
static const char *owned_arn_for_policies(ccdk_secretsmanager_secret *s, ccdk_iam_principal *grantee)
{
    ccdk_iam_role *role = ccdk_iam_principal_role(grantee);
    ccdk_iam_user *user = ccdk_iam_principal_user(grantee);
    ccdk_iam_lazy_role *lazy = ccdk_iam_principal_lazy_role(grantee);
    ccdk__node *rn = role ? ccdk__node_of(role) : user ? ccdk__node_of(user) : lazy ? ccdk__node_of(lazy) : NULL;
    if (s->attached) /* SecretBase's arnForPolicies: secretFullArn, the attachment's Ref */
        return s->full_arn;
    ccdk_stack *consumer = rn && rn->stack ? rn->stack : s->node.stack;
    const char *arn = arn_seen_from(s, consumer);
    if (arn == s->full_arn)
        return arn;
    if (!s->cross_env_arn_token)
        s->cross_env_arn_token = ccdk__token_str(s->node.app, ccdk__v_lazy(s->node.app, arn_for_policies_lazy, s));
    return s->cross_env_arn_token;
}

static const ccdk__kind kind_policy = {.fqn = "aws-cdk-lib.aws_secretsmanager.ResourcePolicy", .class_name = "ResourcePolicy2"};

/* secret.addToResourcePolicy: new ResourcePolicy(this, 'Policy', {secret: this}) on first use (an
 * AWS::SecretsManager::ResourcePolicy of the document and SecretId, the ARN); an import has none
 * and makes none (autoCreatePolicy false) */
static int add_to_resource_policy(void *secret, ccdk_iam_policy_statement *statement)
{
    ccdk_secretsmanager_secret *s = secret;
    if (!s->resource)
        return 0;
    /* a SecretTargetAttachment's statements go to the attached secret's policy under
     * @aws-cdk/aws-secretsmanager:useAttachedSecretResourcePolicyForSecretTargetAttachments */
    if (s->attached && ccdk__feature_flag(&s->node, "@aws-cdk/aws-secretsmanager:"
                                                    "useAttachedSecretResourcePolicyForSecretTargetAttachments"))
        return add_to_resource_policy(s->attached, statement);
    if (!s->policy) {
        ccdk__node *pol = ccdk__construct_at(&s->node, &kind_policy, "Policy", sizeof(ccdk__node));
        ccdk_cfn_resource *r = ccdk__l1(pol, "Resource", "AWS::SecretsManager::ResourcePolicy",
                                        "aws-cdk-lib.aws_secretsmanager.CfnResourcePolicy");
        s->policy = ccdk_iam_policy_document_new(s, (ccdk_iam_policy_statement_list){0});
        ccdk__res_set(r, "ResourcePolicy", ccdk_iam_policy_document_value(s->policy));
        ccdk__res_set(r, "SecretId", ccdk__v_from_string(s->node.app, s->arn));
    }
    ccdk_iam_policy_document_add_statements(s->policy, statement);
    return 1;
}

int ccdk_secretsmanager_secret_add_to_resource_policy(ccdk_secretsmanager_secret *s, ccdk_iam_policy_statement *statement)
{
    if (!ccdk__target_ok(s, __func__) || !ccdk__arg_ok(statement, __func__, "statement"))
        return 0;
    return add_to_resource_policy(s, statement);
}

/* SecretBase.grantRead(grantee, versionStages): Grant.addToPrincipalOrResource (the resource
 * policy's statement too unless the grantee has a policy in the secret's account: env.account, an
 * import's is its ARN's), the version stages as a condition on the grant's statement, the key's
 * decrypt grant through Secrets Manager, and the cross-account check */
static void grant_read(ccdk_secretsmanager_secret *s, ccdk_iam_principal *grantee, ccdk_strs version_stages)
{
    if (!s || !ccdk__grantee_ok(grantee, __func__) || !ccdk__handle_ok(s, __func__))
        return;
    ccdk_app *app = s->node.app;
    const char *arn = s->resource ? owned_arn_for_policies(s, grantee) : import_arn_for_policies(s);
    ccdk_iam_policy_statement *statement = NULL;
    int added = ccdk_iam_grant_add_to_principal_or_resource(grantee, &(ccdk_iam_grant_on_resource){
        .actions = CCDK_STRS("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"),
        .resource_arns = CCDK_STRS(arn),
        .resource_account = s->account,
        .add_to_resource_policy = add_to_resource_policy,
        .resource = s,
        .statement = &statement,
    });
    if (CCDK__GIVEN(version_stages) && statement) {
        /* statement.addCondition('ForAnyValue:StringEquals', {'secretsmanager:VersionStage': versionStages}) */
        ccdk_value *stages = ccdk__v_list(app);
        for (size_t i = 0; i < CCDK__LEN(version_stages, "version_stages"); i++)
            ccdk__v_push(stages, ccdk__v_from_string(app, version_stages.items[i]));
        ccdk_iam_policy_statement_add_condition(statement, "ForAnyValue:StringEquals", "secretsmanager:VersionStage", stages);
    }
    if (s->key)
        key_grant_via_secretsmanager(s, grantee, CCDK_STRS("kms:Decrypt"));
    /* a Secret whose grant wrote a resource statement, without a key, to another account
     * (Token.compareStrings(stack account, principalAccount || '') is DIFFERENT) */
    if (!s->resource || !(added & CCDK_IAM_GRANT_ON_RESOURCE) || s->key)
        return;
    const char *account = ccdk_stack_account(s->node.stack), *other = ccdk_iam_principal_account(grantee);
    if (!other)
        other = "";
    if (ccdk__token_compare_strings(account, other) == CCDK__TOKENS_DIFFERENT)
        ccdk__error(s, "KMS Key must be provided for cross account access to Secret");
}

void ccdk_secretsmanager_secret_grant_read(ccdk_secretsmanager_secret *s, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(s, __func__))
        return;
    grant_read(s, grantee, (ccdk_strs){0});
}

void ccdk_secretsmanager_secret_grant_read_version_stages(ccdk_secretsmanager_secret *s, ccdk_iam_principal *grantee,
                                                          ccdk_strs version_stages)
{
    if (!ccdk__target_ok(s, __func__))
        return;
    grant_read(s, grantee, version_stages);
}

/* SecretBase.grantWrite(grantee): Grant.addToPrincipalOrResource of PutSecretValue, UpdateSecret and
 * UpdateSecretVersionStage on arnForPolicies; the key's encrypt actions through Secrets Manager; and
 * for a Secret without a key whose grant wrote a resource statement, aws-cdk-lib's error (whatever
 * the grantee's account, unlike grantRead) */
void ccdk_secretsmanager_secret_grant_write(ccdk_secretsmanager_secret *s, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(s, __func__) || !ccdk__grantee_ok(grantee, __func__) || !ccdk__handle_ok(s, __func__))
        return;
    const char *arn = s->resource ? owned_arn_for_policies(s, grantee) : import_arn_for_policies(s);
    int added = ccdk_iam_grant_add_to_principal_or_resource(grantee, &(ccdk_iam_grant_on_resource){
        .actions = CCDK_STRS("secretsmanager:PutSecretValue", "secretsmanager:UpdateSecret",
                             "secretsmanager:UpdateSecretVersionStage"),
        .resource_arns = CCDK_STRS(arn),
        .resource_account = s->account,
        .add_to_resource_policy = add_to_resource_policy,
        .resource = s,
    });
    if (s->key)
        key_grant_via_secretsmanager(s, grantee, CCDK_STRS("kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"));
    else if (s->resource && (added & CCDK_IAM_GRANT_ON_RESOURCE))
        ccdk__error(s, "KMS Key must be provided for cross account access to Secret");
}

const char *ccdk__secretsmanager_exclude_characters(ccdk_secretsmanager_secret *s) { return s->exclude_characters; }
int ccdk__secretsmanager_is_secret(ccdk_secretsmanager_secret *s) { return s->node.kind == &kind_secret; }

/* Secret.fromSecretArn (deprecated): arnIsComplete(arn) ? {secretCompleteArn} : {secretPartialArn} */
ccdk_secretsmanager_secret *ccdk_secretsmanager_secret_from_secret_arn(void *scope, const char *id,
                                                                       const char *secret_arn)
{
    ccdk__node *sn = ccdk__scope(scope);
    return from_arn(sn, id, secret_arn, !(secret_arn && arn_is_complete(secret_arn)), NULL);
}

/* Secret.fromSecretName (deprecated): secretArn = secretName = the name; arnForPolicies the stack's
 * formatArn of resourceName `${name}*` */
ccdk_secretsmanager_secret *ccdk_secretsmanager_secret_from_secret_name(void *scope, const char *id,
                                                                        const char *secret_name)
{
    ccdk_secretsmanager_secret *s = ccdk__construct(ccdk_secretsmanager_secret, &kind_imported, scope, id);
    ccdk_app *app = s->node.app;
    s->arn = s->name = secret_name ? ccdk__strdup(app, secret_name) : "undefined";
    s->policy_arn = s->node.stack ? ccdk_stack_format_arn(s->node.stack, "secretsmanager", "secret", ":",
                                                          ccdk__sprintf(app, "%s*", s->name))
                                  : "";
    s->account = s->node.stack ? ccdk_stack_account(s->node.stack) : "";
    return s;
}

/* SecretValue.cfnDynamicReferenceKey(secretArn, options): its checks (UnscopedValidationError), then
 * [secretId, 'SecretString', jsonField || '', versionStage || '', versionId || ''].join(':') */
static const char *dynamic_reference_key(ccdk_secretsmanager_secret *s, const char *json_field,
                                         const char *version_stage, const char *version_id)
{
    ccdk_app *app = s->node.app;
    const char *id = s->arn;
    if (!id || !*id) {
        ccdk__unscoped_error(app, "secretId cannot be empty");
        return NULL;
    }
    if (!ccdk__is_unresolved(id) && strncmp(id, "arn:", 4) && strchr(id, ':')) {
        ccdk__unscoped_error(app, "secret id \"%s\" is not an ARN but contains \":\"", id);
        return NULL;
    }
    if (version_stage && *version_stage && version_id && *version_id) {
        ccdk__unscoped_error(app, "versionStage: '%s' and versionId: '%s' were both provided but only one is allowed",
                             version_stage, version_id);
        return NULL;
    }
    return ccdk__sprintf(app, "%s:SecretString:%s:%s:%s", id, json_field ? json_field : "",
                         version_stage ? version_stage : "", version_id ? version_id : "");
}

const char *ccdk_secretsmanager_secret_cfn_dynamic_reference_key(ccdk_secretsmanager_secret *s,
                                                                 const ccdk_secretsmanager_secret_options *options)
{
    if (!ccdk__target_ok(s, __func__) || !ccdk__handle_ok(s, __func__))
        return NULL;
    static const ccdk_secretsmanager_secret_options none;
    if (!options)
        options = &none;
    return dynamic_reference_key(s, options->json_field, options->version_stage, options->version_id);
}

/* secretValueFromJson(jsonField): SecretValue.secretsManager(this.secretArn, {jsonField}), a
 * CfnDynamicReference of service secretsmanager */
const char *ccdk_secretsmanager_secret_value_from_json(ccdk_secretsmanager_secret *s, const char *json_field)
{
    if (!ccdk__target_ok(s, __func__) || !ccdk__handle_ok(s, __func__))
        return NULL;
    const char *key = dynamic_reference_key(s, json_field, NULL, NULL);
    return key ? ccdk_cfn_dynamic_reference(s, CCDK_CFN_DYNAMIC_REFERENCE_SECRETS_MANAGER, key) : NULL;
}

/* secretValue: secretValueFromJson('') */
const char *ccdk_secretsmanager_secret_value(ccdk_secretsmanager_secret *s)
{
    return ccdk_secretsmanager_secret_value_from_json(s, "");
}

/* secret.attach(target): new SecretTargetAttachment(this, 'Attachment', {secret: this, target}), an
 * ISecret whose secretArn is the attachment's Ref (SecretId: the secret's ARN); a second attach is
 * aws-cdk-lib's error */
static const char *const target_type_names[] = {NULL, "AWS::RDS::DBInstance", "AWS::RDS::DBCluster", "AWS::RDS::DBProxy",
                                                "AWS::Redshift::Cluster", "AWS::DocDB::DBInstance", "AWS::DocDB::DBCluster"};

ccdk_secretsmanager_secret *ccdk_secretsmanager_secret_attach(ccdk_secretsmanager_secret *s, const char *target_id,
                                                              ccdk_secretsmanager_attachment_target_type target_type)
{
    if (!ccdk__target_ok(s, __func__) || !ccdk__handle_ok(s, __func__) || !ccdk__arg_ok(target_id, __func__, "target_id"))
        return NULL;
    if (s->node.kind != &kind_secret) {
        ccdk__error(s, "attach is a method of a Secret, not of an imported secret or an attachment");
        return NULL;
    }
    if (!CCDK__ENUM_OK(s, target_type, ccdk_secretsmanager_attachment_target_type,
                       CCDK_SECRETSMANAGER_ATTACHMENT_TARGET_TYPE_UNSET,
                       CCDK_SECRETSMANAGER_ATTACHMENT_TARGET_TYPE_DOCDB_DB_CLUSTER, "target_type"))
        return NULL;
    if (!target_type) {
        ccdk__error(s, "attach: the target type is required");
        return NULL;
    }
    if (ccdk__node_find_child(&s->node, "Attachment")) {
        ccdk__error(s, "Secret is already attached to a target.");
        return NULL;
    }
    ccdk_app *app = s->node.app;
    ccdk_secretsmanager_secret *a = ccdk__construct_at(&s->node, &kind_attachment, "Attachment", sizeof *a);
    ccdk_cfn_resource *r = ccdk__l1(a, "Resource", "AWS::SecretsManager::SecretTargetAttachment",
                                    "aws-cdk-lib.aws_secretsmanager.CfnSecretTargetAttachment");
    ccdk__res_set(r, "SecretId", ccdk__v_from_string(app, s->arn));
    ccdk__res_set(r, "TargetId", ccdk__v_from_string(app, target_id));
    ccdk__res_set(r, "TargetType", ccdk__v_str(app, target_type_names[target_type]));
    a->resource = r;
    a->attached = s;
    a->key = s->key;
    a->name = s->name;
    a->arn = a->full_arn = ccdk_cfn_resource_ref(r);
    a->account = ccdk_stack_account(a->node.stack);
    return a;
}
