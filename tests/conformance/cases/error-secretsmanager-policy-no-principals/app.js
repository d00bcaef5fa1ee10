// Conformance case 'error-secretsmanager-policy-no-principals': a statement without principals in a
// Secret's resource policy: the validation error at synth (secret.test.ts 'fails if secret policy has no IAM principals').
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'my-stack');
const secret = new secretsmanager.Secret(stack, 'Secret');
secret.addToResourcePolicy(new iam.PolicyStatement({ resources: ['*'], actions: ['secretsmanager:*'] }));
app.synth();
