// Conformance case 'layers-retain': Layers: removal policy RETAIN
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new lambda.LayerVersion(stack, 'MyLayer', {
  removalPolicy: cdk.RemovalPolicy.RETAIN,
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});

app.synth();
