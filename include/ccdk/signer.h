/* ccdk/signer.h - AWS Signer: SigningProfile and its platforms (for Lambda code signing). */
#ifndef CCDK_SIGNER_H
#define CCDK_SIGNER_H

#include "ccdk/core.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ccdk_signer_signing_profile ccdk_signer_signing_profile;

/** signer.Platform: the constants below, or a struct of your own ({"AWSLambda-SHA384-ECDSA"}). */
typedef struct {
    const char *platform_id;
} ccdk_signer_platform;
extern const ccdk_signer_platform ccdk_signer_platform_aws_iot_device_management_sha256_ecdsa;
extern const ccdk_signer_platform ccdk_signer_platform_aws_lambda_sha384_ecdsa;
extern const ccdk_signer_platform ccdk_signer_platform_amazon_free_rtos_ti_cc3220sf;
extern const ccdk_signer_platform ccdk_signer_platform_amazon_free_rtos_default;
extern const ccdk_signer_platform ccdk_signer_platform_notation_oci_sha384_ecdsa;
#define CCDK_SIGNER_PLATFORM_AWS_IOT_DEVICE_MANAGEMENT_SHA256_ECDSA (&ccdk_signer_platform_aws_iot_device_management_sha256_ecdsa)
#define CCDK_SIGNER_PLATFORM_AWS_LAMBDA_SHA384_ECDSA (&ccdk_signer_platform_aws_lambda_sha384_ecdsa)
#define CCDK_SIGNER_PLATFORM_AMAZON_FREE_RTOS_TI_CC3220SF (&ccdk_signer_platform_amazon_free_rtos_ti_cc3220sf)
#define CCDK_SIGNER_PLATFORM_AMAZON_FREE_RTOS_DEFAULT (&ccdk_signer_platform_amazon_free_rtos_default)
#define CCDK_SIGNER_PLATFORM_NOTATION_OCI_SHA384_ECDSA (&ccdk_signer_platform_notation_oci_sha384_ecdsa)

typedef struct {
    const ccdk_signer_platform *platform; /* required */
    /** Default: 135 months. Must be a whole number of days. */
    ccdk_duration signature_validity;
    /** Passed to CloudFormation only under @aws-cdk/aws-signer:signingProfileNamePassedToCfn. */
    const char *signing_profile_name;
} ccdk_signer_signing_profile_props;

ccdk_signer_signing_profile *ccdk_signer_signing_profile_new(void *scope, const char *id,
                                                             const ccdk_signer_signing_profile_props *props);
/** SigningProfile.fromSigningProfileAttributes(scope, id, {signingProfileName, signingProfileVersion}). */
ccdk_signer_signing_profile *ccdk_signer_signing_profile_from_attributes(void *scope, const char *id, const char *name,
                                                                         const char *version);

/** Attributes, as string tokens (or literals for imports). */
const char *ccdk_signer_signing_profile_arn(ccdk_signer_signing_profile *p);
const char *ccdk_signer_signing_profile_name(ccdk_signer_signing_profile *p);
const char *ccdk_signer_signing_profile_version(ccdk_signer_signing_profile *p);
const char *ccdk_signer_signing_profile_version_arn(ccdk_signer_signing_profile *p);
ccdk_cfn_resource *ccdk_signer_signing_profile_resource(ccdk_signer_signing_profile *p); /* NULL when imported */

#ifdef __cplusplus
}
#endif
#endif
