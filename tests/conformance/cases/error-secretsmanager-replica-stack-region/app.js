// Conformance case 'error-secretsmanager-replica-stack-region': a Secret replicated to its own
// stack's region.
// Upstream: aws-secretsmanager/test/secret.test.ts 'throws when specifying the stack region as replica region'.
'use strict';
const cdk = require('aws-cdk-lib');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { region: 'eu-west-3' } });
new secretsmanager.Secret(stack, 'Secret', { replicaRegions: [{ region: 'eu-west-3' }] });
app.synth();
