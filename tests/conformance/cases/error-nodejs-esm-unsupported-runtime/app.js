'use strict';
// bundling.test.ts 'throws with ESM and NODEJS_12_X'
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'Function', {
  entry: 'handler.ts',
  runtime: lambda.Runtime.NODEJS_12_X,
  bundling: { format: nodejs.OutputFormat.ESM },
});

app.synth();
