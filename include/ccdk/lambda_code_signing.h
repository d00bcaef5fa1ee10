/* ccdk/lambda_code_signing.h - lambda.CodeSigningConfig (pass it as the Function prop
 * code_signing_config: the function gets CodeSigningConfigArn). */
#ifndef CCDK_LAMBDA_CODE_SIGNING_H
#define CCDK_LAMBDA_CODE_SIGNING_H

#include "ccdk/core.h"
#include "ccdk/signer.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ccdk_lambda_code_signing_config ccdk_lambda_code_signing_config;

typedef enum {
    CCDK_LAMBDA_UNTRUSTED_ARTIFACT_UNSET = 0, /* WARN */
    CCDK_LAMBDA_UNTRUSTED_ARTIFACT_WARN,
    CCDK_LAMBDA_UNTRUSTED_ARTIFACT_ENFORCE
} ccdk_lambda_untrusted_artifact_on_deployment;

typedef struct {
    ccdk_signer_signing_profile *const *signing_profiles; /* required, NULL-terminated */
    ccdk_lambda_untrusted_artifact_on_deployment untrusted_artifact_on_deployment;
    const char *description;
} ccdk_lambda_code_signing_config_props;

ccdk_lambda_code_signing_config *ccdk_lambda_code_signing_config_new(void *scope, const char *id,
                                                                     const ccdk_lambda_code_signing_config_props *props);
/** CodeSigningConfig.fromCodeSigningConfigArn: the ARN must have a resource name
 *  (arn:<partition>:lambda:<region>:<account>:code-signing-config:<id>). */
ccdk_lambda_code_signing_config *ccdk_lambda_code_signing_config_from_arn(void *scope, const char *id, const char *arn);
const char *ccdk_lambda_code_signing_config_arn(ccdk_lambda_code_signing_config *c);
const char *ccdk_lambda_code_signing_config_id(ccdk_lambda_code_signing_config *c);

#ifdef __cplusplus
}
#endif
#endif
