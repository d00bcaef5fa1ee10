/* encryption.c - Function props.environmentEncryption: the KMS key of the environment variables. */
#include "ccdk/kms.h"
#include "lambda_internal.h"

/* CfnFunction kmsKeyArn: props.environmentEncryption?.keyRef.keyArn (aws-cdk-lib grants nothing) */
void ccdk__fn_step_environment_encryption(ccdk__fn_ctor *c)
{
    if (c->props->environment_encryption)
        ccdk__res_set(c->fn->resource, "KmsKeyArn",
                      ccdk__v_from_string(c->app, ccdk_kms_key_arn(c->props->environment_encryption)));
}
