// Conformance case 'iam-policy-cross-stack-many-resources': a role's statement names the ARNs of 20
// functions of another stack at once -- one policy element bringing 20 references (more than ccdk's
// first growth of its reference list) -- and, under `cdk init`'s minimizePolicies, sorted only after
// aws-cdk-lib has met the references in the order they were added: the producer's outputs keep it.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const producer = new cdk.Stack(app, 'Producer');
const arns = [];
for (let i = 0; i < 20; i++) {
  const fn = new lambda.Function(producer, `Fn${i}`, {
    runtime: lambda.Runtime.NODEJS_20_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  });
  arns.push(fn.functionArn);
}
const consumer = new cdk.Stack(app, 'Consumer');
const role = new iam.Role(consumer, 'Invoker', { assumedBy: new iam.ServicePrincipal('states.amazonaws.com') });
role.addToPolicy(new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: arns }));
app.synth();
