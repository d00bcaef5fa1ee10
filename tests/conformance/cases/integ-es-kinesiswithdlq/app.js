// Conformance case 'integ-es-kinesiswithdlq': aws-cdk's integ.kinesiswithdlq.ts (framework-integ/test/aws-lambda-event-sources); nothing dropped (this app defines its own function, not TestFunction)
'use strict';
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');

async function handler(event) {
  // eslint-disable-next-line no-console
  console.log('event:', JSON.stringify(event, undefined, 2));
  throw new Error();
}

class KinesisWithDLQTest extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);

    const fn = new lambda.Function(this, 'F', {
      runtime: lambda.Runtime.NODEJS_18_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline(`exports.handler = ${handler.toString()}`),
    });
    new cdk.CfnOutput(this, 'FunctionArn', { value: fn.functionArn });

    const stream = new kinesis.Stream(this, 'S');
    new cdk.CfnOutput(this, 'InputKinesisStreamName', { value: stream.streamName });

    const dlq = new sqs.Queue(this, 'Q');
    new cdk.CfnOutput(this, 'DlqSqsQueueUrl', { value: dlq.queueUrl });

    fn.addEventSource(new eventsources.KinesisEventSource(stream, {
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      onFailure: new eventsources.SqsDlq(dlq),
      retryAttempts: 0,
    }));
  }
}

const app = new cdk.App({
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});
new KinesisWithDLQTest(app, 'lambda-event-source-kinesis-with-dlq');
app.synth();
