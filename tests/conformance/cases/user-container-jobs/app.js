// Conformance case 'user-container-jobs': an app as a CDK user writes it, not shaped to a feature:
// a container-image render job (an arm64 image built from a local Dockerfile with a build
// argument) in an environment-specific stack, fed by an SNS topic through a filtered subscription
// and by a nightly cron rule with a fixed input, streaming its responses through an IAM Function
// URL that an operator role may call, writing logs to its own log group, reporting successes to
// EventBridge and failures to its dead-letter queue.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sns = require('aws-cdk-lib/aws-sns');
const subscriptions = require('aws-cdk-lib/aws-sns-subscriptions');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const logs = require('aws-cdk-lib/aws-logs');
const lambda = require('aws-cdk-lib/aws-lambda');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'ContainerJobs', { env: { account: '123456789012', region: 'us-east-2' } });

const logGroup = new logs.LogGroup(stack, 'RendererLogs', {
  retention: logs.RetentionDays.TWO_WEEKS,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});

const renderer = new lambda.DockerImageFunction(stack, 'Renderer', {
  code: lambda.DockerImageCode.fromImageAsset(path.join(__dirname, 'renderer'), {
    cmd: ['app.handler'],
    platform: cdk.aws_ecr_assets.Platform.LINUX_ARM64,
    buildArgs: { PYTHON_VERSION: '3.12' },
  }),
  architecture: lambda.Architecture.ARM_64,
  memorySize: 3008,
  ephemeralStorageSize: cdk.Size.gibibytes(4),
  timeout: cdk.Duration.minutes(10),
  reservedConcurrentExecutions: 5,
  deadLetterQueueEnabled: true,
  recursiveLoop: lambda.RecursiveLoop.ALLOW,
  retryAttempts: 0,
  onSuccess: new destinations.EventBridgeDestination(),
  logGroup,
});

const jobs = new sns.Topic(stack, 'Jobs', { displayName: 'render jobs' });
jobs.addSubscription(new subscriptions.LambdaSubscription(renderer, {
  filterPolicy: {
    kind: sns.SubscriptionFilter.stringFilter({ allowlist: ['render', 'rerender'] }),
    priority: sns.SubscriptionFilter.numericFilter({ greaterThan: 5 }),
  },
}));

new events.Rule(stack, 'Nightly', {
  schedule: events.Schedule.cron({ minute: '0', hour: '3' }),
  description: 'nightly re-render',
  targets: [new targets.LambdaFunction(renderer, { event: events.RuleTargetInput.fromObject({ job: 'nightly' }) })],
});

const url = renderer.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM, invokeMode: lambda.InvokeMode.RESPONSE_STREAM });
const operator = new iam.Role(stack, 'Operator', { assumedBy: new iam.AccountPrincipal('123456789012') });
renderer.grantInvokeUrl(operator);

new cdk.CfnOutput(stack, 'RendererUrl', { value: url.url });
app.synth();
