// Conformance case 'error-nested-stack-timeout': the nested stack's timeout is given to
// CloudFormation in whole minutes (timeout.toMinutes()): 90 seconds is aws-cdk-lib's error.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new cdk.NestedStack(stack, 'Nested', { timeout: cdk.Duration.seconds(90) });
app.synth();
