/* ccdk/lambda_image.h - container image functions: DockerImageCode and DockerImageFunction. */
#ifndef CCDK_LAMBDA_IMAGE_H
#define CCDK_LAMBDA_IMAGE_H

#include "ccdk/ecr.h"
#include "ccdk/lambda.h"

#ifdef __cplusplus
extern "C" {
#endif

/** EcrImageCodeProps: ImageConfig overrides and the tag (default "latest") or digest ("sha256:..."). */
typedef struct {
    ccdk_strs cmd;        /* CCDK_STRS("app.handler") */
    ccdk_strs entrypoint;
    const char *working_directory;
    const char *tag_or_digest;
    const char *tag; /* deprecated alias of tag_or_digest */
} ccdk_lambda_ecr_image_code_props;

/** DockerImageCode.fromEcr(repository, props): props may be NULL. Owned by the repository's App.
 *  A NULL or non-construct repository is an error on the process-wide list; a code that binds
 *  harmlessly is returned all the same (never NULL). */
ccdk_lambda_code *ccdk_lambda_docker_image_code_from_ecr(ccdk_ecr_repository *repository,
                                                         const ccdk_lambda_ecr_image_code_props *props);

/** DockerImageAssetInvalidationOptions: CCDK_FALSE leaves an option out of the asset hash (it
 *  still goes to the build). */
typedef struct {
    ccdk_tristate extra_hash, build_args, build_ssh, target, file, network_mode, platform, outputs;
    ccdk_tristate build_contexts, build_secrets;
} ccdk_lambda_image_asset_invalidation;

/** DockerCacheOption: a `docker build` cache backend (--cache-from / --cache-to), listed as given
 *  in the asset manifest's image source ({"type", "params"}); the CLI passes it at publish time. */
typedef struct {
    const char *type;  /* required: "registry", "gha", "local", ... */
    ccdk_kvs params;   /* CCDK_KVS({"ref", "..."}, {"mode", "max"}); not given: no "params" */
} ccdk_docker_cache_option;
/** (ccdk_docker_cache_options)CCDK_LIST_OF(ccdk_docker_cache_option, {"registry", CCDK_KVS(...)}) */
typedef CCDK_LIST_TYPE(ccdk_docker_cache_option) ccdk_docker_cache_options;

/** AssetImageCodeProps: ImageConfig overrides, the DockerImageAssetOptions the image is built with
 *  (which the asset manifest's image source lists and, unless invalidation says otherwise, the
 *  asset hash covers) and the FileFingerprintOptions the directory is staged and hashed with.
 *  Errors (aws-cdk-lib's, when a function binds the code): a token as workingDirectory, file,
 *  buildSsh, target, extraHash, assetName or displayName ("Cannot use Token as value of '<name>':
 *  this value is used before deployment starts"); a token among the keys or values of buildArgs,
 *  buildContexts or buildSecrets ("Cannot use tokens in keys or values of \"<name>\" since they
 *  are needed before deployment"); a follow_symlinks or ignore_mode that is none of the constants
 *  (on the owner, when the code is made). */
typedef struct {
    ccdk_strs cmd;        /* CCDK_STRS("app.handler") */
    ccdk_strs entrypoint;
    const char *working_directory;
    const char *file;              /* relative to the directory; default "Dockerfile" */
    ccdk_kvs build_args;           /* CCDK_KVS({"NODE_ENV", "production"}) */
    const char *target;            /* the build stage */
    /** ecr_assets.Platform: "linux/amd64" (LINUX_AMD64), "linux/arm64" (LINUX_ARM64) or custom */
    const char *platform;
    /** ecr_assets.NetworkMode: "default", "host", "none", or "container:<id>" (fromContainer) */
    const char *network_mode;
    const char *build_ssh;         /* e.g. "default" */
    ccdk_tristate cache_disabled;
    ccdk_strs outputs;             /* CCDK_STRS("type=docker") */
    const char *extra_hash;        /* more to hash, as its text */
    ccdk_lambda_image_asset_invalidation invalidation;
    /** named build contexts (`docker build --build-context name=source`): a directory, a URL or
     *  "docker-image://..."; CCDK_KVS({"shared", "../shared"}) */
    ccdk_kvs build_contexts;
    /** build secrets (`--secret id=<key>,<value>`): values from ccdk_docker_build_secret_from_src
     *  (ccdk/assets.h), "src=<file>" */
    ccdk_kvs build_secrets;
    /** the asset's name for AppScopedStagingSynthesizer; with the default synthesizers it is only
     *  the default of display_name */
    const char *asset_name;
    ccdk_docker_cache_options cache_from;     /* in the image source as given, even when empty */
    const ccdk_docker_cache_option *cache_to; /* NULL: none */
    /** the asset manifest's displayName (default asset_name, else the stack-relative path of the
     *  "AssetImage" construct); the first asset of a hash keeps its own */
    const char *display_name;
    /** FileFingerprintOptions: patterns excluded from the staged directory and the hash, after the
     *  .dockerignore lines (which, when there is a .dockerignore, come first; then
     *  "!.dockerignore"), before "!<Dockerfile>" and the output directory */
    ccdk_strs exclude;
    ccdk_symlink_follow_mode follow_symlinks; /* default EXTERNAL */
    /** how exclude and .dockerignore patterns match: default DOCKER (the
     *  @aws-cdk/aws-ecr-assets:dockerIgnoreSupport flag, always on in v2) */
    ccdk_ignore_mode_t ignore_mode;
} ccdk_lambda_asset_image_code_props;

/** DockerImageCode.fromImageAsset(directory, props): the image is built by the CLI at publish time;
 *  the directory is staged (props' exclude, ignore_mode and follow_symlinks) and listed under "dockerImages". props may be NULL.
 *  With follow_symlinks CCDK_FOLLOW_BLOCK_EXTERNAL, a symlink to outside the directory that the
 *  exclude list leaves is "The file <target> is an external symbolic link which is forbidden due to
 *  follow mode internal-only. ..." on the DockerImageAsset (<function>/AssetImage) when bound.
 *  Owned by the App. A NULL directory is "", resolved against the current directory; a bad owner
 *  goes to the process-wide list; never NULL. */
ccdk_lambda_code *ccdk_lambda_docker_image_code_from_image_asset(void *owner, const char *directory,
                                                                 const ccdk_lambda_asset_image_code_props *props);

/** Code.fromEcrImage(repository, props) and Code.fromAssetImage(directory, props): the same codes as
 *  DockerImageCode.fromEcr / fromImageAsset, for a lambda.Function with runtime
 *  CCDK_LAMBDA_RUNTIME_FROM_IMAGE and handler "FROM_IMAGE". Ownership and errors as above. */
ccdk_lambda_code *ccdk_lambda_code_from_ecr_image(ccdk_ecr_repository *repository, const ccdk_lambda_ecr_image_code_props *props);
ccdk_lambda_code *ccdk_lambda_code_from_asset_image(void *owner, const char *directory,
                                                   const ccdk_lambda_asset_image_code_props *props);

/** new DockerImageFunction(scope, id, props): props->code must be a DockerImageCode. The runtime and
 *  handler are DockerImageFunction's own (Runtime.FROM_IMAGE / Handler.FROM_IMAGE): giving either
 *  is an error (DockerImageFunctionProps has neither), not silently ignored. Otherwise as
 *  ccdk_lambda_function_new: owned by the App, errors on the function, never NULL. */
ccdk_lambda_function *ccdk_lambda_docker_image_function_new(void *scope, const char *id,
                                                            const ccdk_lambda_function_props *props);

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_lambda_docker_image_code_from_image_asset(owner, ...) ccdk_lambda_docker_image_code_from_image_asset(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_code_from_asset_image(owner, ...) ccdk_lambda_code_from_asset_image(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_docker_image_function_new(scope, ...) ccdk_lambda_docker_image_function_new(CCDK_SCOPE(scope), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
