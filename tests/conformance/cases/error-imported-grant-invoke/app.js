// Conformance case 'error-imported-grant-invoke': error: grantInvoke on a function imported from an unknown environment
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = lambda.Function.fromFunctionArn(stack, 'Imported', 'arn:aws:lambda:us-east-1:123456789012:function:MyFn');
fn.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
app.synth();
