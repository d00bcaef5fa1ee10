// Conformance case 'error-secretsmanager-attributes-arn-and-complete': Secret.fromSecretAttributes
// with the deprecated secretArn and a complete ARN.
// Upstream: aws-secretsmanager/test/secret.test.ts 'fromSecretAttributes' ('throws if secretArn and either secretCompleteArn or secretPartialArn are provided').
'use strict';
const cdk = require('aws-cdk-lib');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
secretsmanager.Secret.fromSecretAttributes(stack, 'Secret', {
  secretArn: 'arn:aws:secretsmanager:eu-west-1:111111111111:secret:MySecret',
  secretCompleteArn: 'arn:aws:secretsmanager:eu-west-1:111111111111:secret:MySecret-f3gDy9',
});
app.synth();
