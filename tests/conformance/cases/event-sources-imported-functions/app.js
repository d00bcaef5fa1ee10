// Conformance case 'event-sources-imported-functions': event sources bound to imported functions: by
// ARN of the stack's account, of another account and by name, without a role (a Table's stream grants
// are UnknownPrincipal's warnings, with the statement's private fields; SQS's own warning; SNS's
// permission only where it can be made; ManagedKafkaEventSource's role policies dropped), and with a
// role (every grant, Kinesis and a Kafka secret's too, in a new policy of the role)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const lambda = require('aws-cdk-lib/aws-lambda');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const sns = require('aws-cdk-lib/aws-sns');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();

function bindAll(stack, fn, withRole) {
  const table = new dynamodb.Table(stack, 'T', {
    partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
    stream: dynamodb.StreamViewType.NEW_IMAGE,
  });
  fn.addEventSource(new sources.DynamoEventSource(table, { startingPosition: lambda.StartingPosition.LATEST }));
  if (withRole) { // without a role: error-kinesis-imported-function-no-role
    fn.addEventSource(new sources.KinesisEventSource(new kinesis.Stream(stack, 'S'), { startingPosition: lambda.StartingPosition.LATEST }));
  }
  fn.addEventSource(new sources.SqsEventSource(new sqs.Queue(stack, 'Q')));
  fn.addEventSource(new sources.SnsEventSource(new sns.Topic(stack, 'Topic')));
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn: 'arn:aws:kafka:us-east-1:123456789012:cluster/c/abc',
    topic: 'orders',
    startingPosition: lambda.StartingPosition.LATEST,
    // without a role: error-kafka-msk-secret-imported-function-no-role
    secret: withRole ? new secretsmanager.Secret(stack, 'Secret') : undefined,
  }));
}

{
  const stack = new cdk.Stack(app, 'SameAccount', { env: { account: '123456789012', region: 'us-east-1' } });
  bindAll(stack, lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:mine'));
}
{
  const stack = new cdk.Stack(app, 'OtherAccount', { env: { account: '123456789012', region: 'us-east-1' } });
  bindAll(stack, lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:999999999999:function:theirs'));
}
{
  const stack = new cdk.Stack(app, 'ByName');
  bindAll(stack, lambda.Function.fromFunctionName(stack, 'Fn', 'by-name'));
}
{
  const stack = new cdk.Stack(app, 'WithRole');
  bindAll(stack, lambda.Function.fromFunctionAttributes(stack, 'Fn', {
    functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:with-role',
    role: iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:role/fn-role'),
    sameEnvironment: true,
  }), true);
}

app.synth();
