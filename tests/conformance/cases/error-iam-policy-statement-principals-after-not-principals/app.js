// Conformance case 'error-iam-policy-statement-principals-after-not-principals': error: aws-iam PolicyStatement: 'addPrincipals after notPrincipals (policy-statement.ts)'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const s = new iam.PolicyStatement({ actions: ['s3:GetObject'], notPrincipals: [new iam.AnyPrincipal()] });
s.addPrincipals(new iam.ArnPrincipal('arn:aws:iam::123456789012:root'));
app.synth();
