// Conformance case 'error-kafka-msk-secret-imported-function-no-role': ManagedKafkaEventSource with a secret on a function imported without a role (secret.grantRead asks for the policy fragment)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default', { env: { account: '123456789012', region: 'us-east-1' } });
const fn = lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:mine');
fn.addEventSource(new sources.ManagedKafkaEventSource({
  clusterArn: 'arn:aws:kafka:us-east-1:123456789012:cluster/c/abc',
  topic: 'orders',
  startingPosition: lambda.StartingPosition.LATEST,
  secret: new secretsmanager.Secret(stack, 'Secret'),
}));

app.synth();
