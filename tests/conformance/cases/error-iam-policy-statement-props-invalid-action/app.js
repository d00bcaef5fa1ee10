// Conformance case 'error-iam-policy-statement-props-invalid-action': error: a PolicyStatement whose
// props' actions list has '*' and 'service:acti*' (valid) before 'in:val:id' (policy-document.test.ts:
// 'Throws with invalid actions')
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const s = new iam.PolicyStatement({ actions: ['service:action', '*', 'service:acti*', 'in:val:id'] });
new cdk.CfnResource(stack, 'Doc', { type: 'Custom::Doc', properties: { Document: new iam.PolicyDocument({ statements: [s] }) } });
app.synth();
