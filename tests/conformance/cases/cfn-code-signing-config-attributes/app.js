// Conformance case 'cfn-code-signing-config-attributes': a CfnFunction whose CodeSigningConfigArn is a CfnCodeSigningConfig's attrCodeSigningConfigArn; its attrCodeSigningConfigId in an output
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const csc = new lambda.CfnCodeSigningConfig(stack, 'Signing1', {
  allowedPublishers: {
    signingProfileVersionArns: ['arn:aws:signer:us-east-1:123456789012:/signing-profiles/p/abc'],
  },
});
const fn = new lambda.CfnFunction(stack, 'MyLambda', {
  code: {
    zipFile: 'foo',
  },
  handler: 'index.handler',
  runtime: 'python3.14',
  role: 'arn:aws:iam::123456789012:role/SomeRole',
  codeSigningConfigArn: csc.attrCodeSigningConfigArn,
});
new cdk.CfnOutput(stack, 'SigningConfigId', { value: csc.attrCodeSigningConfigId });
new cdk.CfnOutput(stack, 'SigningConfigRef', { value: csc.ref });
app.synth();
