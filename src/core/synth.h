/* synth.h - synthesis: the DefaultStackSynthesizer's assets, rendering, the cloud assembly and its
 * transactional write (assembly.c). Layer 6, the top of the core: see types.h. */
#ifndef CCDK_SYNTH_H
#define CCDK_SYNTH_H

#include "cfn.h"

/* refs.c: cross-stack references become exports/outputs and stack dependencies (prepare) */
void ccdk__resolve_references(ccdk_app *app);
/* resolveReferencesInElements(els): the references the elements els hold (each rendered in its own
 * stack), as ccdk__resolve_references gives every element's (refs.c) */
void ccdk__resolve_references_in(ccdk_app *app, ccdk__node *const *els, size_t n);
/* Renders the stack's template (resolved, in the current arena); synth writes it (synth.c) */
ccdk_value *ccdk__stack_render(ccdk_stack *s);
/* nested_stack.c: NestedStack. At prepare, after the references, each nested stack's template (the
 * deepest first) becomes a file asset of its parent and its resource's TemplateURL. */
void ccdk__nested_stacks_prepare(ccdk_app *app);
/* The top-level stack whose synthesizer takes a nested stack's assets (s itself when not nested);
 * *display_name (when display_name is not NULL) made relative to that stack, as
 * Names.stackRelativeConstructPath gives it. */
ccdk_stack *ccdk__nested_asset_owner(ccdk_stack *s, const char **display_name);

/* ContextProvider.getValue (lookups.c): a value the cdk CLI looks up, from the context under aws-cdk-lib's
 * key "<provider>:<sorted props>", or reported missing (manifest.json) and the dummy given instead. */
typedef struct {
    const char *provider;             /* "vpc-provider", "ssm", ... */
    ccdk_value *props;                /* options.props (an object), or NULL */
    ccdk_value *dummy;                /* dummyValue; NULL: undefined */
    int must_exist;                   /* mustExist: -1 not given, 0, 1 */
    const char *additional_cache_key; /* NULL: none */
    int exclude_environment;          /* includeEnvironment: false (account, region not in the key) */
} ccdk__context_query;
/* the id of the trackable error a failed lookup ($providerError) adds: the synth goes on (synth.c) */
#define CCDK__CONTEXT_PROVIDER_ERROR "ContextProviderError"
/* 1 with *value the context's value; 0 with *value the dummy (NULL for none) and the lookup
 * reported missing by the scope's stack; -1 after aws-cdk-lib's error on scope (an
 * environment-agnostic stack, props with tokens) */
int ccdk__context_provider_get(const void *scope, const ccdk__context_query *q, ccdk_value **value);
/* Stack._silenceLiteralAzWarning (stack.availabilityZones, Vpc.fromLookup): the stack's
 * "aws:cdk:acknowledged-rules" metadata for CloudFormation-Validate::W3010, once (lookups.c) */
void ccdk__stack_silence_literal_az_warning(ccdk_stack *s);
/* manifest.json's "missing" of an assembly (NULL: the App's), in aws-cdk-lib's order; NULL when none */
ccdk_value *ccdk__missing_context(ccdk_app *app, const ccdk_stage *assembly);

/* createCrossRegionImportValue / createCrossRegionExportOnly (write_only): the producer's ExportWriter
 * for the consumer's region writes the reference (id: JSON of its resolved form) into an SSM
 * parameter; unless write_only, the consumer's ExportReader reads it: the value to use, its GetAtt
 * (NULL when write_only, or after an error). cross_region_exports.c */
ccdk_value *ccdk__cross_region_export(ccdk_stack *producer, ccdk_stack *consumer, ccdk__node *target, const char *attr,
                                      const char *id, int write_only);
/* Registers a file asset on the stack (DefaultStackSynthesizer): returns the S3 bucket and key values. */
ccdk__asset_location ccdk__stack_add_file_asset(ccdk_stack *stack, const char *hash, const char *source_path,
                                                int is_dir, const char *display_name,
                                                const ccdk__fingerprint_opts *opts);
/* Registers a directory asset whose files ccdk carries in memory (a custom resource handler it ships,
 * as aws-cdk-lib stages its own): hash is their ccdk__fingerprint_memory; the files are written into
 * asset.<hash>/ when the assembly is staged. files must live as long as the App (static data). */
ccdk__asset_location ccdk__stack_add_memory_asset(ccdk_stack *stack, const char *hash, const ccdk__memfile *files,
                                                  size_t nfiles, const char *display_name);
/* A CustomResourceProviderBase (core/lib/custom-resource-provider) of a provider class ccdk ships:
 * the construct, its "Staging" (AssetStaging) of the handler's code, the "Role" (AWS::IAM::Role
 * assumed by lambda.amazonaws.com, with AWSLambdaBasicExecutionRole and the Inline policy of
 * statements, once there is one) and the "Handler" (AWS::Lambda::Function nodejs24.x, 15 minutes,
 * 128 MiB, depending on the role). A provider type embeds it first and adds its own fields. */
typedef struct ccdk__cr_provider {
    ccdk__node node;
    ccdk_cfn_resource *role, *handler;
    ccdk_value *statements; /* addToRolePolicy: push statements (a list) */
} ccdk__cr_provider;
typedef struct {
    /* the code directory: in memory (files, as the assets' ccdk__memfile tables), or else written
     * on disk (dir; NULL after an error: no code, no asset) */
    const ccdk__memfile *files;
    size_t nfiles;
    const char *dir;
    int no_cfn_response_wrapper; /* useCfnResponseWrapper: false (index.handler, no __entrypoint__.js) */
    ccdk_value *description;     /* NULL: none */
} ccdk__cr_provider_props;
/* new <class>(stack, id, props) after super(): p is the new construct (ccdk__construct of a type that
 * embeds ccdk__cr_provider first, under its stack); adds the generated class's metadata entry, then
 * Staging, Role and Handler (custom_resource_provider.c) */
void ccdk__cr_provider_init(ccdk__cr_provider *p, const ccdk__cr_provider_props *props);
/* getOrCreate's lookup of a stack's singleton child id: the child when it is of kind; NULL when
 * there is none; NULL and *taken (after the error "There is already a Construct with name ...")
 * when another construct has the id */
ccdk__node *ccdk__stack_singleton(ccdk_stack *stack, const char *id, const ccdk__kind *kind, int *taken);
/* Registers a docker image asset (DefaultStackSynthesizer.addDockerImageAsset; staged like a directory
 * file asset): returns the imageUri as a string token; *staged_name gets "asset.<hash>". The
 * dockerImages key is the hash, or "<asset_name>-<hash>"; the first asset of a key keeps its
 * displayName (display_given: the user's, as given; else the stack-relative path) and its build
 * options (NULL: none). */
const char *ccdk__stack_add_docker_image_asset(ccdk_stack *stack, const char *hash, const char *source_path,
                                               const char *display_name, int display_given, const char *asset_name,
                                               const ccdk__fingerprint_opts *opts, ccdk_value *build_options,
                                               const char **staged_name);

/* ------------------------------------------------------------------ the lint rules at synth (validation.c) */

/* before a synth: whether validation-report.json is written (not with CDK_VALIDATION=false) and
 * strict mode (@ccdk/core:strict) */
void ccdk__lint_init_app(ccdk_app *app);
/* strict mode: findings become errors on the constructs (report mode only collects them) */
int ccdk__lint_strict(const ccdk_app *app);
/* A stack's lint (render_stack): made on the calling thread (NULL: nothing to check, or an error
 * recorded); run over the stack's resolved template -- on the writer thread when threadable (it
 * allocates from an arena of its own then; strict mode is not), before the template's scratch is
 * given back; finished on the calling thread, in the stacks' order (els: the stack's elements):
 * its findings kept in the report (or, strict, errors), and the job freed. */
typedef struct ccdk__lint_job ccdk__lint_job;
ccdk__lint_job *ccdk__lint_job_new(ccdk_app *app, ccdk_stack *s);
int ccdk__lint_job_threadable(const ccdk__lint_job *j);
void ccdk__lint_job_run(ccdk__lint_job *j, const ccdk_value *tpl);
void ccdk__lint_job_finish(ccdk_app *app, ccdk_stack *s, ccdk__lint_job *j, ccdk__node **els, size_t nels);
void ccdk__lint_job_free(ccdk__lint_job *j); /* a job not finished (a failed synth) */
/* strict mode: the template sizes, once written */
void ccdk__lint_sizes(ccdk_app *app);
/* validation-report.json into dir (the staging directory); 0, or -1 (errno) */
int ccdk__write_validation_report(ccdk_app *app, const char *dir, const char *schema_version);
/* after a successful synth: the findings on stderr, as aws-cdk-lib prints them; 1 when the synth
 * fails on them (the error recorded on the App), else 0 */
int ccdk__print_validation_report(ccdk_app *app);
/* the version of a construct's library, as tree.json's constructInfo and the validation report give
 * it: the constructs library's own classes ("constructs.*") report its version */
const char *ccdk__library_version(const char *fqn);

/* ------------------------------------------------------------------ the transactional write (assembly.c) */

typedef struct {
    char target[4096]; /* the directory that receives the assembly: the outdir, symlinks resolved */
    char tmp[4200];    /* the staging directory <target>.ccdk-tmp-<pid>-<n> ("" when none) */
    int lock_fd;       /* flock()ed descriptor of tmp: tells other synths it is alive */
    int exists;        /* target is an existing directory */
    int old_fd;        /* the old assembly, LOCK_SH while its staged assets may be linked from it */
    int scanned_other; /* the target is not the path txn_begin scanned for leftovers (a symlink's) */
} ccdk__txn;

/* Resolves outdir (trailing slashes, symlinks) and checks it as aws-cdk-lib does ("<outdir> must be
 * a directory"). Records the error on app and returns -1 on bad output directories. */
int ccdk__txn_begin(ccdk_app *app, ccdk__txn *t, const char *outdir);
/* Makes and locks the staging directory (its parents too when `parents`), after removing the
 * leftovers of dead synths beside the target. 0, or -1 with errno. */
int ccdk__txn_mktmp(ccdk__txn *t, int parents);
/* How many early flushes (synth.c: the flusher thread's syncfs while templates and staged copies
 * are still being written) this process has asked for: for the tests. */
size_t ccdk__early_flush_count(void);
/* Flushes the staging directory to disk and swaps it in atomically; removes the old assembly.
 * On failure records the error, removes the staging directory, and the old assembly stays. */
int ccdk__txn_commit(ccdk_app *app, ccdk__txn *t, const char *outdir);
/* Removes the staging directory; the output directory is untouched. */
void ccdk__txn_abort(ccdk__txn *t);

/* Early staging (spec_stage.c): a directory or file asset copied into the staging directory of
 * the coming synth while it is fingerprinted. copy_start (before the fingerprint; NULL: not
 * copied early) and copy_named (after it: the hash, or NULL when it failed) at the asset;
 * adopt (the synth, after txn_begin: 1 when t now has the early staging directory), place (the
 * stager, per staged name: 1 when the early copy was renamed to <dir>/<staged_name>), finish (the
 * stager, after placing: unused copies removed) and free (ccdk_app_free). */
void *ccdk__spec_copy_start(ccdk__node *scope, const char *path, const ccdk__fingerprint_opts *opts);
void ccdk__spec_copy_named(ccdk_app *app, void *job, const char *hash);
int ccdk__spec_adopt(ccdk_app *app, ccdk__txn *t);
/* waits for the early copies (cancel: stops the one under way first); before ccdk__spec_place
 * and before the adopted staging directory goes (a failed synth) */
void ccdk__spec_wait(ccdk_app *app, int cancel);
int ccdk__spec_place(ccdk_app *app, const char *dir, const char *staged_name);
void ccdk__spec_finish(ccdk_app *app);
void ccdk__spec_free(ccdk_app *app);
size_t ccdk__spec_placed_count(void); /* early copies placed in this process (tests) */

/* Recreates the tree `from` at `to` with hard links (directories made, symlinks copied). On failure
 * nothing is left at `to`: -1 with errno. */
int ccdk__link_tree(const char *from, const char *to);

/* Version reporting (metadata_resource.c): the CDKMetadata construct of each stack with
 * version reporting on, as aws-cdk-lib's synthesis injects it (after the aspects, before prepare). */
void ccdk__add_metadata_resources(ccdk_app *app);

#endif
