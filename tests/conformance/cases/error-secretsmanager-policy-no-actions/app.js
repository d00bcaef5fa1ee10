// Conformance case 'error-secretsmanager-policy-no-actions': a statement without actions in a
// Secret's resource policy: the validation error at synth (secret.test.ts 'fails if secret policy has no actions').
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'my-stack');
const secret = new secretsmanager.Secret(stack, 'Secret');
secret.addToResourcePolicy(new iam.PolicyStatement({ resources: ['*'], principals: [new iam.ArnPrincipal('arn')] }));
app.synth();
