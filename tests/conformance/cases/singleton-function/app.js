// Conformance case 'singleton-function': Singleton Function (no code block in the seed): two declarations, one function
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

for (const id of ['First', 'Second']) {
  new lambda.SingletonFunction(stack, id, {
    uuid: 'f7d4f730-4ee1-11e8-9c2d-fa7ae01bbebc',
    lambdaPurpose: 'SingletonPurpose',
    runtime: lambda.Runtime.NODEJS_16_X,
    handler: 'index.handler',
    code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  });
}

app.synth();
