// Conformance case 'error-secretsmanager-dynamic-reference-stage-and-id': secret.cfnDynamicReferenceKey
// with both versionStage and versionId (secret.test.ts 'dynamicReferenceKey with versionStage and versionId').
'use strict';
const cdk = require('aws-cdk-lib');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const secret = secretsmanager.Secret.fromSecretCompleteArn(stack, 'Secret',
  'arn:aws:secretsmanager:eu-west-1:111111111111:secret:MySecret-f3gDy9');
secret.cfnDynamicReferenceKey({ versionStage: 'version-stage', versionId: 'version-id' });
app.synth();
