// Conformance case 'error-iam-statement-frozen-sid': error: aws-iam policy-statement.test.ts 'a frozen policy statement cannot be modified any more' (statement.sid = ... after freeze()).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const s = new iam.PolicyStatement({ actions: ['action:a'], resources: ['*'] });
s.freeze();
s.sid = 'asdf';
app.synth();
