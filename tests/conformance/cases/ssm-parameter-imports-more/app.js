// Conformance case 'ssm-parameter-imports-more': the other ways a function reads SSM parameters:
// StringParameter.fromStringParameterArn (its CfnParameter defaults to the ARN; the same-region
// warning in an environment-agnostic stack), fromSecureStringParameterAttributes with a version and
// a KMS key (grantRead decrypts, grantWrite encrypts), valueForSecureStringParameter (the
// {{resolve:ssm-secure:...}} reference), valueForTypedStringParameterV2 and the deprecated
// valueForTypedStringParameter (their CfnParameter types), one import per name reused.
// Upstream: aws-ssm/test/parameter.test.ts 'fromStringParameterArn StringParameter.fromStringParameterArn',
// 'StringParameter.fromSecureStringParameterAttributes', '... with encryption key creates the
// correct policy for grantRead', 'StringParameter.valueForSecureStringParameter', 'can query actual
// SSM Parameter Store value (valueForTypedStringParameterV2)', 'valueForTypedStringParameter with
// type AWS::EC2::Image::Id', 'calling valueForStringParameter twice in the same scope and with the
// same parameter name returns the same value'.
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const ssm = require('aws-cdk-lib/aws-ssm');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const byArn = ssm.StringParameter.fromStringParameterArn(stack, 'Shared',
  'arn:aws:ssm:us-east-1:123456789012:parameter/shared/config');
const key = kms.Key.fromKeyArn(stack, 'Key', 'arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555');
const secure = ssm.StringParameter.fromSecureStringParameterAttributes(stack, 'Secure', {
  parameterName: '/db/password', version: 3, encryptionKey: key,
});
const latest = ssm.StringParameter.fromSecureStringParameterAttributes(stack, 'Latest', { parameterName: 'token' });
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  environment: {
    SHARED: byArn.stringValue,
    SHARED_NAME: byArn.parameterName,
    SECURE: secure.stringValue,
    SECURE_TYPE: secure.parameterType,
    LATEST: latest.stringValue,
    API_KEY: ssm.StringParameter.valueForSecureStringParameter(stack, '/api/key', 2),
    API_KEY_AGAIN: ssm.StringParameter.valueForSecureStringParameter(stack, '/api/key', 2),
    AMI: ssm.StringParameter.valueForTypedStringParameterV2(stack, '/my/ami', ssm.ParameterValueType.AWS_EC2_IMAGE_ID),
    VPC: ssm.StringParameter.valueForTypedStringParameterV2(stack, '/my/vpc', ssm.ParameterValueType.AWS_EC2_VPC_ID, 4),
    OLD_AMI: ssm.StringParameter.valueForTypedStringParameter(stack, '/old/ami', ssm.ParameterType.AWS_EC2_IMAGE_ID),
    PLAIN: ssm.StringParameter.valueForStringParameter(stack, '/my/vpc'),
  },
});
byArn.grantRead(fn);
secure.grantRead(fn);
secure.grantWrite(fn);
latest.grantRead(fn);
new cdk.CfnOutput(stack, 'SharedArn', { value: byArn.parameterArn });
new cdk.CfnOutput(stack, 'SecureArn', { value: secure.parameterArn });
app.synth();
