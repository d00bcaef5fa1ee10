// Conformance case 'error-iam-policy-statement-props-invalid-not-action': error: a PolicyStatement whose
// props' notActions list has '*' and 'service:acti*' (valid) before 'in:val:id' (policy-document.test.ts:
// 'Throws with invalid not actions')
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const s = new iam.PolicyStatement({ notActions: ['service:action', '*', 'service:acti*', 'in:val:id'] });
new cdk.CfnResource(stack, 'Doc', { type: 'Custom::Doc', properties: { Document: new iam.PolicyDocument({ statements: [s] }) } });
app.synth();
