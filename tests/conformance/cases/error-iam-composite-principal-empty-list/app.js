// Conformance case 'error-iam-composite-principal-empty-list': error: new CompositePrincipal(...[]) (an empty list) in a resource policy statement
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new iam.PolicyDocument({ statements: [new iam.PolicyStatement({
  actions: ['s3:GetObject'], resources: ['*'], principals: [new iam.CompositePrincipal(...[])],
})] });
app.synth();
