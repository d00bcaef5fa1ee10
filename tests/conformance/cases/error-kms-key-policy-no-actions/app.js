// Conformance case 'error-kms-key-policy-no-actions': a statement without actions added to a
// kms.Key's default policy: the key's validation of its key policy fails at synth (key.test.ts
// 'fails if key policy has no actions').
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const key = new kms.Key(stack, 'MyKey');
key.addToResourcePolicy(new iam.PolicyStatement({
  resources: ['*'],
  principals: [new iam.ArnPrincipal('arn')],
}));
app.synth();
