/*
 * ccdk — asset fingerprinting and staging (library-internal).
 *
 * Byte-for-byte re-implementation of aws-cdk-lib 2.276.0
 *   FileSystem.fingerprint(path, options)          (core/lib/fs/fingerprint.js)
 *   FileSystem.copyDirectory / AssetStaging copy    (core/lib/fs/copy.js, asset-staging.js)
 * including its three exclude dialects (minimatch 10 GLOB, node-ignore 5 GIT,
 * @balena/dockerignore 1 DOCKER) and its symlink follow modes.
 *
 * How aws-cdk-lib turns this into an asset hash (AssetStaging, no bundling):
 *   - The options it fingerprints with are the user's, except that
 *       exclude  = [".is_custom_resource", ...user exclude]          (always prepended)
 *       extraHash = (extraHash || salt) ? (extraHash ?? "") + (salt ?? "") : undefined
 *                   where salt = context "@aws-cdk/core:assetHashSalt"
 *       follow    = user's follow, or CCDK_SYMLINK_EXTERNAL when none is given
 *                   (Code.fromAsset / s3_assets.Asset / AssetStaging all default to it)
 *       ignoreMode = user's, or CCDK_IGNORE_GLOB when none is given.
 *   - assetHashType SOURCE (the default): asset hash == the fingerprint itself.
 *   - assetHashType CUSTOM (or a user assetHash string, which implies CUSTOM):
 *       asset hash = hex(sha256(utf8(assetHash)))  -> ccdk__fingerprint_custom_hash().
 *   - assetHashType OUTPUT/BUNDLE without bundling is an error in aws-cdk-lib
 *       ("Cannot use `output` hash type when `bundling` is not specified.").
 *   - Staged location: <outdir>/asset.<hash><ext> where <ext> is
 *       ccdk__asset_ext(sourcePath) -- applied to directories too
 *       (a directory called "lib.v2" stages as asset.<hash>.v2/).
 *     A directory source is copied with ccdk__stage_copy (same opts as the
 *     fingerprint); a file source is copied as a single file (asset.<hash>.zip).
 *     If the target already exists aws-cdk-lib leaves it alone (so does
 *     ccdk__stage_copy).
 */
#ifndef CCDK_CORE_FINGERPRINT_H
#define CCDK_CORE_FINGERPRINT_H

#include <stddef.h>

typedef enum {
    CCDK_SYMLINK_NEVER = 0,      /* "never"         : record every symlink as a link        */
    CCDK_SYMLINK_ALWAYS,         /* "always"        : follow every symlink                  */
    CCDK_SYMLINK_EXTERNAL,       /* "external"      : follow links leaving the root (DEFAULT) */
    CCDK_SYMLINK_BLOCK_EXTERNAL  /* "internal-only" : follow internal links; staging rejects external ones */
} ccdk_symlink_follow;

typedef enum {
    CCDK_IGNORE_GLOB = 0,        /* minimatch, matchBase (DEFAULT)  */
    CCDK_IGNORE_GIT,             /* .gitignore rules (node-ignore, case-insensitive) */
    CCDK_IGNORE_DOCKER           /* .dockerignore rules (@balena/dockerignore, case-insensitive) */
} ccdk_ignore_mode;

typedef struct {
    const char *const *exclude;   /* NULL-terminated, may be NULL */
    /* aws-cdk-lib's default when the user gives none is CCDK_SYMLINK_EXTERNAL
     * (fingerprint.js: `options.follow || EXTERNAL`, copy.js: `?? EXTERNAL`).
     * The caller must apply it; note that the numeric value 0 is NEVER. */
    ccdk_symlink_follow follow;
    ccdk_ignore_mode ignore_mode; /* default GLOB (== 0) */
    const char *extra_hash;       /* may be NULL (same as "") */
    /* not an option but what is known of the directory: with BLOCK_EXTERNAL, its symlinks passed
     * ccdk__validate_internal_symlinks (with these options or stricter ones) when its asset was
     * made (AssetStaging's constructor), so ccdk__stage_copy need not walk it before copying.
     * Neither fingerprinted nor part of a cache key. */
    int symlinks_checked;
} ccdk__fingerprint_opts;

/* Returns 0 and writes 64 lowercase hex chars + NUL to out; on error returns -1
 * and writes a one-line message (malloc'd, caller frees) to *err (err may be NULL).
 * path may be a directory or a single file (e.g. a .zip; excludes do not apply to
 * a single file). opts == NULL means aws-cdk-lib's defaults (no excludes, EXTERNAL,
 * GLOB, no extraHash). File contents are hashed on a pool of nproc threads (the
 * process's, kept between calls: pool.c); the function is thread-safe and keeps no
 * results between calls (aws-cdk-lib's ~/.cdk/cache/fingerprints disk cache is not
 * used: it only saves time, never changes a correct result). */
int ccdk__fingerprint(const char *path, const ccdk__fingerprint_opts *opts, char out[65], char **err);

/* A file of a directory asset that ccdk carries in memory (a custom resource handler it ships). */
typedef struct {
    const char *name;           /* relative path, '/'-separated */
    const unsigned char *data;
    size_t len;
} ccdk__memfile;

/* The fingerprint ccdk__fingerprint gives a directory holding exactly these files, given in the
 * order aws-cdk-lib's walk meets them (sorted by name). opts as for ccdk__fingerprint (its exclude is
 * not applied: the files are what is there). Writes 64 hex chars + NUL to out. */
void ccdk__fingerprint_memory(const ccdk__memfile *files, size_t n, const ccdk__fingerprint_opts *opts, char out[65]);

/* Copies path (directory or file) to dest as aws-cdk-lib's staging does,
 * honouring the same exclude/follow options (pass the very opts used for the
 * fingerprint, i.e. with ".is_custom_resource" prepended to exclude).
 *  - dest already exists            -> nothing is done, returns 0 (as AssetStaging.stageAsset)
 *  - path is a file                 -> copied to dest (contents + permission bits)
 *  - path is a directory            -> dest is created (mkdir, parent must exist) and the
 *                                      tree copied: excluded entries skipped, symlinks
 *                                      followed or re-created per follow mode.
 *  - follow == BLOCK_EXTERNAL and an (un-excluded) symlink points outside the
 *    tree -> -1 "The file <target> is an external symbolic link which is forbidden ..."
 *    (found by a walk before anything is copied; a directory whose opts say symlinks_checked
 *    is not walked first, the copy still fails at such a link)
 * 0 or -1 with *err (malloc'd). */
int ccdk__stage_copy(const char *path, const char *dest, const ccdk__fingerprint_opts *opts, char **err);

/* AssetStaging's constructor check (validateInternalSymlinks): with follow BLOCK_EXTERNAL, a
 * directory's first (un-excluded) symlink that points outside it is -1 with *err (malloc'd) "The
 * file <target> is an external symbolic link which is forbidden ..."; 0 otherwise (another mode, a
 * file, a path that does not exist). */
int ccdk__validate_internal_symlinks(const char *path, const ccdk__fingerprint_opts *opts, char **err);

/* Several stagings at once (distinct dests): the assets in parallel, one thread each (many
 * small assets), or one asset's files in parallel when there is only one. Each job's rc and
 * err (malloc'd, the caller frees) as ccdk__stage_copy's; returns -1 when any failed. */
typedef struct {
    const char *path, *dest;
    const ccdk__fingerprint_opts *opts;
    int rc;
    char *err;
} ccdk__stage_job;

/* Told the size of each file copied, from whichever thread copied it (the synth's early flush
 * counts them); NULL: nobody is told. cancel (or NULL): once *cancel is set (atomically, by any
 * thread), the copy stops walking and copying and fails ("cancelled"): an App freed while its
 * early copy of a large directory runs does not wait for it. */
typedef struct {
    void (*copied)(void *ud, size_t bytes);
    void *ud;
    const int *cancel;
} ccdk__stage_progress;

int ccdk__stage_copy_all(ccdk__stage_job *jobs, size_t n, const ccdk__stage_progress *progress);

/* Directories (canonical paths) that no fingerprint or copy walk enters, any thread's: the early
 * staging directories of Apps still being constructed (spec_stage.c) */
void ccdk__walk_hide(const char *canonical_dir);
void ccdk__walk_unhide(const char *canonical_dir);

/* ccdk__stage_copy for the early staging's copies (spec_stage.c), made while the pool fingerprints:
 * a small directory on the calling thread alone, a large one over threads of its own once it has
 * taken a few milliseconds; progress (or NULL) is told of each file copied */
int ccdk__stage_copy_early(const char *path, const char *dest, const ccdk__fingerprint_opts *opts,
                           const ccdk__stage_progress *progress, char **err);

/* --- small helpers for the staging caller (pure functions) --- */

/* CUSTOM asset hash: hex(sha256(custom)). */
void ccdk__fingerprint_custom_hash(const char *custom, char out[65]);

/* The extension aws-cdk-lib appends to "asset.<hash>" (getExtension): one of
 * ".tar.gz", ".zip", ".jar", ".tar", ".tgz" when the path ends with it
 * case-insensitively (the lowercase form is written), else node's
 * path.extname(path) (may be ""; e.g. "lib.v2" -> ".v2", ".env" -> "").
 * Returns the extension's first byte, *len its length (not NUL-terminated: print it "%.*s"); the
 * bytes are path's own or a static string, so nothing is allocated or cut short. */
const char *ccdk__asset_ext(const char *path, size_t *len);
/* 1 when path ends with one of those archive extensions (case-insensitively): AssetStaging's
 * isArchive test of a file; 0 otherwise (NULL too) */
int ccdk__asset_ext_is_archive(const char *path);

/* How node names an fs error of errno e: its code ("ENOENT"; "EUNKNOWN" for one not known here)
 * and libuv's text ("no such file or directory"), as in "ENOENT: no such file or directory, open
 * '/x'". Static strings. */
const char *ccdk__node_errno_code(int e);
const char *ccdk__node_errno_text(int e);

#endif
