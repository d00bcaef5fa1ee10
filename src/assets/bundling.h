/* bundling.h - bundling and DockerImage for asset staging (aws-cdk-lib core/lib/bundling.js,
 * private/asset-staging.js): `docker run` and `docker build` command lines and their execution
 * (bundling.c, docker_build.c), for core and for the modules that stage assets (lambda). */
#ifndef CCDK_ASSETS_BUNDLING_H
#define CCDK_ASSETS_BUNDLING_H

#include "ccdk/assets.h"

#include "internal.h"

/* JSON.stringify(bundlingOptions) as aws-cdk-lib hashes it (see ccdk_bundling_options for the
 * key order); appended to out. */
void ccdk__bundling_json(ccdk__buf *out, const ccdk_bundling_options *b);

/* sanitizeHashValue's `new URL(value)` with the password removed: -1 when value is no URL (the
 * TypeError), 0 when it has no password (hashed as is), 1 with *out (malloc'd) the URL without it.
 * ccdk__bundling_json applies it to PIP_INDEX_URL and PIP_EXTRA_INDEX_URL in the environment. */
int ccdk__url_strip_password(const char *value, char **out);
/* The first PIP_INDEX_URL / PIP_EXTRA_INDEX_URL of b's environment that is no URL, or NULL. */
const ccdk_kv *ccdk__bundling_invalid_pip_url(const ccdk_bundling_options *b);

/* The argv aws-cdk-lib's AssetBundlingBindMount runs (DockerImage.run): argv[0] is
 * $CDK_DOCKER or "docker", then "run" "--rm" "-u" <user> "-v" <src>:/asset-input:[z,]delegated
 * "-v" <out>:/asset-output:[z,]delegated ["--env" k=v]... "-w" <workdir> <image> <command>...
 * selinux: 1 adds "z," to the volume options (aws-cdk-lib: `selinuxenabled` exits 0), -1 asks
 * the system. malloc'd, NULL-terminated; free with ccdk__bundling_argv_free. */
char **ccdk__bundling_docker_argv(const ccdk_bundling_options *b, const char *source_dir, const char *output_dir,
                                  int selinux);
void ccdk__bundling_argv_free(char **argv);

/* The docker commands of AssetBundlingVolumeCopy (BundlingFileAccess.VOLUME_COPY), in order, each a
 * NULL-terminated argv like ccdk__bundling_docker_argv's: volume create (input, output), the helper
 * container's run, cp in, the bundling run, cp out, rm, volume rm (input, output). suffix names the
 * volumes and the container. NULL-terminated; free with ccdk__bundling_argvs_free. */
char ***ccdk__bundling_volume_copy_argvs(const ccdk_bundling_options *b, const char *source_dir, const char *output_dir,
                                         const char *suffix, int selinux);
void ccdk__bundling_argvs_free(char ***argvs);

/* Runs the bundling container for b (bind mount, or the volume copy with a random suffix): 0, or
 * -1 and *err (malloc'd) as ccdk__bundling_exec; after a failed step nothing more runs, as in
 * aws-cdk-lib. */
int ccdk__bundling_run(const ccdk_bundling_options *b, const char *source_dir, const char *output_dir, char **err);

/* The "--> Command: ..." rendering of dockerExec (args quoted with JSON.stringify when they hold
 * anything but [a-zA-Z0-9_-]). malloc'd. */
char *ccdk__bundling_command_line(char *const *argv);

/* Runs argv (posix_spawnp, stdout to stderr, stdin /dev/null). 0 on exit status 0; else -1 and
 * *err (malloc'd) holds what aws-cdk-lib's dockerExec throws, as `${err}` renders it. */
int ccdk__bundling_exec(char *const *argv, char **err);

/* The argv DockerImage.fromBuild runs: $CDK_DOCKER or "docker", "build" "-t" <tag> ["-f" path/file]
 * ["--platform" p] ["--network" n] ["--target" t] ["--no-cache"] ["--build-arg" K=V]... <path>.
 * malloc'd, NULL-terminated; free with ccdk__bundling_argv_free. (docker_build.c) */
char **ccdk__docker_build_argv(const char *tag, const char *path, const ccdk_docker_build_options *o);

/* DockerImage.fromBuild(path, o) for app (o may be NULL): the tag "cdk-<hash>" into *img, then
 * `docker build` unless `docker image inspect` finds it. 0, or -1 with the error recorded on app.
 * (docker_build.c) */
int ccdk__docker_from_build(ccdk_app *app, const char *path, const ccdk_docker_build_options *o, ccdk_docker_image *img);

/* dockerExec(argv, {}): stdout and stderr piped; 0 and *out (malloc'd stdout), or -1 and *err
 * (malloc'd, as aws-cdk-lib renders the error). (docker_build.c) */
int ccdk__docker_exec_capture(char *const *argv, char **out, char **err);

#endif
