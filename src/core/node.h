/* node.h - the construct tree, App and Stack, context and feature flags, annotations. Layer 4 of the
 * core: see types.h. */
#ifndef CCDK_NODE_H
#define CCDK_NODE_H

#include "token.h"

/* n's ext, made (zeroed) on first use */
ccdk__node_ext *ccdk__ext(ccdk__node *n);

/* Initialises n (already allocated with its full struct) and adds it to scope. */
void ccdk__node_init(ccdk__node *n, const ccdk__kind *kind, void *scope, const char *id);
/* A scope that is not a construct: records "<func>: ..." on the process-wide error list (which
 * ccdk_app_synth of every App reports) and returns this thread's orphan stack, in an App of its own
 * that is never synthesized, so that the caller goes on with a harmless handle (construct.c). */
ccdk__node *ccdk__bad_scope(const void *scope, const char *func);
/* The same orphan stack without an error: where a constructor that has recorded its own error
 * (and so returns no construct of the App) makes the harmless handle it returns. */
ccdk_stack *ccdk__nil_stack(void);
/* The JavaScript constructor.name of n's class, as aws-cdk-lib's messages print it ("Stack2", "App"). */
const char *ccdk__class_name(const ccdk__node *n);
static inline ccdk__node *ccdk__scope_(const void *scope, const char *func)
{
    ccdk__node *n = ccdk__node_of(scope);
    return n ? n : ccdk__bad_scope(scope, func);
}
/* The node of a public function's scope parameter, never NULL (see ccdk__bad_scope). Both macros
 * also replace the variable `scope` by that node, so that a bad scope is recorded once, under the
 * name of the public function the user called, and what the function hands scope on to (another
 * public function, ccdk__node_init) sees a construct: the orphan stack. */
#define ccdk__scope(scope) ((ccdk__node *)((scope) = ccdk__scope_((scope), __func__)))
/* The App of a public function's scope parameter; never NULL: the orphan App for a bad scope. */
#define ccdk__app_of(scope) (ccdk__scope(scope)->app)
/* The opening of an L2 constructor: scope checked (a bad one recorded under the name of the calling
 * public function, as ccdk__scope), then a zeroed `type` whose first member is its ccdk__node, of
 * kind, at scope/id in the tree. `scope` is replaced as by ccdk__scope. */
#define ccdk__construct(type, kind, scope, id) ((type *)ccdk__construct_at(ccdk__scope(scope), (kind), (id), sizeof(type)))
void *ccdk__construct_at(ccdk__node *scope, const ccdk__kind *kind, const char *id, size_t size);
/* Stack.of(n)'s error for n in no Stack ("<class> at '<path>' should be created in the scope of a
 * Stack, but no Stack found"), on the Stage (or the root) where aws-cdk-lib's lookup stops */
void ccdk__no_stack_error(ccdk__node *n);
/* Stage.isStage(n) for a node under the App: a ccdk_stage (the App itself is not one here) */
int ccdk__is_stage(const ccdk__node *n);
ccdk__node *ccdk__node_find_child(const ccdk__node *n, const char *id);
/* node.tryRemoveChild(id): takes the child out of the tree (it is neither synthesized nor found
 * again; its memory stays in the arena). 1 when there was one, else 0. */
int ccdk__node_try_remove_child(ccdk__node *n, const char *id);
/* Moves n among its parent's children to just after prev, a sibling (NULL: first): a child that
 * aws-cdk-lib makes in the middle of a constructor and ccdk only once the construct exists. */
void ccdk__node_move_after(ccdk__node *n, const ccdk__node *prev);
ccdk__node *ccdk__node_default_child(const ccdk__node *n);
ccdk_value *ccdk__node_context(const ccdk__node *n, const char *key); /* nearest, then app */
int ccdk__feature_flag(const ccdk__node *n, const char *flag);
/* mutatingAspectPrio32333(scope): the priority aws-cdk-lib gives the aspects it adds for you
 * (Tags, a stack's permissions boundary, a role's policy split, RemovalPolicies): MUTATING under
 * @aws-cdk/core:aspectPrioritiesMutating, else DEFAULT */
int ccdk__mutating_aspect_priority(const ccdk__node *n);
/* a copy of a list of strings in the app's arena (NULL items as ""); NULL for an empty list */
const char **ccdk__strs_dup(ccdk_app *app, ccdk_strs s, size_t *n);
int ccdk__truthy(const ccdk_value *v); /* JavaScript's truthiness of a context value */
const char *ccdk__js_string(ccdk_app *app, const ccdk_value *v); /* String(v) */
/* AssetStaging's extraHash with the "@aws-cdk/core:assetHashSalt" context at n (NULL: none) */
const char *ccdk__asset_extra_hash(const ccdk__node *n, const char *extra_hash);
/* ---- AssetStaging.assetCache, one per App (asset_cache.c): a map from key bytes to value bytes
 * (both copied; the value is returned 16-byte aligned and NUL-terminated). No lock: an App is used by one thread at a
 * time. What a Code.fromAsset, a bundle or a custom resource's handler directory stages is looked
 * up here first, so a (path, options) is fingerprinted and staged once per App. */
const void *ccdk__asset_cache_get(ccdk_app *app, const void *key, size_t klen, size_t *vlen);
const void *ccdk__asset_cache_put(ccdk_app *app, const void *key, size_t klen, const void *val, size_t vlen);
void ccdk__asset_cache_free(ccdk_app *app);
/* key fields: a string (NULL and "" differ); fingerprint options (follow only when with_follow) */
void ccdk__asset_key_put(ccdk__buf *b, const char *s);
void ccdk__asset_key_opts(ccdk__buf *b, const ccdk__fingerprint_opts *o, int with_follow);
/* ccdk__fingerprint(path, opts), computed once per App for the same path string and options
 * (failures are not kept) */
int ccdk__fingerprint_cached(ccdk_app *app, const char *path, const ccdk__fingerprint_opts *opts, char out[65],
                             char **err);

/* Unique id (node.addr-free form used by names.uniqueId / Names.nodeUniqueId). */
const char *ccdk__node_unique_id(ccdk__node *n);
/* Names.uniqueResourceName(n, {maxLength, separator}) (construct.c) */
const char *ccdk__unique_resource_name(ccdk__node *n, size_t max_length, const char *sep);
/* parseArnShape: 1 when arn is shaped as an ARN or holds a token, else 0 with aws-cdk-lib's error on scope
 * (arn.c, as the rest of this group). */
int ccdk__arn_check(const void *scope, const char *arn);
/* Stack.splitArn's pieces, in owner's App: component i of arn (3 region, 4 account, 5 the resource:
 * the rest of the ARN), or Fn::Select(i, Fn::Split(":", arn)) for a token ARN; "" when a literal
 * ARN has no such component. */
const char *ccdk__arn_component(void *owner, const char *arn, int i);
/* Arn.split(arn, format) (ccdk_arn_split) for the library: strings in owner's App; *ok 0 when arn
 * (NULL: "") is not shaped as an ARN, with parseArnShape's error on the App (no path, as aws-cdk-lib's
 * UnscopedValidationError), and the components all NULL. */
ccdk_arn_components ccdk__arn_split(void *owner, const char *arn, ccdk_arn_format format, int *ok);
/* Arn.split(arn, ArnFormat.SLASH_RESOURCE_NAME).resourceName, "" when it has none (undefined);
 * NULL, with the error of ccdk__arn_split, for an ARN of the wrong shape. A token ARN's is
 * Fn::Select(1, Fn::Split("/", Fn::Select(5, Fn::Split(":", arn)))). */
const char *ccdk__arn_slash_resource_name(void *owner, const char *arn);
/* makeUniqueId over path components below the stack. */
const char *ccdk__make_unique_id(ccdk_app *app, const char *const *components, size_t n);
/* The same, reporting nothing: *err is aws-cdk-lib's message (owned by the App) when it fails, else
 * NULL; the id is then "". For callers that report it their own way (the logical id, resolved). */
const char *ccdk__make_unique_id_or_error(ccdk_app *app, const char *const *components, size_t n, const char **err);
/* node.addMetadata("aws:cdk:" + type, JSON.parse(json)): an entry of the stack's metadata file that
 * is not an annotation (type is a literal, e.g. "acknowledged-rules"); identical entries once. */
void ccdk__add_metadata_json(ccdk__node *n, const char *type, const char *json);
/* node.addMetadata("aws:cdk:" + type, data) with data a value of the App (tokens allowed: the
 * metadata file has it resolved, as collectStackMetadata resolves it); every call adds an entry. */
void ccdk__add_metadata_value(ccdk__node *n, const char *type, ccdk_value *data);
/* An acknowledged validation rule (Validations.acknowledge, acknowledge.c): the qualified id
 * ("CloudFormation-Validate::W3030"), the path of the construct it was made on ("" for the App),
 * and the reason ("" for none). */
typedef struct {
    const char *id, *path, *reason;
} ccdk__ack_rule;
/* collectAcknowledgedRules: the App's acknowledged rules (a later entry of the same id at the same
 * path replaces an earlier one), in the App's memory; *n their number */
ccdk__ack_rule *ccdk__acknowledged_rules(ccdk_app *app, size_t *n);
/* findClosestAck: the rule id acknowledged at path or the nearest of its ancestors, or NULL */
const ccdk__ack_rule *ccdk__find_acknowledgement(const ccdk__ack_rule *rules, size_t n, const char *id, const char *path);
void ccdk__warning(const void *scope, const char *id, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Annotations._addTrackableError: an error annotation marked with id (the synth goes on when id is
 * CCDK__CONTEXT_PROVIDER_ERROR: synth.c), then the "aws:cdk:error-code" entry id, once per construct. */
void ccdk__add_trackable_error(ccdk__node *n, const char *id, const char *message);
/* The same, for an error that aws-cdk-lib's own code leaves for the cdk CLI to fail on: the synth
 * goes on (app.synth() never stops on error annotations; ccdk does but for these), and the error is
 * in the stack's metadata (iam's MissingPrecreatedRoleName). */
void ccdk__add_reported_error(ccdk__node *n, const char *id, const char *message);
/* attachCustomSynthesis(n, {onSynthesize: fn}) (core/lib/app.ts): fn runs while the assembly is
 * written, after manifest.json, in the order attached (synth.c phase_write) */
void ccdk__attach_custom_synthesis(ccdk__node *n, ccdk__custom_synth_fn fn);

int ccdk__stack_is_env_agnostic_account(const ccdk_stack *s);
int ccdk__stack_is_env_agnostic_region(const ccdk_stack *s);
/* Partition/region/account as tokens or literals, as Stack.partition etc. */
const char *ccdk__stack_partition(ccdk_stack *s);
/* stack.formatArn({service, region, resource, arnFormat: sep, resourceName}) (Arn.format): region
 * NULL is the stack's ("" for a global service's ARN), sep NULL "/", resource_name NULL none */
/* StringSpecializer.specialize of a DefaultStackSynthesizer template (and of a permissions
 * boundary's ARN): ${Qualifier}, and the account/region when the stack has them (construct.c) */
char *ccdk__stack_specialize(ccdk_app *app, const ccdk_stack *s, const char *tmpl);
const char *ccdk__format_arn(ccdk_stack *s, const char *service, const char *region, const char *resource,
                             const char *sep, const char *resource_name);

#endif
