// Conformance case 'integ-es-dynamodb-table-v2': aws-cdk's integ.dynamodb-table-v2.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest dropped
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');

// test-function.ts's TestFunction (its STANDARD_NODEJS_RUNTIME is Runtime.NODEJS_18_X)
class TestFunction extends lambda.Function {
  constructor(scope, id) {
    super(scope, id, {
      handler: 'index.handler',
      code: lambda.Code.fromInline(`exports.handler = ${handler.toString()}`),
      runtime: lambda.Runtime.NODEJS_18_X,
    });
  }
}

async function handler(event) {
  console.log('event:', JSON.stringify(event, undefined, 2));
  return { event };
}

const app = new cdk.App({
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});

const stack = new cdk.Stack(app, 'lambda-event-source-dynamodb-table-v2');

const fn = new TestFunction(stack, 'F');
const table = new dynamodb.TableV2(stack, 'T', {
  partitionKey: {
    name: 'id',
    type: dynamodb.AttributeType.STRING,
  },
  dynamoStream: dynamodb.StreamViewType.NEW_IMAGE,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
const eventSource = new eventsources.DynamoEventSource(table, {
  batchSize: 5,
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  tumblingWindow: cdk.Duration.seconds(60),
});

fn.addEventSource(eventSource);

new cdk.CfnOutput(stack, 'OutputEventSourceMappingArn', { value: eventSource.eventSourceMappingArn });

app.synth();
