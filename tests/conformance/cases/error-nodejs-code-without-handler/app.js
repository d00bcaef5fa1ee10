'use strict';
// function.test.ts 'if code property is included without handler property, then error is thrown'
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'handler1', {
  runtime: lambda.Runtime.NODEJS_20_X,
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});

app.synth();
