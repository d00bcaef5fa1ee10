/* types.h - the data structures of every core layer (ccdk's internal headers, bottom layer).
 *
 * The core is layered: types < arena < value (values, JSON) < token < node (construct tree, App,
 * Stack, context, errors' funnel is arena's) < cfn (L1 elements, logical ids, resolution, tags) <
 * synth (rendering, the cloud assembly). Each layer has one header, including the one below it;
 * a layer's .c files include only their own header, so nothing calls upward (scripts/
 * check-includes.py --layers checks it). The structures all live here, at the bottom: an App holds
 * every layer's data, and the arena (which allocates for every layer) needs the App. */
#ifndef CCDK_TYPES_H
#define CCDK_TYPES_H

#include <stdarg.h>
#include <stddef.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "ccdk/core.h"
#include "fingerprint.h"

#define CCDK__MAGIC 0x43434b44u /* "CCKD": every construct handle starts with it */

/* ------------------------------------------------------------------ arena */

typedef struct ccdk__arena_block ccdk__arena_block;
typedef struct ccdk__prefetch ccdk__prefetch;
typedef struct {
    ccdk__arena_block *head;
    char *base; /* head's first byte */
    size_t used, cap;
    int zeroed; /* ccdk__arena_zero ran: nothing in it is used any more, its blocks are all zero */
} ccdk__arena;

/* A growable byte buffer in plain malloc memory (for output), or, opened with ccdk__buf_open, a
 * fixed 64 KiB one that streams into a file (hashing what it writes when sha is set): large
 * outputs are written without ever being whole in memory. */
typedef struct {
    char *data;
    size_t len, cap;
    int sink;      /* streaming into fd */
    int fd;
    int err;       /* errno of a failed write, 0 */
    size_t written; /* bytes streamed into fd so far */
    struct ccdk__sha256_ctx_s *sha; /* when set, everything written is hashed */
    /* ccdk__buf_open_reuse: while `reusing`, fd is not open yet and what is streamed has equalled
     * the first `written` bytes of ref_fd, the same file of the old assembly (ref_len bytes) */
    int reusing;
    int ref_fd, old_dir;
    size_t ref_len;
    char *path, *rel, *cmp;
} ccdk__buf;

/* ------------------------------------------------------------------ values */

typedef enum {
    CCDK__V_UNDEF = 0, /* absent: dropped from objects and lists when resolved */
    CCDK__V_NULL,
    CCDK__V_BOOL,
    CCDK__V_NUM,
    CCDK__V_STR,   /* may contain token markers */
    CCDK__V_LIST,
    CCDK__V_OBJ,
    CCDK__V_REF,    /* {"Ref": logicalId of target} */
    CCDK__V_GETATT, /* {"Fn::GetAtt": [logicalId, attr]} */
    CCDK__V_JOIN,   /* Fn.join(delim, list): minimal join at resolve time */
    CCDK__V_LAZY,   /* callback evaluated at resolve time */
    CCDK__V_LOGICAL_ID, /* the logical id of target, as a plain string */
    CCDK__V_POST,   /* resolve inner, then apply post(): ignoreEmpty and friends */
} ccdk__vkind;

typedef struct ccdk__node ccdk__node;
typedef struct ccdk__node_ext ccdk__node_ext;

typedef struct {
    const char *key;
    ccdk_value *val;
} ccdk__entry;

/* an object's hash index: slot[] holds entry position + 1 (0: empty); cap is a power of two */
struct ccdk__objindex {
    uint32_t cap;
    uint32_t slot[];
};

/* What a resource's ARN or name attribute is in a stack of another environment (mimicReference's
 * producer in core/lib/resource.ts): the ARN formatted from its physical name, or that name; NULL
 * when it has none known at synth (an error there). resource: the construct that owns it. */
/* PhysicalName.GENERATE_IF_NEEDED (core/lib/resource.ts): a resource without a name until it is
 * used in another environment, which gives it generatePhysicalName()'s (cfn.h, ccdk__physical_new) */
typedef struct ccdk__gen_name {
    ccdk__node *resource; /* the L2 */
    const char *name;     /* made by the first use in another environment; NULL before */
    const char *prefix;   /* before generatePhysicalName's (kms.Alias's "alias/"), or NULL */
} ccdk__gen_name;

typedef struct ccdk__xenv {
    ccdk__node *resource;
    const char *value;    /* in another environment; NULL: not known at synth (or gen's, once made) */
    ccdk__gen_name *gen;  /* GENERATE_IF_NEEDED: value is value_of(resource, its name), made on use */
    const char *(*value_of)(ccdk__node *resource, const char *name); /* NULL: the name itself */
    /* in the resource's environment: this value rather than the Ref or GetAtt (getResourceNameAttribute
     * of a value that is no attribute, e.g. the L1's name prop: cfn.h, ccdk__physical_name_of); NULL:
     * the attribute */
    ccdk_value *local;
} ccdk__xenv;

typedef ccdk_value *(*ccdk__lazy_fn)(void *ctx);
typedef ccdk_value *(*ccdk__post_fn)(ccdk_app *app, ccdk_value *resolved, void *ctx);

struct ccdk_value {
    ccdk__vkind kind;
    ccdk_app *app;
    union {
        int b;
        double n;
        struct {
            const char *s;
            size_t len;
        } str;
        /* counts are 32-bit and an object's hash index is apart, so that a value takes 40 bytes:
         * a thousand functions make 60,000 of them, and as many again while resolving */
        struct {
            ccdk_value **items;
            uint32_t n, cap;
        } list;
        struct {
            ccdk__entry *e;
            struct ccdk__objindex *ix; /* hash index once the object is large, else NULL */
            uint32_t n, cap;
        } obj;
        struct {
            ccdk__node *target;
            const char *attr;
            /* set: a resource's ARN or name, another value across environments (cfn.h,
             * ccdk__resource_env_attribute) */
            struct ccdk__xenv *xenv; /* not const: a generated name is cached there */
        } ref;
        struct {
            const char *delim;
            ccdk_value *list;
        } join;
        struct {
            ccdk__lazy_fn fn;
            void *ctx;
        } lazy;
        struct {
            ccdk_value *inner;
            ccdk__post_fn fn;
            void *ctx;
        } post;
    } u;
};

/* JSON text nesting limit of ccdk__json_parse */
#define CCDK__JSON_MAX_DEPTH 10000

/* A streaming JSON writer with JSON.stringify's layout (indent 0, 1 or 2): the bytes are those
 * ccdk__json_write gives for the same value, without building the value first. */
typedef struct {
    ccdk__buf *b;
    int indent;
    int level;
    unsigned char empty[64]; /* per open level: no member written yet */
} ccdk__jw;

/* ------------------------------------------------------------------ resolution */

typedef struct ccdk__resolve_ctx {
    ccdk_app *app;
    ccdk_stack *stack; /* stack whose template is being rendered */
    int depth;
    /* tokens being resolved around the current value, as aws-cdk-lib counts them: each wraps an
     * error thrown inside in "Resolution error: ...." (a resource's properties sit in two) */
    int layers;
    ccdk__node *el;    /* the element being rendered, for the path of errors (NULL: the stack) */
} ccdk__resolve_ctx;

/* ------------------------------------------------------------------ constructs */

typedef struct ccdk__kind ccdk__kind;
struct ccdk__kind {
    const char *fqn; /* for tree.json constructInfo */
    int is_stack;
    int element;     /* CCDK__EL_* when a CfnElement */
    void (*prepare)(ccdk__node *n); /* before validation, children after parents */
    void (*validate)(ccdk__node *n);
    /* Renders this element into template sections (CfnElements only). */
    void (*render)(ccdk__node *n, ccdk__resolve_ctx *ctx, ccdk_value *template_);
    /* The JavaScript constructor.name, for error messages ("... in Stack2 [TestStack]"); NULL: the
     * fqn's last segment. Set it where aws-cdk-lib 2.276 renames the bundled class ("Function2":
     * classes with decorators get a "2") or the class is anonymous or private ("Import"). */
    const char *class_name;
};

typedef struct ccdk__l1_kind {
    ccdk__kind kind;
    struct ccdk__l1_kind *next;
} ccdk__l1_kind;

enum {
    CCDK__EL_NONE = 0,
    CCDK__EL_RESOURCE,
    CCDK__EL_OUTPUT,
    CCDK__EL_PARAMETER,
    CCDK__EL_MAPPING,
    CCDK__EL_CONDITION,
    CCDK__EL_RULE,
};

typedef struct {
    const char *key;
    ccdk_value *val;
} ccdk__meta;

typedef struct ccdk__childmap ccdk__childmap;

struct ccdk__node {
    uint32_t magic;
    uint32_t aspect_slot; /* synth.c's aspect run: 1 + its slot of this node (checked there), 0 none */
    const ccdk__kind *kind;
    ccdk_app *app;
    ccdk__node *parent;
    const char *id;
    const char *path; /* "" for the app */
    ccdk_stack *stack; /* nearest stack (itself for a stack), NULL above */
    ccdk__node **children;
    size_t nchildren, capchildren;
    ccdk__childmap *childmap; /* built when there are many children */
    ccdk__node_ext *ext;      /* what few nodes have; NULL until one is set (ccdk__ext) */
    int detached; /* created after an error; not in the tree */
    uint32_t path_len; /* strlen(path), set with it (0: not known, ask strlen) */
};

/* The rarer parts of a node, apart: a thousand functions make ten thousand nodes, and these
 * fields in each made 0.8 MB more to fault in. */
struct ccdk__node_ext {
    ccdk__node *default_child_override;
    int locked; /* node.lock(): no more children here or below */
    ccdk__node **deps; /* node.addDependency */
    size_t ndeps, capdeps;
    ccdk__meta *meta;
    size_t nmeta, capmeta;
    ccdk_value *context; /* object of context set on this node, or NULL */
    struct ccdk__aspect *aspects;
    struct ccdk__validation *validations; /* node.addValidation, in order */
    struct ccdk__tagop *tagops, *tagops_tail;
    /* a module's mark on the construct, as aws-cdk-lib sets a Symbol.for property on an object
     * (the WebFunction code bucket's "@aws-cdk/aws-lambda.WebFunctionAssetBucket"), or NULL */
    const char *symbol;
};

/* ------------------------------------------------------------------ app and stack */

typedef struct ccdk__validation {
    ccdk_validate_fn fn;
    void *ctx;
    struct ccdk__validation *next;
} ccdk__validation;

/* what a validate function reports into (ccdk_validation_errors_add) */
struct ccdk_validation_errors {
    ccdk__node *node;
};

typedef struct ccdk__aspect {
    ccdk_aspect_fn fn;
    void *ctx;
    int priority;
    const struct ccdk__node *scope; /* the construct it was added to (AspectApplication.construct) */
    struct ccdk__aspect *next;
} ccdk__aspect;

typedef struct {
    const char *path; /* construct path */
    const void *node; /* the construct's node (add_annotation's de-duplication is per construct) */
    const char *level; /* "warning" / "error" / "info" */
    const char *id;
    const char *msg;
    int late; /* added while synthesizing (after the stack's aws:cdk:templateFile metadata) */
    int json; /* msg is the JSON text of the entry's data (ccdk__add_metadata_json), not a message */
    ccdk_value *data; /* else the entry's data, resolved when written (ccdk__add_metadata_value) */
    int raw; /* level is the entry's whole type (ccdk_node_add_metadata), not "aws:cdk:" + level */
    int synth_goes_on; /* an error that stops no synth (ccdk__add_reported_error) */
} ccdk__annotation;

/* attachCustomSynthesis(construct, {onSynthesize}): fn writes what it adds to the cloud assembly
 * into dir (the staging directory); non-zero fails the synth */
typedef int (*ccdk__custom_synth_fn)(ccdk__node *n, const char *dir);
typedef struct {
    ccdk__node *node;
    ccdk__custom_synth_fn fn;
} ccdk__custom_synth;

typedef struct ccdk__file_asset {
    const char *hash;        /* asset hash */
    const char *source_path; /* absolute path of what is staged */
    const char *staged_name; /* "asset.<hash>" or "asset.<hash>.zip" */
    const char *packaging;   /* "zip" or "file" */
    const char *display_name;
    int is_dir;
    int not_staged; /* bundling skipped (aws:cdk:bundling-stacks): staged_name is the source path */
    int in_assembly_dir; /* a nested stack's template: written beside the stack's own, not staged */
    const char *bundle_leftover; /* bundled archive: the bundle directory aws-cdk-lib leaves in the outdir */
    ccdk__fingerprint_opts opts;
    int docker; /* a DockerImageAsset: staged directory, "dockerImages" section */
    struct ccdk_value *docker_build; /* its image source's build options (an object; NULL: none) */
    const char *image_key; /* a docker image's dockerImages key when not the hash ("<assetName>-<hash>") */
    const ccdk__memfile *mem; /* a directory ccdk carries in memory (nmem files), written when staged */
    size_t nmem;
    struct ccdk__file_asset *next;
} ccdk__file_asset;

struct ccdk_app {
    ccdk__node node;
    ccdk__arena arena;
    ccdk__arena_block *spare; /* zeroed blocks recycled by ccdk__scratch_end */
    ccdk__arena outer;        /* the persistent arena while a scratch one is in use */
    struct ccdk__prefetch *prefetch; /* helper thread that faults arena blocks in ahead (util.c) */
    int prefetch_off;
    int scratch_depth;
    int persistent_depth; /* ccdk__persistent_enter calls in progress while in a scratch arena */
    /* aws-cdk-lib's aspect tree revision: bumped by every aspect added anywhere (0: none ever) */
    unsigned long aspect_revision;
    const char *outdir;
    const char *outdir_abs; /* outdir made absolute at synth (templates are read back from it) */
    ccdk_value *context; /* merged context object */
    ccdk_value **tokens; /* by index; a marker holds the process-wide number (token.c) */
    size_t ntokens, captokens;
    /* by index: the token's place in aws-cdk-lib's numbering, its first read (0: not read yet, an
     * attribute of a memoized getter); what sorts of token strings compare (token.c) */
    uint64_t *token_read;
    uint64_t token_reads; /* the last place given */
    size_t token_unread;  /* how many are not read yet (0: nothing to look for) */
    uint64_t *token_chunks; /* process-wide number of tokens[k * 4096], per k (token.c) */
    size_t ntoken_chunks, captoken_chunks;
    char **errors; /* malloc'd "path: message" lines */
    size_t nerrors, caperrors;
    ccdk__annotation *annotations;
    size_t nannotations, capannotations;
    ccdk__custom_synth *custom_synths; /* ccdk__attach_custom_synthesis's, in the order attached */
    size_t ncustom_synths, capcustom_synths;
    ccdk__annotation *acks; /* Annotations.acknowledgeWarning: (path, id), malloc'd ids */
    size_t nacks, capacks;
    ccdk_stack **stacks;
    size_t nstacks, capstacks;
    /* the facts ccdk_fact_register gave: {region: {name: value}}, regions in registration order
     * (fact.c); NULL: none */
    ccdk_value *facts;
    int synthesized;
    struct ccdk__l1_kind *l1_kinds; /* ccdk__l1's kinds, one per fqn */
#define CCDK__NPSEUDO 7
    ccdk_value *pseudo_val[CCDK__NPSEUDO]; /* {"Ref": "AWS::..."} of each pseudo parameter (token.c) */
    /* While the writer thread writes tree.json during validation, a construct added then (by a
     * validation hook) waits on this lock before it changes the tree, and marks tree.json stale. */
    pthread_mutex_t *tree_mu;
    int tree_stale;
    int tree_props_on; /* synth's render: each generated L1 keeps its tree.json props (tree_props.c) */
    unsigned dep_search; /* the number of the latest dependency cycle search (cfn.c) */
    /* synth: the staging directory, and the old assembly (-1: none) whose files equal to the new
     * ones are linked rather than written (ccdk__buf_open_reuse); set before the writer starts */
    const char *out_tmp;
    int out_old_dir;
    ccdk_stack *cur_stack; /* stack being rendered (for lazies that need it) */
    int no_print; /* do not print errors (tests) */
    int no_tree;  /* App treeMetadata false: no tree.json, no Tree artifact */
    /* the App's children when aws-cdk-lib's injectTreeMetadata adds its Tree child (after the
     * aspects): constructs made at the App's root later, in prepare or validation (PolicySynthesizer
     * of a precreated managed policy), come after Tree in tree.json. 0: not yet known (Tree last) */
    size_t tree_at;
    /* After a successful synth (synth_done) aws-cdk-lib still adds constructs, and its next synth
     * fails for them (Stage.synth's constructPathsCache): ccdk keeps them out of the synthesized
     * tree (detached) and lists them here for that error (synth.c). in_synth: inside
     * ccdk_app_synth, where adding one stays the constructs library's lock error. */
    int synth_done, in_synth;
    ccdk__node **added_after;
    size_t nadded_after, capadded_after;
    size_t process_errors_taken; /* process-wide errors already copied into errors */
    ccdk_stack *orphan_stack; /* set in an orphan App: where constructs of bad scopes go (construct.c) */
    double t_start; /* CLOCK_MONOTONIC seconds at ccdk_app_new, for CCDK_TIMING */
    size_t nnodes;  /* constructs created */
    /* cross-stack references (refs.c): found by a collecting render of every stack (xref_collect
     * set), then given the value each consumer renders (Fn::ImportValue / Fn::GetStackOutput) */
    struct ccdk_stage **stages; /* in creation order */
    size_t nstages, capstages;
    struct ccdk__xref *xrefs;
    size_t nxrefs, capxrefs;
    /* an open-addressing index of xrefs by (consumer, target, attr): slot = index + 1, 0 empty;
     * entries at or past nxrefs are stale (refs.c may take xrefs back) and skipped */
    size_t *xref_slots, nxref_slots;
    /* the resource attributes read with the STRING_LIST type hint (an L1's list attribute, such as
     * CfnVPCEndpoint.attrDnsEntries): cross stacks joined with "||" (refs.c); arena-owned */
    struct ccdk__list_attr *list_attrs;
    int xref_collect;
    /* in stack.resolve (ccdk_stack_resolve): a reference to another stack's element that no synth
     * has made a cross-stack reference of that stack is its plain Ref / GetAtt */
    int resolve_direct;
    /* an element's lazy_logical_id is asked: in the user's ccdk_stack_resolve (stack_inspect.c), and
     * for the id of a cross-stack reference's output (refs.c) */
    int resolve_user;
    struct ccdk__lint_report *lint; /* synth: the findings of the lint rules (validation-report.json, strict mode) */
    struct ccdk__asset_cache *asset_cache; /* AssetStaging.assetCache of this App (asset_cache.c) */
    struct ccdk__spec *spec; /* the early staging of its assets (spec_stage.c), or NULL */
    void (*spec_free)(ccdk_app *app); /* ccdk__spec_free, set with spec (a layer above ccdk_app_free's) */
    /* lazies whose producers change the tree (ccdk__v_lazy_effectful): synth produces every lazy
     * once before rendering when there is one (refs.c) */
    size_t effectful_lazies;
    int produce_all;  /* ccdk__scan_foreign walks everything, producing every lazy (refs.c) */
    char *lazy_error; /* malloc'd: what a producer threw (ccdk__lazy_error), until resolve.c reports it */
};

/* A Stage: a nested cloud assembly (construct.c builds it, synth.c writes it). */
struct ccdk_stage {
    ccdk__node node;
    struct ccdk_stage *parent_stage; /* NULL: directly in the App */
    const char *account, *region;    /* inherited from the parent stage when not given */
    const char *stage_name;
    const char *artifact_id;         /* "assembly-<path with - for />" */
    const char *dir;                 /* relative to the outdir, with a trailing '/' */
    const char *up;                  /* "../" per level */
};

/* An attribute read as a string list (ccdk__mark_list_attribute): one of app->list_attrs. */
typedef struct ccdk__list_attr {
    const ccdk__node *target;
    const char *attr;
    struct ccdk__list_attr *next;
} ccdk__list_attr;

/* A reference from one stack's template to an element of another: what the consumer renders. */
typedef struct ccdk__xref {
    ccdk_stack *consumer;
    ccdk__node *target; /* a CfnElement of another stack */
    const char *attr;   /* NULL for {"Ref"} */
    ccdk_value *value;  /* NULL until resolved (refs.c) */
    int failed;         /* resolving it was an error (recorded once): rendered as if local */
} ccdk__xref;

typedef struct ccdk__logical_id_entry ccdk__logical_id_entry;

struct ccdk_stack {
    ccdk__node node;
    const char *stack_name;
    const char *artifact_id;
    const char *account; /* NULL when env-agnostic */
    const char *region;
    const char *description;
    const char **transforms; /* stack.addTransform, in order (duplicates kept) */
    size_t ntransforms, captransforms;
    int termination_protection;
    int cross_region_references; /* props.crossRegionReferences */
    int suppress_indent;         /* props.suppressTemplateIndentation ?? the context */
    const char **notification_arns; /* props.notificationArns: NULL when not given */
    size_t nnotification_arns;
    ccdk_value *template_metadata;       /* templateOptions.metadata (an object), or NULL */
    const char *template_format_version; /* templateOptions.templateFormatVersion, or NULL */
    ccdk_value *tags; /* object of stack tags (key -> value) in order */
    ccdk_value *tag_prios; /* its TagManager's priorities: key -> the priority of its last change */
    ccdk_value *missing; /* context lookups the CLI must make (lookups.c), for manifest.json's "missing" */
    ccdk_value *renames;         /* renameLogicalId: old id -> new id, or NULL */
    ccdk_value *renames_applied; /* LogicalIDs.reverse: new id -> the old id given it */
    ccdk__file_asset *assets, *assets_tail;
    size_t nassets;
    const char *qualifier;
    ccdk__node **elements; /* cfn elements in creation order (for logical id checks) */
    size_t nelements, capelements;
    struct ccdk__idset *logical_ids;
    const char *template_json; /* read back from the outdir by ccdk_stack_template_json */
    int synth_ok;              /* the last synth wrote this stack's template */
    int tree_ready;            /* synth: rendered, its tree.json part may be written (synth.c) */
    ccdk_synthesis_message *messages;    /* read back from <stack>.metadata.json by ccdk_stack_message_count */
    size_t nmessages;
    int messages_read;
    ccdk__node **dfs_elements; /* elements in tree order, collected at synth (synth.c) */
    size_t ndfs_elements;
    size_t template_len;
    char template_hash[65];
    ccdk_value *rendered; /* resolved template */
    ccdk_stack **stack_deps; /* stack.addDependency: stacks deployed before this one, in order */
    unsigned dep_visit;      /* the cycle search that last met this stack (cfn.c: app->dep_search) */
    size_t wave_memo;        /* validation.c's stack_wave: its wave + 1 once known, 0 before */
    /* per dependency: its reasons, each once, in the order they came (in the arena; a message
     * that names them joins them with ", ": cfn.c) */
    struct ccdk__dep_reasons {
        const char **items;
        size_t n, cap;
    } *stack_dep_reasons;
    /* the reasons of those dependencies that a dependency between two constructs gave (cfn.c: its
     * source and target, as aws-cdk-lib's reasons have them, for removeResourceDependency and
     * obtainDependencies), in the order they came */
    struct ccdk__stack_dep_cause {
        struct ccdk__node *source, *target;
        struct ccdk_stack *on;
        const char *reason;
    } *dep_causes;
    size_t ndep_causes, capdep_causes;
    struct ccdk_stage *stage; /* Stage.of(this): NULL for the App */
    const char *assembly_dir; /* where its files go, relative to the outdir: "" or "assembly-X/" */
    const char *asset_up;     /* from there back to the outdir, where assets are staged: "" or "../" */
    size_t nstack_deps, capstack_deps;
    size_t ndependents; /* how many stacks have this one in their stack_deps */
    /* NestedStack (nested_stack.c): the stack its template is an asset of, and its own state;
     * NULL for a top-level stack */
    struct ccdk_stack *nested_parent;
    struct ccdk__nested *nested;
    int version_reporting; /* _versionReportingEnabled: synth adds CDKMetadata (metadata_resource.c) */
    /* DefaultStackSynthesizer's templates (specialized at synth: ccdk__stack_specialize) */
    const char *syn_bucket, *syn_repository, *syn_deploy_role, *syn_exec_role, *syn_file_role, *syn_image_role,
        *syn_lookup_role, *syn_ssm;
    /* its external ids and AssumeRole options (NULL: none) of the deploy, lookup, file and image
     * publishing roles; the bootstrap versions they need (22 with session tags) */
    const char *syn_deploy_ext, *syn_lookup_ext, *syn_file_ext, *syn_image_ext;
    ccdk_value *syn_deploy_opts, *syn_lookup_opts, *syn_file_opts, *syn_image_opts;
    int syn_deploy_version, syn_lookup_version, syn_assets_version;
    int syn_no_bootstrap_rule; /* generateBootstrapVersionRule: false */
    int syn_cli_credentials;   /* CliCredentialsStackSynthesizer: the role templates above are NULL */
    int syn_legacy;            /* LegacyStackSynthesizer (newStyleStackSynthesis false): asset parameters */
    int syn_bootstrapless;     /* BootstraplessSynthesizer: no asset manifest, no assets */
    int bootstrapless_refused; /* ... and its error for an asset reported */
    int syn_no_lookup_role;    /* useLookupRoleForStackOperations: false (no lookupRole in manifest.json) */
    /* bucketPrefix and dockerTagPrefix, templates as those above ("" when not given) */
    const char *syn_bucket_prefix, *syn_docker_prefix;
    struct ccdk_construct *legacy_asset_params; /* its "AssetParameters" construct, made at the first asset */
    const char **legacy_images; /* the source hashes of its image assets (addedImageAssets) */
    size_t legacy_images_n, legacy_images_cap;
    /* refs.c: the CloudFormation execution role ARNs (strings, in order, once each) that may
     * assume the Publish/GetStackOutputRole of this producer of cross-account references */
    ccdk_value *gso_consumers;
    /* stack.stackId of a top-level stack: a Ref of the stack itself (ScopedAws' CfnReference of
     * AWS::StackId), made at its first use; NULL until then */
    const char *stack_id_token;
};

/* topLevelStack: the stack a nested stack's template goes into (s itself when it is top-level) */
static inline ccdk_stack *ccdk__top_level_stack(ccdk_stack *s)
{
    while (s && s->nested_parent)
        s = s->nested_parent;
    return s;
}

/* A NestedStack's own state: its AWS::CloudFormation::Stack resource in the parent, the template's
 * file name in the assembly, the parameters the resource passes (name -> string value, in order),
 * and stack.stackName / stack.stackId as contextual tokens. */
typedef struct ccdk__nested {
    ccdk_cfn_resource *resource;
    const char *template_file; /* "<uniqueId>.nested.template.json" */
    ccdk_value *parameters;    /* object */
    int template_ready;        /* the template asset is registered (prepare) */
    const char *name_token, *id_token;
} ccdk__nested;

/* Registers a file asset on the stack (DefaultStackSynthesizer): returns the S3 bucket and key values. */
typedef struct {
    ccdk_value *bucket_name; /* {"Fn::Sub": "cdk-<q>-assets-${AWS::AccountId}-${AWS::Region}"} */
    ccdk_value *object_key;  /* "<hash>.zip" */
    const char *http_url;
    const char *s3_object_url;
    const char *staged_name;
} ccdk__asset_location;

/* ------------------------------------------------------------------ CfnElements */

typedef struct {
    ccdk__node node;
    const char *logical_id_override;
    const char *logical_id; /* allocated lazily, then renamed (stack.renameLogicalId) */
    /* the allocated id before renames, and how many renames its stack had when logical_id was
     * made: a rename registered later is applied at the next ask (aws-cdk-lib renames at every
     * resolution). NULL: the allocation failed (reported once, not renamed). */
    const char *allocated_id;
    uint32_t renames_seen;
    const char *logical_id_token; /* element.logicalId as a token: made once, at its first use */
    /* a logical id aws-cdk-lib computes in an uncached Lazy (fn.currentVersion's hashed one): what
     * ccdk_stack_resolve gives before the synth overrides it; NULL: none (NULL result: the plain id) */
    const char *(*lazy_logical_id)(ccdk__node *n);
    int logical_id_locked; /* _lockLogicalId: exported by stack.exportValue, no override after */
    /* synth: the logical id is settled while its stack renders (fn.currentVersion's hash is taken
     * from its function's template render); asked earlier, ccdk__element_logical_id calls this
     * first (once), which overrides the id. Set by a validation hook, NULL otherwise. */
    void (*deferred_logical_id)(ccdk__node *n);
    /* called first whenever the logical id is asked (NULL: none): fn.currentVersion's, to find the
     * function's definition asking for it while its hash is being taken (version.c) */
    void (*logical_id_asked)(ccdk__node *n);
} ccdk__element;

struct ccdk_cfn_resource {
    ccdk__element el;
    const char *type;
    ccdk_value *props;      /* object; NULL when none */
    int sort_props;         /* generated L1: alphabetical property order; 2: its structs too (user-built) */
    ccdk_value *overrides;  /* raw overrides object, or NULL */
    ccdk__node **depends;   /* other CfnResources (or constructs, expanded) */
    size_t ndepends, capdepends;
    ccdk_value *metadata;   /* object or NULL */
    const char *deletion_policy;
    const char *update_replace_policy;
    ccdk_cfn_condition *condition;
    ccdk_value *update_policy, *creation_policy;
    const char *xref_strength; /* applyCrossStackReferenceStrength: "strong", "weak", "both", or NULL */
    /* Version hashing hook (lambda): called on the rendered resource at synth. */
    void (*on_render)(ccdk_cfn_resource *r, ccdk__resolve_ctx *ctx, ccdk_value *def);
    void *on_render_ctx;
    /* called with the resource's finished definition as the stack's template render makes it
     * (not by other renders): what the definition is hashed into (lambda: the currentVersion) */
    void (*after_render)(ccdk_cfn_resource *r, ccdk__resolve_ctx *ctx, const ccdk_value *def);
    void *after_render_ctx;
    /* CfnResource.shouldSynthesize(): when it returns 0 at synth, the resource is left out of the
     * template and of other resources' DependsOn (a Policy that is empty or attached to no one) */
    int (*should_synthesize)(void *ctx);
    void *should_synthesize_ctx;
    int no_tags; /* resource type has no Tags property */
    int tag_kind; /* 0: none, 1: standard list [{Key,Value}], 2: map {k: v} */
    /* tree.json's aws:cdk:cloudformation:props (compact JSON, persistent arena), kept by the last
     * render of synth; NULL: none */
    const char *tree_props;
    /* what a module keeps with a resource it did not make (aws-logs' LogGroupGrants on a CfnLogGroup:
     * the document of the group's resource policy, made on first use); NULL: nothing */
    void *module_data;
};

/* ccdk_tristate: given at all, given as true, given as false */
#define ccdk__tri_set(t) ((t).ccdk_tristate_value_ != 0)
#define ccdk__tri_true(t) ((t).ccdk_tristate_value_ == 1)
#define ccdk__tri_false(t) ((t).ccdk_tristate_value_ == 2)

#endif
