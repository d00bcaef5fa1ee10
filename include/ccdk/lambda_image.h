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
    const char *const *cmd;        /* NULL-terminated */
    const char *const *entrypoint; /* NULL-terminated */
    const char *working_directory;
    const char *tag_or_digest;
    const char *tag; /* deprecated alias of tag_or_digest */
} ccdk_lambda_ecr_image_code_props;

/** DockerImageCode.fromEcr(repository, props): props may be NULL. */
ccdk_lambda_code *ccdk_lambda_docker_image_code_from_ecr(ccdk_ecr_repository *repository,
                                                         const ccdk_lambda_ecr_image_code_props *props);

/** AssetImageCodeProps (the subset ccdk supports): ImageConfig overrides and the Dockerfile. */
typedef struct {
    const char *const *cmd;        /* NULL-terminated */
    const char *const *entrypoint; /* NULL-terminated */
    const char *working_directory;
    const char *file;              /* relative to the directory; default "Dockerfile" */
} ccdk_lambda_asset_image_code_props;

/** DockerImageCode.fromImageAsset(directory, props): the image is built by the CLI at publish time;
 *  the directory is staged (docker ignore mode) and listed under "dockerImages". props may be NULL. */
ccdk_lambda_code *ccdk_lambda_docker_image_code_from_image_asset(void *scope, const char *directory,
                                                                 const ccdk_lambda_asset_image_code_props *props);

/** new DockerImageFunction(scope, id, props): props->code must be a DockerImageCode; runtime and
 *  handler are ignored (Runtime.FROM_IMAGE / Handler.FROM_IMAGE). */
ccdk_lambda_function *ccdk_lambda_docker_image_function_new(void *scope, const char *id,
                                                            const ccdk_lambda_function_props *props);

#ifdef __cplusplus
}
#endif
#endif
