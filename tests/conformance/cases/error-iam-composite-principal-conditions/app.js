// Conformance case 'error-iam-composite-principal-conditions': error: a CompositePrincipal with a part that has conditions, in a policy statement (principals.ts: Components of a CompositePrincipal must not have conditions; an ArnPrincipal part, as a ServicePrincipal's fragment names its token)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new iam.PolicyStatement({
  actions: ['s3:GetObject'],
  resources: ['*'],
  principals: [new iam.CompositePrincipal(
    new iam.ServicePrincipal('a.amazonaws.com'),
    new iam.ArnPrincipal('arn:aws:iam::123456789012:role/Other').withConditions({ StringEquals: { 'aws:SourceAccount': '123456789012' } }),
  )],
});
app.synth();
