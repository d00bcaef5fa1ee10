// Conformance case 'error-iam-statement-arn-principal-after-not-principals': error: aws-iam policy-document.test.ts 'Cannot add Principals when NotPrincipals exist', here by addArnPrincipal.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const s = new iam.PolicyStatement({ notPrincipals: [new iam.CanonicalUserPrincipal('abc')] });
s.addArnPrincipal('arn:aws:iam::123456789012:root');
app.synth();
