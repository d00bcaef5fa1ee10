// Conformance case 'unit-code-signing-config': aws-cdk's code-signing-config.test.ts (aws-lambda), each
// test that synthesizes as its own stack (the tests' `new cdk.Stack(app)`, here named); the import's
// ARN and id are outputs
// Ported from aws-cdk: code-signing-config.test.ts 'default', 'with multiple signing profiles', 'with
// description and with untrustedArtifactOnDeployment of "ENFORCE"', 'import does not create any resources'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const signer = require('aws-cdk-lib/aws-signer');

const app = new cdk.App({});
{
  const stack = new cdk.Stack(app, 'Default');
  const signingProfile = new signer.SigningProfile(stack, 'SigningProfile', { platform: signer.Platform.AWS_LAMBDA_SHA384_ECDSA });
  new lambda.CodeSigningConfig(stack, 'CodeSigningConfig', { signingProfiles: [signingProfile] });
}
{
  const stack = new cdk.Stack(app, 'MultipleSigningProfiles');
  const signingProfile1 = new signer.SigningProfile(stack, 'SigningProfile1', { platform: signer.Platform.AWS_LAMBDA_SHA384_ECDSA });
  const signingProfile2 = new signer.SigningProfile(stack, 'SigningProfile2', { platform: signer.Platform.AMAZON_FREE_RTOS_DEFAULT });
  const signingProfile3 = new signer.SigningProfile(stack, 'SigningProfile3', { platform: signer.Platform.AWS_IOT_DEVICE_MANAGEMENT_SHA256_ECDSA });
  new lambda.CodeSigningConfig(stack, 'CodeSigningConfig', { signingProfiles: [signingProfile1, signingProfile2, signingProfile3] });
}
{
  const stack = new cdk.Stack(app, 'DescriptionEnforce');
  const signingProfile = new signer.SigningProfile(stack, 'SigningProfile', { platform: signer.Platform.AWS_LAMBDA_SHA384_ECDSA });
  new lambda.CodeSigningConfig(stack, 'CodeSigningConfig', {
    signingProfiles: [signingProfile],
    untrustedArtifactOnDeployment: lambda.UntrustedArtifactOnDeployment.ENFORCE,
    description: 'test description',
  });
}
{
  const stack = new cdk.Stack(app, 'Import');
  const codeSigningConfig = lambda.CodeSigningConfig.fromCodeSigningConfigArn(stack, 'Imported',
    'arn:aws:lambda:::code-signing-config:aaa-xxxxxxxxxx');
  new cdk.CfnOutput(stack, 'Arn', { value: codeSigningConfig.codeSigningConfigArn });
  new cdk.CfnOutput(stack, 'Id', { value: codeSigningConfig.codeSigningConfigId });
}

app.synth();
