/* cfn.h - CloudFormation elements (CfnResource and friends), logical ids, resolution (resolve.c),
 * tags, durations and sizes. Layer 5 of the core: see types.h. */
#ifndef CCDK_CFN_H
#define CCDK_CFN_H

#include "node.h"

/* Resource.getResourceArnAttribute / getResourceNameAttribute (core/lib/resource.ts, mimicReference):
 * the token of r's Ref (attr NULL) or GetAtt attr that, in a stack of the resource's account and
 * region, resolves as that reference does (a cross-stack reference from another stack of that
 * environment) and, in a stack of another account or region, to cross_env, with no reference
 * made: the ARN formatted from the physical name (ccdk__format_arn) or that name. cross_env NULL:
 * the resource has no physical name known at synth (ccdk__physical_name), and such a use is
 * aws-cdk-lib's error, naming resource (the L2 that owns r). */
const char *ccdk__resource_env_attribute(void *resource, ccdk_cfn_resource *r, const char *attr, const char *cross_env);
/* 1 when a name prop is CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED */
int ccdk__is_generate_if_needed(const char *name);
/* A L2's physicalName (core/lib/resource.ts's three modes) from the name the user passed (given):
 * given as is (a literal name, known in another environment), a token (deploy-time: no name
 * there), NULL (none), or CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED (generate: none until the L2 is
 * used in another environment, then generatePhysicalName's). ccdk__physical_new fills out:
 *  value  what the L1's name property gets (this.physicalName): the given string, the generated
 *         name's Lazy (absent while none is made), NULL when none is given (leave it out);
 *  name   getResourceNameAttribute of the L1's attribute name_attr;
 *  arn    getResourceArnAttribute of the L1's attribute arn_attr, formatted in another environment by
 *         arn_of(resource, the physical name); arn_of NULL: no arn made (arn NULL).
 * name_attr and arn_attr name the L1's attribute the L2 reads in its own environment: NULL is the
 * L1's Ref, a string the GetAtt of that attribute. Which one follows what the resource's Ref
 * returns: a Queue's Ref is its URL (name "QueueName", arn "Arn"), a Table's or LogGroup's its
 * name (name_attr NULL, arn "Arn"), an SNS Topic's its ARN (name "TopicName", arn_attr NULL: the
 * topicArn is the Ref, as aws-cdk-lib's getResourceArnAttribute(resource.ref, ...)).
 * resource is the L2 owning r. An L2 whose L1 takes the name otherwise (a suffix) reads gen.
 * Generate: the name is made (generatePhysicalName: the stack name's first 25 characters, the
 * node's unique id's last 24, 12 hex digits of a SHA-256, lowercase; after gen->prefix when the L2
 * set one, as kms.Alias's generatePhysicalName override does) by the first use of name or
 * arn in a stack of another account or region, or that use is aws-cdk-lib's error when the
 * resource's stack has no literal region or account; refs.c's scan makes it before any template
 * renders. */
typedef const char *(*ccdk__arn_of_fn)(ccdk__node *resource, const char *name);
typedef struct ccdk__physical {
    const char *given;    /* as passed */
    ccdk__gen_name *gen;  /* the GENERATE_IF_NEEDED marker was given, else NULL */
    ccdk_value *value;
    const char *name, *arn;
} ccdk__physical;
void ccdk__physical_new(ccdk__physical *out, void *resource, ccdk_cfn_resource *r, const char *given, const char *name_attr,
                        const char *arn_attr, ccdk__arn_of_fn arn_of);
/* getResourceNameAttribute(nameAttr) for a nameAttr that is no attribute of r (kms.Alias without
 * @aws-cdk/aws-kms:aliasNameRef: the CfnAlias's aliasName prop, its physicalName): local in the
 * resource's environment (a Lazy of a generated name resolves there to the name, or to nothing when
 * none is made), in another the physical name of pn (made then when generated, an error when none
 * is known at synth), as pn->name is. resource is the L2 owning r. */
const char *ccdk__physical_name_of(const ccdk__physical *pn, void *resource, ccdk_cfn_resource *r, ccdk_value *local);
/* Resource.physicalName as _enableCrossEnvironment allows it: a given name that is not a token;
 * else NULL (no name, or one known only at deploy time) */
const char *ccdk__physical_name(const char *given);
/* A CustomResourceProviderBase role's Policies: [{PolicyName: 'Inline', PolicyDocument}] of the
 * statements (a list value) once there is one, else undefined (the property is left out) */
ccdk_value *ccdk__provider_policies(ccdk_app *app, ccdk_value *statements);
/* FnLength / FnToJsonString / FnFindInMap with a default value (cfn_fn.c): the string token of
 * {fn: arg} that, resolved, adds the transform AWS::LanguageExtensions to the resolving stack (owner's
 * stack outside a resolution) */
const char *ccdk__language_extension_token(ccdk__node *owner, const char *fn, ccdk_value *arg);
/* Resolves a value tree into plain JSON values (no tokens, refs, lazies). */
ccdk_value *ccdk__resolve(ccdk__resolve_ctx *ctx, ccdk_value *v);
/* stack.resolve(value) now (aspects, validation): in the persistent arena, the stack current for
 * Lazies, no deferred parts (ccdk_stack_resolve_value is its JSON text) */
ccdk_value *ccdk__stack_resolve_now(ccdk_stack *stack, ccdk_value *value);
/* 1 when resolving v in ctx could meet a reference to an element of another stack (refs.c's
 * pre-check: nothing is built, no error recorded), 0 when it cannot. */
int ccdk__scan_foreign(ccdk__resolve_ctx *ctx, const ccdk_value *v);
/* The same for a whole element's render: 1 could, 0 cannot, -1 not known for this kind of element
 * (render it to find out). */
int ccdk__element_scan_foreign(ccdk__node *el, ccdk__resolve_ctx *ctx);
/* The cross-stack reference of consumer to target's attr (NULL: Ref), from app->xrefs; with add,
 * a new entry (value NULL) when there is none. NULL when there is none and add is 0. */
/* stack.addStackDependency(on): `on` is deployed first (manifest.json's dependencies); 0 after
 * aws-cdk-lib's error when on depends on stack already (a cycle). */
int ccdk__stack_add_dependency(ccdk_stack *stack, ccdk_stack *on, const char *reason);
/* The same for an operation whose source and target are the stacks themselves (a cross-stack
 * reference's consumer.addStackDependency(producer, ...), the user's addStackDependency): as
 * aws-cdk-lib's sameReason, a dependency keeps one reason per such pair, the first one (a later
 * reason of the same two stacks is dropped, whatever its text). */
int ccdk__stack_add_stack_dependency(ccdk_stack *stack, ccdk_stack *on, const char *reason);
ccdk__xref *ccdk__xref_find(ccdk_app *app, ccdk_stack *consumer, ccdk__node *target, const char *attr, int add);

const char *ccdk__element_logical_id(ccdk__node *el);
/* CfnMappingEmbedder (cfn-mapping.ts): the Fn::FindInMap of findInMap names its mapping through a
 * logical-id value whose attr is this marker. Resolved in another stack (stackOf the scope) it names
 * the copy of the mapping that ccdk__mapping_copy makes there, as aws-cdk-lib's embedder does while
 * the app is prepared (refs.c gathers those uses with the cross-stack references). */
extern const char ccdk__mapping_copy_attr[];
/* The CfnMapping "MappingCopy-<id>-<node addr>" of the consumer stack (made on first use, with the
 * mapping's object, not a copy of it): the copy of mapping that its uses in consumer name. */
ccdk__node *ccdk__mapping_copy(ccdk_stack *consumer, ccdk__node *mapping);
const char *ccdk__element_logical_id_token(ccdk__node *el); /* string token of the logical id */

ccdk_cfn_resource *ccdk__cfn_resource_new(void *scope, const char *id, const char *type, const ccdk__kind *kind);
/* Appends the elements under n (n included, nested stacks not entered), in tree order, to the
 * malloc'd array *out: those of kind element (CCDK__EL_*), or every element when it is 0. */
void ccdk__collect_elements(ccdk__node *n, int element, ccdk__node ***out, size_t *len, size_t *cap);
void ccdk__res_set(ccdk_cfn_resource *r, const char *prop, ccdk_value *v);
ccdk_value *ccdk__res_get(ccdk_cfn_resource *r, const char *prop);
/* Renders the resource's CloudFormation definition (resolved). */
ccdk_value *ccdk__cfn_resource_render(ccdk_cfn_resource *r, ccdk__resolve_ctx *ctx);
extern const ccdk__kind ccdk__kind_cfn_resource;
/* 1 when n is an instance of a generated L1 class (CfnFunction, ...), not a plain CfnResource:
 * tree.json shows its CloudFormation type, logical id and props */
int ccdk__is_generated_l1(const ccdk__node *n);
/* n is a CfnParameter of a list type ("List<...>", "CommaDelimitedList"): its Ref has the
 * STRING_LIST type hint (a cross-stack reference to it is exported joined with "||") */
int ccdk__parameter_is_list(const ccdk__node *n);
/* A generated-L1-style resource (properties rendered alphabetically) whose tree fqn is fqn. */
ccdk_cfn_resource *ccdk__l1(void *scope, const char *id, const char *type, const char *fqn);
/* r's required property prop (a literal: it must outlive the App), whose value v may resolve to
 * nothing (an empty PolicyDocument): v, checked when the stack resolves it as the generated L1's
 * props validation does, with its error when nothing came: "Resolution error: Supplied properties
 * not correct for \"CfnXxxProps\"\n  prop: required but missing." (CfnXxx: r's fqn's last part). */
ccdk_value *ccdk__l1_required(ccdk_cfn_resource *r, const char *prop, ccdk_value *v);
/* ConstructReflection.of(from).findRelatedCfnResource({cfnResourceType: type, matches}): the closest
 * CfnResource of that type that matches, searching from's descendants first (depth first), then each
 * ancestor's; NULL when none. */
ccdk_cfn_resource *ccdk__find_related_cfn_resource(ccdk__node *from, const char *type,
                                                   int (*matches)(ccdk_cfn_resource *candidate, void *ctx), void *ctx);
/* 0 for a CfnResource whose should_synthesize hook says it is left out of the template, else 1 */
int ccdk__cfn_should_synthesize(const ccdk__node *n);

/* Tags collected from Tags.of() aspects for a resource path, in priority/insertion order. */
ccdk_value *ccdk__tags_for(ccdk__node *n, int tag_kind); /* 1: a list, 2: a map, 3: a stack's own (a map) */
/* a stack's own tags (manifest.json's): its TagManager's (props tags, addStackTag, removeStackTag) after
 * the Tags.of() aspects that reach it, by key; an empty object when none */
ccdk_value *ccdk__stack_tags(ccdk_stack *s);
/* renameLogicalId's assertAllRenamesApplied: an error naming the renames no element used */
void ccdk__stack_check_renames(ccdk_stack *s);
/* tags.setTag(key, value, priority) on n's own tag manager: after the aspects' (Tags.of: 100) */
void ccdk__tags_set(ccdk__node *n, const char *key, const char *value, int priority);

int ccdk__locale_compare(const char *a, const char *b); /* ~String.prototype.localeCompare */
void ccdk__res_add_depends(ccdk_cfn_resource *r, ccdk__node *target);
void ccdk__apply_dependencies(ccdk__node *root);

/* Duration/size to numbers, reporting aws-cdk-lib's errors on scope. */
/* Duration's constructor check (negative amounts): 1 when d is fine, else 0 with the error on scope. */
int ccdk__duration_check(const void *scope, ccdk_duration d);
/* aws-cdk-lib's convert() (duration.ts) with the constructor check first; *ok (may be NULL) = 0 on error. */
double ccdk__duration_convert(const void *scope, ccdk_duration d, ccdk_time_unit to, int integral, int *ok);
double ccdk__duration_to_seconds(const void *scope, ccdk_duration d, int integral);
/* For a token duration or size (ccdk_duration_seconds_token...) in its own unit, the conversions
 * return CCDK__TOKEN_NUMBER: what a number token is to aws-cdk-lib's comparisons, a huge negative
 * number (Tokenization's encoded double), so that the range checks that aws-cdk-lib makes without
 * isUnresolved() behave as there (v < 60 holds, v > 300 does not); a check that aws-cdk-lib skips
 * for an unresolved value tests d.token. Another unit is aws-cdk-lib's "... must be specified as
 * ..." error (NaN, *ok = 0). Never render the returned number: use ccdk__duration_value /
 * ccdk__v_num_or_token. */
/* (aws-cdk-lib's value differs by the token's index: one such value, so that a check like the metric
 * period's `% 60 !== 0` fails for a token, as for 14 of 15 indexes there) */
#define CCDK__TOKEN_NUMBER (-1.8881545897087503e+289)
double ccdk__size_to_mebibytes(const void *scope, ccdk_size s);
/* What a duration becomes in a template: its number in unit `to` (the checks above), or its
 * token's value; NULL after an error. */
ccdk_value *ccdk__duration_value(const void *scope, ccdk_duration d, ccdk_time_unit to, int integral);
/* A converted duration or size as a value: the token's value when token is non-NULL, else v. */
ccdk_value *ccdk__v_num_or_token(ccdk_app *app, double v, const char *token);
double ccdk__time_unit_ms(ccdk_time_unit u);          /* milliseconds in one unit */
const char *ccdk__time_unit_label(ccdk_time_unit u);  /* "millis", "seconds", ... */

/* Marks target's attribute attr as a string list (ResolutionTypeHint.STRING_LIST, refs.c): a
 * reference to it from another stack is exported joined with "||" and split back, as a list
 * parameter's Ref is. For an L1's list attributes (the module then reads them with
 * ccdk_token_as_list(ccdk__v_getatt(...))). */
void ccdk__mark_list_attribute(ccdk__node *target, const char *attr);

#endif
