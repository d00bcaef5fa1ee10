// Conformance case 'error-iam-policy-statement-not-principals-after-principals': addNotPrincipals
// on a statement that has principals (policy-document.test.ts: 'Cannot add NotPrincipals when
// Principals exist').
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const stmt = new iam.PolicyStatement({ principals: [new iam.CanonicalUserPrincipal('abc')] });
stmt.addNotPrincipals(new iam.CanonicalUserPrincipal('def'));
new iam.PolicyDocument({ statements: [stmt] });
new cdk.CfnOutput(stack, 'Out', { value: 'x' });
app.synth();
