// Conformance case 'error-iam-policy-statement-invalid-not-action': error: aws-iam policy-statement.test.ts 'throws error when an invalid 'Action' or 'NotAction' is added (addNotActions)'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const s = new iam.PolicyStatement();
s.addNotActions('xyz');
app.synth();
