// Conformance case 'error-kinesis-imported-function-no-role': KinesisEventSource on a function imported without a role (stream.grantRead asks the UnknownPrincipal for its policy fragment)
'use strict';
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default', { env: { account: '123456789012', region: 'us-east-1' } });
const fn = lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:mine');
fn.addEventSource(new sources.KinesisEventSource(new kinesis.Stream(stack, 'S'), { startingPosition: lambda.StartingPosition.LATEST }));

app.synth();
