// Conformance case 'error-kms-key-policy-no-principal': a kms.Key whose policy of its own has a
// statement without a principal: the key's validation of its key policy (a resource policy) fails
// (key.test.ts).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new kms.Key(stack, 'Key', {
  policy: new iam.PolicyDocument({
    statements: [new iam.PolicyStatement({ actions: ['kms:*'], resources: ['*'] })],
  }),
});
app.synth();
