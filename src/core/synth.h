/* synth.h - synthesis: the DefaultStackSynthesizer's assets, rendering, the cloud assembly and its
 * transactional write (assembly.c). Layer 6, the top of the core: see types.h. */
#ifndef CCDK_SYNTH_H
#define CCDK_SYNTH_H

#include "cfn.h"

/* refs.c: cross-stack references become exports/outputs and stack dependencies (prepare) */
void ccdk__resolve_references(ccdk_app *app);
/* StringSpecializer.specialize of a DefaultStackSynthesizer template: ${Qualifier}, and the
 * account/region when the stack has them (synth.c) */
char *ccdk__stack_specialize(ccdk_app *app, const ccdk_stack *s, const char *tmpl);
#define CCDK__LOOKUP_ROLE_ARN                                                                             \
    "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-lookup-role-${AWS::AccountId}-${AWS::Region}"

/* Registers a file asset on the stack (DefaultStackSynthesizer): returns the S3 bucket and key values. */
ccdk__asset_location ccdk__stack_add_file_asset(ccdk_stack *stack, const char *hash, const char *source_path,
                                                int is_dir, const char *display_name,
                                                const ccdk__fingerprint_opts *opts);
/* Registers a directory asset whose files ccdk carries in memory (a custom resource handler it ships,
 * as aws-cdk-lib stages its own): hash is their ccdk__fingerprint_memory; the files are written into
 * asset.<hash>/ when the assembly is staged. files must live as long as the App (static data). */
ccdk__asset_location ccdk__stack_add_memory_asset(ccdk_stack *stack, const char *hash, const ccdk__memfile *files,
                                                  size_t nfiles, const char *display_name);
/* Registers a docker image asset (DefaultStackSynthesizer.addDockerImageAsset; staged like a directory
 * file asset): returns the imageUri as a string token; *staged_name gets "asset.<hash>". */
const char *ccdk__stack_add_docker_image_asset(ccdk_stack *stack, const char *hash, const char *source_path,
                                               const char *display_name, const ccdk__fingerprint_opts *opts,
                                               const char **staged_name);

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
/* Flushes the staging directory to disk and swaps it in atomically; removes the old assembly.
 * On failure records the error, removes the staging directory, and the old assembly stays. */
int ccdk__txn_commit(ccdk_app *app, ccdk__txn *t, const char *outdir);
/* Removes the staging directory; the output directory is untouched. */
void ccdk__txn_abort(ccdk__txn *t);

/* Recreates the tree `from` at `to` with hard links (directories made, symlinks copied). On failure
 * nothing is left at `to`: -1 with errno. */
int ccdk__link_tree(const char *from, const char *to);

/* Version reporting (metadata_resource.c): the CDKMetadata construct of each stack with
 * version reporting on, as aws-cdk-lib's synthesis injects it (after the aspects, before prepare). */
void ccdk__add_metadata_resources(ccdk_app *app);

#endif
