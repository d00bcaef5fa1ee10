// The same app against aws-cdk-lib (see app.c): the oracle tests/cli/multi-stack.sh diffs ccdk's
// templates against.
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');
const ssm = require('aws-cdk-lib/aws-ssm');

const app = new cdk.App();
const inlineCode = 'exports.handler = async (event) => ({ statusCode: 200, body: JSON.stringify(event) });';

const worker = new cdk.Stack(app, 'Worker');
const producer = new lambda.Function(worker, 'Producer', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline(inlineCode),
});

const shared = new cdk.Stack(app, 'Shared');
const queue = new sqs.Queue(shared, 'Jobs', { visibilityTimeout: cdk.Duration.seconds(60) });
producer.addEnvironment('QUEUE_URL', queue.queueUrl);
queue.grantSendMessages(producer);

const prod = new cdk.Stage(app, 'Prod', { env: { account: '123456789012', region: 'eu-west-1' } });
const service = new cdk.Stack(prod, 'Service');
const azs = service.availabilityZones;
new lambda.Function(service, 'Handler', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline(inlineCode),
  environment: {
    GREETING: ssm.StringParameter.valueFromLookup(service, '/multi-stack/greeting'),
    AZS: cdk.Fn.join(',', azs),
  },
});
app.synth();
