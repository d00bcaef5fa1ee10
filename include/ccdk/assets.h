/* ccdk/assets.h - assets (aws-cdk-lib core): AssetOptions, the asset hash and symlink and ignore
 * modes, BundlingOptions, DockerImage.fromBuild, and FileSystem.fingerprint. ccdk/lambda.h includes it. */
#ifndef CCDK_ASSETS_H
#define CCDK_ASSETS_H

#include "ccdk/core.h"

#ifdef __cplusplus
extern "C" {
#endif

/** AssetHashType. UNSET (not given): CUSTOM when an asset_hash is given, else SOURCE. SOURCE or
 *  OUTPUT given with an asset_hash is aws-cdk-lib's error ("Cannot specify `source` for
 *  `assetHashType` when `assetHash` is specified. ..."). */
typedef enum {
    CCDK_ASSET_HASH_TYPE_UNSET = 0,
    CCDK_ASSET_HASH_SOURCE,
    CCDK_ASSET_HASH_OUTPUT,
    CCDK_ASSET_HASH_CUSTOM
} ccdk_asset_hash_type;
typedef enum { CCDK_FOLLOW_DEFAULT = 0, CCDK_FOLLOW_NEVER, CCDK_FOLLOW_ALWAYS, CCDK_FOLLOW_EXTERNAL, CCDK_FOLLOW_BLOCK_EXTERNAL } ccdk_symlink_follow_mode;
/** IgnoreMode. DEFAULT (not given): GLOB for file assets; for a Docker image asset
 *  (ccdk/lambda_image.h) DOCKER, the @aws-cdk/aws-ecr-assets:dockerIgnoreSupport flag's value in v2. */
typedef enum { CCDK_IGNORE_MODE_DEFAULT = 0, CCDK_IGNORE_MODE_GLOB, CCDK_IGNORE_MODE_GIT, CCDK_IGNORE_MODE_DOCKER } ccdk_ignore_mode_t;

/** BundlingOutput: what the bundle directory holds. AUTO_DISCOVER (default): one archive file
 * -> ARCHIVED, else NOT_ARCHIVED. */
typedef enum {
    CCDK_BUNDLING_OUTPUT_AUTO_DISCOVER = 0,
    CCDK_BUNDLING_OUTPUT_ARCHIVED,
    CCDK_BUNDLING_OUTPUT_NOT_ARCHIVED,
    CCDK_BUNDLING_OUTPUT_SINGLE_FILE
} ccdk_bundling_output;

/** A DockerImage: image is the name to run (for fromBuild, "cdk-<hash>"), image_hash what
 * JSON.stringify renders (NULL: the name). Both in the app's arena. */
typedef struct {
    const char *image;
    const char *image_hash;
} ccdk_docker_image;

/** DockerImage.fromRegistry(name): an image to pull and run; the name is copied into the owner's App
 *  (NULL is ""). A bad owner goes to the process-wide list. */
ccdk_docker_image ccdk_docker_image_from_registry(void *owner, const char *name);

/** DockerBuildSecret.fromSrc(src): the build secret value "src=<src>" (a file for `docker build
 *  --secret id=<key>,src=<src>`), for a Docker image asset's build_secrets (ccdk/lambda_image.h).
 *  In the owner's App (NULL src renders as "undefined", as the template literal does). A bad owner
 *  goes to the process-wide list. */
const char *ccdk_docker_build_secret_from_src(void *owner, const char *src);

/** DockerVolumeConsistency: "consistent", "delegated" (the default), "cached". */
typedef enum {
    CCDK_DOCKER_VOLUME_DEFAULT = 0, /* delegated */
    CCDK_DOCKER_VOLUME_CONSISTENT,
    CCDK_DOCKER_VOLUME_DELEGATED,
    CCDK_DOCKER_VOLUME_CACHED
} ccdk_docker_volume_consistency;
/** DockerVolume: a host path mounted into the bundling container. */
typedef struct {
    const char *host_path;      /* required */
    const char *container_path; /* required */
    ccdk_docker_volume_consistency consistency;
} ccdk_docker_volume;
/** A list of volumes: (ccdk_docker_volume_list)CCDK_LIST_OF(ccdk_docker_volume, {"/a", "/b"}) */
typedef CCDK_LIST_TYPE(ccdk_docker_volume) ccdk_docker_volume_list;

/** BundlingFileAccess: how the bundling container reaches the input and output folders. */
typedef enum {
    CCDK_BUNDLING_FILE_ACCESS_DEFAULT = 0, /* BIND_MOUNT */
    CCDK_BUNDLING_FILE_ACCESS_BIND_MOUNT,  /* -v <source>:/asset-input, -v <bundle dir>:/asset-output */
    /** for a Docker daemon that cannot see this machine's files (remote, Docker in Docker): the
     *  input is copied into a volume and the output out of one, as aws-cdk-lib's
     *  AssetBundlingVolumeCopy does it: `docker volume create` assetInput<suffix> and
     *  assetOutput<suffix>, `docker run --name copyContainer<suffix>` (alpine, chown to the user),
     *  `docker cp <source>/. copyContainer<suffix>:/asset-input`, the bundling `docker run` with
     *  `--volumes-from copyContainer<suffix>` first (and, as in aws-cdk-lib, without --network),
     *  `docker cp copyContainer<suffix>:/asset-output/. <bundle dir>`, `docker rm`, `docker volume
     *  rm` of both; the suffix is 24 random hex digits */
    CCDK_BUNDLING_FILE_ACCESS_VOLUME_COPY
} ccdk_bundling_file_access;

/** BundlingOptions (core). The asset hash of a SOURCE/CUSTOM-hashed bundled asset covers
 * JSON.stringify(bundling options); ccdk serialises the set fields in this order: image,
 * command, environment, workingDirectory, user, local ({} when try_bundle is set), outputType,
 * entrypoint, volumes, volumesFrom, securityOpt, network, platform, bundlingFileAccess -- write
 * the JS object in the same key order to get the same hash. `docker run` gets them as
 * DockerImage.run passes them: --security-opt, --network, --platform, -u, --volumes-from, -v (the
 * input, the output, then volumes), --env, -w, --entrypoint (the first of entrypoint; the rest go
 * before command). */
typedef struct ccdk_bundling_options {
    /* required: ccdk_lambda_runtime_bundling_image(stack, rt), ccdk_docker_image_from_registry(stack,
     * name) or ccdk_docker_image_from_build(stack, dir, options) -- one value, so the name and the
     * hash JSON.stringify renders (DockerImage.toJSON) cannot be given apart */
    ccdk_docker_image image;
    ccdk_strs command;                 /* CCDK_STRS("bash", "-c", "...") */
    ccdk_kvs environment;              /* CCDK_KVS({"K", "v"}) */
    const char *working_directory;     /* default "/asset-input" */
    const char *user;                  /* default "<uid>:<gid>" of the current process */
    /* local bundling, tried first: bundle into output_dir and return 1, or return 0 to fall
     * back to Docker, or -1 when it failed (the asset then fails to bundle). */
    int (*try_bundle)(const char *output_dir, void *ctx);
    void *try_bundle_ctx;
    ccdk_bundling_output output_type;
    ccdk_strs entrypoint;              /* the image's entrypoint replaced: CCDK_STRS("/bin/sh", "-c") */
    ccdk_docker_volume_list volumes;   /* more volumes, after the input and output ones */
    ccdk_strs volumes_from;            /* containers whose volumes to mount */
    const char *security_opt;          /* --security-opt */
    const char *network;               /* --network */
    const char *platform;              /* --platform, e.g. "linux/arm64" */
    ccdk_bundling_file_access bundling_file_access;
    /** aws-cdk-lib hashes JSON.stringify of the bundling object it is given, which may be a class
     *  of one's own with fields beyond BundlingOptions' (NodejsFunction's Bundling is): that JSON,
     *  as is, in place of the rendering above (the CUSTOM hash, a skipped bundle's hash and the
     *  asset cache's key). NULL: the rendering above. */
    const char *hash_json;
    /** That bundling object as AssetStaging's cache key takes it (calculateCacheKey: its fields
     *  copied into plain objects, so a DockerImage is {"image", "_imageHash"} rather than its
     *  toJSON; key order does not matter, the keys are sorted): the bundling folder is then
     *  aws-cdk-lib's bundling-temp-<cacheKey>, as a bundle that names its folder (esbuild's
     *  metafile) needs. NULL: a folder name of ccdk's own. */
    const char *cache_key_json;
} ccdk_bundling_options;

/** DockerBuildOptions (core). JSON.stringify(options) is part of the image hash (the tag);
 * ccdk serialises the set fields in this order: buildArgs, file, platform, network,
 * targetStage, cacheDisabled, imagePath, outputPath (the last two: Code.fromDockerBuild only)
 * -- write the JS object in the same key order to get the same tag. */
typedef struct {
    ccdk_kvs build_args;          /* CCDK_KVS({"K", "v"}) */
    const char *file;             /* relative to the build directory */
    const char *platform;
    const char *network;
    const char *target_stage;
    ccdk_tristate cache_disabled; /* CCDK_TRUE / CCDK_FALSE: both are part of the hash, as in JSON.stringify */
    const char *image_path;       /* Code.fromDockerBuild: default "/asset/" */
    const char *output_path;      /* Code.fromDockerBuild: default a new temporary directory */
} ccdk_docker_build_options;


/** DockerImage.fromBuild(path, options): `docker build -t cdk-<hash> ... <path>` (after a
 * `docker image inspect` finds no such image), $CDK_DOCKER honoured. On failure the error is
 * recorded on the app (ccdk_app_synth then fails) and the result still names the tag.
 * options may be NULL. Names owned by the owner's App. A bad owner goes to the process-wide list, and
 * then nothing runs and both names are NULL. */
ccdk_docker_image ccdk_docker_image_from_build(void *owner, const char *path, const ccdk_docker_build_options *options);

typedef struct ccdk_iam_principal ccdk_iam_principal; /* ccdk/iam.h */

/** AssetOptions (core): exclude patterns, symlink follow mode, ignore mode, custom hash. */
typedef struct {
    ccdk_strs exclude; /* CCDK_STRS("*.md", "test/") */
    ccdk_symlink_follow_mode follow;
    ccdk_ignore_mode_t ignore_mode;
    const char *asset_hash;     /* implies CUSTOM */
    ccdk_asset_hash_type asset_hash_type;
    const char *extra_hash;
    const ccdk_bundling_options *bundling; /* bundle the directory (local, else Docker) */
    /** Code.fromAsset's AssetCodeOptions.sourceKMSKey: the key the code's object is encrypted with,
     *  a function's Code.SourceKMSKeyArn (ccdk/kms.h; a layer's Content has none). Other assets
     *  ignore it. */
    ccdk_kms_key *source_kms_key;
    /** s3_assets.AssetOptions.displayName (Code.fromAsset): the asset manifest's displayName;
     *  default the Asset's path below its stack ("Fn/Code"). Other assets ignore it. */
    const char *display_name;
    /** s3_assets.AssetOptions.readers (Code.fromAsset): principals granted read on the asset
     *  (asset.grantRead: s3:GetObject*, s3:GetBucket*, s3:List* on the staging bucket and its
     *  objects, in a role's or user's policy), when the code is first bound:
     *  CCDK_LIST(ccdk_iam_role_principal(role), ccdk_lambda_function_grant_principal(fn)). Other
     *  assets ignore it. */
    CCDK_LIST_TYPE(ccdk_iam_principal *) readers;
} ccdk_asset_options;

/** FileSystem.fingerprint(path, options) (core): the SHA-256 that names a file or directory asset
 * -- exclude, follow, ignore_mode and extra_hash as in ccdk_asset_options (asset_hash,
 * asset_hash_type and bundling do not apply); options may be NULL. Unlike Code.fromAsset it adds
 * no exclude of its own. Writes 64 hex digits and a NUL into out and returns 0; on failure
 * returns -1 and, when err is not NULL, sets *err to a message to free() (also for a NULL path or
 * out). Needs no App and records no error. Thread-safe; file contents are hashed on all cores. */
int ccdk_fs_fingerprint(const char *path, const ccdk_asset_options *options, char out[65], char **err);

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_docker_image_from_registry(owner, ...) ccdk_docker_image_from_registry(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_docker_build_secret_from_src(owner, ...) ccdk_docker_build_secret_from_src(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_docker_image_from_build(owner, ...) ccdk_docker_image_from_build(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
