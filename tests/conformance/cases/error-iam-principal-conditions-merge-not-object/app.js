// Conformance case 'error-iam-principal-conditions-merge-not-object': error: withConditions twice with one StringEquals, the second a string (principals.ts validateConditionObject)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const p = new iam.ServicePrincipal('a.amazonaws.com')
  .withConditions({ StringEquals: { 'aws:SourceAccount': '123456789012' } })
  .withConditions({ StringEquals: 'aws:SourceArn' });
new iam.Role(stack, 'Role', { assumedBy: p });
app.synth();
