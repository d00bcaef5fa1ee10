// Conformance case 'integ-logsdest-lambda': aws-cdk's integ.lambda.ts (framework-integ/test/aws-logs-destinations); the IntegTest and
// its putEvents / receiveMessage assertions dropped, and CustomRule's target (customRule.addTarget(new CloudWatchLogGroup(logGroup,
// {logEvent: LogGroupTargetInput.fromObjectV2({message: 'Howdy Ho!'})}))) dropped too: ccdk has no CloudWatchLogGroup target (its
// LogGroupResourcePolicy is an AwsCustomResource, which ccdk does not have). The rule itself is kept.
'use strict';
const events = require('aws-cdk-lib/aws-events');
const lambda = require('aws-cdk-lib/aws-lambda');
const { SqsDestination } = require('aws-cdk-lib/aws-lambda-destinations');
const logs = require('aws-cdk-lib/aws-logs');
const sqs = require('aws-cdk-lib/aws-sqs');
const { App, Stack, RemovalPolicy } = require('aws-cdk-lib');
const { LambdaDestination } = require('aws-cdk-lib/aws-logs-destinations');

// STANDARD_NODEJS_RUNTIME is Runtime.NODEJS_18_X
const STANDARD_NODEJS_RUNTIME = lambda.Runtime.NODEJS_18_X;

class LambdaStack extends Stack {
  constructor(scope, id) {
    super(scope, id);

    this.queue = new sqs.Queue(this, 'Queue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
    });

    const fn = new lambda.Function(this, 'MyFunction', {
      runtime: STANDARD_NODEJS_RUNTIME,
      handler: 'index.handler',
      code: lambda.Code.fromInline(`exports.handler = async (event) => {
        return 'success';
      };`),
      onSuccess: new SqsDestination(this.queue),
    });

    const logGroup = new logs.LogGroup(this, 'LogGroup', { removalPolicy: RemovalPolicy.DESTROY });
    const lambdaDestination = new LambdaDestination(fn);

    new logs.SubscriptionFilter(this, 'Subscription', {
      logGroup: logGroup,
      destination: lambdaDestination,
      filterPattern: logs.FilterPattern.allEvents(),
    });

    new events.Rule(this, 'CustomRule', {
      eventPattern: {
        source: ['cdk-lambda-integ'],
        detailType: ['cdk-integ-custom-rule'],
      },
    });
  }
}

const app = new App({
  context: { '@aws-cdk/core:disableGitSource': true },
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});
new LambdaStack(app, 'lambda-logssubscription-integ');

app.synth();
