/* code_docker_build.c - Code.fromDockerBuild (aws-lambda/lib/code.js): DockerImage.fromBuild, then
 * `docker create` / `docker cp` / `docker rm -v`, and Code.fromAsset of what was copied out. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bundling.h"
#include "lambda_internal.h"

/* What Code.fromDockerBuild returns when it failed (the error is recorded): a code that binds
 * without checks or side effects, so that the caller goes on and the synth reports the error. */
static ccdk_lambda_code *nil_code(ccdk__node *n) { return ccdk__code_from_bucket_name(n, "nil", "nil", NULL); }

static ccdk_lambda_code *from_docker_build(ccdk__node *n, const char *path, const ccdk_docker_build_options *options);

ccdk_lambda_code *ccdk_lambda_code_from_docker_build(void *scope, const char *path, const ccdk_docker_build_options *options)
{
    ccdk__node *n = ccdk__scope(scope);
    ccdk_lambda_code *c = from_docker_build(n, path, options);
    return c ? c : nil_code(n);
}

static ccdk_lambda_code *from_docker_build(ccdk__node *n, const char *path, const ccdk_docker_build_options *options)
{
    ccdk_app *app = n->app;
    if (app->orphan_stack || ccdk__failed(app)) /* a bad scope, or errors already: nothing external runs */
        return NULL;
    const char *ip = options && options->image_path ? options->image_path : "/asset/.";
    size_t il = strlen(ip);
    if (il && ip[il - 1] == '/')
        ip = ccdk__sprintf(app, "%s.", ip);
    else if (!(il >= 2 && ip[il - 2] == '/' && ip[il - 1] == '.'))
        ip = ccdk__sprintf(app, "%s/.", ip);
    ccdk_docker_image img;
    if (ccdk__docker_from_build(app, path, options, &img) != 0)
        return NULL;
    /* DockerImage.cp(imagePath, outputPath) */
    const char *prog = getenv("CDK_DOCKER");
    prog = prog ? prog : "docker";
    char *create[] = {(char *)prog, "create", (char *)img.image, NULL};
    char *out = NULL, *err = NULL;
    if (ccdk__docker_exec_capture(create, &out, &err) != 0) {
        ccdk__unscoped_error(app, "%s", err);
        free(err);
        return NULL;
    }
    /* /([0-9a-f]{16,})/ */
    const char *id = NULL;
    size_t idl = 0;
    for (const char *p = out; *p;) {
        size_t l = strspn(p, "0123456789abcdef");
        if (l >= 16) {
            id = p, idl = l;
            break;
        }
        p += l ? l : 1;
    }
    if (!id) {
        free(out);
        ccdk__unscoped_error(app, "Failed to extract container ID from Docker create output");
        return NULL;
    }
    const char *cid = ccdk__strndup(app, id, idl);
    free(out);
    const char *cpath = ccdk__sprintf(app, "%s:%s", cid, ip);
    const char *dest = options ? options->output_path : NULL;
    if (!dest) {
        const char *t = getenv("TMPDIR");
        if (!t || !*t)
            t = "/tmp";
        char real[PATH_MAX];
        if (!realpath(t, real))
            snprintf(real, sizeof real, "%s", t);
        char *d = ccdk__sprintf(app, "%s/cdk-docker-cp-XXXXXX", real);
        if (!mkdtemp(d)) {
            ccdk__unscoped_error(app, "Error: ENOENT: no such file or directory, mkdtemp '%s'", d);
            return NULL;
        }
        dest = d;
    }
    char *cp[] = {(char *)prog, "cp", (char *)cpath, (char *)dest, NULL};
    int rc = ccdk__docker_exec_capture(cp, &out, &err);
    free(out);
    char *rmerr = NULL;
    char *rm[] = {(char *)prog, "rm", "-v", (char *)cid, NULL};
    int rrc = ccdk__docker_exec_capture(rm, &out, &rmerr);
    free(out);
    if (rrc != 0) { /* the finally block's error wins */
        ccdk__unscoped_error(app, "%s", rmerr);
        free(rmerr);
        free(err);
        return NULL;
    }
    if (rc != 0) {
        ccdk__unscoped_error(app, "FailedToFailedCopyFiles: Failed to copy files from %s to %s: %s", cpath, dest, err);
        free(err);
        return NULL;
    }
    return ccdk_lambda_code_from_asset(n, dest, NULL);
}
