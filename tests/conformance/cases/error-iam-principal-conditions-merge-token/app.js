// Conformance case 'error-iam-principal-conditions-merge-token': error: withConditions twice with one StringEquals, the second a Lazy (principals.ts mergeConditions: multiple "StringEquals" conditions cannot be merged)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const p = new iam.ServicePrincipal('a.amazonaws.com')
  .withConditions({ StringEquals: { 'aws:SourceAccount': '123456789012' } })
  .withConditions({ StringEquals: cdk.Lazy.any({ produce: () => ({ 'aws:SourceArn': 'arn:aws:s3:::b' }) }) });
new iam.Role(stack, 'Role', { assumedBy: p });
app.synth();
