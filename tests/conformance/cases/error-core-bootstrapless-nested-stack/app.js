// Conformance case 'error-core-bootstrapless-nested-stack': error: a NestedStack in a stack with a
// BootstraplessSynthesizer: its template is a file asset of the parent, which the synthesizer
// refuses ("Cannot add assets to a Stack that uses the BootstraplessSynthesizer", unscoped).
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack', { synthesizer: new cdk.BootstraplessSynthesizer() });
const nested = new cdk.NestedStack(stack, 'Nested');
new sqs.Queue(nested, 'Queue');
app.synth();
