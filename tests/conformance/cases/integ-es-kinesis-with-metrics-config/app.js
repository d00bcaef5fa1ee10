// Conformance case 'integ-es-kinesis-with-metrics-config': aws-cdk's integ.kinesis-with-metrics-config.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest dropped
'use strict';
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');
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

const stack = new cdk.Stack(app, 'lambda-event-source-metrics-config-kinesis');

const fn1 = new TestFunction(stack, 'F1');
const stream = new kinesis.Stream(stack, 'Q');

fn1.addEventSource(new eventsources.KinesisEventSource(stream, {
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  tumblingWindow: cdk.Duration.seconds(60),
  metricsConfig: {
    metrics: [],
  },
}));

const fn2 = new TestFunction(stack, 'F2');
fn2.addEventSource(new eventsources.KinesisEventSource(stream, {
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  tumblingWindow: cdk.Duration.seconds(60),
  metricsConfig: {
    metrics: [lambda.MetricType.EVENT_COUNT],
  },
}));

app.synth();
