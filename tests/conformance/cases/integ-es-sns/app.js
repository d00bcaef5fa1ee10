// Conformance case 'integ-es-sns': aws-cdk's integ.sns.ts (framework-integ/test/aws-lambda-event-sources); nothing dropped
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');
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

class SqsEventSourceTest extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);

    const fn = new TestFunction(this, 'F');
    const topic = new sns.Topic(this, 'T');

    fn.addEventSource(new eventsources.SnsEventSource(topic));
  }
}

const app = new cdk.App({
  context: { '@aws-cdk/core:disableGitSource': true },
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});
new SqsEventSourceTest(app, 'lambda-event-source-sns');
app.synth();
