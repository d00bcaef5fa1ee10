// Conformance case 'error-cross-app-reference': error: a function's ARN from one App used in another App
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

function inlineFunction(scope, id) {
  return new lambda.Function(scope, id, {
    runtime: lambda.Runtime.NODEJS_16_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  });
}

const other = new cdk.App();
const producer = inlineFunction(new cdk.Stack(other, 'ProducerStack'), 'Producer');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = inlineFunction(stack, 'MyFunction');
fn.addEnvironment('PRODUCER_ARN', producer.functionArn);
app.synth();
