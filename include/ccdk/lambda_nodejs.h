/* ccdk/lambda_nodejs.h - aws-lambda-nodejs: NodejsFunction, a lambda Function whose code is its
 * entry file bundled with esbuild, as aws-cdk-lib 2.276.0 bundles it (the same esbuild command
 * line, so the same bundle, asset hash and template).
 *
 * Bundling runs esbuild as aws-cdk-lib does (a node_modules/esbuild that node finds from the
 * working directory through the lock file's package manager, e.g. `yarn run esbuild`, or for npm
 * the node_modules/.bin/esbuild `npx --no-install` runs; else `esbuild` on PATH) in the project root, into
 * a bundling folder of the cloud assembly's directory. aws-cdk-lib bundles each function in its
 * constructor, one after another; ccdk starts the function's esbuild when it is constructed and
 * lets it run in the background, at most one per core ($CCDK_NODEJS_JOBS; a new one waits for
 * the oldest), and takes the bundle at synth (its hash is the S3Key): the functions of an app are
 * bundled concurrently. Functions with command hooks, nodeModules, Docker bundling or a custom
 * asset hash are bundled in their constructor; CCDK_NODEJS_SERIAL=1 does so for all. Esbuild's
 * failure is reported at synth then ("Failed to bundle asset ...").
 * The bundle is cached: an unchanged function re-synthesizes without running esbuild. The cache
 * lives in $CCDK_CACHE_DIR, else $XDG_CACHE_HOME/ccdk, else ~/.cache/ccdk (folder nodejs/); an
 * entry is keyed by the SHA-256 of everything on the esbuild command line (the output directory
 * as seen from the project root), the esbuild version and the environment given, and is used only
 * when every file esbuild read (its metafile's inputs), the listing of each of their folders and
 * of the entry's folders up to the project root, the package.json / tsconfig.json / jsconfig.json
 * of those folders and all above them (or their absence), and the lock file, still hash as they did.
 * Entries are written to a temporary folder and renamed into place, so concurrent synths never
 * see a partial one. Functions with command hooks or pre-compilation are never cached (the
 * hooks can read anything). CCDK_NODEJS_CACHE=0 turns the cache off. */
#ifndef CCDK_LAMBDA_NODEJS_H
#define CCDK_LAMBDA_NODEJS_H

#include "ccdk/lambda.h"

#ifdef __cplusplus
extern "C" {
#endif

/** OutputFormat */
typedef enum { CCDK_NODEJS_FORMAT_UNSET = 0, CCDK_NODEJS_FORMAT_CJS, CCDK_NODEJS_FORMAT_ESM } ccdk_lambda_nodejs_output_format;
/** LogLevel (esbuild's --log-level) */
typedef enum {
    CCDK_NODEJS_LOG_LEVEL_UNSET = 0,
    CCDK_NODEJS_LOG_LEVEL_VERBOSE,
    CCDK_NODEJS_LOG_LEVEL_DEBUG,
    CCDK_NODEJS_LOG_LEVEL_INFO,
    CCDK_NODEJS_LOG_LEVEL_WARNING,
    CCDK_NODEJS_LOG_LEVEL_ERROR,
    CCDK_NODEJS_LOG_LEVEL_SILENT
} ccdk_lambda_nodejs_log_level;
/** SourceMapMode */
typedef enum {
    CCDK_NODEJS_SOURCE_MAP_MODE_UNSET = 0,
    CCDK_NODEJS_SOURCE_MAP_MODE_DEFAULT,
    CCDK_NODEJS_SOURCE_MAP_MODE_EXTERNAL,
    CCDK_NODEJS_SOURCE_MAP_MODE_INLINE,
    CCDK_NODEJS_SOURCE_MAP_MODE_BOTH
} ccdk_lambda_nodejs_source_map_mode;
/** Charset (accepted; aws-cdk-lib 2.276 puts no --charset on the command line, and neither does ccdk) */
typedef enum { CCDK_NODEJS_CHARSET_UNSET = 0, CCDK_NODEJS_CHARSET_ASCII, CCDK_NODEJS_CHARSET_UTF8 } ccdk_lambda_nodejs_charset;

/** The commands a hook adds (ICommandHooks' string[] result). */
typedef struct ccdk_lambda_nodejs_commands ccdk_lambda_nodejs_commands;
/** Adds one command (printf format) to a hook's result; the text is copied. A NULL fmt or
 *  out: an error on the process-wide list. */
void ccdk_lambda_nodejs_command_add(ccdk_lambda_nodejs_commands *out, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/** ICommandHooks: each hook (NULL: none) adds the commands to run, with the bundling's input and
 *  output folders (the project root and the bundle folder locally; /asset-input and /asset-output
 *  for Docker); called at construction for the Docker command and again when bundling locally.
 *  Locally each command runs as `bash -c <command>` in the project root, as in aws-cdk-lib. */
typedef struct {
    void (*before_bundling)(const char *input_dir, const char *output_dir, ccdk_lambda_nodejs_commands *out, void *ctx);
    void (*before_install)(const char *input_dir, const char *output_dir, ccdk_lambda_nodejs_commands *out, void *ctx);
    void (*after_bundling)(const char *input_dir, const char *output_dir, ccdk_lambda_nodejs_commands *out, void *ctx);
    void *ctx;
} ccdk_lambda_nodejs_command_hooks;

/** BundlingOptions of aws-lambda-nodejs (every field optional). The Docker ones (DockerRunOptions,
 *  build_args, bundling_file_access) apply when the code is bundled in Docker: force_docker_bundling,
 *  or no esbuild installed. */
typedef struct {
    ccdk_tristate minify;
    ccdk_tristate source_map;
    ccdk_lambda_nodejs_source_map_mode source_map_mode;
    ccdk_tristate sources_content;          /* default true */
    const char *target;                     /* default "node<N>" of the runtime */
    ccdk_kvs loader;                        /* CCDK_KVS({".png", "dataurl"}) */
    ccdk_kvs define;                        /* CCDK_KVS({"process.env.KEY", "\"value\""}) */
    ccdk_lambda_nodejs_log_level log_level;
    ccdk_tristate keep_names;
    /** a path, relative to the working directory for esbuild; with pre_compilation it is read as
     *  aws-cdk-lib require()s it, from aws-cdk-lib's folder (a relative path there, a name without
     *  ./ a module's: "Cannot find module ..."), so give an absolute path then */
    const char *tsconfig;
    /** writes index.meta.json into the bundle; its "outputs" name the bundling folder (locally),
     *  <outdir>/bundling-temp-<cacheKey>-building, with aws-cdk-lib's cacheKey (a hash of the
     *  Bundling object, the project's absolute paths and the outdir as given): the same bundle as
     *  aws-cdk-lib's for the same project folder and outdir. Such a function is bundled in its
     *  constructor rather than in the background. */
    ccdk_tristate metafile;
    const char *banner;
    const char *footer;
    ccdk_lambda_nodejs_charset charset;
    ccdk_lambda_nodejs_output_format format;
    ccdk_strs main_fields;
    ccdk_strs inject;
    /** esbuildArgs: {"--log-limit", "0"} gives --log-limit=0 (--alias, --drop, --pure,
     *  --log-override, --out-extension: --alias:value); a NULL or "" value gives the flag alone
     *  (aws-cdk-lib's `true`); a key given several times is aws-cdk-lib's array: key:value each. */
    ccdk_kvs esbuild_args;
    /** externalModules: default {"@aws-sdk/" "*"} (with @aws-cdk/aws-lambda-nodejs:sdkV3ExcludeSmithyPackages
     *  also "@smithy/" "*"), ["aws-sdk"] on Node.js 16 and older, none for NODEJS_LATEST or bundle_aws_sdk;
     *  CCDK_EMPTY_LIST: none. */
    ccdk_strs external_modules;
    /** installed into the bundle with the project's package manager, at the versions package.json
     *  gives, else (as aws-cdk-lib's require() from its folder) the installed module's that node
     *  finds from the working directory's aws-cdk-lib: a module in the project's node_modules only
     *  is not found there (aws-cdk-lib's "Cannot extract version for module ...") */
    ccdk_strs node_modules;
    ccdk_tristate bundle_aws_sdk;
    /** tsc before esbuild (TypeScript entries; esbuild then bundles the .js): the compiler options
     *  of `tsconfig` (else the nearest tsconfig.json above the entry) and of the files it extends,
     *  flattened as aws-cdk-lib does (sorted; rootDir and outDir "./", incremental false; objects
     *  skipped; a number is aws-cdk-lib's error). In Docker the image's tsc; locally TypeScript as
     *  aws-cdk-lib finds it (typescript/package.json that node finds from the working directory:
     *  tsc through the package manager; else a `typescript` program on PATH: `tsc`), and with none
     *  no tsc step, as in aws-cdk-lib. */
    ccdk_tristate pre_compilation;
    const char *esbuild_version;            /* the Docker image's (default "0.21") */
    ccdk_kvs build_args;                    /* the Docker image build's (before IMAGE and ESBUILD_VERSION) */
    const ccdk_lambda_nodejs_command_hooks *command_hooks;
    ccdk_kvs environment;                   /* for the bundling commands */
    ccdk_tristate force_docker_bundling;
    /** The image to bundle in with Docker (force_docker_bundling, or no local esbuild). Default: as
     *  aws-cdk-lib, an image built (DockerImage.fromBuild, in the constructor) from the bundling
     *  Dockerfile with the build args {...build_args, IMAGE: <the runtime's SAM build image>,
     *  ESBUILD_VERSION: esbuild_version}, --platform of the function's architecture and --network
     *  of `network`. The Dockerfile is aws-cdk-lib's own (aws-lambda-nodejs/lib/docker), found in
     *  the aws-cdk-lib node finds from the working directory, so the image tag is aws-cdk-lib's;
     *  without aws-cdk-lib installed, ccdk's own Dockerfile (the same tools: the runtime's SAM build
     *  image with yarn, pnpm, bun, typescript and esbuild; written once into the ccdk cache folder,
     *  $CCDK_CACHE_DIR or ~/.cache/ccdk, under nodejs-docker/), whose image tag differs. */
    ccdk_docker_image docker_image;
    ccdk_strs command;                      /* Docker: default ["bash", "-c", <the bundling commands>] */
    const char *working_directory;          /* Docker: default "/" */
    const char *user;                       /* Docker: default "<uid>:<gid>" */
    ccdk_strs entrypoint;                   /* Docker: the image's entrypoint replaced */
    ccdk_docker_volume_list volumes;        /* Docker: more volumes, after the input and output ones */
    ccdk_strs volumes_from;                 /* Docker: --volumes-from */
    const char *security_opt;               /* Docker: --security-opt */
    const char *network;                    /* Docker: --network of the run and of the image build */
    /** accepted, unused: aws-cdk-lib 2.276's NodejsFunction passes no --platform to `docker run`
     *  (the image is built for the function's architecture) */
    const char *platform;
    ccdk_bundling_file_access bundling_file_access; /* Docker: VOLUME_COPY for a remote daemon (ccdk/assets.h) */
    /** a custom hash (AssetHashType.CUSTOM): aws-cdk-lib hashes it with JSON.stringify of its Bundling
     *  object, props included, and so does ccdk; the bundling options' keys are in the order of the
     *  object literal given in TypeScript, which C cannot know: ccdk takes the order of this struct's
     *  fields (another order in aws-cdk-lib gives another hash) */
    const char *asset_hash;
} ccdk_lambda_nodejs_bundling_options;

typedef struct {
    /** The Function's props. function.runtime: default NODEJS_LATEST with
     *  @aws-cdk/aws-lambda-nodejs:useLatestRuntimeVersion, else NODEJS_16_X; only NODEJS runtimes.
     *  function.handler: default "handler"; a name without a dot is exported by the bundle
     *  ("index.<name>"). function.code: when given, used as is (no bundling; handler required). */
    ccdk_lambda_function_props function;
    /** The entry file (.js, .jsx, .ts, .tsx, .cjs, .cts, .mjs, .mts), relative to the working
     *  directory or absolute. C has no call stack to find the defining file in: without an entry,
     *  ccdk looks where aws-cdk-lib would, next to defining_file (give `__FILE__`, as a path valid
     *  from the working directory): <defining file without extension>.<id>.ts, .js, .mjs, .mts,
     *  .cts, .cjs (resolved from the working directory: absolute, as aws-cdk-lib's defining file from
     *  the call stack is, also in its "Cannot find handler file" error); with neither, aws-cdk-lib's
     *  "Cannot find defining file." */
    const char *entry;
    const char *defining_file;
    /** The lock file: default the first of pnpm-lock.yaml, yarn.lock, bun.lock, bun.lockb,
     *  package-lock.json found in the working directory or, failing that, in its parents. */
    const char *deps_lock_file_path;
    /** The folder esbuild runs in (and every file must be under): default the lock file's folder. */
    const char *project_root;
    /** AWS_NODEJS_CONNECTION_REUSE_ENABLED=1: default true on SDK v2 runtimes (Node.js 16 and
     *  older); on others only when CCDK_TRUE, with aws-cdk-lib's warning. */
    ccdk_tristate aws_sdk_connection_reuse;
    const ccdk_lambda_nodejs_bundling_options *bundling;
} ccdk_lambda_nodejs_function_props;

/** new NodejsFunction(scope, id, props): a lambda Function (use every ccdk_lambda_function_* call
 *  on it) whose code is the entry bundled with esbuild, as a Code.fromAsset(project_root) with
 *  OUTPUT hash. Owned by the App; props may be NULL (then the entry is missing). aws-cdk-lib's
 *  errors on scope: a non-NODEJS runtime, an unsupported extension, a missing entry or lock file,
 *  several lock files, an entry or lock file outside the project root, ESM on an old runtime,
 *  esbuild failing ("Failed to bundle asset <path>, ...", esbuild's messages on stderr); esbuild
 *  not installed and no docker_image: ccdk's message saying how to install it. After an error
 *  nothing runs and the synth writes nothing. A bad scope goes to the process-wide list. Never NULL. */
ccdk_lambda_function *ccdk_lambda_nodejs_function_new(void *scope, const char *id,
                                                      const ccdk_lambda_nodejs_function_props *props);

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_lambda_nodejs_function_new(scope, ...) ccdk_lambda_nodejs_function_new(CCDK_SCOPE(scope), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
